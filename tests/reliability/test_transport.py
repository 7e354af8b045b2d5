"""Transport behaviour below the faults: decisions made on what the transport reports
(through ``httpx.MockTransport``), connection reuse, timeouts, HTTP/2 and weight headers."""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import importlib.util
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from binance_pm import BinanceClient
from binance_pm._operation import Operation
from binance_pm._ratelimit import WeightUsage, parse_weight_headers
from binance_pm._retry import RetryPolicy
from binance_pm.api.portfolio_margin import get_um_leverage_brackets
from binance_pm.errors import ConnectionFailedError, TimestampError, parse_retry_after

from .conftest import BRACKETS, KEY, POST_OPERATION, SECRET, Recorder, Runner, mock_client

from binance_pm_sandbox import Sandbox  # isort: skip


def _timestamp_rejected(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/api/v3/time":
        return httpx.Response(200, json={"serverTime": int(datetime.datetime.now().timestamp() * 1000)})
    return httpx.Response(400, json={"code": -1021, "msg": "Timestamp for this request is outside of the recvWindow."})


def test_a_timestamp_error_on_a_request_signed_before_the_latest_measurement_uses_it(run: Runner) -> None:
    # Another request measures the clock while this one is in flight (simulated in the
    # handler): the retry uses that offset rather than measuring once more.
    leverage = get_um_leverage_brackets.OPERATION.path
    client: BinanceClient | None = None

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == leverage and len(recorder.requests) == 1:
            assert client is not None
            now = datetime.datetime.now().timestamp()
            answer = httpx.Response(200, json={"serverTime": int(now * 1000) + 7_000})
            client.clock.record(answer, sent_at=now, received_at=now)
            return _timestamp_rejected(request)
        if request.url.path == leverage:
            return httpx.Response(200, content=BRACKETS)
        return _timestamp_rejected(request)

    recorder = Recorder(handler)
    client = mock_client(recorder)
    run(get_um_leverage_brackets, client, symbol="ETHUSDT")
    assert recorder.paths() == [leverage, leverage]
    first, retry = (int(request.url.params["timestamp"]) for request in recorder.requests)
    assert retry - first >= 6_000  # signed with the offset measured meanwhile


def test_every_call_meeting_a_timestamp_error_measures_once_and_retries_once(run: Runner) -> None:
    recorder = Recorder(_timestamp_rejected)
    client = mock_client(recorder)
    for _ in range(2):
        with pytest.raises(TimestampError) as caught:
            run(get_um_leverage_brackets, client, symbol="ETHUSDT")
        assert caught.value.attempts == 1
    leverage = get_um_leverage_brackets.OPERATION.path
    assert recorder.paths() == [leverage, "/api/v3/time", leverage] * 2


def _send(run: Runner, client: BinanceClient, operation: Operation) -> Any:
    if run.mode == "sync":
        return client.send(operation, {})
    run(get_um_leverage_brackets, client, symbol="ETHUSDT")  # registers the client for closing, on the same loop
    assert run._portal is not None
    return run._portal.call(client.asend, operation, {})


@pytest.mark.parametrize(
    "failure, method, attempts",
    [
        (httpx.ConnectError("refused"), "POST_OPERATION", 3),  # never reached the server: safe to resend
        (httpx.ConnectTimeout("slow connect"), "POST_OPERATION", 3),
        (httpx.ReadError("reset"), "POST_OPERATION", 1),  # may have been carried out: never resent
        (httpx.WriteTimeout("stalled"), "POST_OPERATION", 1),
        (httpx.ReadError("reset"), "GET", 3),
        (httpx.RemoteProtocolError("cut"), "GET", 3),
        (httpx.DecodingError("bad gzip"), "GET", 3),
        (httpx.DecodingError("bad gzip"), "POST_OPERATION", 1),
    ],
)
def test_transport_errors_are_retried_only_when_safe(
    run: Runner, failure: httpx.RequestError, method: str, attempts: int
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == get_um_leverage_brackets.OPERATION.path:
            return httpx.Response(200, content=BRACKETS)
        raise failure

    recorder = Recorder(handler)
    client = mock_client(recorder, max_retries=2)
    operation = Operation(
        operation_id=POST_OPERATION.operation_id,
        method=method,
        path=POST_OPERATION.path,
        host=POST_OPERATION.host,
        security_type=POST_OPERATION.security_type,
        needs_api_key=True,
        signed=True,
        weight=1,
        weight_per="IP",
        summary=POST_OPERATION.summary,
    )
    with pytest.raises(ConnectionFailedError) as caught:
        _send(run, client, operation)
    assert caught.value.attempts == attempts
    assert recorder.paths().count(POST_OPERATION.path) == attempts
    if method == "POST_OPERATION" and attempts == 1:
        assert "outcome unknown" in str(caught.value)


def test_weight_headers_are_exposed_per_header_interval_and_kind(run: Runner) -> None:
    headers = {
        "X-SAPI-USED-IP-WEIGHT-1M": "12",
        "X-SAPI-USED-UID-WEIGHT-1M": "340",
        "X-MBX-USED-WEIGHT-1S": "3",
        "X-MBX-USED-WEIGHT-1M": "not a number",
    }
    recorder = Recorder(lambda request: httpx.Response(200, content=BRACKETS, headers=headers))
    client = mock_client(recorder)
    response = run(get_um_leverage_brackets, client, symbol="ETHUSDT")
    weights = response.weights
    assert set(weights) == {"x-sapi-used-ip-weight-1m", "x-sapi-used-uid-weight-1m", "x-mbx-used-weight-1s"}
    assert (weights["x-sapi-used-uid-weight-1m"].counted_per, weights["x-sapi-used-uid-weight-1m"].used) == ("UID", 340)
    assert (weights["x-sapi-used-ip-weight-1m"].counted_per, weights["x-sapi-used-ip-weight-1m"].interval) == (
        "IP",
        "1m",
    )
    assert weights["x-mbx-used-weight-1s"].interval == "1s"
    assert client.rate_limits == weights
    # The client keeps the last value seen per header.
    headers["X-SAPI-USED-IP-WEIGHT-1M"] = "13"
    run(get_um_leverage_brackets, client, symbol="ETHUSDT")
    assert client.rate_limits["x-sapi-used-ip-weight-1m"].used == 13
    assert client.rate_limits["x-sapi-used-uid-weight-1m"].used == 340


def test_weight_header_values_that_are_not_ascii_digits_are_skipped_not_raised(run: Runner) -> None:
    # "²".isdigit() is true in Python and int("²") raises: such a value must not fail a call.
    headers = [(b"X-MBX-USED-WEIGHT-1M", "\u00b2".encode()), (b"X-SAPI-USED-IP-WEIGHT-1M", b" 7 ")]
    recorder = Recorder(lambda request: httpx.Response(200, content=BRACKETS, headers=headers))
    response = run(get_um_leverage_brackets, mock_client(recorder), symbol="ETHUSDT")
    assert {name: usage.used for name, usage in response.weights.items()} == {"x-sapi-used-ip-weight-1m": 7}


def test_weight_headers_parse_the_same_from_any_mapping() -> None:
    plain = {"X-MBX-ORDER-COUNT-10S": "2", "X-MBX-USED-WEIGHT-1M": "\u00b2", "Content-Type": "application/json"}
    from_mapping = parse_weight_headers(plain, seen_at=5.0)
    raw = httpx.Headers({name.encode(): value.encode() for name, value in plain.items()})
    assert from_mapping == parse_weight_headers(raw, seen_at=5.0)
    assert from_mapping == {
        "x-mbx-order-count-10s": WeightUsage("x-mbx-order-count-10s", "UID", "10s", 2, 5.0, "orders")
    }


def test_retry_after_accepts_seconds_and_http_dates() -> None:
    assert parse_retry_after(httpx.Headers({"Retry-After": "7"})) == 7
    assert parse_retry_after(httpx.Headers({"Retry-After": "-1"})) is None
    assert parse_retry_after(httpx.Headers({"Retry-After": "soon"})) is None
    assert parse_retry_after(httpx.Headers({"Retry-After": "nan"})) is None
    assert parse_retry_after(httpx.Headers({})) is None
    later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=90)
    parsed = parse_retry_after(httpx.Headers({"Retry-After": email.utils.format_datetime(later, usegmt=True)}))
    assert parsed is not None and 60 < parsed <= 90


def test_backoff_is_bounded_and_jittered() -> None:
    policy = RetryPolicy(max_attempts=10, backoff_base=0.5, backoff_max=4.0)
    for attempt in range(1, 12):
        ceiling = min(4.0, 0.5 * 2 ** (attempt - 1))
        delays = {policy.backoff(attempt) for _ in range(50)}
        assert all(ceiling / 2 <= delay <= ceiling for delay in delays)
        assert len(delays) > 1


def test_timeouts_have_finite_defaults_and_are_configurable() -> None:
    default = BinanceClient(KEY, SECRET)._sync_http().timeout
    assert None not in (default.connect, default.read, default.write, default.pool)
    assert BinanceClient(KEY, SECRET, timeout=2.5)._sync_http().timeout == httpx.Timeout(2.5)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as server:
        yield server


def test_one_connection_is_reused_across_calls(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        for _ in range(5):
            get_um_leverage_brackets.sync(client=client, symbol="ETHUSDT")
        connections = client._sync_http()._transport._pool.connections  # type: ignore[attr-defined]
        assert len(connections) == 1
        assert "Request Count: 5" in connections[0].info()


async def test_one_connection_is_reused_across_async_calls(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        for _ in range(5):
            await get_um_leverage_brackets.asyncio(client=client, symbol="ETHUSDT")
        connections = client._async_http()._transport._pool.connections  # type: ignore[attr-defined]
        assert len(connections) == 1
        assert "Request Count: 5" in connections[0].info()


@pytest.mark.skipif(importlib.util.find_spec("h2") is None, reason="needs the http2 extra (h2)")
def test_http2_option_enables_http2_and_still_talks_to_http1_servers(sandbox: Sandbox) -> None:
    with sandbox.client(http2=True) as client:
        get_um_leverage_brackets.sync(client=client, symbol="ETHUSDT")
        pool = client._sync_http()._transport._pool  # type: ignore[attr-defined]
        assert pool._http2 is True


def test_http2_without_h2_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "h2" else real(name, *a))
    with pytest.raises(ImportError, match=r"binance-pm\[http2\]"):
        BinanceClient(KEY, SECRET, http2=True)


def test_async_calls_from_successive_event_loops(sandbox: Sandbox) -> None:
    # asyncio.run() twice with one client: the second loop must not reuse connections
    # that belong to the first (closed) one.
    client = sandbox.client()
    for _ in range(3):
        brackets = asyncio.run(get_um_leverage_brackets.asyncio(client=client, symbol="ETHUSDT"))
        assert brackets[0].symbol == "ETHUSDT"
    asyncio.run(client.aclose())


def test_threads_share_one_client_safely(sandbox: Sandbox) -> None:
    # Threads making their first calls at once, on a skewed clock: every call succeeds
    # and they share one connection pool.
    sandbox.clock_skew_ms = 15_000
    try:
        with sandbox.client(retry_backoff=0.001) as client, ThreadPoolExecutor(max_workers=8) as pool:
            futures = [pool.submit(get_um_leverage_brackets.sync, client=client, symbol="ETHUSDT") for _ in range(32)]
            assert all(future.result()[0].symbol == "ETHUSDT" for future in futures)
            connections = client._sync_http()._transport._pool.connections  # type: ignore[attr-defined]
            assert 1 <= len(connections) <= 8
    finally:
        sandbox.clock_skew_ms = 0
