"""What the runtime needs to know about one operation; each endpoint module declares one.

The three types are NamedTuples rather than frozen dataclasses: they are created by every
``import binance_pm``, and a NamedTuple class costs a fraction of a frozen dataclass's to
create, with the same immutability, equality and repr.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, NamedTuple

Host = Literal["api", "papi"]
RuleKind = Literal["require", "require-one-of", "exclusive", "forbid"]


class Rule(NamedTuple):
    """A conditional rule on an operation's parameters, from the spec's ``x-binance-rules``.

    Attributes:
        kind: ``require`` (every one of ``parameters`` must be sent), ``require-one-of``
            (at least one), ``exclusive`` (at most one) or ``forbid`` (none).
        parameters: ``(Binance's name, Python keyword)`` of each parameter it governs.
        when: ``(Binance's name, values)``: the rule applies only when each such parameter
            is sent with one of its values; empty, always.
        description: the rule in words, shown in the ``ParameterError``.
    """

    kind: RuleKind
    parameters: tuple[tuple[str, str], ...]
    when: tuple[tuple[str, tuple[str, ...]], ...] = ()
    description: str = ""


class OrderLookup(NamedTuple):
    """How to find an order again by the client order id it was placed with.

    Attributes:
        module: the operation module that queries one order.
        id_parameter: its parameter for the client order id.
        copy: parameters copied from the placing request (the symbol).
        not_found_codes: Binance's codes for "no such order".
    """

    module: str
    id_parameter: str
    copy: tuple[str, ...] = ()
    not_found_codes: tuple[int, ...] = ()


class Operation(NamedTuple):
    """One operation of the spec: how to route, authenticate and account for it.

    Attributes:
        operation_id: the spec's operationId.
        method: HTTP method.
        path: path on the host, such as ``/papi/v1/um/leverageBracket``.
        host: which base URL serves it (``x-binance-host`` of its server).
        security_type: Binance's security type (``USER_DATA``, ``MARKET_DATA``, ...).
        needs_api_key: sends the ``X-MBX-APIKEY`` header.
        signed: carries ``timestamp``, ``recvWindow`` and ``signature``.
        weight: request weight (when none of ``weight_when_present`` is sent).
        weight_per: what the weight counts against (``IP`` or ``UID``).
        summary: the spec's summary.
        weight_when_present: ``(parameter, weight)``: the weight when that parameter is
            sent; the first that is sent counts.
        rules: the conditional rules on the parameters, checked before sending.
        client_order_id: the parameter that carries the client order id, for operations
            that place an order.
        lookup: how such an order is found again by that id.
        deprecated: Binance has deprecated the operation.
    """

    operation_id: str
    method: str
    path: str
    host: Host
    security_type: str
    needs_api_key: bool
    signed: bool
    weight: int
    weight_per: str
    summary: str
    weight_when_present: tuple[tuple[str, int], ...] = ()
    rules: tuple[Rule, ...] = ()
    client_order_id: str | None = None
    lookup: OrderLookup | None = None
    deprecated: bool = False

    @property
    def idempotent(self) -> bool:
        """Safe to send again after an unknown outcome (5XX, connection lost mid-request)."""
        return self.method in ("GET", "HEAD", "OPTIONS")

    def weight_for(self, params: Mapping[str, object]) -> int:
        """The request weight when ``params`` are sent (some weights depend on a parameter)."""
        for name, weight in self.weight_when_present:
            if name in params:
                return weight
        return self.weight
