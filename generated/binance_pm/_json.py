"""Decoding response bodies: JSON numbers with a fraction become exact ``Decimal``.

msgspec decodes straight from the body's bytes and hands each float's literal text to
``Decimal``, so no binary float is ever involved; it is also about twice as fast as
``json.loads(..., parse_float=Decimal)`` on large answers. It is imported on the first
decode, not with the package, to keep ``import binance_pm`` cheap.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import httpx

from .errors import ResponseParseError

if TYPE_CHECKING:
    import msgspec

_cached: tuple[msgspec.json.Decoder[Any], type[Exception]] | None = None


def _load() -> tuple[msgspec.json.Decoder[Any], type[Exception]]:
    global _cached
    import msgspec

    _cached = (msgspec.json.Decoder(float_hook=Decimal), msgspec.DecodeError)
    return _cached


def decode_json(response: httpx.Response) -> Any:
    """The body of a success answer, or a ``ResponseParseError`` that says what came instead."""
    decoder, decode_error = _cached or _load()
    try:
        return decoder.decode(response.content)
    except decode_error as exc:
        kind = response.headers.get("content-type", "unknown content type")
        excerpt = response.content[:200].decode("utf-8", "replace")
        raise ResponseParseError(f"HTTP {response.status_code} body is not JSON ({kind}): {excerpt!r}: {exc}") from None


@contextmanager
def gc_paused() -> Iterator[None]:
    """Holds off the cyclic garbage collector while a body is decoded into models.

    Decoding a large answer allocates thousands of dicts and model instances, none of them
    in a reference cycle; each allocation burst otherwise triggers collections that scan
    them (and everything older) for cycles that cannot exist, which costs as much as the
    parsing itself on a 400-symbol answer. Reference counting still frees everything. If
    the collector was already off, it is left off.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
