"""What one account holds: orders, positions, balances, trades, income, loans.

Plain mutable records, changed only by the exchange's engine modules while the exchange's
lock is held. ``to_json``/``from_json`` turn an account into JSON and back (Decimals as
strings), for the SQLite store.
"""

from __future__ import annotations

import dataclasses
import secrets
import string
import typing
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

__all__ = [
    "Account",
    "ConditionalOrder",
    "Income",
    "MarginBalance",
    "Order",
    "OrderList",
    "Position",
    "Trade",
    "account_from_json",
    "account_to_json",
    "new_client_order_id",
]

_ID_ALPHABET = string.ascii_letters + string.digits
ZERO = Decimal(0)
_RANDOM = secrets.SystemRandom()


def new_client_order_id() -> str:
    """An id like the ones Binance makes up when a client sends none."""
    return "".join(_RANDOM.choices(_ID_ALPHABET, k=22))


@dataclass
class Order:
    """An order of any market (``um``, ``cm`` or ``margin``) as it stands now."""

    order_id: int
    client_order_id: str
    market: str
    symbol: str
    side: str
    type: str
    time_in_force: str
    price: Decimal
    orig_qty: Decimal
    position_side: str = "BOTH"
    reduce_only: bool = False
    price_match: str = "NONE"
    self_trade_prevention_mode: str = "NONE"
    good_till_date: int = 0
    executed_qty: Decimal = ZERO
    #: Sum of price x quantity over the fills (quote for UM and margin, contracts x price for CM).
    cum_quote: Decimal = ZERO
    #: Sum of the fills' value in the margin asset (CM's cumBase).
    cum_base: Decimal = ZERO
    status: str = "NEW"
    time: int = 0
    update_time: int = 0
    #: A margin stop leg's trigger price, and whether it has fired (0 and False otherwise).
    stop_price: Decimal = ZERO
    triggered: bool = False
    #: The margin OCO this order is a leg of (-1: none).
    order_list_id: int = -1

    @property
    def is_open(self) -> bool:
        return self.status in ("NEW", "PARTIALLY_FILLED")

    @property
    def avg_price(self) -> Decimal:
        return self.cum_quote / self.executed_qty if self.executed_qty else ZERO

    @property
    def left(self) -> Decimal:
        return self.orig_qty - self.executed_qty


@dataclass
class ConditionalOrder:
    """A UM or CM conditional order (UM: an algo order, CM: a strategy order) waiting for the
    mark to reach its trigger, or what became of it. ``order_id`` is the order it placed
    when it fired (0 until then); zero prices mean "not sent"."""

    strategy_id: int
    client_id: str
    market: str
    symbol: str
    side: str
    type: str
    quantity: Decimal
    price: Decimal = ZERO
    stop_price: Decimal = ZERO
    time_in_force: str = "GTC"
    position_side: str = "BOTH"
    reduce_only: bool = False
    working_type: str = "CONTRACT_PRICE"
    price_protect: bool = False
    price_match: str = "NONE"
    self_trade_prevention_mode: str = "NONE"
    good_till_date: int = 0
    activate_price: Decimal = ZERO
    callback_rate: Decimal = ZERO
    #: A trailing stop's best mark since it armed (the lowest for a BUY, the highest for a
    #: SELL); 0 until it arms.
    best_price: Decimal = ZERO
    status: str = "NEW"
    order_id: int = 0
    book_time: int = 0
    update_time: int = 0
    trigger_time: int = 0

    @property
    def is_open(self) -> bool:
        return self.status == "NEW"


@dataclass
class OrderList:
    """A cross-margin OCO: its two legs (stop first, then limit) and what it holds locked
    for both (released when a leg fills or the list is cancelled)."""

    order_list_id: int
    list_client_order_id: str
    symbol: str
    order_ids: list[int]
    locked_asset: str
    locked: Decimal
    time: int
    update_time: int


@dataclass
class Trade:
    """One fill of one order."""

    id: int
    order_id: int
    market: str
    symbol: str
    side: str
    position_side: str
    price: Decimal
    qty: Decimal
    quote_qty: Decimal
    base_qty: Decimal
    realized_pnl: Decimal
    commission: Decimal
    commission_asset: str
    maker: bool
    time: int


@dataclass
class Income:
    """One line of a futures income history."""

    tran_id: int
    market: str
    symbol: str
    income_type: str
    income: Decimal
    asset: str
    info: str
    time: int
    trade_id: str = ""


@dataclass
class Position:
    """A futures position: signed amount (one-way) or a LONG/SHORT amount (hedge, >= 0 for
    LONG, <= 0 for SHORT) and its cost, the value it was opened at in the margin asset."""

    market: str
    symbol: str
    position_side: str
    amount: Decimal = ZERO
    cost: Decimal = ZERO
    update_time: int = 0


@dataclass
class MarginBalance:
    """One asset of the cross-margin account."""

    free: Decimal = ZERO
    locked: Decimal = ZERO
    borrowed: Decimal = ZERO
    interest: Decimal = ZERO

    @property
    def net(self) -> Decimal:
        return self.free + self.locked - self.borrowed - self.interest


@dataclass
class Account:
    """One API key's Portfolio Margin account."""

    #: Futures wallets: market (``um``/``cm``) -> asset -> wallet balance.
    wallets: dict[str, dict[str, Decimal]] = field(default_factory=lambda: {"um": {}, "cm": {}})
    margin: dict[str, MarginBalance] = field(default_factory=dict)
    #: "market:symbol:positionSide" -> position.
    positions: dict[str, Position] = field(default_factory=dict)
    #: "market:symbol" -> leverage.
    leverage: dict[str, int] = field(default_factory=dict)
    #: market -> hedge mode (dualSidePosition).
    dual_side: dict[str, bool] = field(default_factory=lambda: {"um": False, "cm": False})
    orders: dict[int, Order] = field(default_factory=dict)
    #: Cross-margin OCOs by order list id.
    order_lists: dict[int, OrderList] = field(default_factory=dict)
    #: Conditional orders by strategy (algo) id, open or not.
    conditional: dict[int, ConditionalOrder] = field(default_factory=dict)
    #: Ids of the orders that may still be open (closed ones are pruned on the next look).
    open_ids: list[int] = field(default_factory=list)
    trades: list[Trade] = field(default_factory=list)
    income: list[Income] = field(default_factory=list)
    listen_keys: list[str] = field(default_factory=list)
    update_time: int = 0

    def position(self, market: str, symbol: str, position_side: str) -> Position:
        key = f"{market}:{symbol}:{position_side}"
        found = self.positions.get(key)
        if found is None:
            found = self.positions[key] = Position(market, symbol, position_side)
        return found

    def wallet(self, market: str, asset: str) -> Decimal:
        return self.wallets[market].get(asset, ZERO)

    def credit(self, market: str, asset: str, amount: Decimal) -> None:
        self.wallets[market][asset] = self.wallet(market, asset) + amount

    def margin_balance(self, asset: str) -> MarginBalance:
        found = self.margin.get(asset)
        if found is None:
            found = self.margin[asset] = MarginBalance()
        return found

    def add_order(self, order: Order) -> None:
        self.orders[order.order_id] = order
        self.open_ids.append(order.order_id)

    def all_open_orders(self) -> list[Order]:
        """Every open order, oldest first (an index: the account may hold many closed ones)."""
        still_open = [self.orders[i] for i in self.open_ids if self.orders[i].is_open]
        if len(still_open) != len(self.open_ids):
            self.open_ids = [o.order_id for o in still_open]
        return still_open

    def open_orders(self, market: str, symbol: str | None = None) -> list[Order]:
        return [o for o in self.all_open_orders() if o.market == market and symbol in (None, o.symbol)]


# -- JSON, for the SQLite store -------------------------------------------------------------


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _encode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    return value


def _decode(hint: Any, value: Any) -> Any:
    origin = typing.get_origin(hint)
    if hint is Decimal:
        return Decimal(value)
    if origin is dict:
        key_type, item_type = typing.get_args(hint)
        return {key_type(k): _decode(item_type, v) for k, v in value.items()}
    if origin is list:
        (item_type,) = typing.get_args(hint)
        return [_decode(item_type, v) for v in value]
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        return hint(**{name: _decode(hints[name], v) for name, v in value.items() if name in hints})
    return value


def account_to_json(account: Account) -> dict[str, Any]:
    encoded = _encode(account)
    assert isinstance(encoded, dict)
    return encoded


def account_from_json(data: dict[str, Any]) -> Account:
    decoded = _decode(Account, data)
    assert isinstance(decoded, Account)
    return decoded
