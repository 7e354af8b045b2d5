"""The offset between this machine's clock and Binance's server time.

Binance rejects a SIGNED request whose timestamp is over 1000 ms ahead of its clock or
older than recvWindow (-1021). The offset is measured with ``GET /api/v3/time``
on the api host: on demand, when a -1021 comes back, and again when it grows old.

Two things keep it right when many calls are in flight:

* The round trip is timed from when the request's headers go on the wire to when the
  answer's headers are back, as httpcore's ``trace`` extension reports them: not from
  before the request waits for a pooled connection, which under load is most of the time
  and would skew the midpoint by half of it.
* Concurrent callers share one measurement: the first to need one takes it, the others
  wait for it (``refresh`` for threads, ``arefresh`` for tasks of one event loop). A burst
  of -1021 answers to requests signed with the same offset causes one measurement.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

TIME_PATH = "/api/v3/time"

_SENT = ".send_request_headers.started"
_RECEIVED = ".receive_response_headers.complete"


class RoundTrip:
    """When the time request went on the wire and its answer's headers came back
    (``time.time()``), from httpcore's trace events; None where a transport reports none
    (a mock), for which the caller keeps its own marks."""

    __slots__ = ("received_at", "sent_at")

    def __init__(self) -> None:
        self.sent_at: float | None = None
        self.received_at: float | None = None

    def note(self, name: str, info: dict[str, Any]) -> None:
        if name.endswith(_SENT):
            self.sent_at = time.time()
        elif name.endswith(_RECEIVED):
            self.received_at = time.time()

    async def anote(self, name: str, info: dict[str, Any]) -> None:
        # httpcore awaits the trace callback of an async request.
        self.note(name, info)


def _server_time(content: bytes) -> object:
    try:
        return json.loads(content)["serverTime"]
    except (ValueError, KeyError, TypeError, IndexError, RecursionError):
        # RecursionError: a body nested a thousand levels deep is no server time either.
        return None


class ServerClock:
    """Milliseconds on Binance's clock, as well as this process can tell.

    Attributes:
        max_age: seconds after which a measured offset is measured again before signing.
    """

    def __init__(
        self,
        base_url: str,
        *,
        max_age: float = 600.0,
        eager: bool = False,
    ) -> None:
        self._time_url = base_url.rstrip("/") + TIME_PATH
        self.max_age = max_age
        self._eager = eager
        self._offset_ms = 0
        self._measured_at: float | None = None
        self._generation = 0
        self._lock = threading.Lock()
        self._flight: threading.Event | None = None
        # One measurement in flight per event loop, keyed by (thread, loop): an event of
        # one loop cannot be awaited from another.
        self._async_flights: dict[tuple[int, object], Any] = {}

    @property
    def offset_ms(self) -> int:
        """Server time minus local time, in ms (0 until first measured)."""
        return self._offset_ms

    @property
    def measured_at(self) -> float | None:
        """``time.time()`` of the last successful measurement, or None."""
        return self._measured_at

    @property
    def stale(self) -> bool:
        """Whether to measure before signing: the offset is older than ``max_age``, or
        was never measured and the clock is ``eager``."""
        return self.generation_to_sign() < 0

    @property
    def generation(self) -> int:
        """How many measurements have been taken: a request signed at one generation and
        answered -1021 at a later one was signed before the offset it should use."""
        return self._generation

    def generation_to_sign(self) -> int:
        """``generation``, or -1 when the offset is ``stale`` (measure first): both
        answers of one call, which every signed call asks."""
        measured_at = self._measured_at
        if measured_at is None:
            return -1 if self._eager else self._generation
        return -1 if time.time() - measured_at > self.max_age else self._generation

    def now_ms(self) -> int:
        return time.time_ns() // 1_000_000 + self._offset_ms

    def time_request(self, trace: Callable[..., Any] | None = None) -> httpx.Request:
        """``GET /api/v3/time``; ``trace`` (``RoundTrip.note`` or, for an async
        request, ``RoundTrip.anote``) receives httpcore's trace events."""
        if trace is None:
            return httpx.Request("GET", self._time_url)
        return httpx.Request("GET", self._time_url, extensions={"trace": trace})

    def record(self, response: httpx.Response, *, sent_at: float, received_at: float) -> bool:
        """Takes the offset from a ``/api/v3/time`` answer; False if it holds no server time."""
        server_time = _server_time(response.content)
        if response.status_code != 200 or type(server_time) is not int:
            return False
        midpoint_ms = (sent_at + received_at) * 500
        with self._lock:
            self._offset_ms = round(server_time - midpoint_ms)
            self._measured_at = received_at
            self._generation += 1
        return True

    # -- one measurement for many callers ----------------------------------------------

    def _needed(self, signed_at: int | None) -> bool:
        """For ``signed_at`` None: whether the offset is stale. Else, whether no measurement
        came back since a request was signed at that generation (a -1021 answer to it
        then calls for one)."""
        return self.stale if signed_at is None else self._generation == signed_at

    def refresh(
        self, measure: Callable[[], object], signed_at: int | None = None, wait_limit: float | None = None
    ) -> None:
        """Measures with ``measure`` if needed (see ``_needed``), unless another thread is
        measuring already: then waits for that measurement (at most ``wait_limit`` s).
        ``measure`` reports its own failures; none is raised here."""
        with self._lock:
            if not self._needed(signed_at):
                return
            flight = self._flight
            leader = flight is None
            if flight is None:
                flight = self._flight = threading.Event()
        if not leader:
            flight.wait(wait_limit)
            return
        try:
            measure()
        finally:
            with self._lock:
                self._flight = None
            flight.set()

    async def arefresh(
        self, measure: Callable[[], Awaitable[object]], signed_at: int | None = None, wait_limit: float | None = None
    ) -> None:
        """The async twin of ``refresh``, shared by the tasks of one event loop."""
        import anyio

        key = (threading.get_ident(), _loop())
        with self._lock:
            if not self._needed(signed_at):
                return
            flight = self._async_flights.get(key)
            leader = flight is None
            if flight is None:
                flight = self._async_flights[key] = anyio.Event()
        if not leader:
            with anyio.move_on_after(wait_limit):
                await flight.wait()
            return
        try:
            await measure()
        finally:
            with self._lock:
                self._async_flights.pop(key, None)
            flight.set()


def _loop() -> object:
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:  # another async library: one flight per thread
        return None
