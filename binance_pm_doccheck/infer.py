"""What a doc page implies for the spec: schemas from a response example and from a
parameter table's type, and an operationId from a title.

Schemas follow the spec's conventions (see its ``info.description``): a string holding a
decimal is ``DecimalString`` and a fractional JSON number ``DecimalNumber`` (money is never
a float); an integer is ``int64`` (Binance's times and ids overflow 32 bits); a nested object,
or a list of objects, becomes a component schema of its own, named after its parent and key.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import yaml
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from .checker import _enum_tokens, _merge_objects
from .jsonish import JArray, JObject, JScalar, JValue

__all__ = ["binance_type_schema", "example_value", "operation_id", "pascal", "ref", "schema_for", "shape", "signature"]

DECIMAL_TEXT = re.compile(r"-?[0-9][0-9,]*\.[0-9]+")
DECIMAL_STRING = "#/components/schemas/DecimalString"
DECIMAL_NUMBER = "#/components/schemas/DecimalNumber"

#: Names a new component schema: (parent name, key) -> a name not yet taken.
NameComponent = Callable[[str, str], str]
#: Adds a component schema under the name given.
AddComponent = Callable[[str, CommentedMap], None]


def pascal(text: str) -> str:
    """``getUmFeeTier`` -> ``GetUmFeeTier``; ``maker_rate`` -> ``MakerRate``."""
    words = re.findall(r"[A-Za-z0-9]+", text)
    return "".join(word[:1].upper() + word[1:] for word in words)


def operation_id(title: str) -> str:
    """An operationId from a Binance title as the official SDKs name their methods: the
    title's words in camel case, apostrophes dropped, all-capital words capitalised
    (``Query User's CM Force Orders`` -> ``queryUsersCmForceOrders``)."""
    words: list[str] = re.findall(r"[A-Za-z0-9]+", title.replace("'", "").replace("\u2019", ""))
    if not words:
        return "draftedOperation"
    shaped = [word.capitalize() if word.isupper() else word[:1].upper() + word[1:] for word in words]
    first = shaped[0]
    return first[:1].lower() + first[1:] + "".join(shaped[1:])


def ref(target: str) -> CommentedMap:
    """A ``$ref``, quoted as the spec quotes them."""
    return CommentedMap([("$ref", DoubleQuotedScalarString(target))])


def shape(value: JValue) -> Any:
    """The kinds in ``value``, as plain data: two examples of the same shape infer the same schema."""
    if isinstance(value, JObject):
        return {m.key: shape(m.value) for m in value.members}
    if isinstance(value, JArray):
        return [shape(_items(value))] if value.items else []
    if value.kind == "string" and DECIMAL_TEXT.fullmatch(str(value.value)):
        return "decimal-string"
    return value.kind


def signature(value: JValue) -> str:
    return json.dumps(shape(value), sort_keys=True)


def _items(value: JArray) -> JValue:
    if all(isinstance(item, JObject) for item in value.items):
        return _merge_objects(value.items)
    return value.items[0]


def schema_for(
    value: JValue, comment: str, parent: str, key: str, name: NameComponent, add: AddComponent
) -> CommentedMap:
    """The schema of ``value`` (an object member ``key`` of the component ``parent``),
    adding a component for each nested object; ``comment`` is the page's note on it."""
    if isinstance(value, JObject):
        component = name(parent, key)
        schema = ref(f"#/components/schemas/{component}")
        body = CommentedMap()
        add(component, body)  # before its own nested objects, which follow it in the spec
        body.update(object_schema(value, component, name, add))
    elif isinstance(value, JArray):
        schema = CommentedMap([("type", "array")])
        if value.items:
            schema["items"] = schema_for(_items(value), "", parent, key, name, add)
        else:
            schema["items"] = CommentedMap()
    else:
        schema = _scalar_schema(value, comment)
    if comment.strip():
        schema["description"] = " ".join(comment.split())
    return schema


def _scalar_schema(value: JScalar, comment: str) -> CommentedMap:
    if value.kind == "string":
        if DECIMAL_TEXT.fullmatch(str(value.value)):
            return ref(DECIMAL_STRING)
        named = _enum_tokens(comment)
        if len(named) >= 2:  # the values the page names (the checker compares with those)
            return CommentedMap([("type", "string"), ("enum", CommentedSeq(named))])
        return CommentedMap([("type", "string")])
    if value.kind == "integer":
        return CommentedMap([("type", "integer"), ("format", "int64")])
    if value.kind == "number":
        return ref(DECIMAL_NUMBER)
    if value.kind == "boolean":
        return CommentedMap([("type", "boolean")])
    # null in the example says nothing of the type: any value is accepted.
    return CommentedMap()


def object_schema(value: JObject, component: str, name: NameComponent, add: AddComponent) -> CommentedMap:
    """An object schema with a property for every member of ``value``. None is required:
    an example shows what an answer may hold, not what every answer holds."""
    properties = CommentedMap()
    for member in value.members:
        properties[member.key] = schema_for(member.value, member.comment, component, member.key, name, add)
    return CommentedMap([("type", "object"), ("properties", properties)])


def example_value(value: JValue) -> Any:
    """The example as plain YAML data: comments and elisions gone, numbers as written, and
    text that would read as something else unquoted (``"0.25"``) double-quoted as in the spec."""
    if isinstance(value, JObject):
        return CommentedMap((m.key, example_value(m.value)) for m in value.members)
    if isinstance(value, JArray):
        return CommentedSeq(example_value(item) for item in value.items)
    if isinstance(value.value, str) and _needs_quotes(value.value):
        return DoubleQuotedScalarString(value.value)
    return value.value


def _needs_quotes(text: str) -> bool:
    try:
        return bool(yaml.safe_load(text) != text)
    except yaml.YAMLError:
        return True


# Binance's parameter types -> the spec's schema for them; None: no mechanical mapping
# (arrays: the generator has no check for them yet).
_PARAMETER_TYPES: dict[str, Callable[[], CommentedMap]] = {
    "LONG": lambda: CommentedMap([("type", "integer"), ("format", "int64")]),
    "INT": lambda: CommentedMap([("type", "integer"), ("format", "int32")]),
    "INTEGER": lambda: CommentedMap([("type", "integer"), ("format", "int32")]),
    "STRING": lambda: CommentedMap([("type", "string")]),
    "DECIMAL": lambda: ref(DECIMAL_STRING),
    "DOUBLE": lambda: ref(DECIMAL_NUMBER),
    "FLOAT": lambda: ref(DECIMAL_NUMBER),
    "NUMBER": lambda: ref(DECIMAL_NUMBER),
    "BOOLEAN": lambda: CommentedMap([("type", "boolean")]),
}


def binance_type_schema(doc_type: str, description: str) -> CommentedMap | None:
    """The schema for a parameter Binance types ``doc_type``; an ``ENUM`` takes the values
    its description names. None when there is no mechanical mapping."""
    base = re.sub(r"[<\[].*$", "", doc_type).strip()
    if base == "ENUM":
        values = _enum_tokens(description)
        if not values:
            return None
        return CommentedMap([("type", "string"), ("enum", CommentedSeq(values))])
    make = _PARAMETER_TYPES.get(base)
    return make() if make is not None else None
