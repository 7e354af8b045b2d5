"""What the sandbox knows about the API, read from the OpenAPI spec (through
``binance_pm_spec``) and nowhere else.

For every operation: its method and path, its security (none, key-only or SIGNED), its
weight (``x-binance-weight``, through ``OperationFacts.weight_for``), its query parameters
with the constraints of their schemas, its conditional rules (``x-binance-rules``), whether
it places orders (``x-binance-client-order-id``) and the example body of its 200 answer.
From the ``Signature`` scheme and the ``recvWindow`` parameter: the timestamp tolerance and
the recvWindow default and maximum. From the examples: the symbols each market lists.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from binance_pm_spec import (
    OperationFacts,
    ParameterRule,
    SpecError,
    StreamFacts,
    default_spec_path,
    load_document,
    read_facts,
    read_stream_facts,
    resolve,
)
from binance_pm_spec.stream import STREAM

__all__ = [
    "OperationSpec",
    "ParameterSpec",
    "SandboxSpec",
    "SpecError",
    "collect_symbols",
    "default_spec_path",
    "dump_json",
    "load_spec",
    "market_of",
]

#: Path segments after ``/papi/v1/`` that name a market of their own (its own symbols).
MARKETS = ("um", "cm", "margin")


def market_of(path: str) -> str:
    """``um``, ``cm`` or ``margin`` for ``/papi/vN/<market>/...``; else the path family
    (``papi``, ``sapi``, ``api``). Symbols are valid per market."""
    parts = path.strip("/").split("/")
    if parts[0] == "papi" and len(parts) > 2 and parts[2] in MARKETS:
        return parts[2]
    return parts[0]


@dataclass(frozen=True, slots=True)
class ParameterSpec:
    """One query parameter and the constraints of its schema.

    ``kind`` is ``int``, ``decimal``, ``bool``, ``enum`` or ``str``.
    """

    name: str
    required: bool
    kind: str
    enum: tuple[str, ...] = ()
    pattern: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    exclusive_minimum: int | None = None
    exclusive_maximum: int | None = None

    @classmethod
    def of(cls, parameter: Mapping[str, Any]) -> ParameterSpec:
        schema: Mapping[str, Any] = parameter.get("schema") or {}
        kind = (
            "enum"
            if "enum" in schema
            else "decimal"
            if schema.get("format") == "decimal"
            else {"integer": "int", "boolean": "bool"}.get(str(schema.get("type")), "str")
        )

        def number(key: str) -> int | None:
            value = schema.get(key)
            return None if value is None or isinstance(value, bool) else int(value)

        return cls(
            name=str(parameter["name"]),
            required=bool(parameter.get("required")),
            kind=kind,
            enum=tuple(str(v) for v in schema.get("enum") or ()),
            pattern=str(schema["pattern"]) if kind == "str" and "pattern" in schema else None,
            min_length=number("minLength"),
            max_length=number("maxLength"),
            minimum=number("minimum"),
            maximum=number("maximum"),
            exclusive_minimum=number("exclusiveMinimum"),
            exclusive_maximum=number("exclusiveMaximum"),
        )


@dataclass(frozen=True, slots=True)
class OperationSpec:
    """One operation as the sandbox serves it."""

    operation_id: str
    method: str
    path: str
    summary: str
    api_key_header: str | None
    signed: bool
    weight: int
    weight_per: str
    required_params: tuple[str, ...]
    params: tuple[str, ...]
    example_body: bytes
    parameters: tuple[ParameterSpec, ...] = ()
    facts: OperationFacts | None = field(default=None, repr=False, compare=False)

    @property
    def family(self) -> str:
        """``sapi``, ``papi`` or ``api``: the first path segment, which picks the weight headers."""
        return self.path.strip("/").split("/", 1)[0]

    @property
    def market(self) -> str:
        return market_of(self.path)

    @property
    def rules(self) -> tuple[ParameterRule, ...]:
        return self.facts.rules if self.facts is not None else ()

    @property
    def places_orders(self) -> bool:
        """Places an order (has a client order id parameter): its answers carry order counts."""
        return self.facts is not None and self.facts.client_order_id is not None

    def weight_for(self, sent: Mapping[str, object]) -> int:
        return self.facts.weight_for(sent) if self.facts is not None else self.weight


@dataclass(frozen=True, slots=True)
class SandboxSpec:
    """Every operation of the spec, and the timing rules of its Signature scheme."""

    title: str
    version: str
    operations: tuple[OperationSpec, ...]
    signature_parameter: str
    timestamp_parameter: str
    recv_window_parameter: str
    timestamp_max_ahead_ms: int
    recv_window_default: int
    recv_window_max: int
    by_route: dict[tuple[str, str], OperationSpec] = field(default_factory=dict, repr=False)
    #: Market (``market_of``) -> every symbol the examples of that market's operations name.
    symbols_by_market: Mapping[str, frozenset[str]] = field(default_factory=dict, repr=False)
    #: The user data stream's rules (``x-binance-user-data-stream``), if the spec has them.
    stream: StreamFacts | None = field(default=None, repr=False)

    def find(self, method: str, path: str) -> OperationSpec | None:
        return self.by_route.get((method.upper(), path))

    def resolve(self, path_or_operation_id: str) -> OperationSpec:
        """The operation with this operationId, or the first one with this path
        (``/papi/v1/um/leverageBracket``)."""
        for op in self.operations:
            if path_or_operation_id in (op.path, op.operation_id):
                return op
        raise KeyError(f"no operation with path or operationId {path_or_operation_id!r} in the spec")

    def matching(self, path_or_operation_id: str) -> tuple[OperationSpec, ...]:
        """The operation with this operationId, or every operation on this path (all methods)."""
        found = tuple(op for op in self.operations if path_or_operation_id in (op.path, op.operation_id))
        if not found:
            raise KeyError(f"no operation with path or operationId {path_or_operation_id!r} in the spec")
        return found


def dump_json(value: object) -> bytes:
    """Compact JSON as Binance sends it; Decimal numbers are written with their exact digits."""
    return _encode(value).encode("utf-8")


def _encode(value: object) -> str:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Mapping):
        items = ",".join(f"{json.dumps(str(k))}:{_encode(v)}" for k, v in value.items())
        return "{" + items + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(_encode(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def collect_symbols(value: object) -> set[str]:
    """Every string under a ``symbol`` key, at any depth of a JSON value."""
    found: set[str] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, Mapping):
            for key, sub in item.items():
                if key == "symbol" and isinstance(sub, str):
                    found.add(sub)
                else:
                    stack.append(sub)
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _example(document: Mapping[str, Any], operation: Mapping[str, Any]) -> Any:
    responses = operation.get("responses") or {}
    answer = resolve(document, responses.get("200") or responses.get("2XX") or {})
    media = (answer.get("content") or {}).get("application/json") or {}
    if "example" in media:
        return media["example"]
    for example in (media.get("examples") or {}).values():
        example = resolve(document, example)
        if "value" in example:
            return example["value"]
    raise SpecError(f"{operation.get('operationId')}: no example for the 200 answer")


def _operation(document: Mapping[str, Any], op: OperationFacts, api_key_header: str) -> OperationSpec:
    return OperationSpec(
        operation_id=op.operation_id,
        method=op.method,
        path=op.path,
        summary=op.summary,
        api_key_header=api_key_header if op.needs_api_key else None,
        signed=op.signed,
        weight=op.weight,
        weight_per=op.weight_per,
        required_params=tuple(str(p["name"]) for p in op.parameters if p.get("required")),
        params=tuple(str(p["name"]) for p in op.parameters),
        example_body=dump_json(_example(document, op.operation)),
        parameters=tuple(ParameterSpec.of(p) for p in op.parameters),
        facts=op,
    )


def _symbols_by_market(operations: tuple[OperationSpec, ...]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for op in operations:
        symbols = collect_symbols(json.loads(op.example_body))
        found.setdefault(op.market, set()).update(s for s in symbols if s)
    return {market: frozenset(symbols) for market, symbols in found.items()}


def load_spec(path: str | os.PathLike[str] | None = None) -> SandboxSpec:
    """Reads the spec (default: ``default_spec_path()``) into what the sandbox serves.

    Reading the YAML takes seconds, so a spec already read in this process is reused as
    long as its file is unchanged (same size and modification time)."""
    spec_path = Path(path) if path is not None else default_spec_path()
    try:
        stat = spec_path.stat()
    except OSError:
        return _load(str(spec_path), -1, -1)  # let the reader report the error
    # load_document reports an unreadable or non-UTF-8 spec as a SpecError naming the file.
    return _load(str(spec_path.resolve()), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int, size: int) -> SandboxSpec:
    document = load_document(path, exact_numbers=True)
    facts = read_facts(document)
    rules = facts.signing
    operations = tuple(_operation(document, op, rules.api_key_header) for op in facts.operations)
    return SandboxSpec(
        title=facts.title,
        version=facts.version,
        operations=operations,
        signature_parameter=rules.signature_parameter,
        timestamp_parameter=rules.timestamp_parameter,
        recv_window_parameter=rules.recv_window_parameter,
        timestamp_max_ahead_ms=rules.timestamp_max_ahead_ms,
        recv_window_default=rules.recv_window_default,
        recv_window_max=rules.recv_window_max,
        by_route={(op.method, op.path): op for op in operations},
        symbols_by_market=_symbols_by_market(operations),
        stream=read_stream_facts(document) if STREAM in document else None,
    )
