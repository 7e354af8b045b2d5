"""The user data stream's facts (``x-binance-user-data-stream``), read once into typed values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .document import SpecError

STREAM = "x-binance-user-data-stream"
_MINUTE_MS = 60_000
_OPERATION_ROLES = ("start", "keepalive", "close")
_SCHEMAS = "#/components/schemas/"


@dataclass(frozen=True, slots=True)
class StreamFacts:
    """Where the account's event stream is, how long its keys and connections live, and
    which schema each event type has."""

    url: str
    listen_key_validity_ms: int
    keepalive_every_ms: int
    connection_limit_ms: int
    start_operation: str
    keepalive_operation: str
    close_operation: str
    listen_key_missing_code: int
    event_type_field: str
    event_time_field: str
    expired_event: str
    #: Event type -> its schema's name in ``components.schemas`` (the spec gives a ``$ref``), in the spec's order.
    events: tuple[tuple[str, str], ...]
    resync_operations: tuple[str, ...]

    @property
    def base_url(self) -> str:
        """``url`` without its ``/{listenKey}`` tail."""
        return self.url.rsplit("/", 1)[0]


def _field(raw: Mapping[str, Any], key: str) -> Any:
    if key not in raw:
        raise SpecError(f"{STREAM}: missing {key}")
    return raw[key]


def _minutes(raw: Mapping[str, Any], key: str) -> int:
    value = _field(raw, key)
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise SpecError(f"{STREAM}: {key} must be a positive whole number")
    return value * _MINUTE_MS


def _schema_name(kind: str, reference: Any) -> str:
    target = reference.get("$ref") if isinstance(reference, Mapping) else None
    if not isinstance(target, str) or not target.startswith(_SCHEMAS):
        raise SpecError(f"{STREAM}: events.{kind} must be a $ref to {_SCHEMAS}<name>")
    return target.removeprefix(_SCHEMAS)


def read_stream_facts(document: Mapping[str, Any]) -> StreamFacts:
    """The stream's facts; a ``SpecError`` naming what is missing, or an operation or
    schema the extension names that the document lacks."""
    raw = document.get(STREAM)
    if not isinstance(raw, Mapping):
        raise SpecError(f"the document has no {STREAM} object")
    operations = _field(raw, "operations")
    if not isinstance(operations, Mapping) or any(role not in operations for role in _OPERATION_ROLES):
        raise SpecError(f"{STREAM}: operations needs {', '.join(_OPERATION_ROLES)}")
    events = _field(raw, "events")
    if not isinstance(events, Mapping) or not events:
        raise SpecError(f"{STREAM}: events must map event types to schema names")
    url = str(_field(raw, "url"))
    if not url.endswith("/{listenKey}"):
        raise SpecError(f"{STREAM}: url must end with /{{listenKey}}")
    facts = StreamFacts(
        url=url,
        listen_key_validity_ms=_minutes(raw, "listen-key-validity-minutes"),
        keepalive_every_ms=_minutes(raw, "keepalive-every-minutes"),
        connection_limit_ms=_minutes(raw, "connection-limit-hours") * 60,
        start_operation=str(operations["start"]),
        keepalive_operation=str(operations["keepalive"]),
        close_operation=str(operations["close"]),
        listen_key_missing_code=int(_field(raw, "listen-key-missing-code")),
        event_type_field=str(_field(raw, "event-type-field")),
        event_time_field=str(_field(raw, "event-time-field")),
        expired_event=str(_field(raw, "expired-event")),
        events=tuple((str(kind), _schema_name(kind, schema)) for kind, schema in events.items()),
        resync_operations=tuple(str(op) for op in raw.get("resync-operations") or ()),
    )
    if facts.keepalive_every_ms >= facts.listen_key_validity_ms:
        raise SpecError(f"{STREAM}: keepalive-every-minutes must be shorter than listen-key-validity-minutes")
    if facts.expired_event not in dict(facts.events):
        raise SpecError(f"{STREAM}: expired-event {facts.expired_event!r} is not among the events")
    schemas = (document.get("components") or {}).get("schemas") or {}
    missing = [schema for _, schema in facts.events if schema not in schemas]
    if missing:
        raise SpecError(f"{STREAM}: events name schemas the document lacks: {', '.join(missing)}")
    known = {
        operation.get("operationId")
        for item in (document.get("paths") or {}).values()
        for operation in item.values()
        if isinstance(operation, Mapping)
    }
    named = [facts.start_operation, facts.keepalive_operation, facts.close_operation, *facts.resync_operations]
    unknown = [name for name in named if name not in known]
    if unknown:
        raise SpecError(f"{STREAM}: names operations the document lacks: {', '.join(unknown)}")
    return facts
