"""Request weights and order counts, per minute (and per 10 seconds for orders).

Weights count per IP, or per API key for ``per: UID`` operations, in the counter of the
operation's family: ``X-SAPI-USED-IP-WEIGHT-1M`` / ``X-SAPI-USED-UID-WEIGHT-1M`` for
``/sapi``, ``X-MBX-USED-WEIGHT-1M`` for ``/api`` and ``/papi``. Orders count per account
(API key) in ``X-MBX-ORDER-COUNT-10S`` and ``X-MBX-ORDER-COUNT-1M``.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping

from .errors import BinanceError, too_much_weight

__all__ = ["DEFAULT_RATE_LIMITS", "ORDER_COUNT_WINDOWS", "RateLimits"]

#: Binance's published per-minute limits, per counter, used when no ``rate_limit`` is set.
DEFAULT_RATE_LIMITS: Mapping[str, int] = {
    "X-MBX-USED-WEIGHT-1M": 6000,
    "X-SAPI-USED-IP-WEIGHT-1M": 12000,
    "X-SAPI-USED-UID-WEIGHT-1M": 180000,
}

#: Order-count headers and their window in seconds.
ORDER_COUNT_WINDOWS: Mapping[str, int] = {"X-MBX-ORDER-COUNT-10S": 10, "X-MBX-ORDER-COUNT-1M": 60}


class RateLimits:
    """The counters, behind one lock.

    Attributes:
        limit: the per-minute weight limit of every counter; None for Binance's own
            (``DEFAULT_RATE_LIMITS``).
        clock: seconds since the epoch, for the windows only (not the server clock); tests
            may pin it so that no window boundary falls inside a test.
    """

    def __init__(self, limit: int | None = None) -> None:
        self.limit = limit
        self.clock: Callable[[], float] = time.time
        self._lock = threading.Lock()
        self._counts: dict[tuple[str, str], tuple[int, int]] = {}

    @property
    def limit(self) -> int | None:
        return self._limit

    @limit.setter
    def limit(self, value: int | None) -> None:
        # A limit below 1 would refuse every request with -1003: a mistake, not a test setup.
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
            raise ValueError(f"rate_limit must be a positive integer or None, not {value!r}")
        self._limit = value

    def _add(self, header: str, subject: str, amount: int, window_s: int) -> tuple[int, float]:
        """Adds ``amount`` to a counter; returns (used in this window, seconds left in it)."""
        now = self.clock()
        window = int(now // window_s)
        with self._lock:
            start, used = self._counts.get((header, subject), (window, 0))
            used = (0 if start != window else used) + amount
            self._counts[(header, subject)] = (window, used)
        return used, (window + 1) * window_s - now

    def weigh(
        self, family: str, per: str, weight: int, client: str, api_key: str
    ) -> tuple[dict[str, str], BinanceError | None]:
        """Counts a request's weight: the usage header, and the 429 error past the limit
        (whose ``Retry-After`` is in the returned headers)."""
        if family == "sapi":
            header = "X-SAPI-USED-UID-WEIGHT-1M" if per == "UID" else "X-SAPI-USED-IP-WEIGHT-1M"
        else:
            header = "X-MBX-USED-WEIGHT-1M"
        subject = api_key if per == "UID" else client
        used, left = self._add(header, f"{family}:{subject}", weight, 60)
        headers = {header: str(used)}
        limit = self.limit if self.limit is not None else DEFAULT_RATE_LIMITS[header]
        if used > limit:
            return {**headers, "Retry-After": str(max(1, math.ceil(left)))}, too_much_weight(limit)
        return headers, None

    def count_order(self, api_key: str) -> dict[str, str]:
        """Counts one order placed by ``api_key``: the order-count headers."""
        return {
            header: str(self._add(header, api_key, 1, seconds)[0]) for header, seconds in ORDER_COUNT_WINDOWS.items()
        }

    def reset(self) -> None:
        with self._lock:
            self._counts.clear()
