"""``Sandbox``: the sandbox server in a background thread, for tests, benchmarks and the demo.

from binance_pm_sandbox import Sandbox, ScriptedResponse

with Sandbox() as sandbox:
    client = sandbox.client()
    sandbox.clock_skew_ms = -3000
    sandbox.script("getUmLeverageBrackets", ScriptedResponse.error(503, -1000, "busy"))
    ...
    assert sandbox.requests[-1].raw_query.endswith(b"&signature=...")
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import uvicorn

from .app import create_app
from .controls import Controls, Credential, RecordedRequest, ScriptedResponse
from .events import DISCARD, EventSink
from .exchange import DEFAULT_FUNDING, Exchange, SqliteStore
from .spec import SandboxSpec, load_spec
from .state import SandboxState
from .streams import StreamHub

if TYPE_CHECKING:
    from binance_pm import BinanceClient

__all__ = ["DEMO_API_KEY", "DEMO_API_SECRET", "Sandbox", "ScriptedResponse", "bind_socket", "make_server"]

#: The keys the sandbox accepts when none are given. Not secret: printed by the demo.
DEMO_API_KEY = "sandboxDemoApiKey0000000000000000000000000000000000000000000000"
DEMO_API_SECRET = "sandboxDemoApiSecret000000000000000000000000000000000000000000"

_START_TIMEOUT = 10.0
_STOP_TIMEOUT = 5.0


def bind_socket(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A listening TCP socket (port 0: a free one); connections queue until the server runs."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit TCP_NODELAY: without it an answer written in two parts
    # (headers, then body) waits out the client's delayed ACK, about 40 ms on loopback.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


#: With ``access_log``: one line per request on stderr (stdout carries the sandbox's URL and keys).
ACCESS_LOG_CONFIG: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "access": {
            "()": "uvicorn.logging.AccessFormatter",
            "fmt": '%(asctime)s %(client_addr)s "%(request_line)s" %(status_code)s',
            "use_colors": False,
        }
    },
    "handlers": {"access": {"class": "logging.StreamHandler", "formatter": "access", "stream": "ext://sys.stderr"}},
    "loggers": {"uvicorn.access": {"handlers": ["access"], "level": "INFO", "propagate": False}},
}


def make_server(
    state: SandboxState, *, access_log: bool = False, log_level: str = "warning", quiet: bool = True
) -> uvicorn.Server:
    """A uvicorn server for the sandbox app (HTTP/1.1 through h11, no lifespan).

    ``access_log`` writes a line per request to stderr; ``quiet`` (without it) leaves
    logging unconfigured, so only warnings reach stderr."""
    if access_log:
        log_config: dict[str, Any] | None = ACCESS_LOG_CONFIG
    else:
        log_config = None if quiet else uvicorn.config.LOGGING_CONFIG
    config = uvicorn.Config(
        create_app(state),
        http="h11",
        lifespan="off",
        access_log=access_log,
        log_level=log_level,
        log_config=log_config,
        timeout_graceful_shutdown=1,
        timeout_keep_alive=5,
        server_header=False,
    )
    return uvicorn.Server(config)


class Sandbox:
    """The sandbox on 127.0.0.1 in a background thread; a context manager.

    Args:
        api_key, api_secret: the key pair accepted (demo keys by default).
        public_key_pem: instead of ``api_secret``, the PEM public key (RSA or Ed25519) that
            ``api_key`` signs with.
        spec: a path to the spec, or a loaded ``SandboxSpec`` (default: the repository's).
        port: 0 for a free port.
        rate_limit: per-minute weight limit of every counter; None for Binance's own.
        clock_skew_ms: the server clock minus this machine's.
        max_logged_requests: how many recent requests ``requests`` keeps.
        funding: what a new account starts with: wallet (``um``, ``cm``, ``margin``) ->
            asset -> amount (default: ``exchange.DEFAULT_FUNDING``; ``{}`` for nothing).
        state_file: keep the exchange's state in this SQLite file (default: memory only).
        events: where the exchange publishes user data stream events.

    Test controls (any thread, any time): ``clock_skew_ms``, ``rate_limit``,
    ``script()``, ``set_body()``, ``requests`` / ``clear_requests()``, ``reset_weights()``,
    ``add_key()``, and ``reset()`` for all of them at once (accounts included).
    Trading controls: ``set_mark_price()``, ``mark_price()``, ``fund()``, ``account_state()``,
    ``advance_clock()``. ``exchange`` is the exchange itself; ``controls`` the controls object.
    User data streams (``/pm/ws/<listenKey>``): the exchange's events reach them by
    themselves; ``publish_event()`` sends any event to an account's streams,
    ``drop_stream_connections()`` cuts them, and ``streams`` is the hub itself (its
    listenKeys expire on the exchange clock, which ``advance_clock()`` moves).
    """

    def __init__(
        self,
        *,
        api_key: str = DEMO_API_KEY,
        api_secret: str | None = DEMO_API_SECRET,
        public_key_pem: bytes | None = None,
        spec: str | Path | SandboxSpec | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        rate_limit: int | None = None,
        clock_skew_ms: int = 0,
        max_logged_requests: int = 10000,
        funding: Mapping[str, Mapping[str, Decimal | str | int]] | None = None,
        state_file: str | Path | None = None,
        events: EventSink = DISCARD,
    ) -> None:
        if public_key_pem is not None:
            api_secret = None
        loaded = spec if isinstance(spec, SandboxSpec) else load_spec(spec)
        self.api_key = api_key
        self._api_secret = api_secret
        self.state = SandboxState(
            loaded,
            {api_key: Credential(secret=api_secret, public_key_pem=public_key_pem)},
            rate_limit=rate_limit,
            clock_skew_ms=clock_skew_ms,
            max_logged_requests=max_logged_requests,
            events=events,
            store=SqliteStore(state_file) if state_file is not None else None,
            funding=DEFAULT_FUNDING if funding is None else _funding(funding),
        )
        self._initial_rate_limit = rate_limit
        self._initial_clock_skew_ms = clock_skew_ms
        self._host = host
        self._port = port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None
        self.url = ""

    @property
    def api_secret(self) -> str | None:
        """The HMAC secret accepted for ``api_key`` (None with a public key)."""
        return self._api_secret

    def __repr__(self) -> str:
        return f"Sandbox(url={self.url!r}, api_key={self.api_key!r}, api_secret=<redacted>)"

    # -- lifecycle -------------------------------------------------------------------

    def start(self) -> Sandbox:
        """Starts serving; returns once the server accepts connections."""
        if self._thread is not None:
            raise RuntimeError("the sandbox is already running")
        sock = bind_socket(self._host, self._port)
        self.url = url_of(sock)
        self.state.closing.clear()
        server = make_server(self.state)
        self._server = server

        def run() -> None:
            try:
                server.run(sockets=[sock])
            except BaseException as exc:  # reported by start()
                self._failure = exc
            finally:
                sock.close()

        self._thread = threading.Thread(target=run, name=f"binance-pm-sandbox {self.url}", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the sandbox did not start: {self._failure!r}")
            time.sleep(0.002)
        return self

    def stop(self) -> None:
        """Stops serving and waits for the server thread (bounded: never hangs); a state file
        stays as the last answer left it."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        self.state.closing.set()
        if server is None or thread is None:
            return
        server.should_exit = True
        thread.join(_STOP_TIMEOUT)
        if thread.is_alive():
            server.force_exit = True
            thread.join(_STOP_TIMEOUT)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

    # -- conveniences ----------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The api host (``/sapi``, ``/api``): the sandbox's URL."""
        return self.url

    @property
    def papi_base_url(self) -> str:
        """The papi host (``/papi``): the same URL, one port serves both."""
        return self.url

    def client(self, **kwargs: Any) -> BinanceClient:
        """A ``BinanceClient`` pointed at this sandbox with its keys; ``kwargs`` override."""
        from binance_pm import BinanceClient

        options: dict[str, Any] = {
            "api_key": self.api_key,
            "api_secret": self._api_secret,
            "base_url": self.url,
            "papi_base_url": self.url,
        }
        if "private_key" in kwargs:
            options.pop("api_secret")
        options.update(kwargs)
        return BinanceClient(**options)

    # -- test controls ---------------------------------------------------------------

    @property
    def exchange(self) -> Exchange:
        """The exchange behind the server: accounts (one per API key) and their UM orders."""
        return self.state.exchange

    @property
    def streams(self) -> StreamHub:
        """The user data streams: listenKeys, their expiry clock, and the open connections."""
        return self.state.streams

    @property
    def stream_url(self) -> str:
        """The base of the stream URLs (``<stream_url>/<listenKey>``), as ``BinanceClient.user_stream``
        derives it from ``papi_base_url``."""
        return self.url.replace("http://", "ws://", 1) + "/pm/ws"

    def publish_event(self, event: Mapping[str, Any] | bytes | str, api_key: str | None = None) -> None:
        """Sends ``event`` (Binance's JSON object, or a message as raw text) to the streams of
        ``api_key`` (default: the sandbox's own key)."""
        key = api_key or self.api_key
        if isinstance(event, bytes | str):
            self.state.streams.publish_raw(key, event)
        else:
            self.state.streams.publish(key, event)

    def drop_stream_connections(self, api_key: str | None = None) -> int:
        """Cuts the open stream connections (of ``api_key``, or all); their listenKeys stay
        valid. Returns how many were cut."""
        return self.state.streams.drop_connections(api_key)

    @property
    def controls(self) -> Controls:
        """Keys, clock skew, scripts, body overrides and the request log, all in one object."""
        return self.state.controls

    @property
    def clock_skew_ms(self) -> int:
        """The server clock minus this machine's, in ms (positive: the server is ahead)."""
        return self.state.controls.clock_skew_ms

    @clock_skew_ms.setter
    def clock_skew_ms(self, value: int) -> None:
        self.state.controls.clock_skew_ms = int(value)

    @property
    def rate_limit(self) -> int | None:
        """Per-minute weight limit of every counter; None for Binance's own limits."""
        return self.state.limits.limit

    @rate_limit.setter
    def rate_limit(self, value: int | None) -> None:
        self.state.limits.limit = value

    def server_time_ms(self) -> int:
        return self.state.server_time_ms()

    def add_key(self, api_key: str, *, secret: str | None = None, public_key_pem: bytes | None = None) -> None:
        """Accepts another API key, with its HMAC secret or PEM public key (RSA or Ed25519)."""
        self.controls.add_key(api_key, secret=secret, public_key_pem=public_key_pem)

    def remove_key(self, api_key: str) -> None:
        self.controls.remove_key(api_key)

    def script(self, path_or_operation_id: str, *responses: ScriptedResponse) -> None:
        """Queues answers for the next requests to an operation (or to any method on a path),
        served in order before any normal handling (no key, weight or signature checks)."""
        self.controls.script(path_or_operation_id, *responses)

    def pending_scripts(self, path_or_operation_id: str | None = None) -> int:
        return self.controls.pending_scripts(path_or_operation_id)

    def clear_scripts(self) -> None:
        self.controls.clear_scripts()

    def set_body(self, path_or_operation_id: str, body: bytes | Any | None) -> None:
        """Serves this success body for an operation (or every method on a path) instead of
        its normal answer (bytes verbatim, else compact JSON); None restores the normal one.
        The symbols a ``symbol`` parameter accepts follow the body."""
        self.controls.set_body(path_or_operation_id, body)

    @property
    def requests(self) -> list[RecordedRequest]:
        """The requests received, oldest first (a copy)."""
        return self.controls.requests

    def requests_to(self, path_or_operation_id: str) -> list[RecordedRequest]:
        """The requests to an operation (its method and path), or to any method on a path."""
        return self.controls.requests_to(path_or_operation_id)

    def clear_requests(self) -> None:
        self.controls.clear_requests()

    def reset_weights(self) -> None:
        """Forgets the weight (and order counts) used so far."""
        self.state.limits.reset()

    # -- trading controls ----------------------------------------------------------------

    def set_mark_price(self, symbol: str, price: Decimal | str | int) -> None:
        """Moves the mark price of ``symbol`` (UM and margin symbols of one name share it);
        resting orders it crosses fill, in every account, before this returns."""
        self.exchange.set_mark_price(symbol, price)

    def mark_price(self, symbol: str) -> Decimal:
        return self.exchange.mark_price(symbol)

    def fund(self, asset: str, amount: Decimal | str | int, *, wallet: str = "um", api_key: str | None = None) -> None:
        """Adds ``amount`` of ``asset`` (negative: takes it away) to the ``um`` or ``cm``
        futures wallet or the ``margin`` account of ``api_key`` (default: the sandbox's key)."""
        self.exchange.fund(api_key or self.api_key, asset, amount, wallet=wallet)

    def account_state(self, api_key: str | None = None) -> dict[str, Any]:
        """Everything the account of ``api_key`` holds (wallets, margin balances, positions,
        orders, trades, income), as JSON with Decimals as strings."""
        return self.exchange.snapshot(api_key or self.api_key)

    def advance_clock(self, ms: int) -> None:
        """Moves the exchange clock ``ms`` milliseconds forward: GTD orders and listen keys
        expire by it. Signatures are still checked against the server clock, so a client's
        timestamps stay valid."""
        self.state.advance_clock_ms(ms)

    def exchange_now_ms(self) -> int:
        """The exchange clock, in ms since the epoch."""
        return self.state.exchange_now_ms()

    def reset(self) -> None:
        """Back to how it started: no scripts, empty log, no weight used, the initial clock skew
        and rate limit, the real clock for weight windows, normal answers (no body set), no
        accounts (a new one is funded again), the starting marks and the exchange clock back
        on the server clock (keys added later are kept)."""
        controls = self.controls
        controls.clear_scripts()
        controls.clear_requests()
        controls.clear_bodies()
        controls.clock_skew_ms = self._initial_clock_skew_ms
        self.state.reset()
        self.state.limits.limit = self._initial_rate_limit
        self.state.weight_clock = time.time
        self.state.streams.clock = self.state.exchange_now_ms


def _funding(funding: Mapping[str, Mapping[str, Decimal | str | int]]) -> dict[str, dict[str, Decimal]]:
    return {
        wallet: {asset: Decimal(str(amount)) for asset, amount in assets.items()} for wallet, assets in funding.items()
    }
