"""Cross-margin OCOs: a LIMIT_MAKER leg and a stop leg (STOP_LOSS, or STOP_LOSS_LIMIT with
``stopLimitPrice``) of the same quantity, where one going through ends the other.

* Prices must bracket the mark: for a SELL, limit price > mark > stop price; for a BUY, limit
  price < mark < stop price; otherwise -2010, as Binance refuses it.
* The list locks what its dearer leg needs once (a SELL: the quantity of the base asset; a BUY:
  quantity x the higher of the limit and stop prices of the quote asset), borrowing the
  shortfall first with ``sideEffectType`` MARGIN_BUY or AUTO_BORROW_REPAY.
* Both legs are margin orders the queries list. The limit leg fills at its price, as a
  maker, when the mark moves strictly through it; the stop leg fires when the mark reaches
  its stop price (a BUY at or above it, a SELL at or below it): STOP_LOSS fills at the mark,
  STOP_LOSS_LIMIT becomes a limit at ``stopLimitPrice`` (filling at once at the mark when
  that crosses it). When one leg fills or fires, the other ends EXPIRED and the lock is
  released; the fill is then paid from the free balance.
* Cancelling the list, or either leg, cancels both legs and releases the lock.

Events: the legs' ``executionReport`` and ``outboundAccountPosition``, as for other margin
orders (no ``listStatus`` event).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .. import errors
from . import margin
from .desk import Desk
from .model import ZERO, Order, OrderList, new_client_order_id
from .symbols import SymbolRules
from .wire import execution_report

__all__ = ["NewOco", "cancel_list", "cancel_order", "find", "is_open", "legs", "match_resting", "place"]

_STOP_TYPES = frozenset({"STOP_LOSS", "STOP_LOSS_LIMIT"})


@dataclass(frozen=True, slots=True)
class NewOco:
    rules: SymbolRules
    side: str
    quantity: Decimal
    price: Decimal
    stop_price: Decimal
    stop_limit_price: Decimal | None = None
    stop_limit_time_in_force: str | None = None
    list_client_order_id: str | None = None
    limit_client_order_id: str | None = None
    stop_client_order_id: str | None = None
    side_effect_type: str = "NO_SIDE_EFFECT"


def legs(desk: Desk, order_list: OrderList) -> list[Order]:
    """The list's orders: the stop leg, then the limit leg."""
    return [desk.account.orders[i] for i in order_list.order_ids]


def is_open(desk: Desk, order_list: OrderList) -> bool:
    return any(leg.is_open for leg in legs(desk, order_list))


def place(desk: Desk, command: NewOco) -> OrderList:
    rules, side, quantity = command.rules, command.side, command.quantity
    mark = desk.mark(rules.symbol)
    margin.check_filters(rules, quantity, command.price, command.stop_price, command.stop_limit_price)
    if command.stop_limit_price is not None and command.stop_limit_time_in_force is None:
        raise errors.mandatory_missing("stopLimitTimeInForce")
    bracketed = (
        command.price > mark > command.stop_price if side == "SELL" else command.price < mark < command.stop_price
    )
    if not bracketed:
        raise errors.BinanceError(-2010, "The relationship of the prices for the orders is not correct.")
    if quantity * command.price < rules.min_notional:
        raise errors.filter_notional()
    list_client_id = command.list_client_order_id or new_client_order_id()
    if any(o.list_client_order_id == list_client_id and is_open(desk, o) for o in desk.account.order_lists.values()):
        raise errors.BinanceError(-2010, "Duplicate order sent.")

    dearest = max(command.price, command.stop_limit_price or command.stop_price)
    asset, amount = (rules.base, quantity) if side == "SELL" else (rules.quote, quantity * dearest)
    margin.take_free(desk, asset, amount, command.side_effect_type)
    balance = desk.account.margin_balance(asset)
    balance.free -= amount
    balance.locked += amount

    list_id = desk.ids.next_order()
    stop_limit = command.stop_limit_price is not None

    def leg(kind: str, price: Decimal, client_id: str | None, time_in_force: str, stop: Decimal) -> Order:
        order = Order(
            order_id=desk.ids.next_order(),
            client_order_id=client_id or new_client_order_id(),
            market="margin",
            symbol=rules.symbol,
            side=side,
            type=kind,
            time_in_force=time_in_force,
            price=price,
            orig_qty=quantity,
            stop_price=stop,
            order_list_id=list_id,
            time=desk.now_ms,
            update_time=desk.now_ms,
        )
        desk.account.add_order(order)
        desk.publish(execution_report(order, rules, "NEW", desk.now_ms))
        return order

    stop_leg = leg(
        "STOP_LOSS_LIMIT" if stop_limit else "STOP_LOSS",
        command.stop_limit_price or ZERO,
        command.stop_client_order_id,
        command.stop_limit_time_in_force or "GTC",
        command.stop_price,
    )
    limit_leg = leg("LIMIT_MAKER", command.price, command.limit_client_order_id, "GTC", ZERO)
    order_list = OrderList(
        order_list_id=list_id,
        list_client_order_id=list_client_id,
        symbol=rules.symbol,
        order_ids=[stop_leg.order_id, limit_leg.order_id],
        locked_asset=asset,
        locked=amount,
        time=desk.now_ms,
        update_time=desk.now_ms,
    )
    desk.account.order_lists[list_id] = order_list
    margin.publish_balances(desk, asset)
    return order_list


def find(desk: Desk, order_list_id: int | None, list_client_order_id: str | None) -> OrderList | None:
    lists = desk.account.order_lists
    if order_list_id is not None:
        return lists.get(order_list_id)
    return next((o for o in reversed(lists.values()) if o.list_client_order_id == list_client_order_id), None)


def _release(desk: Desk, order_list: OrderList) -> None:
    if order_list.locked:
        balance = desk.account.margin_balance(order_list.locked_asset)
        balance.locked -= order_list.locked
        balance.free += order_list.locked
        order_list.locked = ZERO
        margin.publish_balances(desk, order_list.locked_asset)


def _end(desk: Desk, order: Order, rules: SymbolRules, status: str) -> None:
    order.status = status
    order.update_time = desk.now_ms
    desk.publish(execution_report(order, rules, status, desk.now_ms))


def cancel_list(desk: Desk, order_list: OrderList, rules: SymbolRules) -> OrderList:
    """Cancels both legs; -2011 when neither is open."""
    if not is_open(desk, order_list):
        raise errors.unknown_order_sent()
    for leg in legs(desk, order_list):
        if leg.is_open:
            _end(desk, leg, rules, "CANCELED")
    _release(desk, order_list)
    order_list.update_time = desk.now_ms
    return order_list


def cancel_order(desk: Desk, order: Order, rules: SymbolRules) -> Order:
    """Cancels an open margin order; a leg of an OCO cancels its whole list."""
    if order.order_list_id < 0:
        return margin.cancel(desk, order, rules)
    cancel_list(desk, desk.account.order_lists[order.order_list_id], rules)
    return order


def _go_through(desk: Desk, order_list: OrderList, leg: Order, rules: SymbolRules) -> None:
    """``leg`` fills or fires: the other leg expires and the lock is released."""
    for other in legs(desk, order_list):
        if other is not leg and other.is_open:
            _end(desk, other, rules, "EXPIRED")
    _release(desk, order_list)
    order_list.update_time = desk.now_ms


def _crossed(order: Order, mark: Decimal) -> bool:
    """The mark is strictly through the order's price (a BUY's above it, a SELL's below it)."""
    return mark < order.price if order.side == "BUY" else mark > order.price


def match_resting(desk: Desk, rules: SymbolRules) -> None:
    """Fills or fires the open OCO legs of ``rules``' symbol that the mark has reached."""
    mark = desk.mark(rules.symbol)
    for order_list in list(desk.account.order_lists.values()):
        if order_list.symbol != rules.symbol or not is_open(desk, order_list):
            continue
        for leg in legs(desk, order_list):
            if not leg.is_open:
                continue
            if leg.type in _STOP_TYPES and not leg.triggered:
                reached = mark >= leg.stop_price if leg.side == "BUY" else mark <= leg.stop_price
                if not reached:
                    continue
                leg.triggered = True
                _go_through(desk, order_list, leg, rules)
                if leg.type == "STOP_LOSS" or _crossed(leg, mark):
                    margin.fill(desk, leg, rules, mark, maker=False, locked=False)
                break
            if leg.price and _crossed(leg, mark):
                _go_through(desk, order_list, leg, rules)
                margin.fill(desk, leg, rules, leg.price, maker=True, locked=False)
                break
