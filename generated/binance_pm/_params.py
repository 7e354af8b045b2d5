"""Checks on call arguments, made before anything is sent.

The constraints (lengths, patterns, bounds) are rendered into each operation module from
the spec's parameter schemas; these functions only apply them.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .errors import ParameterError


def check_str(
    name: str,
    value: object,
    *,
    min_length: int | None = None,
    max_length: int | None = None,
    pattern: str | None = None,
) -> str:
    if not isinstance(value, str):
        raise ParameterError(name, f"expected a string, got {type(value).__name__}")
    if min_length is not None and len(value) < min_length:
        raise ParameterError(name, "must not be empty" if min_length == 1 else f"shorter than {min_length} characters")
    if max_length is not None and len(value) > max_length:
        raise ParameterError(name, f"longer than {max_length} characters")
    if pattern is not None and re.search(pattern, value) is None:
        raise ParameterError(name, f"{value!r} does not match {pattern}")
    return value


def check_int(
    name: str,
    value: object,
    *,
    minimum: int | None = None,
    maximum: int | None = None,
    exclusive_minimum: int | None = None,
    exclusive_maximum: int | None = None,
) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ParameterError(name, f"expected an integer, got {type(value).__name__}")
    _check_bounds(name, value, value, minimum, maximum, exclusive_minimum, exclusive_maximum)
    return value


def check_decimal(
    name: str,
    value: object,
    *,
    minimum: int | str | None = None,
    maximum: int | str | None = None,
    exclusive_minimum: int | str | None = None,
    exclusive_maximum: int | str | None = None,
) -> str:
    """A ``format: decimal`` argument as the plain decimal text Binance expects (never a float)."""
    if isinstance(value, (float, bool)) or not isinstance(value, (Decimal, int, str)):
        raise ParameterError(name, f"expected a Decimal, int or decimal string, got {type(value).__name__}")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ParameterError(name, f"{value!r} is not a decimal number") from None
    if not number.is_finite():
        raise ParameterError(name, f"{value!r} is not a finite number")
    _check_bounds(name, value, number, minimum, maximum, exclusive_minimum, exclusive_maximum)
    return format(number, "f")


def _check_bounds(
    name: str,
    shown: object,
    number: int | Decimal,
    minimum: int | str | None,
    maximum: int | str | None,
    exclusive_minimum: int | str | None,
    exclusive_maximum: int | str | None,
) -> None:
    """The spec's bounds on a number; the error shows the argument as the caller gave it.
    (Bounds may be decimal text, so they are compared as ``Decimal``: exact for ints too.)"""
    if minimum is not None and number < Decimal(minimum):
        raise ParameterError(name, f"{shown} is below the minimum {minimum}")
    if exclusive_minimum is not None and number <= Decimal(exclusive_minimum):
        raise ParameterError(name, f"{shown} must be greater than {exclusive_minimum}")
    if maximum is not None and number > Decimal(maximum):
        raise ParameterError(name, f"{shown} is above the maximum {maximum}")
    if exclusive_maximum is not None and number >= Decimal(exclusive_maximum):
        raise ParameterError(name, f"{shown} must be less than {exclusive_maximum}")
