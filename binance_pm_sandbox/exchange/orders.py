"""One account's UM orders: placing, finding, modifying and cancelling them.

No I/O and no clock: every command that changes an order takes the time (``now_ms``) as
an argument, and every failure is a ``BinanceError`` with Binance's code. The HTTP layer
decides how an order looks in an answer.

Behaviour, kept deliberately small until the exchange has an order book:

* a LIMIT order rests as NEW (it never fills);
* a MARKET order fills at once, in full, at the symbol's mark price (FILLED);
* a client order id may not repeat among the account's open orders (-4116); Binance makes
  one up when none is sent;
* ``orderId`` wins over ``origClientOrderId`` when both are sent; a client order id finds
  the latest order that carries it.
"""

from __future__ import annotations

import secrets
import string
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from ..errors import client_order_id_duplicated, no_such_order, unknown_order_sent
from .symbols import SymbolRules

__all__ = ["NewUmOrder", "OrderRef", "UmOrder", "UmOrderBook"]

_ID_ALPHABET = string.ascii_letters + string.digits


@dataclass(frozen=True, slots=True)
class NewUmOrder:
    """A new UM order as the caller asked for it (parameters already checked)."""

    symbol: SymbolRules
    side: str
    type: str
    quantity: Decimal
    price: Decimal | None = None
    time_in_force: str = "GTC"
    position_side: str = "BOTH"
    reduce_only: bool = False
    client_order_id: str | None = None
    price_match: str = "NONE"
    self_trade_prevention_mode: str = "NONE"
    good_till_date: int = 0


@dataclass(frozen=True, slots=True)
class OrderRef:
    """Which order a query, modify or cancel means: ``order_id`` first, else the client id."""

    symbol: str
    order_id: int | None = None
    client_order_id: str | None = None


@dataclass(frozen=True, slots=True)
class UmOrder:
    """A UM order at one moment (a snapshot: changes make a new one)."""

    order_id: int
    client_order_id: str
    symbol: SymbolRules
    side: str
    position_side: str
    type: str
    time_in_force: str
    price: Decimal
    orig_qty: Decimal
    executed_qty: Decimal
    avg_price: Decimal
    reduce_only: bool
    self_trade_prevention_mode: str
    price_match: str
    good_till_date: int
    status: str
    time: int
    update_time: int

    @property
    def is_open(self) -> bool:
        return self.status in ("NEW", "PARTIALLY_FILLED")

    @property
    def cum_quote(self) -> Decimal:
        return self.executed_qty * self.avg_price


class UmOrderBook:
    """The UM orders of one account, oldest first. Not thread-safe: the exchange locks."""

    def __init__(self, order_ids: Iterator[int]) -> None:
        self._order_ids = order_ids
        self._orders: dict[int, UmOrder] = {}

    def place(self, command: NewUmOrder, now_ms: int) -> UmOrder:
        client_order_id = command.client_order_id or _new_client_order_id()
        if any(o.is_open and o.client_order_id == client_order_id for o in self._orders.values()):
            raise client_order_id_duplicated()
        market = command.type == "MARKET"
        # A priceMatch order takes its price from the book; with no book, from the mark.
        limit_price = command.symbol.mark_price if command.price_match != "NONE" else command.price
        order = UmOrder(
            order_id=next(self._order_ids),
            client_order_id=client_order_id,
            symbol=command.symbol,
            side=command.side,
            position_side=command.position_side,
            type=command.type,
            time_in_force=command.time_in_force,
            price=Decimal(0) if market or limit_price is None else limit_price,
            orig_qty=command.quantity,
            executed_qty=command.quantity if market else Decimal(0),
            avg_price=command.symbol.mark_price if market else Decimal(0),
            reduce_only=command.reduce_only,
            self_trade_prevention_mode=command.self_trade_prevention_mode,
            price_match=command.price_match,
            good_till_date=command.good_till_date,
            status="FILLED" if market else "NEW",
            time=now_ms,
            update_time=now_ms,
        )
        self._orders[order.order_id] = order
        return order

    def find(self, ref: OrderRef, *, open_only: bool = False) -> UmOrder:
        """The order ``ref`` means; -2013 when there is none (or none open, with ``open_only``)."""
        order = self._lookup(ref)
        if order is None or (open_only and not order.is_open):
            raise no_such_order()
        return order

    def modify(self, ref: OrderRef, price: Decimal, quantity: Decimal, now_ms: int) -> UmOrder:
        """New price and quantity for an open LIMIT order; -2013 when there is none."""
        order = self._lookup(ref)
        if order is None or not order.is_open:
            raise no_such_order()
        changed = replace(order, price=price, orig_qty=quantity, price_match="NONE", update_time=now_ms)
        self._orders[order.order_id] = changed
        return changed

    def cancel(self, ref: OrderRef, now_ms: int) -> UmOrder:
        """Cancels an open order; -2011 when there is none."""
        order = self._lookup(ref)
        if order is None or not order.is_open:
            raise unknown_order_sent()
        return self._cancel(order, now_ms)

    def cancel_all(self, symbol: str, now_ms: int) -> list[UmOrder]:
        return [self._cancel(order, now_ms) for order in self.open_orders(symbol)]

    def open_orders(self, symbol: str | None = None) -> list[UmOrder]:
        return [o for o in self._orders.values() if o.is_open and symbol in (None, o.symbol.symbol)]

    def history(
        self,
        symbol: str,
        *,
        from_order_id: int | None = None,
        start_ms: int | None = None,
        end_ms: int | None = None,
        limit: int = 500,
    ) -> list[UmOrder]:
        """Every order of ``symbol`` (open or not), oldest first, filtered as queryAllUmOrders is."""
        found = [
            o
            for o in self._orders.values()
            if o.symbol.symbol == symbol
            and (from_order_id is None or o.order_id >= from_order_id)
            and (start_ms is None or o.time >= start_ms)
            and (end_ms is None or o.time <= end_ms)
        ]
        # Without a starting id Binance answers the most recent orders.
        return found[:limit] if from_order_id is not None else found[-limit:]

    def _lookup(self, ref: OrderRef) -> UmOrder | None:
        if ref.order_id is not None:
            order = self._orders.get(ref.order_id)
        else:
            order = next((o for o in reversed(self._orders.values()) if o.client_order_id == ref.client_order_id), None)
        return order if order is not None and order.symbol.symbol == ref.symbol else None

    def _cancel(self, order: UmOrder, now_ms: int) -> UmOrder:
        cancelled = replace(order, status="CANCELED", update_time=now_ms)
        self._orders[order.order_id] = cancelled
        return cancelled


def _new_client_order_id() -> str:
    return "".join(secrets.choice(_ID_ALPHABET) for _ in range(22))
