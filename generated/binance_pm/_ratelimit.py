"""Rate-limit usage reported in response headers.

Binance reports the weight used so far in headers such as ``X-SAPI-USED-IP-WEIGHT-1M``,
``X-SAPI-USED-UID-WEIGHT-1M`` (``/sapi``) and ``X-MBX-USED-WEIGHT-1M`` (``/api``, ``/papi``).
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass

_WEIGHT_HEADER = re.compile(r"x-(sapi|mbx)-used-(?:(ip|uid)-)?weight-(\d+[smhd])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class WeightUsage:
    """Weight used in one window, as one response header reported it.

    Attributes:
        header: the header's name, lower case (``x-sapi-used-ip-weight-1m``).
        counted_per: ``IP`` or ``UID`` (``/api`` and ``/papi`` weights count per IP).
        interval: the window, such as ``1m``.
        used: weight used in the window so far.
        seen_at: ``time.time()`` when the response arrived.
    """

    header: str
    counted_per: str
    interval: str
    used: int
    seen_at: float


def parse_weight_headers(headers: Mapping[str, str], *, seen_at: float | None = None) -> dict[str, WeightUsage]:
    """Every weight header in ``headers``, keyed by its lower-case name; malformed values skipped."""
    when = time.time() if seen_at is None else seen_at
    usage: dict[str, WeightUsage] = {}
    for name, value in headers.items():
        window = _weight_window(name)
        if window is None or not value.strip().isdigit():
            continue
        key = name.lower()
        usage[key] = WeightUsage(header=key, counted_per=window[0], interval=window[1], used=int(value), seen_at=when)
    return usage


@functools.lru_cache(maxsize=256)
def _weight_window(name: str) -> tuple[str, str] | None:
    """``(counted_per, interval)`` if ``name`` is a weight header. Every answer carries the
    same few header names, so each is matched against the pattern once, not on every call."""
    match = _WEIGHT_HEADER.fullmatch(name)
    if match is None:
        return None
    return (match.group(2) or "ip").upper(), match.group(3).lower()
