"""The offset between this machine's clock and Binance's server time.

Binance rejects a SIGNED request whose timestamp is over 1000 ms ahead of its clock or
older than recvWindow (-1021). The offset is measured with ``GET /api/v3/time``
on the api host: on demand, when a -1021 comes back, and again when it grows old.
"""

from __future__ import annotations

import json
import threading
import time

import httpx

TIME_PATH = "/api/v3/time"


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
        if self._measured_at is None:
            return self._eager
        return time.time() - self._measured_at > self.max_age

    @property
    def generation(self) -> int:
        """How many measurements have been taken: a request signed at one generation and
        answered -1021 at a later one was signed before the offset it should use."""
        return self._generation

    def now_ms(self) -> int:
        return time.time_ns() // 1_000_000 + self._offset_ms

    def time_request(self) -> httpx.Request:
        return httpx.Request("GET", self._time_url)

    def record(self, response: httpx.Response, *, sent_at: float, received_at: float) -> bool:
        """Takes the offset from a ``/api/v3/time`` answer; False if it holds no server time."""
        try:
            server_time = json.loads(response.content)["serverTime"]
        except (ValueError, KeyError, TypeError):
            return False
        if response.status_code != 200 or not isinstance(server_time, int):
            return False
        midpoint_ms = (sent_at + received_at) * 500
        with self._lock:
            self._offset_ms = round(server_time - midpoint_ms)
            self._measured_at = received_at
            self._generation += 1
        return True
