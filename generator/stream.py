"""What the user data stream's templates (``runtime/events.py.jinja``, ``runtime/stream.py.jinja``)
need: the stream's facts from the spec, each event type's model, and the typed structs that
decode the events msgspec can read straight into models."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.strings import ClassName, PythonIdentifier

from binance_pm_spec import SpecError, StreamFacts

from . import wire


@dataclass(frozen=True)
class EventKind:
    event_type: str
    class_name: str
    module: str
    #: The struct that decodes it (the tag is ``event_type``), or None: the general path only.
    struct: wire.WireModel | None


def _event_struct(model: wire.WireModel, type_field: str) -> wire.WireModel:
    """The event's struct without its event type field, which msgspec reads as the union's tag."""
    fields = [f for f in model.fields if f.json_name != type_field]
    if len(fields) == len(model.fields):
        raise SpecError(f"{model.class_name} has no {type_field!r} property")
    return wire.WireModel(
        class_name=model.class_name,
        struct_name=model.struct_name,
        function=model.function,
        fields=fields,
        keeps_additional_properties=model.keeps_additional_properties,
        shape=None,  # an event is no operation's answer
        imports=model.imports,
        uses=model.uses,
    )


def stream_metadata(openapi: GeneratorData, facts: StreamFacts, operation_modules: Mapping[str, str]) -> dict[str, Any]:
    """The ``stream`` global of the templates."""
    # openapi-python-client names a component schema's class after the schema.
    by_class = {str(model.class_info.name): model for model in openapi.models}
    by_schema = {
        schema: by_class[name] for _, schema in facts.events if (name := str(ClassName(schema, prefix=""))) in by_class
    }
    missing = [schema for _, schema in facts.events if schema not in by_schema]
    if missing:
        raise SpecError(f"no model generated for the event schemas {', '.join(missing)}")
    classes = {kind: str(by_schema[schema].class_info.name) for kind, schema in facts.events}
    planned, structs = wire.plan_models(openapi, classes.values())
    event_structs = {name: _event_struct(model, facts.event_type_field) for name, model in planned.items()}
    kinds = [
        EventKind(
            event_type=kind,
            class_name=classes[kind],
            module=str(by_schema[schema].class_info.module_name),
            struct=event_structs.get(classes[kind]),
        )
        for kind, schema in facts.events
    ]
    # Nested structs (an order, a balance) are declared once, before the events that use them.
    nested = [model for model in structs if model.class_name not in event_structs]
    return {
        "url": facts.url,
        "base_url": facts.base_url,
        "listen_key_validity_ms": facts.listen_key_validity_ms,
        "keepalive_every_ms": facts.keepalive_every_ms,
        "connection_limit_ms": facts.connection_limit_ms,
        "start_module": operation_modules[facts.start_operation],
        "keepalive_module": operation_modules[facts.keepalive_operation],
        "close_module": operation_modules[facts.close_operation],
        "listen_key_missing_code": facts.listen_key_missing_code,
        "event_type_field": facts.event_type_field,
        "event_time_field": facts.event_time_field,
        "expired_event": facts.expired_event,
        "expired_kind": next(kind for kind in kinds if kind.event_type == facts.expired_event),
        "kinds": kinds,
        "nested_structs": nested,
        "struct_imports": sorted({line for model in structs for line in model.imports}),
        "resync_operations": [
            (name, operation_modules[name], str(PythonIdentifier(name, prefix=""))) for name in facts.resync_operations
        ],
    }
