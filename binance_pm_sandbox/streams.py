"""The sandbox's user data streams: listenKeys, their expiry, and the connections at
``/pm/ws/<listenKey>``.

``StreamHub`` is the exchange's ``EventSink``: ``publish(api_key, event)`` sends the event,
as compact JSON, to every connection of that API key's listenKey. It is called from any
thread (the exchange's, a test's); each connection's queue lives on the server's event
loop and is fed with ``call_soon_threadsafe``, so publishing never blocks.

Keys follow Binance's rules from the spec (``x-binance-user-data-stream``): one key per
account, valid for an hour after its start or last keepalive. A key that is not kept alive
expires: its connections get a ``listenKeyExpired`` event and are closed, and a keepalive
for it is answered with -1125. Time is the injected ``clock`` (milliseconds, the sandbox's
server time), so tests expire keys by moving the clock, not by waiting.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import string
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.websockets import WebSocket, WebSocketDisconnect

from .errors import BinanceError
from .spec import dump_json

__all__ = ["LISTEN_KEY_MISSING", "StreamHub", "stream_endpoint"]

_log = logging.getLogger("binance_pm_sandbox.streams")

_KEY_ALPHABET = string.ascii_letters + string.digits
#: Binance's answer to a keepalive for a key it does not know.
LISTEN_KEY_MISSING = BinanceError(-1125, "This listenKey does not exist.")
# A connection's queue item that ends it (a drop, or the key expiring).
_CLOSE = object()
# How often (seconds) a connection waiting for events looks at the clock for expired keys.
_EXPIRY_CHECK = 0.05


@dataclass
class _Connection:
    loop: asyncio.AbstractEventLoop
    queue: asyncio.Queue[Any] = field(default_factory=asyncio.Queue)

    def send(self, item: Any) -> None:
        # RuntimeError: its loop has stopped (the server is shutting down).
        with contextlib.suppress(RuntimeError):
            self.loop.call_soon_threadsafe(self.queue.put_nowait, item)


@dataclass
class _Key:
    api_key: str
    expires_ms: int
    connections: list[_Connection] = field(default_factory=list)


class StreamHub:
    """Every listenKey and stream connection of a sandbox; safe to use from any thread.

    Args:
        clock: the server's time in milliseconds since the epoch.
        validity_ms: how long a key lives after its start or last keepalive.
        expired_event: the event type sent when a key expires.
    """

    def __init__(
        self, clock: Callable[[], int], *, validity_ms: int = 3_600_000, expired_event: str = "listenKeyExpired"
    ) -> None:
        self.clock = clock
        self._validity_ms = validity_ms
        self._expired_event = expired_event
        self._lock = threading.Lock()
        self._keys: dict[str, _Key] = {}

    # -- listenKeys (the REST operations) -------------------------------------------

    def start_key(self, api_key: str) -> str:
        """The account's active key, extended, or a new one (Binance's POST rule)."""
        self.expire_due()
        with self._lock:
            now = self.clock()
            for listen_key, key in self._keys.items():
                if key.api_key == api_key:
                    key.expires_ms = now + self._validity_ms
                    return listen_key
            listen_key = "".join(secrets.choice(_KEY_ALPHABET) for _ in range(64))
            self._keys[listen_key] = _Key(api_key, now + self._validity_ms)
            return listen_key

    def keep_alive(self, api_key: str) -> None:
        """Extends the account's key; -1125 if it has none (never started, closed or expired)."""
        self.expire_due()
        with self._lock:
            key = self._key_of(api_key)
            if key is None:
                raise LISTEN_KEY_MISSING
            key.expires_ms = self.clock() + self._validity_ms

    def close_key(self, api_key: str) -> None:
        """Closes the account's key and its connections; -1125 if it has none."""
        with self._lock:
            found = [k for k, key in self._keys.items() if key.api_key == api_key]
            if not found:
                raise LISTEN_KEY_MISSING
            for listen_key in found:
                for connection in self._keys.pop(listen_key).connections:
                    connection.send(_CLOSE)

    def listen_keys(self, api_key: str | None = None) -> list[str]:
        """The active keys (of one API key, or all)."""
        with self._lock:
            return [k for k, key in self._keys.items() if api_key is None or key.api_key == api_key]

    def _key_of(self, api_key: str) -> _Key | None:
        return next((key for key in self._keys.values() if key.api_key == api_key), None)

    def expire_due(self) -> None:
        """Ends the keys past their expiry: their connections get ``listenKeyExpired``, then close."""
        with self._lock:
            now = self.clock()
            due = [k for k, key in self._keys.items() if key.expires_ms <= now]
            for listen_key in due:
                event = dump_json({"e": self._expired_event, "E": now, "listenKey": listen_key})
                for connection in self._keys.pop(listen_key).connections:
                    connection.send(event)
                    connection.send(_CLOSE)

    # -- events (EventSink) ----------------------------------------------------------

    def publish(self, api_key: str, event: Mapping[str, Any]) -> None:
        """Sends ``event`` to every stream of ``api_key``; dropped if it has none open.
        Never raises (the ``EventSink`` contract): an event that is not JSON is logged and dropped."""
        try:
            message = dump_json(event)
        except (TypeError, ValueError) as exc:
            _log.error("an event for the user data stream is not JSON, dropped: %s", exc)
            return
        with self._lock:
            for key in self._keys.values():
                if key.api_key == api_key:
                    for connection in key.connections:
                        connection.send(message)

    def publish_raw(self, api_key: str, message: bytes | str) -> None:
        """Sends a message exactly as given (a malformed or unknown event, for tests)."""
        data = message.encode() if isinstance(message, str) else message
        with self._lock:
            for key in self._keys.values():
                if key.api_key == api_key:
                    for connection in key.connections:
                        connection.send(data)

    # -- connections -----------------------------------------------------------------

    def connect(self, listen_key: str, loop: asyncio.AbstractEventLoop) -> _Connection | None:
        """A new connection to ``listen_key``'s events; None for a key that is not active."""
        self.expire_due()
        with self._lock:
            key = self._keys.get(listen_key)
            if key is None:
                return None
            connection = _Connection(loop)
            key.connections.append(connection)
            return connection

    def disconnect(self, connection: _Connection) -> None:
        with self._lock:
            for key in self._keys.values():
                if connection in key.connections:
                    key.connections.remove(connection)

    def connection_count(self, api_key: str | None = None) -> int:
        with self._lock:
            return sum(len(k.connections) for k in self._keys.values() if api_key is None or k.api_key == api_key)

    def drop_connections(self, api_key: str | None = None) -> int:
        """Closes the open connections (of one API key, or all) without warning, as a network
        failure would; their keys stay valid. Returns how many were dropped."""
        with self._lock:
            dropped = 0
            for key in self._keys.values():
                if api_key is None or key.api_key == api_key:
                    for connection in key.connections:
                        connection.send(_CLOSE)
                        dropped += 1
            return dropped

    def reset(self) -> None:
        """Forgets every key and drops every connection."""
        with self._lock:
            for key in self._keys.values():
                for connection in key.connections:
                    connection.send(_CLOSE)
            self._keys.clear()


def stream_endpoint(hub: StreamHub, closing: threading.Event) -> Callable[[WebSocket], Any]:
    """The WebSocket endpoint of ``/pm/ws/{listen_key}``: an unknown key is refused at the
    handshake (HTTP 403), as Binance does; otherwise the key's events until it ends."""

    async def endpoint(websocket: WebSocket) -> None:
        listen_key = str(websocket.path_params["listen_key"])
        connection = hub.connect(listen_key, asyncio.get_running_loop())
        if connection is None:
            await websocket.close(code=1008)
            return
        await websocket.accept()
        try:
            while not closing.is_set():
                try:
                    item = await asyncio.wait_for(connection.queue.get(), _EXPIRY_CHECK)
                except TimeoutError:
                    hub.expire_due()
                    continue
                if item is _CLOSE:
                    break
                await websocket.send_text(item.decode("utf-8"))
        except WebSocketDisconnect:
            pass
        finally:
            hub.disconnect(connection)
        # The client may have gone already.
        with contextlib.suppress(RuntimeError, WebSocketDisconnect):
            await websocket.close()

    return endpoint
