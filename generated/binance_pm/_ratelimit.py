"""Rate-limit usage reported in response headers.

Binance reports the weight used so far in headers such as ``X-SAPI-USED-IP-WEIGHT-1M``,
``X-SAPI-USED-UID-WEIGHT-1M`` (``/sapi``) and ``X-MBX-USED-WEIGHT-1M`` (``/api``, ``/papi``).
"""

from __future__ import annotations

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
        # Most headers are not weights: a substring test is much cheaper than the pattern.
        if "weight" not in name.lower():
            continue
        match = _WEIGHT_HEADER.fullmatch(name)
        if match is None or not value.strip().isdigit():
            continue
        key = name.lower()
        usage[key] = WeightUsage(
            header=key,
            counted_per=(match.group(2) or "ip").upper(),
            interval=match.group(3).lower(),
            used=int(value),
            seen_at=when,
        )
    return usage
