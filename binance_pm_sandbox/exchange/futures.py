"""UM and CM futures: orders matched against the mark price, positions, wallets, income.

The rules, all against the symbol's mark price (there is no order book):

* MARKET fills at once, in full, at the mark, as a taker.
* A LIMIT order that crosses the mark (a BUY above it, a SELL below it) fills at once at the
  mark, as a taker; otherwise it rests, and fills in full at its own price, as a maker,
  when the mark moves strictly through it (below a BUY, above a SELL).
* IOC: fills at once or ends EXPIRED; FOK: fills at once or is rejected with -5021; GTX
  (post-only): rests, or is rejected with -5022 when it would take; GTD: rests until its
  ``goodTillDate`` on the exchange clock, then EXPIRED.
* One-way mode takes ``positionSide`` BOTH only, hedge mode LONG or SHORT only (-4061).
  ``reduceOnly`` never grows a position (-2022; a resting one shrinks to the position when
  it fills, or expires when there is none); in hedge mode a closing order may not exceed its
  position (-2022).
* Initial margin is value / leverage; an order whose opening part needs more than the
  wallet plus unrealized PnL minus the margin in use (positions and open orders) is -2019.
* A fill charges commission (``desk.COMMISSION_RATES``, maker or taker) and realizes PnL
  on the part that closes, both booked to the wallet of the symbol's margin asset and to
  the income history (REALIZED_PNL, COMMISSION), and records a trade.

Every change publishes its user data stream events (``ORDER_TRADE_UPDATE``,
``ACCOUNT_UPDATE``) through the desk.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from .. import errors
from .desk import Desk
from .model import ZERO, Income, Order, Position, Trade, new_client_order_id
from .symbols import SymbolRules
from .wire import account_update, order_trade_update

__all__ = [
    "MAINTENANCE_RATE",
    "MAX_LEVERAGE",
    "available_margin",
    "NewFuturesOrder",
    "OrderRef",
    "cancel",
    "cancel_all",
    "check_filters",
    "entry_price",
    "expire_due",
    "find",
    "initial_margin",
    "maintenance_margin",
    "match_resting",
    "modify",
    "place",
    "position_side_for",
    "set_dual_side",
    "set_leverage",
    "unrealized_pnl",
]

#: The maintenance margin rate of every position (Binance's first bracket for BTCUSDT).
MAINTENANCE_RATE = Decimal("0.004")
_EIGHT = Decimal("0.00000001")
_MIN_GTD_AHEAD_MS = 600_000
MAX_LEVERAGE = 125


@dataclass(frozen=True, slots=True)
class NewFuturesOrder:
    """A new UM or CM order as the caller asked for it (parameters already checked)."""

    rules: SymbolRules
    side: str
    type: str
    quantity: Decimal
    price: Decimal | None = None
    time_in_force: str = "GTC"
    position_side: str | None = None
    reduce_only: bool = False
    client_order_id: str | None = None
    price_match: str = "NONE"
    self_trade_prevention_mode: str = "NONE"
    good_till_date: int = 0


@dataclass(frozen=True, slots=True)
class OrderRef:
    """Which order a query, modify or cancel means: ``order_id`` first, else the client id."""

    market: str
    symbol: str
    order_id: int | None = None
    client_order_id: str | None = None


def _direction(side: str) -> int:
    return 1 if side == "BUY" else -1


def _amount_sign(amount: Decimal) -> int:
    return (amount > 0) - (amount < 0)


def _eight(value: Decimal) -> Decimal:
    return value.quantize(_EIGHT)


# -- position arithmetic ---------------------------------------------------------------------


def entry_price(position: Position, rules: SymbolRules) -> Decimal:
    size = abs(position.amount)
    if not size or not position.cost:
        return ZERO
    if rules.contract_size is None:
        return position.cost / size
    return size * rules.contract_size / position.cost


def unrealized_pnl(position: Position, rules: SymbolRules, mark: Decimal) -> Decimal:
    """Profit or loss of ``position`` if it closed at ``mark``, in the margin asset."""
    if not position.amount:
        return ZERO
    now_value = rules.value(abs(position.amount), mark)
    gain = now_value - position.cost if rules.contract_size is None else position.cost - now_value
    return gain * _amount_sign(position.amount)


def _position_value(desk: Desk, position: Position, rules: SymbolRules) -> Decimal:
    return rules.value(abs(position.amount), desk.mark(position.symbol))


def initial_margin(desk: Desk, market: str, asset: str, symbols: Mapping[str, SymbolRules]) -> tuple[Decimal, Decimal]:
    """(positions' initial margin, open orders' initial margin) in ``asset`` for ``market``."""
    account = desk.account
    positions = ZERO
    for position in account.positions.values():
        rules = symbols.get(position.symbol)
        if position.market == market and rules is not None and rules.margin_asset == asset and position.amount:
            positions += _position_value(desk, position, rules) / desk.leverage(market, position.symbol)
    orders = ZERO
    for order in account.open_orders(market):
        rules = symbols.get(order.symbol)
        if rules is not None and rules.margin_asset == asset and not order.reduce_only:
            orders += rules.value(order.left, order.price) / desk.leverage(market, order.symbol)
    return positions, orders


def maintenance_margin(desk: Desk, market: str, asset: str, symbols: Mapping[str, SymbolRules]) -> Decimal:
    total = ZERO
    for position in desk.account.positions.values():
        rules = symbols.get(position.symbol)
        if position.market == market and rules is not None and rules.margin_asset == asset and position.amount:
            total += _position_value(desk, position, rules) * MAINTENANCE_RATE
    return total


def _unrealized_total(desk: Desk, market: str, asset: str, symbols: Mapping[str, SymbolRules]) -> Decimal:
    total = ZERO
    for position in desk.account.positions.values():
        rules = symbols.get(position.symbol)
        if position.market == market and rules is not None and rules.margin_asset == asset:
            total += unrealized_pnl(position, rules, desk.mark(position.symbol))
    return total


def available_margin(desk: Desk, market: str, asset: str, symbols: Mapping[str, SymbolRules]) -> Decimal:
    """What a new order's initial margin may use: wallet + unrealized - margin in use."""
    in_positions, in_orders = initial_margin(desk, market, asset, symbols)
    wallet = desk.account.wallet(market, asset)
    return wallet + _unrealized_total(desk, market, asset, symbols) - in_positions - in_orders


# -- placing ---------------------------------------------------------------------------------


def check_filters(rules: SymbolRules, quantity: Decimal, price: Decimal | None) -> None:
    if quantity <= 0:
        raise errors.quantity_not_positive()
    if quantity % rules.step_size:
        raise errors.quantity_not_on_step()
    if price is not None and price % rules.tick_size:
        raise errors.price_not_on_tick()


def _closable(desk: Desk, market: str, symbol: str, position_side: str, side: str) -> Decimal:
    """How much of ``side``'s quantity would close the position rather than open one."""
    position = desk.account.positions.get(f"{market}:{symbol}:{position_side}")
    amount = position.amount if position is not None else ZERO
    if position_side == "BOTH":
        return abs(amount) if amount * _direction(side) < 0 else ZERO
    closing = (position_side == "LONG") == (side == "SELL")
    return abs(amount) if closing else ZERO


def position_side_for(desk: Desk, market: str, sent: str | None, reduce_only: bool) -> str:
    """The position side an order of ``market`` goes to; -4061 against the position mode,
    -1106 for ``reduceOnly`` in hedge mode."""
    hedge = desk.account.dual_side.get(market, False)
    if hedge:
        if sent not in ("LONG", "SHORT"):
            raise errors.position_side_mismatch()
        if reduce_only:
            raise errors.not_required("reduceOnly")
        return sent
    if sent not in (None, "BOTH"):
        raise errors.position_side_mismatch()
    return "BOTH"


def _closes(position_side: str, side: str) -> bool:
    """A hedge-mode order that closes its position (SELL of LONG, BUY of SHORT)."""
    return position_side != "BOTH" and (position_side == "LONG") == (side == "SELL")


def _marketable(side: str, price: Decimal, mark: Decimal) -> bool:
    return price > mark if side == "BUY" else price < mark


def place(desk: Desk, command: NewFuturesOrder, symbols: Mapping[str, SymbolRules]) -> Order:
    """Places (and, when it takes, fills) a new order; raises Binance's error to refuse it."""
    rules = command.rules
    market = rules.market
    account = desk.account
    mark = desk.mark(rules.symbol)
    position_side = position_side_for(desk, market, command.position_side, command.reduce_only)
    market_order = command.type == "MARKET"
    price = mark if command.price_match != "NONE" and not market_order else command.price
    if price is not None and not market_order:
        price = price.quantize(rules.tick_size) if command.price_match != "NONE" else price
    check_filters(rules, command.quantity, None if market_order else price)
    reference = mark if market_order or price is None else price
    if rules.min_notional and not command.reduce_only and command.quantity * reference < rules.min_notional:
        raise errors.min_notional(format(rules.min_notional, "f"))
    client_order_id = command.client_order_id or new_client_order_id()
    if any(o.client_order_id == client_order_id for o in account.open_orders(market)):
        raise errors.client_order_id_duplicated()

    closable = _closable(desk, market, rules.symbol, position_side, command.side)
    closing_order = _closes(position_side, command.side)
    if command.reduce_only and not closable:
        raise errors.reduce_only_rejected()
    if closing_order and command.quantity > closable:
        raise errors.reduce_only_rejected()
    opening = ZERO if command.reduce_only or closing_order else max(ZERO, command.quantity - closable)
    if opening:
        needed = rules.value(opening, reference) / desk.leverage(market, rules.symbol)
        if needed > available_margin(desk, market, rules.margin_asset, symbols):
            raise errors.margin_insufficient()

    time_in_force = "GTC" if market_order else command.time_in_force
    takes = market_order or (price is not None and _marketable(command.side, price, mark))
    if time_in_force == "GTX" and takes:
        raise errors.gtx_rejected()
    if time_in_force == "FOK" and not takes:
        raise errors.fok_rejected()
    if time_in_force == "GTD" and command.good_till_date <= desk.now_ms + _MIN_GTD_AHEAD_MS:
        raise errors.gtd_too_soon()

    order = Order(
        order_id=desk.ids.next_order(),
        client_order_id=client_order_id,
        market=market,
        symbol=rules.symbol,
        side=command.side,
        type=command.type,
        time_in_force=time_in_force,
        price=ZERO if market_order or price is None else price,
        orig_qty=command.quantity,
        position_side=position_side,
        reduce_only=command.reduce_only,
        price_match=command.price_match,
        self_trade_prevention_mode=command.self_trade_prevention_mode,
        good_till_date=command.good_till_date if time_in_force == "GTD" else 0,
        time=desk.now_ms,
        update_time=desk.now_ms,
    )
    account.add_order(order)
    desk.publish(order_trade_update(order, rules, "NEW", desk.now_ms))
    if takes:
        _fill(desk, order, rules, mark, maker=False)
    elif time_in_force == "IOC":
        _close(desk, order, rules, "EXPIRED")
    return order


# -- filling ---------------------------------------------------------------------------------


def _fill(desk: Desk, order: Order, rules: SymbolRules, price: Decimal, *, maker: bool) -> None:
    account = desk.account
    position = account.position(order.market, order.symbol, order.position_side)
    closable = _closable(desk, order.market, order.symbol, order.position_side, order.side)
    quantity = order.left
    if order.reduce_only or _closes(order.position_side, order.side):
        quantity = min(quantity, closable)
        if not quantity:
            _close(desk, order, rules, "EXPIRED")
            return
    closing = min(quantity, closable)
    opening = quantity - closing

    realized = ZERO
    if closing:
        size = abs(position.amount)
        entry_value = position.cost if closing == size else position.cost * closing / size
        exit_value = rules.value(closing, price)
        gain = exit_value - entry_value if rules.contract_size is None else entry_value - exit_value
        realized = _eight(gain * _amount_sign(position.amount))
        position.cost -= entry_value
        position.amount -= closing * _amount_sign(position.amount)
        if not position.amount:
            position.cost = ZERO
    if opening:
        position.amount += opening * _direction(order.side)
        position.cost += rules.value(opening, price)
    position.update_time = desk.now_ms

    value = rules.value(quantity, price)
    commission = _eight(value * desk.commission_rate(order.market, maker))
    asset = rules.margin_asset
    account.credit(order.market, asset, realized - commission)

    order.executed_qty += quantity
    order.cum_quote += quantity * price
    order.cum_base += value
    order.status = "FILLED" if order.executed_qty == order.orig_qty else "PARTIALLY_FILLED"
    if order.status == "PARTIALLY_FILLED" and (order.reduce_only or _closes(order.position_side, order.side)):
        order.status = "EXPIRED"  # the position is closed: the rest could only grow it again
    order.update_time = desk.now_ms
    trade = Trade(
        id=desk.ids.next_trade(),
        order_id=order.order_id,
        market=order.market,
        symbol=order.symbol,
        side=order.side,
        position_side=order.position_side,
        price=price,
        qty=quantity,
        quote_qty=quantity * price,
        base_qty=value,
        realized_pnl=realized,
        commission=commission,
        commission_asset=asset,
        maker=maker,
        time=desk.now_ms,
    )
    account.trades.append(trade)
    if closing:
        _income(desk, order, "REALIZED_PNL", realized, asset, trade.id)
    _income(desk, order, "COMMISSION", -commission, asset, trade.id)
    account.update_time = desk.now_ms

    desk.publish(order_trade_update(order, rules, "TRADE", desk.now_ms, trade))
    mark = desk.mark(order.symbol)
    desk.publish(
        account_update(
            order.market,
            [(asset, account.wallet(order.market, asset))],
            [(position, entry_price(position, rules), unrealized_pnl(position, rules, mark))],
            desk.now_ms,
        )
    )


def _income(desk: Desk, order: Order, kind: str, amount: Decimal, asset: str, trade_id: int) -> None:
    desk.account.income.append(
        Income(
            tran_id=desk.ids.next_tran(),
            market=order.market,
            symbol=order.symbol,
            income_type=kind,
            income=amount,
            asset=asset,
            info=kind,
            time=desk.now_ms,
            trade_id=str(trade_id),
        )
    )


def _close(desk: Desk, order: Order, rules: SymbolRules, status: str) -> Order:
    order.status = status
    order.update_time = desk.now_ms
    desk.publish(order_trade_update(order, rules, "CANCELED" if status == "CANCELED" else status, desk.now_ms))
    return order


def match_resting(desk: Desk, rules: SymbolRules) -> None:
    """Fills the account's resting orders of ``rules``' symbol that the mark has crossed."""
    mark = desk.mark(rules.symbol)
    for order in desk.account.open_orders(rules.market, rules.symbol):
        if order.type == "LIMIT" and _crossed(order, mark):
            _fill(desk, order, rules, order.price, maker=True)


def _crossed(order: Order, mark: Decimal) -> bool:
    return mark < order.price if order.side == "BUY" else mark > order.price


def expire_due(desk: Desk, symbols: Mapping[str, SymbolRules]) -> None:
    """Expires the GTD orders whose time has come on the exchange clock."""
    for order in desk.account.all_open_orders():
        if order.time_in_force == "GTD" and 0 < order.good_till_date <= desk.now_ms:
            rules = symbols.get(order.symbol)
            if rules is not None:
                _close(desk, order, rules, "EXPIRED")


# -- finding, changing, cancelling -----------------------------------------------------------


def _lookup(desk: Desk, ref: OrderRef) -> Order | None:
    orders = desk.account.orders
    if ref.order_id is not None:
        order = orders.get(ref.order_id)
    else:
        order = next((o for o in reversed(orders.values()) if o.client_order_id == ref.client_order_id), None)
    if order is None or order.symbol != ref.symbol or order.market != ref.market:
        return None
    return order


def find(desk: Desk, ref: OrderRef, *, open_only: bool = False) -> Order:
    """The order ``ref`` means; -2013 when there is none (or none open, with ``open_only``)."""
    order = _lookup(desk, ref)
    if order is None or (open_only and not order.is_open):
        raise errors.no_such_order()
    return order


def modify(desk: Desk, ref: OrderRef, rules: SymbolRules, price: Decimal, quantity: Decimal) -> Order:
    """New price and quantity for an open LIMIT order (it fills at once if it now crosses the mark)."""
    order = _lookup(desk, ref)
    if order is None or not order.is_open:
        raise errors.no_such_order()
    check_filters(rules, quantity, price)
    if quantity <= order.executed_qty:
        raise errors.quantity_not_positive()
    order.price, order.orig_qty, order.price_match = price, quantity, "NONE"
    order.update_time = desk.now_ms
    desk.publish(order_trade_update(order, rules, "AMENDMENT", desk.now_ms))
    mark = desk.mark(order.symbol)
    if _marketable(order.side, price, mark):
        _fill(desk, order, rules, mark, maker=False)
    return order


def cancel(desk: Desk, ref: OrderRef, rules: SymbolRules) -> Order:
    """Cancels an open order; -2011 when there is none."""
    order = _lookup(desk, ref)
    if order is None or not order.is_open:
        raise errors.unknown_order_sent()
    return _close(desk, order, rules, "CANCELED")


def cancel_all(desk: Desk, rules: SymbolRules) -> list[Order]:
    return [_close(desk, o, rules, "CANCELED") for o in desk.account.open_orders(rules.market, rules.symbol)]


# -- settings --------------------------------------------------------------------------------


def set_leverage(desk: Desk, market: str, symbol: str, leverage: int) -> None:
    if not 1 <= leverage <= MAX_LEVERAGE:
        raise errors.invalid_leverage(str(leverage))
    desk.account.leverage[f"{market}:{symbol}"] = leverage


def set_dual_side(desk: Desk, market: str, dual: bool) -> None:
    """Switches hedge mode on or off. Unlike Binance (-4059), asking for the mode already set
    succeeds: clients that call every operation with plain values must not fail on it."""
    account = desk.account
    if account.dual_side.get(market, False) == dual:
        return
    if account.open_orders(market):
        raise errors.position_side_locked_by_orders()
    if any(p.amount for p in account.positions.values() if p.market == market):
        raise errors.position_side_locked_by_position()
    account.dual_side[market] = dual
