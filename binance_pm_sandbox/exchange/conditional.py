"""Conditional orders of UM (Binance's algo service, ``algoType`` CONDITIONAL) and CM
(strategy orders): held apart from the order book until the mark reaches their trigger.

The rules, all against the symbol's mark price (the sandbox has no contract price, so
``workingType`` is kept and answered but both kinds compare with the mark):

* ``STOP``/``STOP_MARKET`` fire for a BUY when the mark rises to the stop (trigger) price or
  above, for a SELL when it falls to it or below; ``TAKE_PROFIT``/``TAKE_PROFIT_MARKET`` the
  other way round. An order whose condition already holds when it is placed is refused with
  -2021, as Binance refuses it.
* When one fires, ``STOP``/``TAKE_PROFIT`` place a LIMIT order at ``price`` (or at the mark
  with ``priceMatch``) with the order's time in force, and the ``_MARKET`` types place a
  MARKET order; both go through ``futures.place``, so they fill, rest or are refused like
  any other order. The conditional order is then TRIGGERED, and FINISHED once the order it
  placed is no longer open; if that order is refused it ends REJECTED (UM) or EXPIRED (CM).
* ``TRAILING_STOP_MARKET`` arms when the mark reaches ``activatePrice`` (a BUY at or below
  it, a SELL at or above it; at once without one), then follows the best mark of the marks
  set since (the lowest for a BUY, the highest for a SELL) and places a MARKET order when
  the mark turns back from it by ``callbackRate`` percent or more. The sandbox sees only
  the marks it is given, so the best mark is the best of those.

Every change publishes ``CONDITIONAL_ORDER_TRADE_UPDATE``; the order placed on trigger
publishes the usual ``ORDER_TRADE_UPDATE`` events through ``futures``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from .. import errors
from . import futures
from .desk import Desk
from .model import ZERO, ConditionalOrder, new_client_order_id
from .symbols import SymbolRules
from .wire import conditional_order_trade_update

__all__ = [
    "LIMIT_TYPES",
    "MARKET_TYPES",
    "TRAILING",
    "NewConditionalOrder",
    "cancel",
    "cancel_all",
    "find",
    "open_orders",
    "place",
    "settle",
    "trigger",
]

#: Types that place a LIMIT order when they fire, and those that place a MARKET order.
LIMIT_TYPES = frozenset({"STOP", "TAKE_PROFIT"})
MARKET_TYPES = frozenset({"STOP_MARKET", "TAKE_PROFIT_MARKET"})
TRAILING = "TRAILING_STOP_MARKET"
_STOP_TYPES = frozenset({"STOP", "STOP_MARKET"})

#: The parameter names each market's new-order operation uses for these values.
_STOP_PARAMETER = {"um": "triggerPrice", "cm": "stopPrice"}
_ACTIVATE_PARAMETER = {"um": "activatePrice", "cm": "activationPrice"}
#: Callback rate bounds of a trailing stop, in percent, per market.
_MIN_CALLBACK = Decimal("0.1")
_MAX_CALLBACK = {"um": Decimal(10), "cm": Decimal(5)}
#: What a conditional order becomes when the order it places is refused.
_REFUSED_STATUS = {"um": "REJECTED", "cm": "EXPIRED"}


@dataclass(frozen=True, slots=True)
class NewConditionalOrder:
    """A new conditional order as the caller asked for it (parameters already admitted)."""

    rules: SymbolRules
    side: str
    type: str
    quantity: Decimal | None
    price: Decimal | None = None
    stop_price: Decimal | None = None
    time_in_force: str = "GTC"
    position_side: str | None = None
    reduce_only: bool = False
    client_id: str | None = None
    working_type: str = "CONTRACT_PRICE"
    price_protect: bool = False
    price_match: str = "NONE"
    self_trade_prevention_mode: str = "NONE"
    good_till_date: int = 0
    activate_price: Decimal | None = None
    callback_rate: Decimal | None = None


def _fires(side: str, kind: str, stop: Decimal, mark: Decimal) -> bool:
    rising = (kind in _STOP_TYPES) == (side == "BUY")
    return mark >= stop if rising else mark <= stop


def _trails_back(order: ConditionalOrder, mark: Decimal) -> bool:
    """Arms a trailing stop, follows its best mark, and says whether the mark turned back
    from it by the callback rate."""
    buy = order.side == "BUY"
    if not order.best_price:
        if not (mark <= order.activate_price if buy else mark >= order.activate_price):
            return False
        order.best_price = mark
    order.best_price = min(order.best_price, mark) if buy else max(order.best_price, mark)
    turn = order.best_price * order.callback_rate / 100
    return mark >= order.best_price + turn if buy else mark <= order.best_price - turn


def _on_tick(rules: SymbolRules, price: Decimal | None) -> None:
    if price is not None and price % rules.tick_size:
        raise errors.price_not_on_tick()


def place(desk: Desk, command: NewConditionalOrder) -> ConditionalOrder:
    """Accepts a conditional order, or raises Binance's error to refuse it."""
    rules = command.rules
    market = rules.market
    if command.quantity is None:
        raise errors.mandatory_missing("quantity")
    limit = command.type in LIMIT_TYPES
    if limit and command.price is None and command.price_match == "NONE":
        raise errors.mandatory_missing("price")
    futures.check_filters(rules, command.quantity, command.price if limit else None)
    mark = desk.mark(rules.symbol)
    if command.type == TRAILING:
        rate = command.callback_rate
        if rate is None:
            raise errors.mandatory_missing("callbackRate")
        if not _MIN_CALLBACK <= rate <= _MAX_CALLBACK[market]:
            raise errors.invalid_parameter("callbackRate")
        activate = command.activate_price
        _on_tick(rules, activate)
        # A BUY trailing stop arms on the way down, a SELL one on the way up.
        if activate is not None and (activate >= mark if command.side == "BUY" else activate <= mark):
            raise errors.would_immediately_trigger()
    else:
        if command.stop_price is None:
            raise errors.mandatory_missing(_STOP_PARAMETER[market])
        _on_tick(rules, command.stop_price)
        if _fires(command.side, command.type, command.stop_price, mark):
            raise errors.would_immediately_trigger()
    if market == "cm" and command.time_in_force == "GTD":
        raise errors.invalid_enum_value("timeInForce")
    position_side = futures.position_side_for(desk, market, command.position_side, command.reduce_only)
    client_id = command.client_id or new_client_order_id()
    if any(c.client_id == client_id for c in open_orders(desk, market)):
        raise errors.client_order_id_duplicated()

    order = ConditionalOrder(
        strategy_id=desk.ids.next_order(),
        client_id=client_id,
        market=market,
        symbol=rules.symbol,
        side=command.side,
        type=command.type,
        quantity=command.quantity,
        price=command.price if limit and command.price is not None else ZERO,
        stop_price=command.stop_price if command.stop_price is not None else ZERO,
        time_in_force=command.time_in_force if limit else "GTC",
        position_side=position_side,
        reduce_only=command.reduce_only,
        working_type=command.working_type,
        price_protect=command.price_protect,
        price_match=command.price_match,
        self_trade_prevention_mode=command.self_trade_prevention_mode,
        good_till_date=command.good_till_date if command.time_in_force == "GTD" else 0,
        activate_price=command.activate_price if command.activate_price is not None else ZERO,
        callback_rate=command.callback_rate if command.callback_rate is not None else ZERO,
        best_price=mark if command.type == TRAILING and command.activate_price is None else ZERO,
        book_time=desk.now_ms,
        update_time=desk.now_ms,
    )
    desk.account.conditional[order.strategy_id] = order
    desk.publish(conditional_order_trade_update(order, rules, desk.now_ms))
    return order


def open_orders(desk: Desk, market: str, symbol: str | None = None) -> list[ConditionalOrder]:
    return [
        c for c in desk.account.conditional.values() if c.is_open and c.market == market and symbol in (None, c.symbol)
    ]


def find(
    desk: Desk, market: str, strategy_id: int | None, client_id: str | None, symbol: str | None = None
) -> ConditionalOrder | None:
    """The conditional order named by id (first) or client id, in ``market`` (and ``symbol``)."""
    book = desk.account.conditional
    if strategy_id is not None:
        found = book.get(strategy_id)
    else:
        found = next((c for c in reversed(book.values()) if c.client_id == client_id), None)
    if found is None or found.market != market or symbol not in (None, found.symbol):
        return None
    return found


def _set_status(desk: Desk, order: ConditionalOrder, rules: SymbolRules, status: str) -> ConditionalOrder:
    order.status = status
    order.update_time = desk.now_ms
    desk.publish(conditional_order_trade_update(order, rules, desk.now_ms))
    return order


def cancel(desk: Desk, order: ConditionalOrder, rules: SymbolRules) -> ConditionalOrder:
    """Cancels a waiting conditional order; -2011 when it no longer waits."""
    if not order.is_open:
        raise errors.unknown_order_sent()
    return _set_status(desk, order, rules, "CANCELED")


def cancel_all(desk: Desk, rules: SymbolRules) -> list[ConditionalOrder]:
    return [_set_status(desk, c, rules, "CANCELED") for c in open_orders(desk, rules.market, rules.symbol)]


def trigger(desk: Desk, rules: SymbolRules, symbols: Mapping[str, SymbolRules]) -> None:
    """Fires the account's conditional orders of ``rules``' symbol that the mark has reached."""
    mark = desk.mark(rules.symbol)
    for order in open_orders(desk, rules.market, rules.symbol):
        fires = (
            _trails_back(order, mark)
            if order.type == TRAILING
            else _fires(order.side, order.type, order.stop_price, mark)
        )
        if not fires:
            continue
        order.trigger_time = desk.now_ms
        limit = order.type in LIMIT_TYPES
        command = futures.NewFuturesOrder(
            rules=rules,
            side=order.side,
            type="LIMIT" if limit else "MARKET",
            quantity=order.quantity,
            price=order.price if limit and order.price_match == "NONE" else None,
            time_in_force=order.time_in_force,
            position_side=order.position_side,
            reduce_only=order.reduce_only,
            price_match=order.price_match if limit else "NONE",
            self_trade_prevention_mode=order.self_trade_prevention_mode,
            good_till_date=order.good_till_date,
        )
        try:
            placed = futures.place(desk, command, symbols)
        except errors.BinanceError:
            _set_status(desk, order, rules, _REFUSED_STATUS[rules.market])
            continue
        order.order_id = placed.order_id
        _set_status(desk, order, rules, "TRIGGERED")
    settle(desk, symbols)


def settle(desk: Desk, symbols: Mapping[str, SymbolRules]) -> None:
    """Marks FINISHED the triggered conditional orders whose placed order is no longer open."""
    orders = desk.account.orders
    for order in desk.account.conditional.values():
        if order.status == "TRIGGERED" and not orders[order.order_id].is_open:
            rules = symbols.get(order.symbol)
            if rules is not None:
                _set_status(desk, order, rules, "FINISHED")
