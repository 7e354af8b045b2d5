"""Handlers for cross margin: orders, OCOs, trades, borrowing and repaying
(``exchange.margin``, ``exchange.oco``)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .call import Call, Handler
from .errors import invalid_enum_value, no_such_order, unknown_order_sent
from .exchange import Desk, Order, OrderList, SymbolRules, margin, oco
from .exchange.margin import NewMarginOrder
from .exchange.oco import NewOco
from .exchange.wire import money

__all__ = ["MARGIN_HANDLERS", "margin_order_json"]

_ORDER_TYPES = ("LIMIT", "MARKET")


def _eight(value: Decimal) -> str:
    return money(value)


def _base(order: Order) -> dict[str, Any]:
    return {
        "symbol": order.symbol,
        "orderId": order.order_id,
        "orderListId": order.order_list_id,
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
        # A stop leg is not working (not in the book) until it fires.
        "isWorking": order.is_open and (not order.stop_price or order.triggered),
        "stopPrice": _eight(order.stop_price),
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
        return _cancel_json(oco.cancel_order(desk, order, rules), call.params.get("newClientOrderId"))


def cancel_all_margin_orders(call: Call) -> list[dict[str, Any]]:
    rules: SymbolRules = call.rules()
    with call.exchange.account(call.api_key) as desk:
        cancelled = []
        for order in desk.account.open_orders("margin", rules.symbol):
            if order.is_open:  # a leg may have gone with its OCO's other leg
                cancelled.append(oco.cancel_order(desk, order, rules))
        return [_cancel_json(o, None) for o in cancelled]


def open_margin_orders(call: Call) -> list[dict[str, Any]]:
    symbol = call.rules().symbol if "symbol" in call.params else None
    with call.exchange.account(call.api_key) as desk:
        return [margin_order_json(o) for o in desk.account.open_orders("margin", symbol)]


def all_margin_orders(call: Call) -> list[dict[str, Any]]:
    symbol = call.rules().symbol
    with call.exchange.account(call.api_key) as desk:
        orders = (o for o in desk.account.orders.values() if o.market == "margin" and o.symbol == symbol)
        chosen = call.history(orders, id_param="orderId", id_of=lambda o: o.order_id, time_of=lambda o: o.time)
        return [margin_order_json(o) for o in chosen]


def margin_trades(call: Call) -> list[dict[str, Any]]:
    symbol = call.rules().symbol
    order_id = call.integer("orderId")
    with call.exchange.account(call.api_key) as desk:
        trades = (
            t
            for t in desk.account.trades
            if t.market == "margin" and t.symbol == symbol and order_id in (None, t.order_id)
        )
        chosen = call.history(trades, id_param="fromId", id_of=lambda t: t.id, time_of=lambda t: t.time)
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


# -- OCO ----------------------------------------------------------------------------------------


def _list_json(desk: Desk, order_list: OrderList) -> dict[str, Any]:
    done = not oco.is_open(desk, order_list)
    return {
        "orderListId": order_list.order_list_id,
        "contingencyType": "OCO",
        "listStatusType": "ALL_DONE" if done else "EXEC_STARTED",
        "listOrderStatus": "ALL_DONE" if done else "EXECUTING",
        "listClientOrderId": order_list.list_client_order_id,
        "transactionTime": order_list.update_time,
        "symbol": order_list.symbol,
        "orders": [
            {"symbol": leg.symbol, "orderId": leg.order_id, "clientOrderId": leg.client_order_id}
            for leg in oco.legs(desk, order_list)
        ],
    }


def _report(order: Order) -> dict[str, Any]:
    report = _base(order)
    if order.stop_price:
        report["stopPrice"] = _eight(order.stop_price)
    return report


def new_oco(call: Call) -> dict[str, Any]:
    p = call.params
    command = NewOco(
        rules=call.rules(),
        side=p["side"],
        quantity=Decimal(call.required("quantity")),
        price=Decimal(call.required("price")),
        stop_price=Decimal(call.required("stopPrice")),
        stop_limit_price=call.decimal("stopLimitPrice"),
        stop_limit_time_in_force=p.get("stopLimitTimeInForce"),
        list_client_order_id=p.get("listClientOrderId"),
        limit_client_order_id=p.get("limitClientOrderId"),
        stop_client_order_id=p.get("stopClientOrderId"),
        side_effect_type=p.get("sideEffectType", "NO_SIDE_EFFECT"),
    )
    with call.exchange.account(call.api_key) as desk:
        order_list = oco.place(desk, command)
        reports = [{**_report(leg), "transactTime": leg.time} for leg in oco.legs(desk, order_list)]
        return {**_list_json(desk, order_list), "orderReports": reports}


def cancel_oco(call: Call) -> dict[str, Any]:
    rules = call.rules()
    new_client_id = call.params.get("newClientOrderId")
    with call.exchange.account(call.api_key) as desk:
        order_list = oco.find(desk, call.integer("orderListId"), call.params.get("listClientOrderId"))
        if order_list is None or order_list.symbol != rules.symbol:
            raise unknown_order_sent()
        oco.cancel_list(desk, order_list, rules)
        reports = [{**_report(leg), **_cancel_json(leg, new_client_id)} for leg in oco.legs(desk, order_list)]
        return {**_list_json(desk, order_list), "orderReports": reports}


def query_oco(call: Call) -> dict[str, Any]:
    with call.exchange.account(call.api_key) as desk:
        order_list = oco.find(desk, call.integer("orderListId"), call.params.get("origClientOrderId"))
        if order_list is None:
            raise no_such_order()
        return _list_json(desk, order_list)


def all_ocos(call: Call) -> list[dict[str, Any]]:
    from_id, start, end = call.integer("fromId"), call.integer("startTime"), call.integer("endTime")
    limit = call.integer("limit") or 500
    with call.exchange.account(call.api_key) as desk:
        found = [
            o
            for o in desk.account.order_lists.values()
            if (from_id is None or o.order_list_id >= from_id)
            and (start is None or o.time >= start)
            and (end is None or o.time <= end)
        ]
        chosen = found[:limit] if from_id is not None else found[-limit:]
        return [_list_json(desk, o) for o in chosen]


def open_ocos(call: Call) -> list[dict[str, Any]]:
    with call.exchange.account(call.api_key) as desk:
        return [_list_json(desk, o) for o in desk.account.order_lists.values() if oco.is_open(desk, o)]


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
    "marginAccountNewOco": new_oco,
    "cancelMarginAccountOcoOrders": cancel_oco,
    "queryMarginAccountsOco": query_oco,
    "queryMarginAccountsAllOco": all_ocos,
    "queryMarginAccountsOpenOco": open_ocos,
}
