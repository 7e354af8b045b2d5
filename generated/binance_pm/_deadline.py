"""The call deadline: every attempt ends by ``call_timeout``, however its bytes arrive.

httpx's timeouts bound each single read or write, so a server that drips an answer one
byte at a time keeps a call alive for as long as it likes. The client sets the deadline
(a ``time.monotonic()`` value) around each attempt: ``SYNC_DEADLINE.at`` for a sync call,
which holds the thread until it is over, and the context variable ``DEADLINE`` for an async
one, which shares its thread with other tasks. The network streams of its connection
pools take every connect, read and write timeout as the smaller of httpx's and the time
left, and fail with httpx's own timeout errors (``ConnectTimeout``, ``WriteTimeout``,
``ReadTimeout``) once it has passed. So the retry rules apply unchanged: a deadline
reached while connecting is "not sent", one reached while reading is "sent".

The streams are wrapped at the pool's network backend, not around ``send``: that is the
only place a stalled read can be cut short in a sync call without a thread per call, and
it costs one lookup per read. HTTP/2 connections are left unwrapped: their
reads serve every stream multiplexed on the connection, and one call's deadline must not
break the others' answers; there each read stays bounded by ``timeout``.

Nothing here is imported by httpx's transports, nor imports httpcore before a connection
pool exists: ``import binance_pm`` stays as cheap as it was.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import ssl

__all__ = ["DEADLINE", "SYNC_DEADLINE", "install"]

# When the running attempt must be over, on the ``time.monotonic()`` clock; None outside
# an attempt (then the streams behave exactly as httpcore's own). Async attempts.
DEADLINE: ContextVar[float | None] = ContextVar("binance_pm_deadline", default=None)


class _ThreadDeadline(threading.local):
    """The same for sync attempts, per thread: setting an attribute costs a fraction of
    setting and resetting a context variable, which every sync call would pay."""

    at: float | None = None


SYNC_DEADLINE = _ThreadDeadline()

_PASSED = "call_timeout passed before the exchange was complete"


def _timeout_error(kind: str) -> Exception:
    import httpcore

    error: type[Exception] = getattr(httpcore, kind)
    return error(_PASSED)


def _timed_out(exc: Exception, kind: str) -> bool:
    import httpcore

    return isinstance(exc, getattr(httpcore, kind))


def _bounded(deadline: float | None, timeout: float | None, kind: str) -> tuple[float | None, bool]:
    """``(timeout to use, whether ``deadline`` is what bounds it)``; raises once it has passed."""
    if deadline is None:
        return timeout, False
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise _timeout_error(kind)
    if timeout is None or remaining < timeout:
        return remaining, True
    return timeout, False


def _is_http2(stream: Any) -> bool:
    ssl_object = stream.get_extra_info("ssl_object")
    return ssl_object is not None and ssl_object.selected_alpn_protocol() == "h2"


class _Stream:
    """A sync httpcore network stream whose timeouts end at the deadline."""

    __slots__ = ("_stream",)

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        bounded, by_deadline = _bounded(SYNC_DEADLINE.at, timeout, "ReadTimeout")
        if not by_deadline:
            return self._stream.read(max_bytes, timeout)  # type: ignore[no-any-return]
        try:
            return self._stream.read(max_bytes, bounded)  # type: ignore[no-any-return]
        except Exception as exc:
            if _timed_out(exc, "ReadTimeout"):
                raise _timeout_error("ReadTimeout") from None
            raise

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        bounded, by_deadline = _bounded(SYNC_DEADLINE.at, timeout, "WriteTimeout")
        try:
            self._stream.write(buffer, bounded)
        except Exception as exc:
            if by_deadline and _timed_out(exc, "WriteTimeout"):
                raise _timeout_error("WriteTimeout") from None
            raise

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> Any:
        bounded, _ = _bounded(SYNC_DEADLINE.at, timeout, "ConnectTimeout")
        stream = self._stream.start_tls(ssl_context, server_hostname, bounded)
        return stream if _is_http2(stream) else _Stream(stream)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _AsyncStream:
    """The async twin of ``_Stream``."""

    __slots__ = ("_stream",)

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        bounded, by_deadline = _bounded(DEADLINE.get(), timeout, "ReadTimeout")
        if not by_deadline:
            return await self._stream.read(max_bytes, timeout)  # type: ignore[no-any-return]
        try:
            return await self._stream.read(max_bytes, bounded)  # type: ignore[no-any-return]
        except Exception as exc:
            if _timed_out(exc, "ReadTimeout"):
                raise _timeout_error("ReadTimeout") from None
            raise

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        bounded, by_deadline = _bounded(DEADLINE.get(), timeout, "WriteTimeout")
        try:
            await self._stream.write(buffer, bounded)
        except Exception as exc:
            if by_deadline and _timed_out(exc, "WriteTimeout"):
                raise _timeout_error("WriteTimeout") from None
            raise

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> Any:
        bounded, _ = _bounded(DEADLINE.get(), timeout, "ConnectTimeout")
        stream = await self._stream.start_tls(ssl_context, server_hostname, bounded)
        return stream if _is_http2(stream) else _AsyncStream(stream)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend:
    """A sync httpcore network backend whose streams keep the deadline."""

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> _Stream:
        bounded, _ = _bounded(SYNC_DEADLINE.at, timeout, "ConnectTimeout")
        return _Stream(self._backend.connect_tcp(host, port, bounded, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> _Stream:
        bounded, _ = _bounded(SYNC_DEADLINE.at, timeout, "ConnectTimeout")
        return _Stream(self._backend.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncBackend:
    """The async twin of ``_Backend``."""

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> _AsyncStream:
        bounded, _ = _bounded(DEADLINE.get(), timeout, "ConnectTimeout")
        return _AsyncStream(await self._backend.connect_tcp(host, port, bounded, local_address, socket_options))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> _AsyncStream:
        bounded, _ = _bounded(DEADLINE.get(), timeout, "ConnectTimeout")
        return _AsyncStream(await self._backend.connect_unix_socket(path, bounded, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def install(transport: object, *, is_async: bool) -> bool:
    """Makes the connections ``transport`` opens from now on keep the deadline.

    Works on httpx's own transports (``HTTPTransport``, ``AsyncHTTPTransport``, proxies
    included), whose connection pool holds a network backend; any other transport (a
    ``MockTransport``, a custom one) is left as it is, and False returned. Outside a
    binance_pm call the wrapped streams behave exactly as before.
    """
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is None:
        return False
    if not isinstance(backend, (_Backend, _AsyncBackend)):
        pool._network_backend = _AsyncBackend(backend) if is_async else _Backend(backend)  # type: ignore[union-attr]
    return True
