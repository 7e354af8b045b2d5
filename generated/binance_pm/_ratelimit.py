"""Rate-limit usage reported in response headers.

Binance reports the weight used so far in headers such as ``X-SAPI-USED-IP-WEIGHT-1M``,
``X-SAPI-USED-UID-WEIGHT-1M`` (``/sapi``) and ``X-MBX-USED-WEIGHT-1M`` (``/api``, ``/papi``),
and the orders placed so far in ``X-MBX-ORDER-COUNT-10S`` and ``X-MBX-ORDER-COUNT-1M``.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass

_WEIGHT_HEADER = re.compile(r"x-(sapi|mbx)-used-(?:(ip|uid)-)?weight-(\d+[smhd])", re.IGNORECASE)
_ORDER_COUNT_HEADER = re.compile(r"x-mbx-order-count-(\d+[smhd])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class WeightUsage:
    """Weight (or orders) used in one window, as one response header reported it.

    Attributes:
        header: the header's name, lower case (``x-sapi-used-ip-weight-1m``).
        counted_per: ``IP`` or ``UID`` (``/api`` and ``/papi`` weights count per IP;
            order counts per account, reported as ``UID``).
        interval: the window, such as ``1m``.
        used: weight (or orders) used in the window so far.
        seen_at: ``time.time()`` when the response arrived.
        counts: ``weight`` for request weight, ``orders`` for an order count.
    """

    header: str
    counted_per: str
    interval: str
    used: int
    seen_at: float
    counts: str = "weight"


def parse_weight_headers(headers: Mapping[str, str], *, seen_at: float | None = None) -> dict[str, WeightUsage]:
    """Every weight header in ``headers``, keyed by its lower-case name; malformed values skipped."""
    when = time.time() if seen_at is None else seen_at
    usage: dict[str, WeightUsage] = {}
    for name, value in headers.items():
        window = _weight_window(name)
        if window is None or not value.strip().isdigit():
            continue
        key = name.lower()
        usage[key] = WeightUsage(
            header=key, counted_per=window[0], interval=window[1], used=int(value), seen_at=when, counts=window[2]
        )
    return usage


@functools.lru_cache(maxsize=256)
def _weight_window(name: str) -> tuple[str, str, str] | None:
    """``(counted_per, interval, counts)`` if ``name`` is a weight or order-count header.
    Every answer carries the same few header names, so each is matched against the
    patterns once, not on every call."""
    match = _WEIGHT_HEADER.fullmatch(name)
    if match is not None:
        return (match.group(2) or "ip").upper(), match.group(3).lower(), "weight"
    orders = _ORDER_COUNT_HEADER.fullmatch(name)
    if orders is not None:
        return "UID", orders.group(1).lower(), "orders"
    return None
