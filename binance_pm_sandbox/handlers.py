"""Handlers keyed by operationId: the operations whose answers come from the exchange.

A handler gets a ``Call`` (the admitted parameters, the caller's API key, the server time
and the exchange) and returns the answer: a JSON value, or bytes as they are. It raises a
``BinanceError`` to refuse. Operations without a handler answer their spec example (see
``bodies``); a body set by a test (``set_body``) wins over both.

UM orders answer in the shape of the spec's ``UmOrder`` with every decimal a string: the
new, modify and cancel answers carry ``cumQty``; the query answers carry ``time`` instead,
as Binance's own examples do.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .errors import invalid_enum_value, invalid_symbol, mandatory_missing
from .exchange import UM_SYMBOLS, Exchange, NewUmOrder, OrderRef, SymbolRules, UmOrder
from .spec import OperationSpec

__all__ = ["HANDLERS", "Call", "Handler", "um_order_json"]


@dataclass(frozen=True, slots=True)
class Call:
    """One admitted request, as a handler sees it."""

    op: OperationSpec
    params: Mapping[str, str]
    api_key: str
    now_ms: int
    exchange: Exchange


Handler = Callable[[Call], Any]

#: The UM order types newUmOrder takes; conditional types go through the algo operation.
_UM_ORDER_TYPES = ("LIMIT", "MARKET")


def _quantity_text(order: UmOrder, value: Decimal) -> str:
    return "0" if not value else order.symbol.quantity_text(value)


def um_order_json(order: UmOrder, *, query: bool = False) -> dict[str, Any]:
    """An order as Binance answers it: ``query`` for the query and list operations."""
    rules = order.symbol
    answer: dict[str, Any] = {
        "orderId": order.order_id,
        "symbol": rules.symbol,
        "status": order.status,
        "clientOrderId": order.client_order_id,
        "price": rules.price_text(order.price) if order.price else "0",
        "avgPrice": rules.price_text(order.avg_price),
        "origQty": rules.quantity_text(order.orig_qty),
        "executedQty": _quantity_text(order, order.executed_qty),
    }
    if not query:
        answer["cumQty"] = _quantity_text(order, order.executed_qty)
    answer["cumQuote"] = format(order.cum_quote, "f") if order.executed_qty else "0"
    answer |= {
        "timeInForce": order.time_in_force,
        "type": order.type,
        "reduceOnly": order.reduce_only,
        "side": order.side,
        "positionSide": order.position_side,
        "origType": order.type,
        "selfTradePreventionMode": order.self_trade_prevention_mode,
        "goodTillDate": order.good_till_date,
    }
    if query:
        answer["time"] = order.time
    answer |= {"updateTime": order.update_time, "priceMatch": order.price_match}
    return answer


def _um_symbol(call: Call) -> SymbolRules:
    rules = UM_SYMBOLS.get(call.params.get("symbol", ""))
    if rules is None:
        raise invalid_symbol()
    return rules


def _ref(call: Call) -> OrderRef:
    order_id = call.params.get("orderId")
    return OrderRef(
        symbol=_um_symbol(call).symbol,
        order_id=int(order_id) if order_id is not None else None,
        client_order_id=call.params.get("origClientOrderId"),
    )


def _required(call: Call, name: str) -> str:
    value = call.params.get(name)
    if value is None:
        raise mandatory_missing(name)
    return value


def new_um_order(call: Call) -> dict[str, Any]:
    p = call.params
    symbol = _um_symbol(call)
    if p["type"] not in _UM_ORDER_TYPES:
        raise invalid_enum_value("type")
    time_in_force = p.get("timeInForce", "GTC")
    command = NewUmOrder(
        symbol=symbol,
        side=p["side"],
        type=p["type"],
        quantity=Decimal(_required(call, "quantity")),
        price=Decimal(p["price"]) if "price" in p else None,
        time_in_force=time_in_force,
        position_side=p.get("positionSide", "BOTH"),
        reduce_only=p.get("reduceOnly") == "true",
        client_order_id=p.get("newClientOrderId"),
        price_match=p.get("priceMatch", "NONE"),
        self_trade_prevention_mode=p.get("selfTradePreventionMode", "NONE"),
        good_till_date=int(p["goodTillDate"]) if time_in_force == "GTD" and "goodTillDate" in p else 0,
    )
    with call.exchange.account(call.api_key) as account:
        order = account.um_orders.place(command, call.now_ms)
    return um_order_json(order)


def query_um_order(call: Call) -> dict[str, Any]:
    with call.exchange.account(call.api_key) as account:
        order = account.um_orders.find(_ref(call))
    return um_order_json(order, query=True)


def query_current_um_open_order(call: Call) -> dict[str, Any]:
    with call.exchange.account(call.api_key) as account:
        order = account.um_orders.find(_ref(call), open_only=True)
    return um_order_json(order, query=True)


def query_all_current_um_open_orders(call: Call) -> list[dict[str, Any]]:
    symbol = _um_symbol(call).symbol if "symbol" in call.params else None
    with call.exchange.account(call.api_key) as account:
        orders = account.um_orders.open_orders(symbol)
    return [um_order_json(order, query=True) for order in orders]


def query_all_um_orders(call: Call) -> list[dict[str, Any]]:
    p = call.params
    symbol = _um_symbol(call).symbol

    def number(name: str) -> int | None:
        return int(p[name]) if name in p else None

    with call.exchange.account(call.api_key) as account:
        orders = account.um_orders.history(
            symbol,
            from_order_id=number("orderId"),
            start_ms=number("startTime"),
            end_ms=number("endTime"),
            limit=number("limit") or 500,
        )
    return [um_order_json(order, query=True) for order in orders]


def modify_um_order(call: Call) -> dict[str, Any]:
    ref = _ref(call)
    price = Decimal(_required(call, "price"))
    quantity = Decimal(_required(call, "quantity"))
    with call.exchange.account(call.api_key) as account:
        order = account.um_orders.modify(ref, price, quantity, call.now_ms)
    return um_order_json(order)


def cancel_um_order(call: Call) -> dict[str, Any]:
    ref = _ref(call)
    with call.exchange.account(call.api_key) as account:
        order = account.um_orders.cancel(ref, call.now_ms)
    return um_order_json(order)


def cancel_all_um_open_orders(call: Call) -> bytes:
    symbol = _um_symbol(call).symbol
    with call.exchange.account(call.api_key) as account:
        account.um_orders.cancel_all(symbol, call.now_ms)
    return call.op.example_body  # Binance's fixed "done" message


def start_user_data_stream(call: Call) -> dict[str, str]:
    with call.exchange.account(call.api_key) as account:
        return {"listenKey": account.new_listen_key()}


HANDLERS: Mapping[str, Handler] = {
    "newUmOrder": new_um_order,
    "queryUmOrder": query_um_order,
    "queryCurrentUmOpenOrder": query_current_um_open_order,
    "queryAllCurrentUmOpenOrders": query_all_current_um_open_orders,
    "queryAllUmOrders": query_all_um_orders,
    "modifyUmOrder": modify_um_order,
    "cancelUmOrder": cancel_um_order,
    "cancelAllUmOpenOrders": cancel_all_um_open_orders,
    "startUserDataStream": start_user_data_stream,
}
