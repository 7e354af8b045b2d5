"""Handlers for conditional orders (``exchange.conditional``): UM algo orders (``algoId``,
``clientAlgoId``, answered as the spec's ``UmAlgoOrder``) and CM conditional orders
(``strategyId``, ``newClientStrategyId``, answered as ``CmConditionalOrder``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .call import Call, Handler
from .errors import no_such_order, unknown_order_sent
from .exchange import CM_SYMBOLS, SYMBOLS_BY_MARKET, UM_SYMBOLS, ConditionalOrder, Desk, Order, SymbolRules, conditional
from .exchange.conditional import NewConditionalOrder

__all__ = ["CONDITIONAL_HANDLERS", "cm_conditional_json", "um_algo_json"]


def _zero_or(rules: SymbolRules, value: Any) -> str:
    return rules.price_text(value) if value else "0"


def _placed(desk: Desk, order: ConditionalOrder) -> Order | None:
    return desk.account.orders.get(order.order_id) if order.order_id else None


def um_algo_json(desk: Desk, order: ConditionalOrder) -> dict[str, Any]:
    rules = UM_SYMBOLS[order.symbol]
    trailing = order.type == conditional.TRAILING
    placed = _placed(desk, order)
    return {
        "algoId": order.strategy_id,
        "clientAlgoId": order.client_id,
        "algoType": "CONDITIONAL",
        "orderType": order.type,
        "symbol": order.symbol,
        "side": order.side,
        "positionSide": order.position_side,
        "timeInForce": order.time_in_force,
        "quantity": rules.quantity_text(order.quantity),
        "algoStatus": order.status,
        "actualOrderId": str(placed.order_id) if placed else "",
        "actualPrice": rules.price_text(placed.avg_price) if placed and placed.executed_qty else "0",
        "triggerPrice": _zero_or(rules, order.stop_price),
        "price": _zero_or(rules, order.price),
        "selfTradePreventionMode": order.self_trade_prevention_mode,
        "workingType": order.working_type,
        "priceMatch": order.price_match,
        "closePosition": False,
        "priceProtect": order.price_protect,
        "reduceOnly": order.reduce_only,
        "activatePrice": rules.price_text(order.activate_price) if trailing and order.activate_price else "",
        "callbackRate": format(order.callback_rate, "f") if trailing else "",
        "createTime": order.book_time,
        "updateTime": order.update_time,
        "triggerTime": order.trigger_time,
        "goodTillDate": order.good_till_date,
    }


def cm_conditional_json(desk: Desk, order: ConditionalOrder, *, history: bool = False) -> dict[str, Any]:
    """A CM conditional order; ``history``: with what it became (the list and history answers)."""
    rules = CM_SYMBOLS[order.symbol]
    answer: dict[str, Any] = {
        "newClientStrategyId": order.client_id,
        "strategyId": order.strategy_id,
        "strategyStatus": order.status,
        "strategyType": order.type,
        "origQty": rules.quantity_text(order.quantity),
        "price": _zero_or(rules, order.price),
        "reduceOnly": order.reduce_only,
        "side": order.side,
        "positionSide": order.position_side,
        "stopPrice": _zero_or(rules, order.stop_price),
        "symbol": order.symbol,
        "pair": rules.pair,
        "timeInForce": order.time_in_force,
        "bookTime": order.book_time,
        "updateTime": order.update_time,
        "workingType": order.working_type,
        "priceProtect": order.price_protect,
    }
    placed = _placed(desk, order)
    if history and placed is not None:
        answer |= {"orderId": placed.order_id, "status": placed.status, "type": placed.type}
    if history:
        answer["triggerTime"] = order.trigger_time
    if order.type == conditional.TRAILING:
        answer["activatePrice"] = _zero_or(rules, order.activate_price)
        answer["priceRate"] = format(order.callback_rate, "f")
    return answer


Render = Callable[[Desk, ConditionalOrder], dict[str, Any]]


def _new(call: Call, render: Render, *, stop: str, activate: str, client_id: str) -> dict[str, Any]:
    p = call.params
    rules = call.rules()
    command = NewConditionalOrder(
        rules=rules,
        side=p["side"],
        type=p["type"] if rules.market == "um" else p["strategyType"],
        quantity=call.decimal("quantity"),
        price=call.decimal("price"),
        stop_price=call.decimal(stop),
        time_in_force=p.get("timeInForce", "GTC"),
        position_side=p.get("positionSide"),
        reduce_only=p.get("reduceOnly") == "true",
        client_id=p.get(client_id),
        working_type=p.get("workingType", "CONTRACT_PRICE"),
        price_protect=p.get("priceProtect", "false").lower() == "true",
        price_match=p.get("priceMatch", "NONE"),
        self_trade_prevention_mode=p.get("selfTradePreventionMode", "NONE"),
        good_till_date=call.integer("goodTillDate") or 0,
        activate_price=call.decimal(activate),
        callback_rate=call.decimal("callbackRate"),
    )
    with call.exchange.account(call.api_key) as desk:
        return render(desk, conditional.place(desk, command))


def _find(call: Call, desk: Desk, id_name: str, client_name: str) -> ConditionalOrder | None:
    symbol = call.rules().symbol if "symbol" in call.params else None
    return conditional.find(desk, call.op.market, call.integer(id_name), call.params.get(client_name), symbol)


def _query(call: Call, render: Render, id_name: str, client_name: str, *, done: bool | None = None) -> dict[str, Any]:
    """One conditional order; -2013 when there is none, or (``done``) when it is still waiting
    (``done`` True) or no longer waiting (``done`` False)."""
    with call.exchange.account(call.api_key) as desk:
        found = _find(call, desk, id_name, client_name)
        if found is None or (done is not None and found.is_open == done):
            raise no_such_order()
        return render(desk, found)


def _cancel(call: Call, render: Render, id_name: str, client_name: str) -> dict[str, Any]:
    with call.exchange.account(call.api_key) as desk:
        found = _find(call, desk, id_name, client_name)
        if found is None:
            raise unknown_order_sent()
        return render(desk, conditional.cancel(desk, found, SYMBOLS_BY_MARKET[found.market][found.symbol]))


def _cancel_all(call: Call) -> bytes:
    rules = call.rules()
    with call.exchange.account(call.api_key) as desk:
        conditional.cancel_all(desk, rules)
    return call.op.example_body  # Binance's fixed "done" message


def _history(call: Call, render: Render, id_name: str) -> list[dict[str, Any]]:
    symbol = call.rules().symbol if "symbol" in call.params else None
    with call.exchange.account(call.api_key) as desk:
        orders = (
            c for c in desk.account.conditional.values() if c.market == call.op.market and symbol in (None, c.symbol)
        )
        chosen = call.history(orders, id_param=id_name, id_of=lambda c: c.strategy_id, time_of=lambda c: c.book_time)
        return [render(desk, c) for c in chosen]


def _open(call: Call, render: Render, id_name: str | None = None) -> list[dict[str, Any]]:
    symbol = call.rules().symbol if "symbol" in call.params else None
    only = call.integer(id_name) if id_name else None
    with call.exchange.account(call.api_key) as desk:
        found = conditional.open_orders(desk, call.op.market, symbol)
        return [render(desk, c) for c in found if only in (None, c.strategy_id)]


def _cm_history_json(desk: Desk, order: ConditionalOrder) -> dict[str, Any]:
    return cm_conditional_json(desk, order, history=True)


# -- UM (algo service) and CM (strategy orders) --------------------------------------------------


def new_um_algo_order(call: Call) -> dict[str, Any]:
    return _new(call, um_algo_json, stop="triggerPrice", activate="activatePrice", client_id="clientAlgoId")


def cancel_um_algo_order(call: Call) -> dict[str, bool]:
    _cancel(call, um_algo_json, "algoId", "clientAlgoId")
    return {"complete": True}


def new_cm_conditional_order(call: Call) -> dict[str, Any]:
    return _new(
        call, cm_conditional_json, stop="stopPrice", activate="activationPrice", client_id="newClientStrategyId"
    )


_UM_IDS = ("algoId", "clientAlgoId")
_CM_IDS = ("strategyId", "newClientStrategyId")

CONDITIONAL_HANDLERS: Mapping[str, Handler] = {
    "newUmAlgoOrder": new_um_algo_order,
    "cancelUmAlgoOrder": cancel_um_algo_order,
    "cancelAllUmAlgoOpenOrders": _cancel_all,
    # Any status: Binance's "current open" algo query also answers finished orders.
    "queryCurrentUmOpenAlgoOrder": lambda call: _query(call, um_algo_json, *_UM_IDS),
    "queryAllCurrentUmOpenAlgoOrders": lambda call: _open(call, um_algo_json, "algoId"),
    "queryUmAlgoOrderHistory": lambda call: _history(call, um_algo_json, "algoId"),
    "newCmConditionalOrder": new_cm_conditional_order,
    "cancelCmConditionalOrder": lambda call: _cancel(call, cm_conditional_json, *_CM_IDS),
    "cancelAllCmOpenConditionalOrders": _cancel_all,
    "queryCurrentCmOpenConditionalOrder": lambda call: _query(call, cm_conditional_json, *_CM_IDS, done=False),
    "queryAllCurrentCmOpenConditionalOrders": lambda call: _open(call, cm_conditional_json),
    "queryAllCmConditionalOrders": lambda call: _history(call, _cm_history_json, "strategyId"),
    # Binance finds only orders that no longer wait here.
    "queryCmConditionalOrderHistory": lambda call: _query(call, _cm_history_json, *_CM_IDS, done=True),
}
