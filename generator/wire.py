"""Plans the typed fast path, ``_fast_path/`` (a module per operation): which answers
msgspec can decode straight into typed structs, and how each struct becomes the model the
user gets.

The general path decodes a body into dicts and builds each model with ``from_dict``; on a
large answer most of its time goes to calling ``Decimal`` per number from Python and to
looking fields up one by one. The fast path declares, per model, a ``msgspec.Struct`` that
mirrors the spec's schema exactly (JSON names, types, required fields, and no other field),
so msgspec reads the body in C and makes each ``Decimal`` from the number's own text.

It only ever takes what the general path would take, with the same result: anything the
structs do not fit (an extra field, a missing one, a value of another JSON type, a thousands
separator, a non-finite decimal) makes the fast path step aside, and the general path parses
the body, keeps extra fields and names what is wrong. A property kind this module does not
map (unions, floats, free-form values, ...) leaves its model, and every model and answer that
contains it, to the general path alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import EnumProperty, ModelProperty
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty

from .hooks import DecimalProperty
from .strings import code, raw

Convert = Callable[[str], str]
# An answer's shape, as ``binance_pm._answer_shape`` reads it: "decimal", "int", "str" or
# "bool"; ("list", item shape); or ("object", undeclared fields, ((JSON name, required,
# shape), ...)), where undeclared fields are True (any), a shape (each of it) or False
# (none). Plain constants, so that the CLI can check an answer without importing attrs or
# a model.
Shape = str | tuple[Any, ...]


def _same(source: str) -> str:
    return source


@dataclass(frozen=True)
class _Mapping:
    """How one property crosses: its struct annotation, the expression that turns the struct's
    value into the model's, and the conditions the value must meet (the struct alone cannot
    say that a decimal read from a JSON string is finite)."""

    annotation: str
    # What the models accept here, model-free; None: nothing a shape can say (a null).
    shape: Shape | None
    convert: Convert = _same
    checks: Callable[[str], list[str]] = lambda source: []
    imports: frozenset[str] = frozenset()
    # The structs (by model class name) this value's struct is made of.
    models: frozenset[str] = frozenset()


@dataclass(frozen=True)
class WireField:
    python_name: str
    json_name: str
    annotation: str
    required: bool
    convert: str
    checks: list[str]


@dataclass(frozen=True)
class WireModel:
    class_name: str
    struct_name: str
    function: str
    fields: list[WireField]
    keeps_additional_properties: bool
    shape: Shape | None
    # Its own imports, and the models its fields' structs are made of.
    imports: frozenset[str]
    uses: frozenset[str]


@dataclass(frozen=True)
class WireOperation:
    function: str
    decoder: str
    annotation: str
    result_type: str
    convert: str
    # The structs it needs, dependencies first, and their imports.
    models: list[WireModel]
    imports: list[str]


@dataclass
class WirePlan:
    models: list[WireModel] = field(default_factory=list)
    operations: dict[str, WireOperation] = field(default_factory=dict)
    # Each mapped answer's shape, by operation (a bare decimal answer too, which has no
    # struct of its own).
    shapes: dict[str, Shape] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)

    def needed(self, names: Iterable[str]) -> list[WireModel]:
        """The structs ``names`` are made of, with theirs, dependencies first (plan order)."""
        by_name = {model.class_name: model for model in self.models}
        wanted: set[str] = set()
        pending = list(names)
        while pending:
            name = pending.pop()
            if name not in wanted:
                wanted.add(name)
                pending.extend(by_name[name].uses)
        return [model for model in self.models if model.class_name in wanted]


class _Planner:
    def __init__(self, openapi: GeneratorData, *, nullable: bool = False) -> None:
        # nullable: also map a value that may be JSON null (``type: [string, "null"]``).
        self.nullable = nullable
        self.models = {str(model.class_info.name): model for model in openapi.models}
        self.plan = WirePlan()
        self.done: dict[str, WireModel | None] = {}
        self.in_progress: set[str] = set()

    def model(self, class_name: str) -> WireModel | None:
        """The struct plan of a model, or None (with the reason in ``skipped``) if any of its
        properties has no typed mapping. Recursive models are left to the general path."""
        if class_name in self.done:
            return self.done[class_name]
        if class_name in self.in_progress:
            self.plan.skipped[class_name] = "refers to itself"
            return None
        self.in_progress.add(class_name)
        model = self.models[class_name]
        fields: list[WireField] = []
        imports = {f"from ..models.{model.class_info.module_name} import {class_name}"}
        uses: set[str] = set()
        shapes: list[tuple[str, bool, Shape | None]] = []
        result: WireModel | None = None
        for prop in [*(model.required_properties or []), *(model.optional_properties or [])]:
            mapping = self.mapping(prop)
            if mapping is None:
                self.plan.skipped.setdefault(class_name, f"property {raw(prop.name)} ({type(prop).__name__})")
                break
            fields.append(self.wire_field(prop, mapping))
            imports.update(mapping.imports)
            uses.update(mapping.models)
            shapes.append((raw(prop.name), bool(prop.required), mapping.shape))
        else:
            shape: Shape | None = None
            if all(field_shape is not None for _, _, field_shape in shapes):
                shape = ("object", self.undeclared(model.additional_properties), tuple(shapes))
            result = WireModel(
                class_name=class_name,
                struct_name=f"{class_name}Wire",
                function=f"_{model.class_info.module_name}",
                fields=fields,
                keeps_additional_properties=bool(model.additional_properties),
                shape=shape,
                imports=frozenset(imports),
                uses=frozenset(uses),
            )
            self.plan.models.append(result)
        self.in_progress.discard(class_name)
        self.done[class_name] = result
        return result

    def undeclared(self, additional: Any) -> bool | Shape:
        """What ``from_dict`` takes as a field the schema does not declare: any value (True)
        when it keeps them as decoded (additionalProperties absent, true or {}) or ignores
        them (false); else each one as a typed additionalProperties has it, or, when that has
        no shape, none (False: the models decide)."""
        if additional is None or isinstance(additional, AnyProperty):
            return True
        mapping = self.mapping(additional)
        return False if mapping is None or mapping.shape is None else mapping.shape

    def wire_field(self, prop: Any, mapping: _Mapping) -> WireField:
        source = f"w.{prop.python_name}"
        if prop.required:
            return WireField(
                str(prop.python_name),
                raw(prop.name),
                mapping.annotation,
                True,
                mapping.convert(source),
                mapping.checks(source),
            )
        # Absent optional fields are msgspec's UNSET in the struct and the package's UNSET
        # in the model.
        return WireField(
            str(prop.python_name),
            raw(prop.name),
            f"{mapping.annotation} | msgspec.UnsetType",
            False,
            f"UNSET if {source} is msgspec.UNSET else {mapping.convert(source)}",
            [f"({source} is msgspec.UNSET or {check})" for check in mapping.checks(source)],
        )

    def mapping(self, prop: Any) -> _Mapping | None:
        if isinstance(prop, DecimalProperty):
            return _Mapping("Decimal", "decimal", checks=lambda source: [f"{source}.is_finite()"])
        if isinstance(prop, BooleanProperty):
            return _Mapping("bool", "bool")
        if isinstance(prop, IntProperty):
            return _Mapping("int", "int")
        if isinstance(prop, StringProperty):
            return _Mapping("str", "str")
        if isinstance(prop, EnumProperty):
            # msgspec decodes a listed value into the member in C; a value the spec does not
            # list fails the struct, and that answer takes the general path, whose enums
            # accept it: any value of their JSON type (it becomes a member that keeps it),
            # which is therefore the shape.
            enum = str(prop.class_info.name)
            shape = "int" if prop.value_type is int else "str"
            return _Mapping(
                enum, shape, imports=frozenset({f"from ..models.{prop.class_info.module_name} import {enum}"})
            )
        if isinstance(prop, ModelProperty):
            model = self.model(str(prop.class_info.name))
            if model is None:
                return None
            return _Mapping(
                model.struct_name,
                model.shape,
                convert=lambda source: f"{model.function}({source})",
                models=frozenset({model.class_name}),
            )
        if isinstance(prop, ListProperty):
            return self.list_mapping(prop.inner_property)
        if self.nullable and isinstance(prop, UnionProperty):
            return self.nullable_mapping(prop.inner_properties)
        return None

    def nullable_mapping(self, inner_props: list[Any]) -> _Mapping | None:
        """A value or null: msgspec decodes ``X | None`` in C, and None stays None."""
        values = [p for p in inner_props if not isinstance(p, NoneProperty)]
        if len(values) != 1 or len(inner_props) != 2:
            return None
        inner = self.mapping(values[0])
        if inner is None or isinstance(values[0], UnionProperty):
            return None
        convert = inner.convert

        def checks(source: str) -> list[str]:
            return [f"({source} is None or {check})" for check in inner.checks(source)]

        # Only the stream's events are planned with nulls; answers, which have shapes, are not.
        return _Mapping(
            f"{inner.annotation} | None",
            None,
            convert=lambda source: (
                source if convert(source) == source else f"None if {source} is None else {convert(source)}"
            ),
            checks=checks,
            imports=inner.imports,
            models=inner.models,
        )

    def list_mapping(self, inner_prop: Any) -> _Mapping | None:
        inner = self.mapping(inner_prop)
        if inner is None or isinstance(inner_prop, ListProperty):
            return None  # lists of lists: not in the spec yet, so not mapped until they are
        item_convert = inner.convert("item")
        item_checks = inner.checks("item")

        def convert(source: str) -> str:
            # A list msgspec made is the model's own: it is kept, not copied, when its items need
            # no conversion.
            return source if item_convert == "item" else f"[{item_convert} for item in {source}]"

        def checks(source: str) -> list[str]:
            return [f"all({' and '.join(item_checks)} for item in {source})"] if item_checks else []

        shape = None if inner.shape is None else ("list", inner.shape)
        return _Mapping(
            f"list[{inner.annotation}]",
            shape,
            convert=convert,
            checks=checks,
            imports=inner.imports,
            models=inner.models,
        )


def plan(openapi: GeneratorData, success_props: Iterable[tuple[str, Any]]) -> WirePlan:
    """The fast path for every answer whose schema maps; ``success_props`` gives each
    operation's name (as the generator names its module) and its 2XX response property."""
    planner = _Planner(openapi)
    for name, prop in success_props:
        mapping = planner.mapping(prop) if isinstance(prop, (ModelProperty, ListProperty)) else None
        if mapping is None:
            planner.plan.skipped.setdefault(name, f"answer ({type(prop).__name__})")
            continue
        if mapping.shape is not None:
            planner.plan.shapes[name] = mapping.shape
        if mapping.checks("wire"):
            continue  # a bare decimal or a list of them: nothing a struct saves
        models = planner.plan.needed(mapping.models)
        planner.plan.operations[name] = WireOperation(
            function=name,
            decoder=f"_{name.upper()}",
            annotation=mapping.annotation,
            result_type=code(prop.get_type_string()),
            convert=mapping.convert("wire"),
            models=models,
            imports=sorted({line for model in models for line in model.imports}),
        )
    return planner.plan


def plan_models(openapi: GeneratorData, class_names: Iterable[str]) -> tuple[dict[str, WireModel], list[WireModel]]:
    """The structs of the named models (the user data stream's events): each one that maps,
    by class name, and every struct they need, dependencies first. A model that does not map
    is absent: its events take the general path only."""
    planner = _Planner(openapi, nullable=True)
    planned = {name: model for name in class_names if (model := planner.model(name)) is not None}
    return planned, planner.plan.needed(planned)
