"""Cross margin: spot orders against the mark price, borrowing and repaying.

* MARKET fills at once at the mark; a LIMIT order that crosses the mark fills at once at the
  mark, otherwise it rests with its cost locked and fills at its price when the mark moves
  strictly through it. IOC and FOK that cannot fill at once end EXPIRED.
* A BUY spends the quote asset, a SELL the base asset; without the free balance the order is
  -2010, unless ``sideEffectType`` is MARGIN_BUY or AUTO_BORROW_REPAY, which borrows the
  shortfall first.
* Commission (``desk.COMMISSION_RATES["margin"]``) is taken from what the fill brings in.
* Borrowing adds to the asset's free balance and its liability; repaying takes from both
  (never more than is owed; -2018 without the free balance to pay).

Events: ``executionReport`` and ``outboundAccountPosition`` for orders, ``liabilityChange``
and ``outboundAccountPosition`` for loans.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from .. import errors
from .desk import Desk
from .model import ZERO, Order, Trade, new_client_order_id
from .symbols import SymbolRules
from .wire import execution_report, liability_change, outbound_account_position

__all__ = [
    "NewMarginOrder",
    "borrow",
    "cancel",
    "check_filters",
    "fill",
    "match_resting",
    "place",
    "publish_balances",
    "repay",
    "take_free",
]

_EIGHT = Decimal("0.00000001")
_BORROWING = frozenset({"MARGIN_BUY", "AUTO_BORROW_REPAY"})


@dataclass(frozen=True, slots=True)
class NewMarginOrder:
    rules: SymbolRules
    side: str
    type: str
    quantity: Decimal | None = None
    quote_order_qty: Decimal | None = None
    price: Decimal | None = None
    time_in_force: str = "GTC"
    client_order_id: str | None = None
    side_effect_type: str = "NO_SIDE_EFFECT"
    self_trade_prevention_mode: str = "NONE"


def publish_balances(desk: Desk, *assets: str) -> None:
    margin = desk.account.margin
    desk.publish(outbound_account_position([(a, margin[a]) for a in assets if a in margin], desk.now_ms))


def _borrow(desk: Desk, asset: str, amount: Decimal) -> int:
    balance = desk.account.margin_balance(asset)
    balance.borrowed += amount
    balance.free += amount
    tran_id = desk.ids.next_tran()
    desk.publish(liability_change(asset, "BORROW", tran_id, amount, balance.borrowed + balance.interest, desk.now_ms))
    return tran_id


def borrow(desk: Desk, asset: str, amount: Decimal) -> int:
    if amount <= 0:
        raise errors.invalid_parameter("amount")
    tran_id = _borrow(desk, asset, amount)
    publish_balances(desk, asset)
    return tran_id


def repay(desk: Desk, asset: str, amount: Decimal) -> int:
    if amount <= 0:
        raise errors.invalid_parameter("amount")
    balance = desk.account.margin_balance(asset)
    paid = min(amount, balance.borrowed + balance.interest)
    if paid > balance.free:
        raise errors.balance_not_sufficient()
    from_interest = min(paid, balance.interest)
    balance.interest -= from_interest
    balance.borrowed -= paid - from_interest
    balance.free -= paid
    tran_id = desk.ids.next_tran()
    if paid:
        desk.publish(liability_change(asset, "REPAY", tran_id, paid, balance.borrowed + balance.interest, desk.now_ms))
        publish_balances(desk, asset)
    return tran_id


def take_free(desk: Desk, asset: str, amount: Decimal, side_effect_type: str) -> None:
    """Makes sure ``amount`` of ``asset`` is free: -2010 without it, unless the side effect
    borrows the shortfall."""
    balance = desk.account.margin_balance(asset)
    if amount > balance.free:
        if side_effect_type not in _BORROWING:
            raise errors.balance_insufficient()
        _borrow(desk, asset, amount - balance.free)


def check_filters(rules: SymbolRules, quantity: Decimal, *prices: Decimal | None) -> None:
    if quantity <= 0:
        raise errors.quantity_not_positive()
    if quantity % rules.step_size:
        raise errors.quantity_not_on_step()
    if any(price is not None and price % rules.tick_size for price in prices):
        raise errors.price_not_on_tick()


def place(desk: Desk, command: NewMarginOrder) -> Order:
    rules = command.rules
    mark = desk.mark(rules.symbol)
    market_order = command.type == "MARKET"
    quantity = command.quantity
    if quantity is None and command.quote_order_qty is not None:
        quantity = (command.quote_order_qty / mark).quantize(rules.step_size, rounding=ROUND_DOWN)
    if quantity is None:
        raise errors.mandatory_missing("quantity")
    price = None if market_order else command.price
    check_filters(rules, quantity, price)
    reference = mark if price is None else price
    if quantity * reference < rules.min_notional:
        raise errors.filter_notional()
    client_order_id = command.client_order_id or new_client_order_id()
    if any(o.client_order_id == client_order_id for o in desk.account.open_orders("margin")):
        raise errors.BinanceError(-2010, "Duplicate order sent.")

    spend_asset, spend = (rules.quote, quantity * reference) if command.side == "BUY" else (rules.base, quantity)
    take_free(desk, spend_asset, spend, command.side_effect_type)
    balance = desk.account.margin_balance(spend_asset)

    takes = market_order or (price is not None and (price > mark if command.side == "BUY" else price < mark))
    order = Order(
        order_id=desk.ids.next_order(),
        client_order_id=client_order_id,
        market="margin",
        symbol=rules.symbol,
        side=command.side,
        type=command.type,
        time_in_force="GTC" if market_order else command.time_in_force,
        price=ZERO if price is None else price,
        orig_qty=quantity,
        self_trade_prevention_mode=command.self_trade_prevention_mode,
        time=desk.now_ms,
        update_time=desk.now_ms,
    )
    desk.account.add_order(order)
    desk.publish(execution_report(order, rules, "NEW", desk.now_ms))
    if takes:
        fill(desk, order, rules, mark, maker=False, locked=False)
    elif order.time_in_force in ("IOC", "FOK"):
        order.status = "EXPIRED"
        desk.publish(execution_report(order, rules, "EXPIRED", desk.now_ms))
    else:
        balance.free -= spend
        balance.locked += spend
        publish_balances(desk, spend_asset)
    return order


def fill(desk: Desk, order: Order, rules: SymbolRules, price: Decimal, *, maker: bool, locked: bool) -> None:
    """Fills what is left of ``order`` at ``price``; ``locked``: its cost was locked at its own price."""
    account = desk.account
    quantity = order.left
    quote_qty = quantity * price
    rate = desk.commission_rate("margin", maker)
    base, quote = account.margin_balance(rules.base), account.margin_balance(rules.quote)
    if order.side == "BUY":
        if locked:
            quote.locked -= quantity * order.price
        else:
            quote.free -= quote_qty
        commission, commission_asset = (quantity * rate).quantize(_EIGHT), rules.base
        base.free += quantity - commission
    else:
        if locked:
            base.locked -= quantity
        else:
            base.free -= quantity
        commission, commission_asset = (quote_qty * rate).quantize(_EIGHT), rules.quote
        quote.free += quote_qty - commission
    order.executed_qty += quantity
    order.cum_quote += quote_qty
    order.status = "FILLED"
    order.update_time = desk.now_ms
    trade = Trade(
        id=desk.ids.next_trade(),
        order_id=order.order_id,
        market="margin",
        symbol=order.symbol,
        side=order.side,
        position_side="BOTH",
        price=price,
        qty=quantity,
        quote_qty=quote_qty,
        base_qty=quantity,
        realized_pnl=ZERO,
        commission=commission,
        commission_asset=commission_asset,
        maker=maker,
        time=desk.now_ms,
    )
    account.trades.append(trade)
    account.update_time = desk.now_ms
    desk.publish(execution_report(order, rules, "TRADE", desk.now_ms, trade))
    publish_balances(desk, rules.base, rules.quote)


def match_resting(desk: Desk, rules: SymbolRules) -> None:
    """Fills the resting LIMIT orders the mark has crossed (OCO legs are ``oco``'s)."""
    mark = desk.mark(rules.symbol)
    for order in desk.account.open_orders("margin", rules.symbol):
        if order.order_list_id >= 0:
            continue
        if order.type == "LIMIT" and (mark < order.price if order.side == "BUY" else mark > order.price):
            fill(desk, order, rules, order.price, maker=True, locked=True)


def cancel(desk: Desk, order: Order, rules: SymbolRules) -> Order:
    """Cancels an open margin order and unlocks what it held."""
    left = order.left
    asset, amount = (rules.quote, left * order.price) if order.side == "BUY" else (rules.base, left)
    balance = desk.account.margin_balance(asset)
    balance.locked -= amount
    balance.free += amount
    order.status = "CANCELED"
    order.update_time = desk.now_ms
    desk.publish(execution_report(order, rules, "CANCELED", desk.now_ms))
    publish_balances(desk, asset)
    return order
