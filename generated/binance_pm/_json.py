"""Decoding response bodies: JSON numbers with a fraction become exact ``Decimal``.

Two decoders give the same values, and neither ever makes a binary float:

- the standard library's ``json`` (``parse_float=Decimal``) with the models' ``from_dict``,
  for a process's first ``STDLIB_BUDGET_BYTES`` of answers: a script or one CLI run never
  loads msgspec, whose import costs more than the standard library's slower parsing of
  that many bytes;
- msgspec (``float_hook=Decimal``) and the operations' typed fast path
  (``binance_pm._fast_path``) after that, and at once for an answer larger than what is
  left of the budget: about twice as fast per byte, so a long-running program pays the
  import back.

``parse_path(size)`` makes that choice for each answer (a rent-or-buy rule: the extra
spent on the slower decoder before switching is about what the switch costs). Answers of
``GC_PAUSE_MIN_BYTES`` or more are also decoded with the garbage collector held off
(``gc_paused``). Tests set ``stdlib_bytes_left`` (0: always typed) and
``GC_PAUSE_MIN_BYTES`` to pin one path.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import httpx

from .errors import ResponseParseError

if TYPE_CHECKING:
    import msgspec

# Measured on the project's 2-CPU machine: msgspec's import costs about what the standard
# library's decoder and from_dict spend over the typed path on 0.5 to 0.75 MiB of answers
# (about 26 ns a byte); switching at 256 KiB keeps the worst case below twice the better
# choice, for a script and a long-running program alike.
STDLIB_BUDGET_BYTES = 256 * 1024
# About where an answer's models outnumber the collector's first threshold (700 objects).
GC_PAUSE_MIN_BYTES = 8 * 1024

# Bytes of answers the standard library still decodes before msgspec takes over (racy
# across threads on purpose: a few answers more or less either way change no result).
stdlib_bytes_left = STDLIB_BUDGET_BYTES

# What parse_path answers: bit 1, msgspec and the typed path (else the standard library
# and from_dict); bit 2, the garbage collector held off.
STDLIB, TYPED, GC_PAUSED = 0, 1, 2


def parse_path(size: int) -> int:
    """How an answer of ``size`` bytes is parsed: ``STDLIB`` or ``TYPED``, ``| GC_PAUSED``."""
    global stdlib_bytes_left
    path = GC_PAUSED if size >= GC_PAUSE_MIN_BYTES else STDLIB
    if size < stdlib_bytes_left:
        stdlib_bytes_left -= size
        return path
    stdlib_bytes_left = 0
    return path | TYPED


_cached: tuple[msgspec.json.Decoder[Any], type[Exception]] | None = None


def _load() -> tuple[msgspec.json.Decoder[Any], type[Exception]]:
    global _cached
    import msgspec

    _cached = (msgspec.json.Decoder(float_hook=Decimal), msgspec.DecodeError)
    return _cached


def _refuse_constant(name: str) -> Any:
    # NaN, Infinity and -Infinity are not JSON; msgspec refuses them too.
    raise ValueError(f"{name} is not JSON")


def _not_json(response: httpx.Response, exc: Exception) -> ResponseParseError:
    kind = response.headers.get("content-type", "unknown content type")
    excerpt = response.content[:200].decode("utf-8", "replace")
    return ResponseParseError(f"HTTP {response.status_code} body is not JSON ({kind}): {excerpt!r}: {exc}")


def decode_json(response: httpx.Response, *, typed: bool = True) -> Any:
    """The body of a success answer, or a ``ResponseParseError`` that says what came instead.

    ``typed``: decode with msgspec (loaded here on first use); else with the standard
    library, to the same values.
    """
    content = response.content
    try:
        # A lone surrogate escape (\ud800) is text msgspec refuses and json accepts: such a
        # body, rare as it is, goes to msgspec so that both paths answer alike.
        if typed or b"\\ud" in content or b"\\uD" in content:
            decoder, decode_error = _cached or _load()
            try:
                return decoder.decode(content)
            except decode_error as exc:
                raise _not_json(response, exc) from None
        return json.loads(content.decode("utf-8"), parse_float=Decimal, parse_constant=_refuse_constant)
    except ResponseParseError:
        raise
    except ValueError as exc:  # json's errors, and bytes that are not UTF-8 (both decoders)
        raise _not_json(response, exc) from None
    except RecursionError:
        # Arrays or objects nested past the interpreter's recursion limit (a thousand
        # "[" will do): no answer of the spec is, and the caller gets the parse error it
        # handles, not a RecursionError.
        raise ResponseParseError(f"HTTP {response.status_code} body is JSON nested too deeply to read") from None


@contextmanager
def gc_paused() -> Iterator[None]:
    """Holds off the cyclic garbage collector while a body is decoded into models.

    Decoding a large answer allocates thousands of dicts and model instances, none of them
    in a reference cycle; each allocation burst otherwise triggers collections that scan
    them (and everything older) for cycles that cannot exist, which costs as much as the
    parsing itself on a 400-symbol answer. Reference counting still frees everything. If
    the collector was already off, it is left off. Small answers do without it: they
    allocate too little to trigger a collection, and entering the context costs more.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
