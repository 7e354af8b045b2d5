"""Whether a decoded success answer is one its operation's models would accept, told without
building them (nor importing attrs or any model).

Each operation module has an ``ANSWER_SHAPE``, generated from the plan of the typed fast
path (``generator/wire.py``): plain tuples that say what the models' ``from_dict`` takes,
or None when the plan does not map that answer. A shape is

- ``"decimal"``, ``"int"``, ``"str"`` or ``"bool"``: a value of that kind (an enum is the
  kind of its values: the models take unlisted ones too);
- ``("list", item)``: a JSON array of such items;
- ``("object", undeclared, ((json_name, required, shape), ...))``: a JSON object with the
  required fields, each field present of its shape; fields it does not declare are all
  accepted (``undeclared`` True), each of the shape ``undeclared`` (a typed
  ``additionalProperties``), or none (False: the models decide).

``fits`` is conservative: True only for a value the models accept (the value rules are
``_values``'s, the functions the models call); False also for what they might accept,
and then only the models can say. The command line uses it to print an answer without
loading the models when it fits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias

from ._values import parse_bool, parse_decimal, parse_int, parse_str
from .errors import ResponseParseError

Shape: TypeAlias = str | tuple[str, "Shape"] | tuple[str, "bool | Shape", tuple[tuple[str, bool, "Shape"], ...]]


def _parses(parse: Callable[[object, str], object]) -> Callable[[object], bool]:
    def accepted(value: object) -> bool:
        try:
            parse(value, "")
        except ResponseParseError:
            return False
        return True

    return accepted


_SCALARS: dict[str, Callable[[object], bool]] = {
    "decimal": _parses(parse_decimal),
    "int": _parses(parse_int),
    "str": _parses(parse_str),
    "bool": _parses(parse_bool),
}


def fits(value: object, shape: Shape) -> bool:
    """True only if the operation's models would accept ``value``, the answer as
    ``_json.decode_json`` decodes it; False when they refuse it or might."""
    match shape:
        case str():
            check = _SCALARS.get(shape)
            return check is not None and check(value)
        case ("list", item):
            return type(value) is list and all(fits(element, item) for element in value)
        case ("object", undeclared, fields):
            if type(value) is not dict:
                return False
            declared = 0
            for name, required, field in fields:
                if name in value:
                    if not fits(value[name], field):
                        return False
                    declared += 1
                elif required:
                    return False
            if undeclared is True or declared == len(value):
                return True
            if undeclared is False:
                return False
            names = {name for name, _, _ in fields}
            return all(fits(item, undeclared) for key, item in value.items() if key not in names)
    return False
