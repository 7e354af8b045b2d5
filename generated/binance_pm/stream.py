"""The account's user data stream: typed events, the listenKey kept alive, reconnection.

    async with client.user_stream() as stream:
        async for event in stream:
            if isinstance(event, Reconnected):
                ...  # events may have been missed: read the state again (event.resync)
            elif isinstance(event, OrderTradeUpdateEvent):
                ...

``UserStream`` starts a listenKey, connects to ``<stream_url>/<listenKey>`` and yields each
message as its event model (``binance_pm.events``). Beside the reader, one task keeps the
key alive (a PUT every 30 minutes; keys expire after 60) and renews the
connection before Binance's 24-hour limit. A dropped connection is reconnected with
bounded, jittered backoff; a key Binance no longer knows (``-1125`` on keepalive, or a
``listenKeyExpired`` event) is replaced by a new one. Binance does not replay what was sent while
the stream was away, so after every reconnection the stream yields a ``Reconnected`` marker
naming the REST operations that read the state again. Leaving the ``async with`` closes the
connection and the listenKey.

``with client.user_stream() as stream: for event in stream: ...`` is the same stream for
synchronous code: it runs in a thread of its own with its own event loop, and hands each
event over through a queue.

The WebSocket library, ``websockets``, is imported when a stream connects, not with
``binance_pm``. Generated from ``x-binance-user-data-stream`` in the spec: edit the spec or
``generator/templates/runtime/stream.py.jinja``, not this file.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
import queue
import random
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any

from attrs import frozen

from .errors import BinanceAPIError, ConnectionFailedError

if TYPE_CHECKING:
    from .client import BinanceClient
    from .events import Event

__all__ = [
    "CONNECTION_LIMIT",
    "DEFAULT_STREAM_URL",
    "KEEPALIVE_EVERY",
    "LISTEN_KEY_VALIDITY",
    "RESYNC_OPERATIONS",
    "Backoff",
    "Reconnected",
    "StreamState",
    "UserStream",
]

_log = logging.getLogger("binance_pm.stream")

#: Binance's stream URL, without the ``/<listenKey>`` at its end.
DEFAULT_STREAM_URL = "wss://fstream.binance.com/pm/ws"
#: Seconds a listenKey stays valid after its start or last keepalive.
LISTEN_KEY_VALIDITY = 3600.0
#: Seconds between keepalives (well inside ``LISTEN_KEY_VALIDITY``).
KEEPALIVE_EVERY = 1800.0
#: Seconds Binance keeps one connection open at most.
CONNECTION_LIMIT = 86400.0
#: The connection is renewed this long before ``CONNECTION_LIMIT``.
RENEW_BEFORE_LIMIT = 300.0
LISTEN_KEY_MISSING = -1125
EXPIRED_EVENT = "listenKeyExpired"
#: After a reconnection, the operations that read the state the missed events would have
#: changed (module paths, each with ``sync`` and ``asyncio``).
RESYNC_OPERATIONS: tuple[str, ...] = (
    "binance_pm.api.portfolio_margin.account_information",
    "binance_pm.api.portfolio_margin.account_balance",
    "binance_pm.api.portfolio_margin.query_um_position_information",
    "binance_pm.api.portfolio_margin.query_cm_position_information",
    "binance_pm.api.portfolio_margin.query_all_current_um_open_orders",
    "binance_pm.api.portfolio_margin.query_all_current_cm_open_orders",
    "binance_pm.api.portfolio_margin.query_all_current_um_open_algo_orders",
    "binance_pm.api.portfolio_margin.query_current_margin_open_order",
)
_START = "binance_pm.api.portfolio_margin.start_user_data_stream"
_KEEPALIVE = "binance_pm.api.portfolio_margin.keepalive_user_data_stream"
_CLOSE = "binance_pm.api.portfolio_margin.close_user_data_stream"


class StreamState(enum.Enum):
    """Where a ``UserStream`` is in its life."""

    IDLE = "idle"
    CONNECTING = "connecting"
    STREAMING = "streaming"
    RECONNECTING = "reconnecting"
    CLOSED = "closed"


@frozen
class Reconnected:
    """Yielded after the stream connected again: events sent in between are lost.

    Attributes:
        reason: why the previous connection ended (a drop, an expired key, the
            24-hour limit).
        attempts: how many connection attempts it took.
        new_listen_key: whether a new listenKey was started (the old one had expired).
        resync: the operations whose answers replace what was missed (``RESYNC_OPERATIONS``).
    """

    reason: str
    attempts: int
    new_listen_key: bool
    resync: tuple[str, ...] = RESYNC_OPERATIONS


@frozen
class Backoff:
    """Waits between connection attempts: ``first`` seconds, doubling up to ``longest``,
    each scaled by a random factor in [0.5, 1] so that many clients do not return at once."""

    first: float = 0.5
    longest: float = 30.0

    def delay(self, attempt: int, rand: Callable[[], float] = random.random) -> float:
        """The wait before retry ``attempt`` (1 for the first retry)."""
        return float(min(self.longest, self.first * 2 ** max(0, attempt - 1)) * (0.5 + rand() / 2))


# What a failed connection attempt raises: no route, a refused or timed-out handshake, or
# no listenKey (the REST call failed after its retries).
_CONNECT_ERRORS: tuple[type[BaseException], ...] = (OSError, TimeoutError, ConnectionFailedError)


def _operation(path: str) -> Any:
    from importlib import import_module

    return import_module(path)


async def _sleep_on_loop(seconds: float) -> None:
    await asyncio.sleep(seconds)


class UserStream:
    """The account's user data stream; use with ``async with`` (or ``with``, for sync code).

    Made by ``BinanceClient.user_stream()``. Args:
        client: the client whose API key owns the stream (USER_STREAM needs no secret).
        url: the stream's base URL (``<url>/<listenKey>`` is connected to).
        keepalive_every: seconds between keepalives.
        connection_limit: seconds after which a connection is renewed (Binance's limit less
            a margin).
        backoff: waits between connection attempts.
        max_attempts: consecutive failed attempts after which ``ConnectionFailedError`` is
            raised (None: keep trying).
        clock, sleep: a monotonic clock in seconds and the matching sleep, for tests that
            control time; the keepalive and the connection limit are timed with them.
        open_timeout: seconds to wait for the WebSocket handshake.
    """

    def __init__(
        self,
        client: BinanceClient,
        *,
        url: str = DEFAULT_STREAM_URL,
        keepalive_every: float = KEEPALIVE_EVERY,
        connection_limit: float = CONNECTION_LIMIT - RENEW_BEFORE_LIMIT,
        backoff: Backoff = Backoff(),
        max_attempts: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = _sleep_on_loop,
        open_timeout: float = 10.0,
    ) -> None:
        if not 0 < keepalive_every < LISTEN_KEY_VALIDITY:
            raise ValueError(f"keepalive_every must be more than 0 and less than {LISTEN_KEY_VALIDITY} seconds")
        if connection_limit <= 0:
            raise ValueError("connection_limit must be more than 0 seconds")
        self._client = client
        self._url = url.rstrip("/")
        self._keepalive_every = keepalive_every
        self._connection_limit = connection_limit
        self._backoff = backoff
        self._max_attempts = max_attempts
        self._clock = clock
        self._sleep = sleep
        self._open_timeout = open_timeout
        self.state = StreamState.IDLE
        self.listen_key: str | None = None
        self._key_started = 0.0
        self._socket: Any = None
        self._limit: asyncio.Task[None] | None = None
        self._new_key = False
        self._renew_reason: str | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._thread: _SyncRunner | None = None

    def __repr__(self) -> str:
        return f"UserStream(url={self._url!r}, state={self.state.value})"

    # -- async use ---------------------------------------------------------------------

    async def __aenter__(self) -> UserStream:
        await self._start_key()
        self._tasks.append(asyncio.get_running_loop().create_task(self._keep_alive()))
        # Connected before the block runs, so that events of the block's first calls (an
        # order's fill) are not missed; a failure here is retried when the stream is read.
        try:
            await self._open(_websockets())
        except _CONNECT_ERRORS as exc:
            _log.info("user data stream: first connection failed, retrying when read: %s", exc)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Closes the connection and the listenKey; the stream ends."""
        if self.state is StreamState.CLOSED:
            return
        self.state = StreamState.CLOSED
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            # Already ending: a keepalive's failure has nothing left to report to.
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks.clear()
        await self._close_socket()
        if self.listen_key is not None:
            self.listen_key = None
            try:
                await _operation(_CLOSE).asyncio(client=self._client)
            except (BinanceAPIError, ConnectionFailedError) as exc:
                # The key expires by itself within the hour; closing is a courtesy.
                _log.warning("could not close the listenKey: %s", exc)

    def __aiter__(self) -> AsyncIterator[Event | Reconnected]:
        return self._events()

    async def _open(self, websockets: Any) -> None:
        """Connects to the current listenKey (starting one if there is none)."""
        if self.listen_key is None:
            await self._start_key()
            self._new_key = True
        socket = await websockets.connect(
            f"{self._url}/{self.listen_key}", open_timeout=self._open_timeout, max_size=2**22
        )
        self._socket = socket
        self._renew_reason = None
        self.state = StreamState.STREAMING
        renew_at = self._clock() + self._connection_limit
        self._limit = asyncio.get_running_loop().create_task(self._limit_connection(socket, renew_at))

    async def _events(self) -> AsyncIterator[Event | Reconnected]:
        from .events import decode_event
        from .models.listen_key_expired_event import ListenKeyExpiredEvent as ExpiredEvent

        websockets = _websockets()
        attempts = 0
        reason: str | None = None
        while self.state is not StreamState.CLOSED:
            if self._socket is None:
                self.state = StreamState.CONNECTING if reason is None else StreamState.RECONNECTING
                attempts += 1
                try:
                    await self._open(websockets)
                except _CONNECT_ERRORS as exc:
                    if self._max_attempts is not None and attempts >= self._max_attempts:
                        self.state = StreamState.CLOSED
                        raise ConnectionFailedError(f"the user data stream could not connect: {exc}") from exc
                    reason = reason or f"could not connect: {exc}"
                    await self._sleep(self._backoff.delay(attempts))
                    continue
            socket = self._socket
            try:
                if reason is not None:
                    yield Reconnected(reason, attempts, self._new_key)
                attempts, reason, self._new_key = 0, None, False
                async for message in socket:
                    event = decode_event(message)
                    yield event
                    if isinstance(event, ExpiredEvent):
                        self.listen_key = None
                        self._renew_reason = "the listenKey expired"
                        break
                if self._renew_reason is None:
                    self._renew_reason = "the server closed the connection"
            except websockets.ConnectionClosed as exc:
                if self._renew_reason is None:
                    self._renew_reason = f"the connection dropped ({exc})"
            finally:
                await self._close_socket()
            reason = self._renew_reason or "the connection ended"
            if self.state is not StreamState.CLOSED:
                _log.info("user data stream reconnecting: %s", reason)

    async def _close_socket(self) -> None:
        socket, self._socket = self._socket, None
        if self._limit is not None:
            self._limit.cancel()
            self._limit = None
        if socket is not None:
            await socket.close()

    async def _limit_connection(self, socket: Any, renew_at: float) -> None:
        await self._wait_until(renew_at)
        self._renew_reason = "the connection reached its time limit"
        await socket.close()

    async def _wait_until(self, deadline: float) -> None:
        while (left := deadline - self._clock()) > 0:
            await self._sleep(left)

    async def _start_key(self) -> None:
        answer = await _operation(_START).asyncio(client=self._client)
        self.listen_key = answer.listen_key
        self._key_started = self._clock()

    async def _keep_alive(self) -> None:
        """Extends the listenKey every ``keepalive_every`` seconds; a key Binance has lost is
        replaced: the connection ends, and the stream starts a new key and reconnects."""
        while True:
            await self._wait_until(self._key_started + self._keepalive_every)
            if self.listen_key is None:  # the reader is starting a new one
                self._key_started = self._clock()
                continue
            try:
                await _operation(_KEEPALIVE).asyncio(client=self._client)
            except BinanceAPIError as exc:
                if exc.code != LISTEN_KEY_MISSING:
                    raise
                self.listen_key = None
                self._renew_reason = "the listenKey no longer exists"
                if self._socket is not None:
                    await self._socket.close()
            except ConnectionFailedError as exc:
                # Still inside the key's hour: the next keepalive tries again sooner.
                _log.warning("listenKey keepalive failed, retrying: %s", exc)
                self._key_started = self._clock() - self._keepalive_every + min(60.0, self._keepalive_every / 4)
                continue
            self._key_started = self._clock()

    # -- sync use ----------------------------------------------------------------------

    def __enter__(self) -> UserStream:
        self._thread = _SyncRunner(self)
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stops a stream used with ``with``: its thread closes the connection and the listenKey."""
        if self._thread is not None:
            self._thread.stop()
            self._thread = None

    def __iter__(self) -> Iterator[Event | Reconnected]:
        if self._thread is None:
            raise RuntimeError("iterate a sync stream inside `with client.user_stream() as stream:`")
        return self._thread.events()


_DONE = object()


class _SyncRunner:
    """Runs a stream on an event loop in a thread; events cross to the caller through a queue."""

    def __init__(self, stream: UserStream) -> None:
        self._stream = stream
        self._queue: queue.Queue[Any] = queue.Queue()
        self._loop = asyncio.new_event_loop()
        self._started = threading.Event()
        self._failure: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="binance-pm user stream", daemon=True)
        self._main: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._thread.start()
        self._started.wait()
        if self._failure is not None:
            raise self._failure

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self._pump())
        finally:
            self._loop.close()

    async def _pump(self) -> None:
        stream = self._stream
        try:
            await stream.__aenter__()
        except BaseException as exc:
            self._failure = exc
            self._started.set()
            return
        self._main = asyncio.current_task()
        self._started.set()
        try:
            async for event in stream:
                self._queue.put(event)
        except asyncio.CancelledError:
            pass
        except BaseException as exc:
            self._queue.put(exc)
        finally:
            await stream.aclose()
            self._queue.put(_DONE)

    def events(self) -> Iterator[Event | Reconnected]:
        while True:
            item = self._queue.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item

    def stop(self) -> None:
        main = self._main
        if main is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(main.cancel)
        self._thread.join(10.0)


def _websockets() -> Any:
    """The ``websockets`` package's parts the stream uses, imported on first use."""
    try:
        import websockets.asyncio.client
        import websockets.exceptions
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(
            "the user data stream needs the 'websockets' package: pip install 'binance-pm[stream]'", name=exc.name
        ) from exc

    global _CONNECT_ERRORS
    if websockets.exceptions.InvalidHandshake not in _CONNECT_ERRORS:
        _CONNECT_ERRORS = (*_CONNECT_ERRORS, websockets.exceptions.InvalidHandshake)

    class _Api:
        connect = staticmethod(websockets.asyncio.client.connect)
        ConnectionClosed = websockets.exceptions.ConnectionClosed

    return _Api
