"""What the sandbox knows about the API, read from the OpenAPI spec (through
``binance_pm_spec``) and nowhere else.

For every operation: its method and path, its security (key-only or SIGNED, from
``security`` and ``components.securitySchemes``), its weight (``x-binance-weight``), its
required and known query parameters, and the example body of its 200 answer. From the
``Signature`` scheme and the ``recvWindow`` parameter: the timestamp tolerance
(``x-binance-timestamp-max-ahead-ms``) and the recvWindow default and maximum.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from binance_pm_spec import SpecError, default_spec_path, load_document, read_facts, resolve

__all__ = [
    "OperationSpec",
    "SandboxSpec",
    "SpecError",
    "collect_symbols",
    "default_spec_path",
    "dump_json",
    "load_spec",
]


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

    @property
    def family(self) -> str:
        """``sapi``, ``papi`` or ``api``: the first path segment, which picks the weight headers."""
        return self.path.strip("/").split("/", 1)[0]


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

    def find(self, method: str, path: str) -> OperationSpec | None:
        return self.by_route.get((method.upper(), path))

    def resolve(self, path_or_operation_id: str) -> OperationSpec:
        """The operation with this path (``/papi/v1/um/leverageBracket``) or operationId."""
        for op in self.operations:
            if path_or_operation_id in (op.path, op.operation_id):
                return op
        raise KeyError(f"no operation with path or operationId {path_or_operation_id!r} in the spec")


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


def load_spec(path: str | os.PathLike[str] | None = None) -> SandboxSpec:
    """Reads the spec (default: ``default_spec_path()``) into what the sandbox serves."""
    document = load_document(path, exact_numbers=True)
    facts = read_facts(document)
    rules = facts.signing
    operations = tuple(
        OperationSpec(
            operation_id=op.operation_id,
            method=op.method,
            path=op.path,
            summary=op.summary,
            api_key_header=rules.api_key_header if op.needs_api_key else None,
            signed=op.signed,
            weight=op.weight,
            weight_per=op.weight_per,
            required_params=tuple(str(p["name"]) for p in op.parameters if p.get("required")),
            params=tuple(str(p["name"]) for p in op.parameters),
            example_body=dump_json(_example(document, op.operation)),
        )
        for op in facts.operations
    )
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
    )
