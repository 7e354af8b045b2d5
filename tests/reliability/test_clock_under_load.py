"""The clock offset with many calls in flight: the round trip of the server-time request is
timed on the wire, not from before it waits for a pooled connection; concurrent calls share
one measurement, one per burst of -1021 answers, and one for many first calls with
``sync_time=True``."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import anyio
import httpx
import pytest
from binance_pm import BinanceClient
from binance_pm._operation import Operation
from binance_pm.api.portfolio_margin import get_um_leverage_brackets

from binance_pm_sandbox import Sandbox

from .conftest import KEY, SECRET

TIME_PATH = "/api/v3/time"
BRACKETS_PATH = get_um_leverage_brackets.OPERATION.path
# How long the only pooled connection stays busy while the offset is measured; the
# offset was off by half of it when the wait was timed.
POOL_WAIT = 2.0

HOLD = Operation(
    operation_id="testHold",
    method="GET",
    path="/hold",
    host="api",
    security_type="NONE",
    needs_api_key=False,
    signed=False,
    weight=1,
    weight_per="IP",
    summary="an answer the test releases, holding its connection until then",
)


class HoldServer(ThreadingHTTPServer):
    """Answers ``/api/v3/time`` at once, with this machine's time (no skew), and ``/hold``
    only once ``release`` is set."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.held = threading.Event()
        self.release = threading.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: HoldServer

    def do_GET(self) -> None:
        if self.path.startswith("/hold"):
            self.server.held.set()
            self.server.release.wait(30)
            body = b"[]"
        else:
            body = json.dumps({"serverTime": time.time_ns() // 1_000_000}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def hold_server() -> Iterator[HoldServer]:
    server = HoldServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()


def _one_connection_client(server: HoldServer, **transports: Any) -> BinanceClient:
    return BinanceClient(KEY, SECRET, base_url=server.url, papi_base_url=server.url, max_retries=0, **transports)


def test_the_offset_is_timed_on_the_wire_not_while_waiting_for_a_connection(hold_server: HoldServer) -> None:
    client = _one_connection_client(hold_server, transport=httpx.HTTPTransport(limits=httpx.Limits(max_connections=1)))
    with client, ThreadPoolExecutor(max_workers=2) as pool:
        holding = pool.submit(client.send, HOLD, {})
        assert hold_server.held.wait(10)
        measuring = pool.submit(client.measure_time_offset)
        time.sleep(POOL_WAIT)  # the measurement waits for the only connection meanwhile
        hold_server.release.set()
        holding.result(timeout=10)
        offset = measuring.result(timeout=10)
    # The server's clock is this machine's: the offset is a few ms, not POOL_WAIT / 2.
    assert abs(offset) < POOL_WAIT * 1000 / 4


async def test_the_async_offset_is_timed_on_the_wire_not_while_waiting_for_a_connection(
    hold_server: HoldServer,
) -> None:
    client = _one_connection_client(
        hold_server, async_transport=httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=1))
    )
    offsets: list[int] = []

    async def measure() -> None:
        offsets.append(await client.ameasure_time_offset())

    async with client, anyio.create_task_group() as group:
        group.start_soon(client.asend, HOLD, {})
        await anyio.to_thread.run_sync(hold_server.held.wait, 10)
        group.start_soon(measure)
        await anyio.sleep(POOL_WAIT)
        hold_server.release.set()
    assert len(offsets) == 1
    assert abs(offsets[0]) < POOL_WAIT * 1000 / 4


# -- one measurement for many calls ------------------------------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[Sandbox]:
    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def sandbox(server: Sandbox) -> Iterator[Sandbox]:
    server.clear_scripts()
    server.clear_requests()
    server.reset_weights()
    server.rate_limit = None
    yield server
    server.clock_skew_ms = 0


def _time_requests(sandbox: Sandbox) -> int:
    return sum(request.path == TIME_PATH for request in sandbox.requests)


async def _concurrent_calls(client: BinanceClient, calls: int) -> list[int]:
    statuses: list[int] = []

    async def one() -> None:
        response = await get_um_leverage_brackets.asyncio_detailed(client=client, symbol="ETHUSDT")
        statuses.append(response.status_code)

    async with anyio.create_task_group() as group:
        for _ in range(calls):
            group.start_soon(one)
    return statuses


async def test_a_burst_of_timestamp_errors_resyncs_once_and_every_call_recovers(sandbox: Sandbox) -> None:
    sandbox.clock_skew_ms = -3_000  # the server 3 s behind: every first signature is ahead
    async with sandbox.client(max_retries=0) as client:
        statuses = await _concurrent_calls(client, 150)
    assert statuses == [200] * 150
    assert _time_requests(sandbox) == 1


def test_threads_meeting_timestamp_errors_resync_once(sandbox: Sandbox) -> None:
    sandbox.clock_skew_ms = 15_000
    with sandbox.client(max_retries=0) as client, ThreadPoolExecutor(max_workers=16) as pool:
        futures = [pool.submit(get_um_leverage_brackets.sync, client=client, symbol="ETHUSDT") for _ in range(48)]
        assert all(future.result()[0].symbol == "ETHUSDT" for future in futures)
    assert _time_requests(sandbox) == 1


async def test_sync_time_sends_one_time_request_for_many_first_calls(sandbox: Sandbox) -> None:
    sandbox.clock_skew_ms = 45_000
    async with sandbox.client(sync_time=True, max_retries=0) as client:
        statuses = await _concurrent_calls(client, 100)
    assert statuses == [200] * 100
    assert _time_requests(sandbox) == 1
    # Measured before any signed request went out: no -1021 at all.
    assert all(request.status == 200 for request in sandbox.requests)


def test_sync_time_sends_one_time_request_for_many_first_calls_from_threads(sandbox: Sandbox) -> None:
    sandbox.clock_skew_ms = 45_000
    with sandbox.client(sync_time=True, max_retries=0) as client, ThreadPoolExecutor(max_workers=16) as pool:
        futures = [pool.submit(get_um_leverage_brackets.sync, client=client, symbol="ETHUSDT") for _ in range(32)]
        assert all(future.result()[0].symbol == "ETHUSDT" for future in futures)
    assert _time_requests(sandbox) == 1
    assert all(request.status == 200 for request in sandbox.requests)
