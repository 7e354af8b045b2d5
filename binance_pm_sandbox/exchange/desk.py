"""``Desk``: one account as the engine modules work on it, while the exchange's lock is held.

It binds the account to what the engine needs from the exchange: the time of the change
(``now_ms``), the mark prices, the id counters and the event sink. ``futures`` and
``margin`` take a desk; nothing here does I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..events import EventSink
from .model import Account

__all__ = ["COMMISSION_RATES", "DEFAULT_LEVERAGE", "Desk", "Ids"]


#: The leverage of a symbol nobody has set one for.
DEFAULT_LEVERAGE = 20
#: Every account's (maker, taker) commission rate per market; the commissionRate operations
#: answer these, and fills are charged them.
COMMISSION_RATES: Mapping[str, tuple[Decimal, Decimal]] = {
    "um": (Decimal("0.0002"), Decimal("0.0004")),
    "cm": (Decimal("0.00015"), Decimal("0.0004")),
    "margin": (Decimal("0.001"), Decimal("0.001")),
}


@dataclass
class Ids:
    """The exchange's counters (orders, trades, transactions), shared by every account."""

    order: int
    trade: int
    tran: int

    def next_order(self) -> int:
        self.order += 1
        return self.order

    def next_trade(self) -> int:
        self.trade += 1
        return self.trade

    def next_tran(self) -> int:
        self.tran += 1
        return self.tran


@dataclass
class Desk:
    api_key: str
    account: Account
    now_ms: int
    marks: Mapping[str, Decimal]
    ids: Ids
    events: EventSink

    def mark(self, symbol: str) -> Decimal:
        return self.marks[symbol]

    def publish(self, event: Mapping[str, Any]) -> None:
        self.events.publish(self.api_key, event)

    def commission_rate(self, market: str, maker: bool) -> Decimal:
        maker_rate, taker_rate = COMMISSION_RATES[market]
        return maker_rate if maker else taker_rate

    def leverage(self, market: str, symbol: str) -> int:
        return self.account.leverage.get(f"{market}:{symbol}", DEFAULT_LEVERAGE)
