"""Binance's checks on parameter values and on combinations of parameters, as pure functions.

``check_value`` judges one value against its schema (``ParameterSpec``):

======================================================  ==========================
value                                                   answer
======================================================  ==========================
integer with anything but ASCII digits (``²`` too)      -1100 (legal range named)
integer outside the schema's bounds                     -1130
decimal not plain digits with an optional fraction       -1100 (``1E-3``, ``1,000``)
enum value not listed                                   -1116 type, -1117 side,
                                                        -1115 timeInForce, else -1130
boolean other than ``true`` / ``false``                 -1130
string not matching its pattern                         -1100 (the pattern named)
string outside its length bounds                        -1130
======================================================  ==========================

``check_precision`` holds price and quantity parameters to a UM symbol's decimals (-1111).
``check_rules`` applies ``x-binance-rules``: a ``require`` or ``require-one-of`` rule broken
is -1102, an ``exclusive`` or ``forbid`` rule broken -1106 naming the parameter sent.

A parameter counts as sent when it has a non-empty value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from binance_pm_spec import ParameterRule

from .errors import (
    DECIMAL_RANGE,
    INTEGER_RANGE,
    BinanceError,
    bad_precision,
    illegal_characters,
    invalid_enum_value,
    invalid_parameter,
    mandatory_missing,
    not_required,
    one_of_missing,
)
from .exchange.symbols import SymbolRules, decimal_places
from .spec import ParameterSpec

__all__ = ["check_precision", "check_rules", "check_value", "parse_integer"]

# ASCII digits only: str.isdigit() and int() also take other scripts' digits (Arabic-Indic,
# full-width) and isdigit() superscripts ("²"), all of which Binance refuses.
_INTEGER = re.compile(r"[0-9]{1,20}")
_DECIMAL = re.compile(r"[0-9]{1,20}(\.[0-9]{1,20})?")


def parse_integer(value: str) -> int | None:
    """``value`` as Binance reads an integer parameter: 1 to 20 ASCII digits; None otherwise."""
    return int(value) if _INTEGER.fullmatch(value) is not None else None


def check_value(parameter: ParameterSpec, value: str) -> BinanceError | None:
    """The error Binance gives for ``value`` of ``parameter``, or None when it is valid."""
    name = parameter.name
    if parameter.kind == "int":
        number = parse_integer(value)
        if number is None:
            return illegal_characters(name, INTEGER_RANGE)
        return None if _within_bounds(parameter, number) else invalid_parameter(name)
    if parameter.kind == "decimal":
        return None if _DECIMAL.fullmatch(value) else illegal_characters(name, DECIMAL_RANGE)
    if parameter.kind == "enum":
        return None if value in parameter.enum else invalid_enum_value(name)
    if parameter.kind == "bool":
        return None if value in ("true", "false") else invalid_parameter(name)
    if parameter.pattern is not None and re.search(parameter.pattern, value) is None:
        return illegal_characters(name, parameter.pattern)
    if (parameter.min_length is not None and len(value) < parameter.min_length) or (
        parameter.max_length is not None and len(value) > parameter.max_length
    ):
        return invalid_parameter(name)
    return None


def _within_bounds(parameter: ParameterSpec, number: int) -> bool:
    return not (
        (parameter.minimum is not None and number < parameter.minimum)
        or (parameter.maximum is not None and number > parameter.maximum)
        or (parameter.exclusive_minimum is not None and number <= parameter.exclusive_minimum)
        or (parameter.exclusive_maximum is not None and number >= parameter.exclusive_maximum)
    )


def check_precision(symbol: SymbolRules, params: Mapping[str, str]) -> BinanceError | None:
    """-1111 when a price or quantity has more decimal places than ``symbol`` allows."""
    for name, value in params.items():
        allowed = symbol.decimals_allowed(name)
        if allowed is not None and decimal_places(value) > allowed:
            return bad_precision()
    return None


def _applies(rule: ParameterRule, params: Mapping[str, str]) -> bool:
    return all(params.get(name) in values for name, values in rule.when)


def check_rules(rules: tuple[ParameterRule, ...], params: Mapping[str, str]) -> BinanceError | None:
    """The first rule ``params`` break, as Binance's error; None when all hold."""
    for rule in rules:
        if not _applies(rule, params):
            continue
        sent = [name for name in rule.parameters if name in params]
        if rule.kind == "require":
            missing = next((name for name in rule.parameters if name not in params), None)
            if missing is not None:
                return mandatory_missing(missing)
        elif rule.kind == "require-one-of":
            if not sent:
                return one_of_missing(rule.parameters)
        elif rule.kind == "exclusive":
            if len(sent) > 1:
                return not_required(sent[1])
        elif rule.kind == "forbid" and sent:
            return not_required(sent[0])
    return None
