"""Checks on call arguments, made before anything is sent.

The constraints (lengths, patterns, bounds) are rendered into each operation module from
the spec's parameter schemas; these functions only apply them.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from urllib.parse import quote

from ._operation import Rule
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
    if pattern is not None and _compiled(pattern).search(value) is None:
        raise ParameterError(name, f"{value!r} does not match {pattern}")
    return value


@functools.lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    """A spec pattern with JSON Schema's meaning in Python's ``re``.

    In JSON Schema (ECMA-262) ``$`` matches only at the very end of the text; in Python it
    also matches before a final newline, so ``^[A-Z]+$`` would accept ``"ETHUSDT\\n"``.
    Every ``$`` that is an anchor (not escaped, not inside a character class) becomes
    ``\\Z``, Python's end of text.
    """
    out: list[str] = []
    escaped = in_class = False
    for character in pattern:
        if escaped:
            escaped = False
        elif character == "\\":
            escaped = True
        elif in_class:
            in_class = character != "]"
        elif character == "[":
            in_class = True
        elif character == "$":
            character = r"\Z"
        out.append(character)
    return re.compile("".join(out))


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


def check_bool(name: str, value: object) -> str:
    """A boolean argument as the text Binance expects (``true`` or ``false``)."""
    if not isinstance(value, bool):
        raise ParameterError(name, f"expected True or False, got {type(value).__name__}")
    return "true" if value else "false"


def check_enum(name: str, value: object, enum: type[StrEnum]) -> str:
    """An enum argument: a member (of any value), or the text of a value the spec lists.

    Text the spec does not list is refused, since it is usually a typo; a value Binance
    added after the spec was written is sent as ``Enum("NEW_VALUE")``, which the tolerant
    enums accept.
    """
    if isinstance(value, enum):
        return str(value.value)
    if isinstance(value, str) and value in enum._value2member_map_:
        return value
    known = ", ".join(str(member.value) for member in enum)
    if not isinstance(value, str):
        raise ParameterError(name, f"expected a {enum.__name__} or one of {known}, got {type(value).__name__}")
    raise ParameterError(
        name,
        f"{value!r} is not one of {known}; to send a value the spec does not list, pass {enum.__name__}({value!r})",
    )


def check_rules(rules: tuple[Rule, ...], params: Mapping[str, object]) -> None:
    """Applies an operation's conditional rules (``x-binance-rules``) to the wire parameters."""
    for rule in rules:
        for name, values in rule.when:
            if params.get(name) not in values:
                break
        else:
            broken = _broken(rule, params)
            if broken is not None:
                raise ParameterError(broken, f"{rule.description} ({_rule_text(rule)})")


def _broken(rule: Rule, params: Mapping[str, object]) -> str | None:
    """The Python name of the parameter that breaks a rule that applies, or None."""
    kind = rule.kind
    if kind == "require":
        return next((python for wire, python in rule.parameters if wire not in params), None)
    sent = [python for wire, python in rule.parameters if wire in params]
    if kind == "require-one-of":
        return None if sent else rule.parameters[0][1]
    if kind == "exclusive":
        return sent[1] if len(sent) > 1 else None
    return sent[0] if sent else None  # forbid


_RULE_TEXT = {
    "require": "{} required",
    "require-one-of": "at least one of: {}",
    "exclusive": "at most one of: {}",
    "forbid": "{} not allowed",
}


def _rule_text(rule: Rule) -> str:
    text = _RULE_TEXT[rule.kind].format(", ".join(python for _, python in rule.parameters))
    condition = " and ".join(f"{name} is {'/'.join(values)}" for name, values in rule.when)
    return f"{text} when {condition}" if condition else text


_CLIENT_ID_PREFIX = "bpm-"


def new_client_order_id() -> str:
    """A fresh client order id that fits Binance's rule (``^[.A-Z:/a-z0-9_-]{1,32}$``):
    ``bpm-`` and 28 random hex digits, so ids made by binance-pm are recognisable."""
    # os.urandom is what secrets.token_hex reads; importing secrets would cost a CLI call
    # about a millisecond.
    return _CLIENT_ID_PREFIX + os.urandom(14).hex()


def encode_query(params: Mapping[str, object]) -> str:
    """The checked parameters as the query string sent, percent-encoded once, here.

    Names and values are encoded with nothing left as is but letters, digits and ``-._~``,
    so httpx sends the string unchanged and the signature covers exactly these bytes.
    """
    if not params:
        return ""
    values = [str(value) for value in params.values()]
    if _UNRESERVED.fullmatch("".join(params) + "".join(values)):
        # The usual case (names, symbols, decimals, ids): nothing to encode, one match.
        return "&".join([f"{name}={value}" for name, value in zip(params, values, strict=True)])
    return "&".join([f"{_encode(name)}={_encode(value)}" for name, value in zip(params, values, strict=True)])


# What percent-encoding leaves as it is; most names and values (symbols, decimals, ids)
# are only that, and one match costs a fraction of what ``quote`` does.
_UNRESERVED = re.compile(r"[A-Za-z0-9._~-]*")


def _encode(text: str) -> str:
    return text if _UNRESERVED.fullmatch(text) else quote(text, safe="")
