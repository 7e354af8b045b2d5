"""Handlers for cross margin: orders, trades, borrowing and repaying (``exchange.margin``)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .call import Call, Handler
from .errors import invalid_enum_value, no_such_order, unknown_order_sent
from .exchange import Order, SymbolRules, margin
from .exchange.margin import NewMarginOrder
from .exchange.wire import money

__all__ = ["MARGIN_HANDLERS", "margin_order_json"]

_ORDER_TYPES = ("LIMIT", "MARKET")


def _eight(value: Decimal) -> str:
    return money(value)


def _base(order: Order) -> dict[str, Any]:
    return {
        "symbol": order.symbol,
        "orderId": order.order_id,
        "clientOrderId": order.client_order_id,
        "price": _eight(order.price),
        "origQty": _eight(order.orig_qty),
        "executedQty": _eight(order.executed_qty),
        "cummulativeQuoteQty": _eight(order.cum_quote),
        "status": order.status,
        "timeInForce": order.time_in_force,
        "type": order.type,
        "side": order.side,
    }


def margin_order_json(order: Order) -> dict[str, Any]:
    """A margin order as the query and list operations answer it."""
    return {
        **_base(order),
        "icebergQty": "0.00000000",
        "isWorking": order.is_open,
        "stopPrice": "0.00000000",
        "time": order.time,
        "updateTime": order.update_time,
        "selfTradePreventionMode": order.self_trade_prevention_mode,
    }


def new_margin_order(call: Call) -> dict[str, Any]:
    p = call.params
    if p["type"] not in _ORDER_TYPES:
        raise invalid_enum_value("type")
    command = NewMarginOrder(
        rules=call.rules(),
        side=p["side"],
        type=p["type"],
        quantity=call.decimal("quantity"),
        quote_order_qty=call.decimal("quoteOrderQty"),
        price=call.decimal("price"),
        time_in_force=p.get("timeInForce", "GTC"),
        client_order_id=p.get("newClientOrderId"),
        side_effect_type=p.get("sideEffectType", "NO_SIDE_EFFECT"),
        self_trade_prevention_mode=p.get("selfTradePreventionMode", "NONE"),
    )
    with call.exchange.account(call.api_key) as desk:
        order = margin.place(desk, command)
        fills = [t for t in desk.account.trades if t.order_id == order.order_id]
        return {
            **_base(order),
            "transactTime": order.time,
            "fills": [
                {
                    "price": _eight(t.price),
                    "qty": _eight(t.qty),
                    "commission": _eight(t.commission),
                    "commissionAsset": t.commission_asset,
                }
                for t in fills
            ],
        }


def _find(call: Call, orders: Mapping[int, Order]) -> Order | None:
    symbol = call.rules().symbol
    order_id, client_id = call.integer("orderId"), call.params.get("origClientOrderId")
    if order_id is not None:
        order = orders.get(order_id)
    else:
        order = next((o for o in reversed(list(orders.values())) if o.client_order_id == client_id), None)
    return order if order is not None and order.market == "margin" and order.symbol == symbol else None


def query_margin_order(call: Call) -> dict[str, Any]:
    with call.exchange.account(call.api_key) as desk:
        order = _find(call, desk.account.orders)
        if order is None:
            raise no_such_order()
        return margin_order_json(order)


def _cancel_json(order: Order, new_client_id: str | None) -> dict[str, Any]:
    answer = _base(order)
    answer["origClientOrderId"] = order.client_order_id
    answer["clientOrderId"] = new_client_id or order.client_order_id
    return answer


def cancel_margin_order(call: Call) -> dict[str, Any]:
    rules = call.rules()
    with call.exchange.account(call.api_key) as desk:
        order = _find(call, desk.account.orders)
        if order is None or not order.is_open:
            raise unknown_order_sent()
        return _cancel_json(margin.cancel(desk, order, rules), call.params.get("newClientOrderId"))


def cancel_all_margin_orders(call: Call) -> list[dict[str, Any]]:
    rules: SymbolRules = call.rules()
    with call.exchange.account(call.api_key) as desk:
        cancelled = [margin.cancel(desk, o, rules) for o in desk.account.open_orders("margin", rules.symbol)]
        return [{**_cancel_json(o, None), "orderListId": -1} for o in cancelled]


def open_margin_orders(call: Call) -> list[dict[str, Any]]:
    symbol = call.rules().symbol if "symbol" in call.params else None
    with call.exchange.account(call.api_key) as desk:
        return [margin_order_json(o) for o in desk.account.open_orders("margin", symbol)]


def all_margin_orders(call: Call) -> list[dict[str, Any]]:
    symbol = call.rules().symbol
    from_id, start, end = call.integer("orderId"), call.integer("startTime"), call.integer("endTime")
    limit = call.integer("limit") or 500
    with call.exchange.account(call.api_key) as desk:
        found = [
            o
            for o in desk.account.orders.values()
            if o.market == "margin"
            and o.symbol == symbol
            and (from_id is None or o.order_id >= from_id)
            and (start is None or o.time >= start)
            and (end is None or o.time <= end)
        ]
        chosen = found[:limit] if from_id is not None else found[-limit:]
        return [margin_order_json(o) for o in chosen]


def margin_trades(call: Call) -> list[dict[str, Any]]:
    symbol = call.rules().symbol
    order_id, from_id = call.integer("orderId"), call.integer("fromId")
    start, end = call.integer("startTime"), call.integer("endTime")
    limit = call.integer("limit") or 500
    with call.exchange.account(call.api_key) as desk:
        found = [
            t
            for t in desk.account.trades
            if t.market == "margin"
            and t.symbol == symbol
            and order_id in (None, t.order_id)
            and (from_id is None or t.id >= from_id)
            and (start is None or t.time >= start)
            and (end is None or t.time <= end)
        ]
        chosen = found[:limit] if from_id is not None else found[-limit:]
        return [
            {
                "commission": _eight(t.commission),
                "commissionAsset": t.commission_asset,
                "id": t.id,
                "isBestMatch": True,
                "isBuyer": t.side == "BUY",
                "isMaker": t.maker,
                "orderId": t.order_id,
                "price": _eight(t.price),
                "qty": _eight(t.qty),
                "symbol": t.symbol,
                "time": t.time,
            }
            for t in chosen
        ]


def borrow(call: Call) -> dict[str, int]:
    asset, amount = call.required("asset"), Decimal(call.required("amount"))
    with call.exchange.account(call.api_key) as desk:
        return {"tranId": margin.borrow(desk, asset, amount)}


def repay(call: Call) -> dict[str, int]:
    asset, amount = call.required("asset"), Decimal(call.required("amount"))
    with call.exchange.account(call.api_key) as desk:
        return {"tranId": margin.repay(desk, asset, amount)}


MARGIN_HANDLERS: Mapping[str, Handler] = {
    "newMarginOrder": new_margin_order,
    "queryMarginAccountOrder": query_margin_order,
    "cancelMarginAccountOrder": cancel_margin_order,
    "cancelMarginAccountAllOpenOrdersOnASymbol": cancel_all_margin_orders,
    "queryCurrentMarginOpenOrder": open_margin_orders,
    "queryAllMarginAccountOrders": all_margin_orders,
    "marginAccountTradeList": margin_trades,
    "marginAccountBorrow": borrow,
    "marginAccountRepay": repay,
}
