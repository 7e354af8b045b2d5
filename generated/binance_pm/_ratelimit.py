"""Rate-limit usage reported in response headers.

Binance reports the weight used so far in headers such as ``X-SAPI-USED-IP-WEIGHT-1M``,
``X-SAPI-USED-UID-WEIGHT-1M`` (``/sapi``) and ``X-MBX-USED-WEIGHT-1M`` (``/api``, ``/papi``),
and the orders placed so far in ``X-MBX-ORDER-COUNT-10S`` and ``X-MBX-ORDER-COUNT-1M``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Mapping
from typing import NamedTuple

# Patterns, compiled (and cached by ``re``) on the first header name not seen before, not at
# import: most programs read a handful of names.
_WEIGHT_HEADER = r"x-(sapi|mbx)-used-(?:(ip|uid)-)?weight-(\d+[smhd])"
_ORDER_COUNT_HEADER = r"x-mbx-order-count-(\d+[smhd])"


class WeightUsage(NamedTuple):
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


class _Window(NamedTuple):
    header: str
    counted_per: str
    interval: str
    counts: str


def parse_weight_headers(headers: Mapping[str, str], *, seen_at: float | None = None) -> dict[str, WeightUsage]:
    """Every weight header in ``headers``, keyed by its lower-case name; malformed values skipped.

    ``headers`` is any mapping of names to values; for ``httpx.Headers`` the raw bytes are
    read, which spares decoding every header of every answer.
    """
    when = time.time() if seen_at is None else seen_at
    raw = getattr(headers, "raw", None)
    pairs: Iterable[tuple[str | bytes, str | bytes]] = raw if isinstance(raw, list) else headers.items()
    usage: dict[str, WeightUsage] = {}
    for name, value in pairs:
        window = _WINDOWS.get(name, _UNSEEN)
        if window is _UNSEEN:
            window = _remember(name)
        if window is None:
            continue
        value = value.strip()
        # isascii first: "²".isdigit() is true, and int("²") fails.
        if not (value.isascii() and value.isdigit()):
            continue
        # tuple.__new__ builds the NamedTuple in C, without its Python-level __new__.
        usage[window.header] = _new_tuple(
            WeightUsage, (window.header, window.counted_per, window.interval, int(value), when, window.counts)
        )
    return usage


_new_tuple = tuple.__new__

# Header name (str, or the raw bytes httpx keeps) -> its window, or None for any other
# header. Every answer carries the same few names, so each is matched once; the cache is
# bounded so a server inventing names cannot grow it without end.
_WINDOWS: dict[str | bytes, _Window | None] = {}
_UNSEEN = _Window("", "", "", "")
_MAX_REMEMBERED = 512


def _remember(name: str | bytes) -> _Window | None:
    text = name.decode("latin-1") if isinstance(name, bytes) else name
    window = _window(text)
    if len(_WINDOWS) < _MAX_REMEMBERED:
        _WINDOWS[name] = window
    return window


def _window(name: str) -> _Window | None:
    """The window of ``name`` if it is a weight or order-count header."""
    match = re.fullmatch(_WEIGHT_HEADER, name, re.IGNORECASE)
    if match is not None:
        return _Window(name.lower(), (match.group(2) or "ip").upper(), match.group(3).lower(), "weight")
    orders = re.fullmatch(_ORDER_COUNT_HEADER, name, re.IGNORECASE)
    if orders is not None:
        return _Window(name.lower(), "UID", orders.group(1).lower(), "orders")
    return None
