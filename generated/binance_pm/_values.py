"""Checked conversions of response values; each error names the field.

Decimals: exact, from Binance's decimal strings and JSON numbers.

Binance sends money as JSON strings (``"0.0125"``), sometimes with a thousands separator
(``"122,559.90199491"``), and a few fields as JSON numbers, which the package decodes
into ``Decimal`` from their literal text (see ``_json``), so no binary float is ever involved.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from .errors import ResponseParseError

# Only well-formed groups of three are a thousands separator; "1,2" is rejected, not
# silently read as 12.
_GROUPED = r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # compiled by ``re`` on first use: rare


def parse_decimal(value: object, field: str) -> Decimal:
    """``value`` as a finite ``Decimal``; a ``ResponseParseError`` naming ``field`` otherwise."""
    if type(value) is int:
        # A JSON integer (Binance sends some amounts as integers): exact and finite.
        return Decimal(value)
    # Strings first: Binance's usual form, and what the models pass here (they keep JSON
    # numbers, already Decimal, without calling this).
    if isinstance(value, str):
        text = value
        if "," in text:
            if re.fullmatch(_GROUPED, text) is None:
                raise ResponseParseError(f"not a decimal: {value!r}", field=field)
            text = text.replace(",", "")
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise ResponseParseError(f"not a decimal: {value!r}", field=field) from None
    elif isinstance(value, Decimal):
        result = value
    elif isinstance(value, int) and not isinstance(value, bool):
        result = Decimal(value)
    elif isinstance(value, float):
        # Only reached when a caller builds a model from floats: the shortest repr is the
        # number as it was written in JSON.
        result = Decimal(repr(value))
    else:
        raise ResponseParseError(f"expected a decimal, got {type(value).__name__}", field=field)
    if not result.is_finite():
        raise ResponseParseError(f"not a finite decimal: {value!r}", field=field)
    return result


def parse_int(value: object, field: str) -> int:
    """``value`` if it is a JSON integer (not a bool, not a string of digits)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    raise ResponseParseError(f"expected an integer, got {type(value).__name__}", field=field)


def parse_bool(value: object, field: str) -> bool:
    """``value`` if it is a JSON boolean (not the text ``"true"``, not 0 or 1)."""
    if isinstance(value, bool):
        return value
    raise ResponseParseError(f"expected a boolean, got {type(value).__name__}", field=field)


def parse_str(value: object, field: str) -> str:
    if isinstance(value, str):
        return value
    raise ResponseParseError(f"expected a string, got {type(value).__name__}", field=field)


def parse_list(value: object, field: str) -> list[Any]:
    if isinstance(value, list):
        return value
    raise ResponseParseError(f"expected a JSON array, got {type(value).__name__}", field=field)
