"""Every operation of the spec, through the generated client (sync and async), against the
sandbox over real HTTP: the sandbox accepts the request (its signature verified over the raw
bytes: status 200 in its log) and the answer parses into the operation's declared models.

The operations come from the spec's facts (``read_facts``), never from a list written here.
Arguments are built from each operation's parameter schemas: its required parameters, plus
whatever its ``x-binance-rules`` ask for, each with a plain value of its type (enums their
first listed value unless a rule then cannot hold, decimals ``"1"``, the symbol ``BTCUSDT``
wherever the operation accepts it). An operation that names an order by an id (``orderId``,
``algoId``, ``strategyId``, ``orderListId``) in a market where the sandbox can place such
orders (the placing operation's order lookup takes that id) gets a real one: an order is
placed first, through the generated client too, and its id (and client id) are sent.
"""

from __future__ import annotations

import importlib
import itertools
import re
import types
import typing
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from binance_pm import BinanceClient
from binance_pm._catalog import OPERATIONS as CATALOG

from binance_pm_sandbox import Sandbox
from binance_pm_spec import OperationFacts, ParameterRule, load_document, read_stream_facts

from .conftest import fresh_client, spec_facts

FACTS = spec_facts()
OPERATIONS = list(FACTS.operations)

CASES = [pytest.param(op, id=op.operation_id) for op in OPERATIONS]
_STREAM = read_stream_facts(load_document())
# Binance answers these -1125 unless the account has an active listenKey.
NEEDS_LISTEN_KEY = {_STREAM.keepalive_operation, _STREAM.close_operation}
PREFERRED_SYMBOL = "BTCUSDT"
#: Plain strings tried, in order, for a string parameter other than the symbol.
STRING_CANDIDATES = ("USDT", "e2e-1", "1")
#: Parameters the client adds itself.
CLIENT_ADDED = frozenset({"timestamp", "recvWindow"})
#: Order id parameters -> (the placed order's attribute, client id parameters -> attribute).
ORDER_IDS: Mapping[str, tuple[str, Mapping[str, str]]] = {
    "orderId": ("order_id", {"origClientOrderId": "client_order_id"}),
    "algoId": ("algo_id", {"clientAlgoId": "client_algo_id"}),
    "strategyId": ("strategy_id", {"newClientStrategyId": "new_client_strategy_id"}),
    "orderListId": ("order_list_id", {"listClientOrderId": "list_client_order_id"}),
}
#: Values the sandbox needs beyond what the spec's rules ask for. A conditional order whose
#: trigger the mark has already reached is refused (-2021, as Binance does), so these wait:
#: a SELL stop at 1 fires only when the mark falls to 1. An OCO's prices must bracket the mark
#: (BTCUSDT starts at 30000): for a SELL, limit price > mark > stop price.
WAITING: Mapping[str, Mapping[str, str]] = {
    "newUmAlgoOrder": {"side": "SELL", "price": "1", "triggerPrice": "1"},
    "newCmConditionalOrder": {"side": "SELL"},
    "marginAccountNewOco": {"side": "SELL", "quantity": "0.001", "price": "40000", "stopPrice": "20000"},
}
#: Operations that find only orders which no longer wait -> the operation that cancels the
#: placed order first.
DONE_FIRST: Mapping[str, str] = {"queryCmConditionalOrderHistory": "cancelCmConditionalOrder"}


def _market(path: str) -> str:
    return "/".join(path.split("/")[:4])  # /papi/v1/um, /papi/v1/cm, /papi/v1/margin, ...


def _order_id(op: OperationFacts) -> str | None:
    return next((name for name in ORDER_IDS if name in _names(op)), None)


def _order_placer(op: OperationFacts) -> OperationFacts | None:
    """The operation that places orders which ``op`` can name by id, if any."""
    id_name = _order_id(op)
    if op.client_order_id is not None or id_name is None:
        return None
    for placer in OPERATIONS:
        lookup = placer.order_lookup
        if lookup is None or _market(placer.path) != _market(op.path):
            continue
        if id_name in _names(FACTS.operation(lookup.operation_id)):
            return placer
    return None


def _names(op: OperationFacts) -> list[str]:
    return [str(p["name"]) for p in op.parameters]


def _schema(op: OperationFacts, name: str) -> Mapping[str, Any]:
    return next(p["schema"] for p in op.parameters if p["name"] == name)


def _value(op: OperationFacts, name: str, symbol: str) -> Any:
    schema = _schema(op, name)
    if "enum" in schema:
        return schema["enum"][0]
    if schema.get("format") == "decimal":
        return "1"
    kind = schema.get("type")
    if kind == "boolean":
        return False
    if kind == "integer":
        lowest = [schema.get("minimum"), (schema.get("exclusiveMinimum") or 0) + 1, 1]
        return max(int(bound) for bound in lowest if bound is not None)
    if name == "symbol":
        return symbol
    pattern, longest = schema.get("pattern"), schema.get("maxLength")
    return next(
        text
        for text in STRING_CANDIDATES
        if (pattern is None or re.search(pattern, text)) and (longest is None or len(text) <= longest)
    )


def _applies(rule: ParameterRule, params: Mapping[str, Any]) -> bool:
    return all(name in params and str(params[name]) in values for name, values in rule.when)


def _rules_hold(op: OperationFacts, params: Mapping[str, Any]) -> bool:
    for rule in op.rules:
        sent = [name for name in rule.parameters if name in params]
        if not _applies(rule, params):
            continue
        if (
            (rule.kind == "require" and len(sent) < len(rule.parameters))
            or (rule.kind == "require-one-of" and not sent)
            or (rule.kind == "exclusive" and len(sent) > 1)
            or (rule.kind == "forbid" and sent)
        ):
            return False
    return True


def _satisfy(op: OperationFacts, params: dict[str, Any], symbol: str) -> dict[str, Any]:
    """``params`` plus what the rules that apply ask for, until nothing changes."""
    required = {str(p["name"]) for p in op.parameters if p.get("required")}
    for _ in range(len(op.rules) + 1):
        before = dict(params)
        for rule in op.rules:
            if not _applies(rule, params):
                continue
            sent = [name for name in rule.parameters if name in params]
            if rule.kind == "require":
                for name in rule.parameters:
                    params.setdefault(name, _value(op, name, symbol))
            elif rule.kind == "require-one-of" and not sent:
                params[rule.parameters[0]] = _value(op, rule.parameters[0], symbol)
            elif rule.kind in ("exclusive", "forbid"):
                keep = 1 if rule.kind == "exclusive" else 0
                for name in [n for n in sent if n not in required][: max(0, len(sent) - keep)]:
                    del params[name]
        if params == before:
            break
    return params


def build_arguments(op: OperationFacts, symbol: str) -> dict[str, Any]:
    """Binance's parameter names and values for a call that satisfies the spec."""
    base = {
        str(p["name"]): _value(op, str(p["name"]), symbol)
        for p in op.parameters
        if p.get("required") and p["name"] not in CLIENT_ADDED
    }
    # Enum parameters a rule depends on: their first value, unless the rules then cannot hold.
    switches = sorted(
        {name for rule in op.rules for name, _ in rule.when if name in base and "enum" in _schema(op, name)}
    )
    choices = [list(_schema(op, name)["enum"]) for name in switches]
    for combination in itertools.product(*choices):
        params = _satisfy(op, {**base, **dict(zip(switches, combination, strict=True))}, symbol)
        if _rules_hold(op, params):
            return params
    raise AssertionError(f"{op.operation_id}: no arguments satisfy its rules")


def sandbox_arguments(op: OperationFacts, symbol: str) -> dict[str, Any]:
    """``build_arguments`` plus the values the sandbox's trading rules need (``WAITING``)."""
    return {**build_arguments(op, symbol), **WAITING.get(op.operation_id, {})}


def _symbol_for(sandbox: Sandbox, op: OperationFacts) -> str:
    accepted = sandbox.state.symbols_for(op.operation_id)
    return PREFERRED_SYMBOL if not accepted or PREFERRED_SYMBOL in accepted else sorted(accepted)[0]


def _module(op: OperationFacts) -> types.ModuleType:
    return importlib.import_module(CATALOG[op.operation_id][0])


def _keywords(op: OperationFacts, params: Mapping[str, Any]) -> dict[str, Any]:
    python_names = {name: python_name for name, python_name, *_ in CATALOG[op.operation_id][6]}
    return {python_names[name]: value for name, value in params.items()}


def _conforms(value: object, hint: Any) -> bool:
    origin = typing.get_origin(hint)
    if origin is list:
        (item,) = typing.get_args(hint)
        return isinstance(value, list) and all(_conforms(v, item) for v in value)
    if origin in (typing.Union, types.UnionType):
        return any(_conforms(value, option) for option in typing.get_args(hint))
    return isinstance(value, hint)


def _plan(sandbox: Sandbox, op: OperationFacts) -> tuple[dict[str, Any], OperationFacts | None, dict[str, Any]]:
    """(the call's arguments, the operation placing an order first or None, its arguments)."""
    if op.operation_id in NEEDS_LISTEN_KEY:
        sandbox.streams.start_key(sandbox.api_key)
    symbol = _symbol_for(sandbox, op)
    params = sandbox_arguments(op, symbol)
    placer = _order_placer(op)
    if placer is None:
        return params, None, {}
    placer_symbol = symbol if symbol in sandbox.state.symbols_for(placer.operation_id) else _symbol_for(sandbox, placer)
    return params, placer, sandbox_arguments(placer, placer_symbol)


def _with_order(params: dict[str, Any], order: Any) -> dict[str, Any]:
    """``params`` naming ``order`` (a placed order) wherever they name an order."""
    named = dict(params)
    for id_name, (attribute, client_ids) in ORDER_IDS.items():
        if id_name in named:
            named[id_name] = getattr(order, attribute)
        for client_name, client_attribute in client_ids.items():
            if client_name in named and hasattr(order, client_attribute):
                named[client_name] = getattr(order, client_attribute)
    return named


def _check(sandbox: Sandbox, op: OperationFacts, params: Mapping[str, Any], result: object) -> None:
    sent = sandbox.requests_to(op.operation_id)[-1]
    assert (sent.status, sent.code) == (200, None), sent
    assert (sent.raw_query.rfind(b"&signature=") > 0) is op.signed
    assert set(params) <= set(sent.params)
    hint = typing.get_type_hints(_module(op).sync)["return"]
    assert not isinstance(result, dict)
    assert _conforms(result, hint), f"{op.operation_id} answered {result!r}, not {hint}"


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[BinanceClient]:
    with fresh_client(sandbox) as fresh:
        yield fresh


@pytest.mark.parametrize("op", CASES)
def test_every_operation_sync(sandbox: Sandbox, client: BinanceClient, op: OperationFacts) -> None:
    params, placer, placer_params = _plan(sandbox, op)
    if placer is not None:
        params = _with_order(params, _module(placer).sync(client=client, **_keywords(placer, placer_params)))
    if op.operation_id in DONE_FIRST:
        canceller = FACTS.operation(DONE_FIRST[op.operation_id])
        _module(canceller).sync(client=client, **_keywords(canceller, params))
    result = _module(op).sync(client=client, **_keywords(op, params))
    _check(sandbox, op, params, result)


@pytest.mark.parametrize("op", CASES)
async def test_every_operation_async(sandbox: Sandbox, op: OperationFacts) -> None:
    params, placer, placer_params = _plan(sandbox, op)
    async with fresh_client(sandbox) as client:
        if placer is not None:
            placed = await _module(placer).asyncio(client=client, **_keywords(placer, placer_params))
            params = _with_order(params, placed)
        if op.operation_id in DONE_FIRST:
            canceller = FACTS.operation(DONE_FIRST[op.operation_id])
            await _module(canceller).asyncio(client=client, **_keywords(canceller, params))
        result = await _module(op).asyncio(client=client, **_keywords(op, params))
    _check(sandbox, op, params, result)


def test_the_arguments_satisfy_every_rule() -> None:
    for op in OPERATIONS:
        params = build_arguments(op, PREFERRED_SYMBOL)
        assert _rules_hold(op, params), op.operation_id
        assert {str(p["name"]) for p in op.parameters if p.get("required")} - CLIENT_ADDED <= set(params)
