"""The Binance facts the spec carries, read once into typed values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .document import SpecError, iter_operations, resolve

# The extensions this module reads; the spec's info.description explains each.
HOST = "x-binance-host"
SECURITY_TYPE = "x-binance-security-type"
SECURITY_TYPES = "x-binance-security-types"
WEIGHT = "x-binance-weight"
TIMESTAMP_PARAMETER = "x-binance-timestamp-parameter"
RECV_WINDOW_PARAMETER = "x-binance-recv-window-parameter"
TIMESTAMP_MAX_AHEAD = "x-binance-timestamp-max-ahead-ms"
TIME_PATH = "x-binance-time-path"
RULES = "x-binance-rules"
CLIENT_ORDER_ID = "x-binance-client-order-id"
DOC_GROUP = "x-binance-doc-group"
WEIGHT_WHEN_PRESENT = "when-present"
RULE_KINDS = ("require", "require-one-of", "exclusive", "forbid")


@dataclass(frozen=True, slots=True)
class SigningRules:
    """How SIGNED requests are authenticated and timed."""

    api_key_scheme: str
    api_key_header: str
    signature_scheme: str
    signature_parameter: str
    timestamp_parameter: str
    recv_window_parameter: str
    recv_window_schema: Mapping[str, Any]
    timestamp_max_ahead_ms: int
    time_path: str

    @property
    def recv_window_default(self) -> int:
        return int(self.recv_window_schema["default"])

    @property
    def recv_window_max(self) -> int:
        return int(self.recv_window_schema["maximum"])


@dataclass(frozen=True, slots=True)
class ParameterRule:
    """One conditional rule on an operation's parameters (``x-binance-rules``).

    ``kind`` is ``require`` (all of ``parameters`` must be sent), ``require-one-of`` (at
    least one), ``exclusive`` (at most one) or ``forbid`` (none); the rule applies only when
    every parameter named in ``when`` is sent with one of its listed values.
    """

    kind: str
    parameters: tuple[str, ...]
    when: tuple[tuple[str, tuple[str, ...]], ...]
    description: str


@dataclass(frozen=True, slots=True)
class OrderLookup:
    """How an order placed by one operation is found again by its client order id."""

    operation_id: str
    id_parameter: str
    copy: tuple[str, ...]
    not_found_codes: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class OperationFacts:
    """One operation: routing, security, weight and its query parameters (``$ref``s to
    parameters and to their schemas followed)."""

    operation_id: str
    method: str
    path: str
    host: str
    security_type: str
    summary: str
    description: str
    needs_api_key: bool
    signed: bool
    weight: int
    weight_per: str
    parameters: tuple[Mapping[str, Any], ...]
    operation: Mapping[str, Any] = field(repr=False)
    weight_when_present: tuple[tuple[str, int], ...] = ()
    rules: tuple[ParameterRule, ...] = ()
    client_order_id: str | None = None
    order_lookup: OrderLookup | None = None
    deprecated: bool = False
    doc_group: str = ""

    def weight_for(self, sent: Mapping[str, object]) -> int:
        """The weight of a request that sends the parameters named in ``sent``."""
        return next((value for name, value in self.weight_when_present if name in sent), self.weight)


@dataclass(frozen=True, slots=True)
class SpecFacts:
    """Everything the tools around the client read from the spec."""

    title: str
    version: str
    hosts: Mapping[str, str]
    signing: SigningRules
    security_types: Mapping[str, tuple[str, ...]]
    operations: tuple[OperationFacts, ...]

    def operation(self, operation_id: str) -> OperationFacts:
        """The operation named ``operation_id``; a ``SpecError`` if the spec has none."""
        for op in self.operations:
            if op.operation_id == operation_id:
                return op
        raise SpecError(f"no operation {operation_id!r} in the spec")


def _require(mapping: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in mapping:
        raise SpecError(f"{where}: missing {key}")
    return mapping[key]


def _signing(document: Mapping[str, Any]) -> SigningRules:
    schemes: Mapping[str, Any] = (document.get("components") or {}).get("securitySchemes") or {}
    api_key = [n for n, s in schemes.items() if s.get("type") == "apiKey" and s.get("in") == "header"]
    signature = [n for n, s in schemes.items() if TIMESTAMP_PARAMETER in s]
    if len(api_key) != 1 or len(signature) != 1:
        raise SpecError("components.securitySchemes: need one header apiKey scheme and one Signature scheme")
    scheme = schemes[signature[0]]
    where = f"securitySchemes.{signature[0]}"
    recv_window_name = _require(scheme, RECV_WINDOW_PARAMETER, where)
    parameters = [resolve(document, p) for p in ((document.get("components") or {}).get("parameters") or {}).values()]
    recv_window = next((p for p in parameters if p.get("name") == recv_window_name), None)
    if recv_window is None:
        raise SpecError(f"components.parameters: no {recv_window_name} parameter")
    return SigningRules(
        api_key_scheme=api_key[0],
        api_key_header=str(schemes[api_key[0]]["name"]),
        signature_scheme=signature[0],
        signature_parameter=str(scheme["name"]),
        timestamp_parameter=str(scheme[TIMESTAMP_PARAMETER]),
        recv_window_parameter=str(recv_window_name),
        recv_window_schema=resolve(document, recv_window.get("schema") or {}),
        timestamp_max_ahead_ms=int(_require(scheme, TIMESTAMP_MAX_AHEAD, where)),
        time_path=str(_require(document, TIME_PATH, "document")),
    )


def _rules(operation: Mapping[str, Any], names: set[str], where: str) -> tuple[ParameterRule, ...]:
    rules = []
    for index, raw in enumerate(operation.get(RULES) or []):
        at = f"{where} {RULES}[{index}]"
        kinds = [kind for kind in RULE_KINDS if kind in raw]
        if len(kinds) != 1:
            raise SpecError(f"{at}: needs exactly one of {', '.join(RULE_KINDS)}")
        when = tuple((str(k), tuple(str(v) for v in values)) for k, values in (raw.get("when") or {}).items())
        rule = ParameterRule(
            kind=kinds[0],
            parameters=tuple(str(p) for p in raw[kinds[0]]),
            when=when,
            description=str(_require(raw, "description", at)),
        )
        unknown = [n for n in (*rule.parameters, *(k for k, _ in when)) if n not in names]
        if unknown:
            raise SpecError(f"{at}: names {', '.join(unknown)}, not parameters of the operation")
        rules.append(rule)
    return tuple(rules)


def _client_order_id(
    operation: Mapping[str, Any], names: set[str], where: str
) -> tuple[str | None, OrderLookup | None]:
    raw = operation.get(CLIENT_ORDER_ID)
    if raw is None:
        return None, None
    at = f"{where} {CLIENT_ORDER_ID}"
    parameter = str(_require(raw, "parameter", at))
    if parameter not in names:
        raise SpecError(f"{at}: {parameter} is not a parameter of the operation")
    lookup = raw.get("lookup")
    if lookup is None:
        return parameter, None
    return parameter, OrderLookup(
        operation_id=str(_require(lookup, "operationId", at + ".lookup")),
        id_parameter=str(_require(lookup, "parameter", at + ".lookup")),
        copy=tuple(str(p) for p in lookup.get("copy") or ()),
        not_found_codes=tuple(int(c) for c in lookup.get("not-found-codes") or ()),
    )


def read_facts(document: Mapping[str, Any], *, check_references: bool = True) -> SpecFacts:
    """The facts of ``document``; a ``SpecError`` naming the operation when one is missing,
    or (unless ``check_references`` is False) when one part refers to what another lacks."""
    hosts = {str(_require(s, HOST, f"servers[{s.get('url')}]")): str(s["url"]) for s in document.get("servers") or []}
    signing = _signing(document)
    security_types = {str(k): tuple(v) for k, v in (document.get(SECURITY_TYPES) or {}).items()}
    operations: list[OperationFacts] = []
    for method, path, operation, item in iter_operations(document):
        where = f"{method} {path}"
        requirements = operation.get("security", document.get("security")) or []
        schemes = {name for requirement in requirements for name in requirement}
        servers = operation.get("servers") or item.get("servers") or document.get("servers") or []
        host = str(_require(servers[0], HOST, f"{where} servers")) if servers else ""
        if host not in hosts:
            raise SpecError(f"{where}: host {host!r} is not among the document's servers")
        weight = _require(operation, WEIGHT, where)
        parameters = tuple(
            {**p, "schema": resolve(document, p.get("schema") or {})}
            for p in (
                resolve(document, raw)
                for raw in (*(item.get("parameters") or []), *(operation.get("parameters") or []))
            )
        )
        query = tuple(p for p in parameters if p.get("in") == "query")
        names = {str(p.get("name")) for p in query}
        when_present = tuple(
            (str(_require(c, "parameter", f"{where} {WEIGHT}")), int(_require(c, "value", f"{where} {WEIGHT}")))
            for c in weight.get(WEIGHT_WHEN_PRESENT) or ()
        )
        for name, _ in when_present:
            if name not in names:
                raise SpecError(f"{where} {WEIGHT}: {name} is not a parameter of the operation")
        client_order_id, lookup = _client_order_id(operation, names, where)
        operations.append(
            OperationFacts(
                operation_id=str(_require(operation, "operationId", where)),
                method=method,
                path=path,
                host=host,
                security_type=str(_require(operation, SECURITY_TYPE, where)),
                summary=str(operation.get("summary", "")),
                description=str(operation.get("description", "")),
                needs_api_key=signing.api_key_scheme in schemes,
                signed=signing.signature_scheme in schemes,
                weight=int(_require(weight, "value", f"{where} {WEIGHT}")),
                weight_per=str(_require(weight, "per", f"{where} {WEIGHT}")).upper(),
                parameters=query,
                operation=operation,
                weight_when_present=when_present,
                rules=_rules(operation, names, where),
                client_order_id=client_order_id,
                order_lookup=lookup,
                deprecated=bool(operation.get("deprecated", False)),
                doc_group=str(operation.get(DOC_GROUP, "")),
            )
        )
    if check_references:
        from .references import reference_problems

        broken = reference_problems(operations)
        if broken:
            raise SpecError("; ".join(broken))
    info = document.get("info") or {}
    return SpecFacts(
        title=str(info.get("title", "")),
        version=str(info.get("version", "")),
        hosts=hosts,
        signing=signing,
        security_types=security_types,
        operations=tuple(operations),
    )
