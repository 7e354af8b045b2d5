"""``call_timeout`` bounds each attempt as a whole: a server that drips its answer one byte at
a time (each byte well within the per-read ``timeout``) cannot keep a call alive past it,
sync or async, and the failure follows the usual retry rules."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from binance_pm import BinanceClient
from binance_pm.api.portfolio_margin import get_um_leverage_brackets
from binance_pm.errors import AnswerLostError, ConnectionFailedError, ParameterError

from .conftest import BRACKETS, KEY, POST_OPERATION, SECRET, Runner

# One byte every DRIP seconds: the answer takes seconds to arrive, each read a fraction of
# the per-read timeout below.
DRIP = 0.02
PER_READ_TIMEOUT = 2.0
CALL_TIMEOUT = 0.3


class DripServer:
    """Answers every request with ``BRACKETS``, sent one byte at a time; ``drip_headers``
    drips the status line and headers too."""

    def __init__(self, *, drip_headers: bool) -> None:
        self.drip_headers = drip_headers
        self.requests = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._stopped = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: socket.socket) -> None:
        with connection:
            received = b""
            while b"\r\n\r\n" not in received:
                chunk = connection.recv(4096)
                if not chunk:
                    return
                received += chunk
            self.requests += 1
            head = (
                f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(BRACKETS)}\r\n\r\n"
            ).encode()
            if not self.drip_headers:
                connection.sendall(head)
                head = b""
            try:
                for index in range(len(head + BRACKETS)):
                    if self._stopped.is_set():
                        return
                    connection.sendall((head + BRACKETS)[index : index + 1])
                    time.sleep(DRIP)
            except OSError:  # the client gave up and closed the connection
                return

    def close(self) -> None:
        self._stopped.set()
        self._listener.close()


@pytest.fixture(params=["body", "headers"])
def drip_server(request: pytest.FixtureRequest) -> Iterator[DripServer]:
    server = DripServer(drip_headers=request.param == "headers")
    yield server
    server.close()


def _client(server: DripServer, **options: Any) -> BinanceClient:
    settings: dict[str, Any] = {
        "base_url": server.url,
        "papi_base_url": server.url,
        "timeout": PER_READ_TIMEOUT,
        "call_timeout": CALL_TIMEOUT,
        "retry_backoff": 0.001,
        "retry_backoff_max": 0.002,
    }
    settings.update(options)
    return BinanceClient(KEY, SECRET, **settings)


def test_a_dripped_answer_cannot_outlast_the_call_timeout(run: Runner, drip_server: DripServer) -> None:
    client = _client(drip_server, max_retries=1)
    with pytest.raises(ConnectionFailedError, match="call_timeout") as caught:
        run(get_um_leverage_brackets, client, symbol="ETHUSDT")
    # Each attempt was cut at the deadline; a GET is retried, within max_retries.
    assert caught.value.attempts == 2
    assert drip_server.requests == 2


def test_a_dripped_answer_to_an_order_is_an_unknown_outcome_never_resent(run: Runner, drip_server: DripServer) -> None:
    client = _client(drip_server, max_retries=3)
    with pytest.raises(AnswerLostError, match="call_timeout") as caught:
        if run.mode == "sync":
            client.send(POST_OPERATION, {"symbol": "ETHUSDT"})
        else:
            assert run._portal is not None
            run._portal.call(client.asend, POST_OPERATION, {"symbol": "ETHUSDT"})
    assert caught.value.attempts == 1
    assert drip_server.requests == 1


def test_the_server_time_is_bounded_by_the_call_timeout(run: Runner) -> None:
    server = DripServer(drip_headers=False)
    try:
        client = _client(server)
        with pytest.raises(ConnectionFailedError, match="call_timeout"):
            run.measure(client)
    finally:
        server.close()


def test_an_answer_within_the_call_timeout_is_untouched(run: Runner) -> None:
    server = DripServer(drip_headers=False)
    try:
        client = _client(server, call_timeout=30.0)
        assert run(get_um_leverage_brackets, client, symbol="ETHUSDT").parsed[0].symbol == "ETHUSDT"
    finally:
        server.close()


def test_the_call_timeout_has_a_finite_default_and_can_be_lifted() -> None:
    default = BinanceClient(KEY, SECRET).call_timeout
    assert default is not None and 0 < default < float("inf")
    assert BinanceClient(KEY, SECRET, call_timeout=None).call_timeout is None
    assert BinanceClient(KEY, SECRET, call_timeout=2).call_timeout == 2.0


@pytest.mark.parametrize("value", [0, -1, float("nan"), float("inf"), "5", True])
def test_a_bad_call_timeout_is_refused_by_name(value: Any) -> None:
    with pytest.raises(ParameterError) as caught:
        BinanceClient(KEY, SECRET, call_timeout=value)
    assert caught.value.parameter == "call_timeout"


def test_a_transport_of_httpx_keeps_the_deadline_and_works_outside_calls() -> None:
    # A transport given for a proxy is an httpx one: the deadline holds there too, and the
    # same transport used directly (outside a binance_pm call) is not bounded by it.
    server = DripServer(drip_headers=False)
    try:
        transport = httpx.HTTPTransport()
        client = _client(server, transport=transport, max_retries=0)
        with pytest.raises(ConnectionFailedError, match="call_timeout"):
            get_um_leverage_brackets.sync(client=client, symbol="ETHUSDT")
        with httpx.Client(transport=transport, timeout=PER_READ_TIMEOUT) as plain:
            assert plain.get(server.url).content == BRACKETS
    finally:
        server.close()
