"""Where a change lands in the spec, and which other operations it would change too.

A place in an operation is reached through ``$ref``s to component schemas and parameters;
each ``$ref`` crossed on the way is a ``Hop``. A component that other operations use as
well is changed at its definition only when every one of them asks for the same change
(``update`` decides that). Otherwise ``make_private`` gives the operation a copy of its
own: a parameter is written inline in the operation, a schema is copied to a new component
named after the operation, and the ``$ref`` that led to it is pointed at the copy.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from binance_pm_spec import iter_operations

from .infer import pascal

__all__ = ["Hop", "Place", "Step", "component_users", "make_private", "walk"]

#: ("prop", name): a property of an object schema; ("items", ""): an array's items;
#: ("map", ""): a map's values; ("field", name): a key of the node itself (a parameter's schema).
Step = tuple[str, str]
_COMPOSED = ("allOf", "oneOf", "anyOf")


@dataclass
class Hop:
    holder: CommentedMap  # the mapping that holds the $ref
    kind: str  # "schemas" | "parameters" | ...
    name: str
    at: int  # how many steps were taken before it was crossed


@dataclass
class Place:
    node: CommentedMap
    hops: list[Hop] = field(default_factory=list)

    @property
    def owner(self) -> tuple[str, str] | None:
        """The component the place lies in (None: in the operation itself)."""
        return (self.hops[-1].kind, self.hops[-1].name) if self.hops else None


def _target(ref: object) -> tuple[str, str] | None:
    parts = ref.split("/") if isinstance(ref, str) else []
    return (parts[2], parts[3]) if len(parts) == 4 and parts[:2] == ["#", "components"] else None


def _follow(document: Mapping[str, Any], node: Any, hops: list[Hop], at: int) -> Any:
    while isinstance(node, CommentedMap) and "$ref" in node:
        target = _target(node["$ref"])
        if target is None:
            return None
        hops.append(Hop(node, target[0], target[1], at))
        node = ((document.get("components") or {}).get(target[0]) or {}).get(target[1])
    return node


def walk(document: Mapping[str, Any], start: Any, steps: list[Step]) -> Place | None:
    """The node ``steps`` lead to from ``start`` (``$ref``s followed); None when the way
    is not there or passes a composed schema (allOf/oneOf/anyOf), which a person edits."""
    hops: list[Hop] = []
    node = _follow(document, start, hops, 0)
    for index, (kind, name) in enumerate(steps):
        if not isinstance(node, CommentedMap) or any(key in node for key in _COMPOSED):
            return None
        if kind == "prop":
            child = (node.get("properties") or {}).get(name)
        elif kind == "items":
            child = node.get("items")
        elif kind == "map":
            child = node.get("additionalProperties")
        else:
            child = node.get(name)
        if child is None:
            return None
        node = _follow(document, child, hops, index + 1)
    return Place(node, hops) if isinstance(node, CommentedMap) else None


def _refs(node: Any) -> Iterator[tuple[str, str]]:
    if isinstance(node, Mapping):
        target = _target(node.get("$ref"))
        if target is not None:
            yield target
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def component_users(document: Mapping[str, Any]) -> dict[tuple[str, str], set[str]]:
    """For every component, the operationIds of the operations that use it (through any
    number of other components)."""
    components = document.get("components") or {}
    direct = {(kind, name): set(_refs(body)) for kind, group in components.items() for name, body in group.items()}
    users: dict[tuple[str, str], set[str]] = {key: set() for key in direct}
    for _, _, operation, _ in iter_operations(document):
        seen: set[tuple[str, str]] = set()
        todo = list(_refs(operation))
        while todo:
            key = todo.pop()
            if key in seen:
                continue
            seen.add(key)
            todo.extend(direct.get(key, ()))
        for key in seen:
            users.setdefault(key, set()).add(str(operation.get("operationId")))
    return users


def _free_name(taken: Mapping[str, Any], wanted: str) -> str:
    name, number = wanted, 2
    while name in taken:
        name, number = f"{wanted}{number}", number + 1
    return name


def make_private(document: CommentedMap, operation_id: str, hop: Hop) -> str:
    """Gives ``operation_id`` its own copy of the component ``hop`` crosses; says what was done."""
    components = document["components"]
    original = components[hop.kind][hop.name]
    if hop.kind == "parameters":
        hop.holder.clear()
        hop.holder.update(copy.deepcopy(original))
        return f"parameter {hop.name} written inline in {operation_id} (other operations keep the shared one)"
    group: CommentedMap = components[hop.kind]
    name = _free_name(group, f"{pascal(operation_id)}{hop.name}")
    group.insert(list(group).index(hop.name) + 1, name, copy.deepcopy(original))
    hop.holder["$ref"] = DoubleQuotedScalarString(f"#/components/{hop.kind}/{name}")
    return f"{hop.kind[:-1]} {hop.name} copied to {name} for {operation_id} (other operations keep {hop.name})"


def privately(
    document: CommentedMap,
    operation_id: str,
    locate: Callable[[], Place | None],
    users: Mapping[tuple[str, str], set[str]],
    copies: list[str],
) -> Place | None:
    """The place ``locate`` finds, after copying every component on the way to it that other
    operations use too (each copy is described in ``copies``). ``users`` are the components'
    users before any copy was made: a component another operation has since left for a copy
    of its own is still shared, so that every operation that asked for a change of its own
    gets a copy, whatever the order the changes come in. Copies made here are not in it."""
    while True:
        place = locate()
        if place is None:
            return None
        shared = next((hop for hop in place.hops if users.get((hop.kind, hop.name), set()) - {operation_id}), None)
        if shared is None:
            return place
        copies.append(make_private(document, operation_id, shared))
