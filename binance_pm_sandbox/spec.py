"""What the sandbox knows about the API, read from the OpenAPI spec and nowhere else.

For every operation: its method and path, its security (key-only or SIGNED, from
``security`` and ``components.securitySchemes``), its weight (``x-binance-weight``), its
required and known query parameters, and the example body of its 200 answer. From the
``Signature`` scheme and the ``recvWindow`` parameter: the timestamp tolerance
(``x-binance-timestamp-max-ahead-ms``) and the recvWindow default and maximum.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "OperationSpec",
    "SandboxSpec",
    "SpecError",
    "collect_symbols",
    "default_spec_path",
    "dump_json",
    "load_spec",
]

SPEC_ENV_VAR = "BINANCE_PM_SPEC"
_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


class SpecError(ValueError):
    """The spec lacks something the sandbox needs."""


def default_spec_path() -> Path:
    """``$BINANCE_PM_SPEC``, else ``spec/binance-pm.yaml`` of the repository this package sits in."""
    env = os.environ.get(SPEC_ENV_VAR)
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "spec" / "binance-pm.yaml"


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
    signature_parameter: str = "signature"
    timestamp_parameter: str = "timestamp"
    recv_window_parameter: str = "recvWindow"
    timestamp_max_ahead_ms: int = 1000
    recv_window_default: int = 5000
    recv_window_max: int = 60000
    by_route: dict[tuple[str, str], OperationSpec] = field(default_factory=dict, repr=False)

    def find(self, method: str, path: str) -> OperationSpec | None:
        return self.by_route.get((method.upper(), path))

    def resolve(self, path_or_operation_id: str) -> OperationSpec:
        """The operation with this path (``/papi/v1/um/leverageBracket``) or operationId."""
        for op in self.operations:
            if path_or_operation_id in (op.path, op.operation_id):
                return op
        raise KeyError(f"no operation with path or operationId {path_or_operation_id!r} in the spec")


class _DecimalLoader(yaml.SafeLoader):
    """Reads YAML floats as Decimal, so example numbers are served exactly as written."""


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal:
    assert isinstance(node, yaml.ScalarNode)
    return Decimal(str(loader.construct_scalar(node)).replace("_", ""))


_DecimalLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)


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


class _Resolver:
    def __init__(self, document: Mapping[str, Any]) -> None:
        self._document = document

    def __call__(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, Mapping) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/"):
                raise SpecError(f"only local $refs are supported, got {ref!r}")
            target: Any = self._document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
            seen += 1
            if seen > 32:
                raise SpecError(f"$ref cycle at {ref!r}")
        return node


def _iter_operations(document: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any], list[Any]]]:
    for path, item in (document.get("paths") or {}).items():
        shared = list(item.get("parameters") or [])
        for method in _HTTP_METHODS:
            if method in item:
                yield method.upper(), path, item[method], shared


def _example(resolve: _Resolver, operation: Mapping[str, Any]) -> Any:
    responses = operation.get("responses") or {}
    answer = resolve(responses.get("200") or responses.get("2XX") or {})
    media = (answer.get("content") or {}).get("application/json") or {}
    if "example" in media:
        return media["example"]
    examples = media.get("examples") or {}
    for example in examples.values():
        example = resolve(example)
        if "value" in example:
            return example["value"]
    raise SpecError(f"{operation.get('operationId')}: no example for the 200 answer")


def load_spec(path: str | os.PathLike[str] | None = None) -> SandboxSpec:
    """Reads the spec (default: ``default_spec_path()``) into what the sandbox serves."""
    spec_path = Path(path) if path is not None else default_spec_path()
    try:
        text = spec_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"cannot read the spec at {spec_path}: {exc.strerror}; pass --spec") from None
    document = yaml.load(text, Loader=_DecimalLoader)
    if not isinstance(document, Mapping):
        raise SpecError(f"{spec_path} is not an OpenAPI document")
    resolve = _Resolver(document)
    schemes: Mapping[str, Any] = (document.get("components") or {}).get("securitySchemes") or {}

    signature_parameter, timestamp_parameter, recv_window_parameter = "signature", "timestamp", "recvWindow"
    max_ahead = 1000
    for scheme in schemes.values():
        scheme = resolve(scheme)
        if "x-binance-timestamp-parameter" in scheme:
            signature_parameter = str(scheme.get("name", signature_parameter))
            timestamp_parameter = str(scheme["x-binance-timestamp-parameter"])
            recv_window_parameter = str(scheme.get("x-binance-recv-window-parameter", recv_window_parameter))
            max_ahead = int(scheme.get("x-binance-timestamp-max-ahead-ms", max_ahead))

    recv_default, recv_max = 5000, 60000
    operations: list[OperationSpec] = []
    for method, path, operation, shared in _iter_operations(document):
        op_id = str(operation.get("operationId") or f"{method} {path}")
        params = [resolve(p) for p in (*shared, *(operation.get("parameters") or []))]
        query = [p for p in params if p.get("in") == "query"]
        for p in query:
            if p.get("name") == recv_window_parameter:
                schema = resolve(p.get("schema") or {})
                recv_default = int(schema.get("default", recv_default))
                recv_max = int(schema.get("maximum", recv_max))

        requirements = operation.get("security", document.get("security")) or []
        names = set(requirements[0]) if requirements else set()
        api_key_header: str | None = None
        signed = False
        for name in names:
            scheme = resolve(schemes.get(name) or {})
            if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                api_key_header = str(scheme["name"])
            elif "x-binance-timestamp-parameter" in scheme:
                signed = True

        weight = operation.get("x-binance-weight") or {}
        if "value" not in weight:
            raise SpecError(f"{op_id}: no x-binance-weight")
        operations.append(
            OperationSpec(
                operation_id=op_id,
                method=method,
                path=path,
                summary=str(operation.get("summary", "")),
                api_key_header=api_key_header,
                signed=signed,
                weight=int(weight["value"]),
                weight_per=str(weight.get("per", "IP")).upper(),
                required_params=tuple(str(p["name"]) for p in query if p.get("required")),
                params=tuple(str(p["name"]) for p in query),
                example_body=dump_json(_example(resolve, operation)),
            )
        )

    info = document.get("info") or {}
    return SandboxSpec(
        title=str(info.get("title", "")),
        version=str(info.get("version", "")),
        operations=tuple(operations),
        signature_parameter=signature_parameter,
        timestamp_parameter=timestamp_parameter,
        recv_window_parameter=recv_window_parameter,
        timestamp_max_ahead_ms=max_ahead,
        recv_window_default=recv_default,
        recv_window_max=recv_max,
        by_route={(op.method, op.path): op for op in operations},
    )
