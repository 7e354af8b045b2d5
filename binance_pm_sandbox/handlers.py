"""Handlers keyed by operationId: the operations whose answers come from the exchange.

A handler gets a ``Call`` (the admitted parameters, the caller's API key and the exchange)
and returns the answer: a JSON value, or bytes as they are. It raises a ``BinanceError`` to
refuse. Operations without a handler answer their spec example (see ``bodies``); a body set
by a test (``set_body``) wins over both.

This module holds the UM and CM order operations; ``account_handlers`` the futures
accounts, positions, trades and income; ``conditional_handlers`` UM algo and CM
conditional orders; ``margin_handlers`` cross margin. ``HANDLERS`` is
all of them.

Orders answer in the shape of the spec's ``UmOrder``/``CmOrder`` with every decimal a
string: the new, modify and cancel answers carry ``cumQty``; the query answers carry
``time`` instead, as Binance's own examples do.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .account_handlers import ACCOUNT_HANDLERS
from .call import Call, Handler
from .conditional_handlers import CONDITIONAL_HANDLERS
from .errors import invalid_enum_value
from .exchange import SYMBOLS_BY_MARKET, Order, SymbolRules, futures
from .exchange.futures import NewFuturesOrder, OrderRef
from .margin_handlers import MARGIN_HANDLERS

__all__ = ["HANDLERS", "Call", "Handler", "futures_order_json", "um_order_json"]

#: The order types newUmOrder and newCmOrder take; conditional types go through the algo operations.
_ORDER_TYPES = ("LIMIT", "MARKET")


def _quantity_text(rules: SymbolRules, value: Decimal) -> str:
    return "0" if not value else rules.quantity_text(value)


def futures_order_json(order: Order, rules: SymbolRules, *, query: bool = False) -> dict[str, Any]:
    """A UM or CM order as Binance answers it: ``query`` for the query and list operations."""
    cm = order.market == "cm"
    answer: dict[str, Any] = {
        "orderId": order.order_id,
        "symbol": rules.symbol,
    }
    if cm:
        answer["pair"] = rules.pair
    answer |= {
        "status": order.status,
        "clientOrderId": order.client_order_id,
        "price": rules.price_text(order.price) if order.price else "0",
        "avgPrice": rules.price_text(order.avg_price),
        "origQty": rules.quantity_text(order.orig_qty),
        "executedQty": _quantity_text(rules, order.executed_qty),
    }
    if not query:
        answer["cumQty"] = _quantity_text(rules, order.executed_qty)
    if cm:
        answer["cumBase"] = format(order.cum_base.quantize(Decimal("0.00000001")), "f") if order.executed_qty else "0"
    else:
        answer["cumQuote"] = format(order.cum_quote, "f") if order.executed_qty else "0"
    answer |= {
        "timeInForce": order.time_in_force,
        "type": order.type,
        "reduceOnly": order.reduce_only,
        "side": order.side,
        "positionSide": order.position_side,
        "origType": order.type,
    }
    if not cm:
        answer |= {"selfTradePreventionMode": order.self_trade_prevention_mode, "goodTillDate": order.good_till_date}
    if query:
        answer["time"] = order.time
    answer["updateTime"] = order.update_time
    if not cm or order.price_match != "NONE":
        answer["priceMatch"] = order.price_match
    return answer


def um_order_json(order: Order, rules: SymbolRules, *, query: bool = False) -> dict[str, Any]:
    return futures_order_json(order, rules, query=query)


def _ref(call: Call) -> OrderRef:
    rules = call.rules()
    return OrderRef(rules.market, rules.symbol, call.integer("orderId"), call.params.get("origClientOrderId"))


def new_order(call: Call) -> dict[str, Any]:
    p = call.params
    rules = call.rules()
    if p["type"] not in _ORDER_TYPES:
        raise invalid_enum_value("type")
    time_in_force = p.get("timeInForce", "GTC")
    command = NewFuturesOrder(
        rules=rules,
        side=p["side"],
        type=p["type"],
        quantity=Decimal(call.required("quantity")),
        price=call.decimal("price"),
        time_in_force=time_in_force,
        position_side=p.get("positionSide"),
        reduce_only=p.get("reduceOnly") == "true",
        client_order_id=p.get("newClientOrderId"),
        price_match=p.get("priceMatch", "NONE"),
        self_trade_prevention_mode=p.get("selfTradePreventionMode", "NONE"),
        good_till_date=int(p["goodTillDate"]) if time_in_force == "GTD" and "goodTillDate" in p else 0,
    )
    with call.exchange.account(call.api_key) as desk:
        order = futures.place(desk, command, SYMBOLS_BY_MARKET[rules.market])
        return futures_order_json(order, rules)


def query_order(call: Call) -> dict[str, Any]:
    ref = _ref(call)
    with call.exchange.account(call.api_key) as desk:
        return futures_order_json(futures.find(desk, ref), call.rules(), query=True)


def query_open_order(call: Call) -> dict[str, Any]:
    ref = _ref(call)
    with call.exchange.account(call.api_key) as desk:
        return futures_order_json(futures.find(desk, ref, open_only=True), call.rules(), query=True)


def query_open_orders(call: Call) -> list[dict[str, Any]]:
    market = call.op.market
    symbol = call.rules().symbol if "symbol" in call.params else None
    with call.exchange.account(call.api_key) as desk:
        orders = desk.account.open_orders(market, symbol)
        return [futures_order_json(o, _FUTURES_SYMBOLS[market][o.symbol], query=True) for o in orders]


def query_all_orders(call: Call) -> list[dict[str, Any]]:
    rules = call.rules()
    with call.exchange.account(call.api_key) as desk:
        orders = (o for o in desk.account.orders.values() if o.market == rules.market and o.symbol == rules.symbol)
        chosen = call.history(orders, id_param="orderId", id_of=lambda o: o.order_id, time_of=lambda o: o.time)
        return [futures_order_json(o, rules, query=True) for o in chosen]


def modify_order(call: Call) -> dict[str, Any]:
    ref = _ref(call)
    price = Decimal(call.required("price"))
    quantity = Decimal(call.required("quantity"))
    with call.exchange.account(call.api_key) as desk:
        return futures_order_json(futures.modify(desk, ref, call.rules(), price, quantity), call.rules())


def cancel_order(call: Call) -> dict[str, Any]:
    ref = _ref(call)
    with call.exchange.account(call.api_key) as desk:
        return futures_order_json(futures.cancel(desk, ref, call.rules()), call.rules())


def cancel_all_open_orders(call: Call) -> bytes:
    rules = call.rules()
    with call.exchange.account(call.api_key) as desk:
        futures.cancel_all(desk, rules)
    return call.op.example_body  # Binance's fixed "done" message


_FUTURES_SYMBOLS = SYMBOLS_BY_MARKET

_ORDER_HANDLERS: Mapping[str, Handler] = {
    **{
        f"{verb}{market}{noun}": handler
        for market in ("Um", "Cm")
        for verb, noun, handler in (
            ("new", "Order", new_order),
            ("query", "Order", query_order),
            ("queryCurrent", "OpenOrder", query_open_order),
            ("queryAllCurrent", "OpenOrders", query_open_orders),
            ("queryAll", "Orders", query_all_orders),
            ("modify", "Order", modify_order),
            ("cancel", "Order", cancel_order),
            ("cancelAll", "OpenOrders", cancel_all_open_orders),
        )
    },
}

HANDLERS: Mapping[str, Handler] = {**_ORDER_HANDLERS, **ACCOUNT_HANDLERS, **CONDITIONAL_HANDLERS, **MARGIN_HANDLERS}
