"""The sandbox's exchange: Portfolio Margin accounts trading against mark prices, no HTTP.

``Exchange`` holds one ``Account`` per API key (an API key is an account here), the mark
price of every symbol, the id counters and the exchange clock. Handlers work on an account
inside ``exchange.account(api_key)``, which holds the exchange's one lock and yields a
``Desk`` (the account, the time, the marks, the ids, the event sink); the engine modules
(``futures`` for UM and CM, ``margin`` for cross margin) take that desk. Each change
publishes its user data stream events to the ``EventSink`` while the lock is held, and is
saved to the ``Store`` before the lock is released.

Modules: ``symbols`` (the symbols and their filters), ``model`` (the account's records),
``desk``, ``futures``, ``conditional`` (UM and CM conditional orders), ``margin``, ``oco``
(cross-margin OCOs), ``wire`` (events in Binance's wire form) and ``store``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from ..errors import invalid_symbol
from ..events import DISCARD, EventSink
from . import conditional, futures, margin, oco
from .desk import COMMISSION_RATES, DEFAULT_LEVERAGE, Desk, Ids
from .model import Account, ConditionalOrder, Order, OrderList, account_from_json, account_to_json
from .store import MemoryStore, SqliteStore, Store
from .symbols import CM_SYMBOLS, MARGIN_SYMBOLS, SYMBOLS_BY_MARKET, UM_SYMBOLS, SymbolRules
from .wire import account_update, balance_update, outbound_account_position

__all__ = [
    "CM_SYMBOLS",
    "COMMISSION_RATES",
    "DEFAULT_FUNDING",
    "DEFAULT_LEVERAGE",
    "FIRST_ORDER_ID",
    "MARGIN_SYMBOLS",
    "SYMBOLS_BY_MARKET",
    "UM_SYMBOLS",
    "Account",
    "ConditionalOrder",
    "Desk",
    "Exchange",
    "MemoryStore",
    "Order",
    "OrderList",
    "SqliteStore",
    "Store",
    "SymbolRules",
    "WALLETS",
]

#: Order ids start here, like Binance's large ids, so they never look like small test numbers.
FIRST_ORDER_ID = 8_389_765_500_000_000_000
_FIRST_TRADE_ID = 5_000_000_000
_FIRST_TRAN_ID = 100_000_000_000

#: Where funds can sit: the UM and CM futures wallets and the cross-margin account.
WALLETS = ("um", "cm", "margin")

#: What a new account holds before anyone funds it: enough for the spec's example orders
#: (and the TypeScript end-to-end run) in every market. ``Sandbox(funding=...)`` changes it.
DEFAULT_FUNDING: Mapping[str, Mapping[str, Decimal]] = {
    "um": {"USDT": Decimal(100_000)},
    "cm": {"BTC": Decimal(100), "ETH": Decimal(100)},
    "margin": {
        "USDT": Decimal(100_000),
        "BTC": Decimal(1),
        "ETH": Decimal(10),
        "BNB": Decimal(100),
        "LTC": Decimal(100),
    },
}


def _wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


def _initial_marks() -> dict[str, Decimal]:
    marks: dict[str, Decimal] = {}
    for table in SYMBOLS_BY_MARKET.values():
        for rules in table.values():
            marks.setdefault(rules.symbol, rules.mark_price)
    return marks


class Exchange:
    """Every account, the marks and the counters, behind one lock.

    Args:
        clock: the exchange clock, in ms since the epoch (order, trade and event times, GTD).
        events: where user data stream events go.
        store: where state is kept between runs (default: memory only).
        funding: what a new account starts with, per wallet (``um``, ``cm``, ``margin``).
    """

    def __init__(
        self,
        *,
        clock: Callable[[], int] = _wall_clock_ms,
        events: EventSink = DISCARD,
        store: Store | None = None,
        funding: Mapping[str, Mapping[str, Decimal]] = DEFAULT_FUNDING,
    ) -> None:
        self.clock = clock
        self.events = events
        self.store: Store = store if store is not None else MemoryStore()
        self.funding = {wallet: dict(assets) for wallet, assets in funding.items()}
        self._lock = threading.RLock()
        self._accounts: dict[str, Account] = {}
        self._marks = _initial_marks()
        self._ids = Ids(FIRST_ORDER_ID, _FIRST_TRADE_ID, _FIRST_TRAN_ID)
        self._load()

    # -- state -------------------------------------------------------------------------

    def _load(self) -> None:
        accounts, shared = self.store.load()
        self._accounts = {key: account_from_json(body) for key, body in accounts.items()}
        if shared:
            self._marks.update({symbol: Decimal(price) for symbol, price in shared["marks"].items()})
            self._ids = Ids(**shared["ids"])

    def _shared(self) -> dict[str, Any]:
        ids = self._ids
        return {
            "marks": {s: str(p) for s, p in self._marks.items()},
            "ids": {"order": ids.order, "trade": ids.trade, "tran": ids.tran},
        }

    def _new_account(self) -> Account:
        account = Account()
        for wallet, assets in self.funding.items():
            for asset, amount in assets.items():
                if wallet == "margin":
                    account.margin_balance(asset).free += amount
                else:
                    account.credit(wallet, asset, amount)
        return account

    def _desk(self, api_key: str, now_ms: int) -> Desk:
        account = self._accounts.get(api_key)
        if account is None:
            account = self._accounts[api_key] = self._new_account()
        return Desk(api_key, account, now_ms, self._marks, self._ids, self.events)

    @contextmanager
    def account(self, api_key: str) -> Iterator[Desk]:
        """The account of ``api_key`` (made, funded, on first use) on a desk, locked for the
        ``with`` block and saved after it (also when it raises: a refusal changes nothing,
        but a fill before a later failure is kept)."""
        with self._lock:
            desk = self._desk(api_key, self.clock())
            futures.expire_due(desk, _ALL_FUTURES)
            try:
                yield desk
            finally:
                conditional.settle(desk, _ALL_FUTURES)
                self.store.save(api_key, desk.account, self._shared())

    def api_keys(self) -> list[str]:
        with self._lock:
            return list(self._accounts)

    def snapshot(self, api_key: str) -> dict[str, Any]:
        """The account of ``api_key`` as JSON (Decimals as strings): what a test reads."""
        with self.account(api_key) as desk:
            return account_to_json(desk.account)

    def reset(self) -> None:
        """Forgets every account, and puts the marks and counters back where they started."""
        with self._lock:
            self._accounts.clear()
            self._marks = _initial_marks()
            self._ids = Ids(FIRST_ORDER_ID, _FIRST_TRADE_ID, _FIRST_TRAN_ID)
            self.store.clear()

    # -- prices and time ---------------------------------------------------------------

    def mark_price(self, symbol: str) -> Decimal:
        with self._lock:
            price = self._marks.get(symbol)
        if price is None:
            raise invalid_symbol()
        return price

    @property
    def marks(self) -> dict[str, Decimal]:
        with self._lock:
            return dict(self._marks)

    def set_mark_price(self, symbol: str, price: Decimal | str | int) -> None:
        """Moves ``symbol``'s mark (UM and margin share a name's mark) and fills, in every
        account, the resting orders it crosses."""
        value = Decimal(str(price))
        if not value > 0:
            raise ValueError(f"mark price of {symbol} must be > 0, not {price!r}")
        with self._lock:
            if symbol not in self._marks:
                raise KeyError(f"unknown symbol {symbol!r}: the sandbox trades {sorted(self._marks)}")
            self._marks[symbol] = value
            now = self.clock()
            for api_key in list(self._accounts):
                desk = self._desk(api_key, now)
                for table in SYMBOLS_BY_MARKET.values():
                    rules = table.get(symbol)
                    if rules is None:
                        continue
                    if rules.market == "margin":
                        margin.match_resting(desk, rules)
                        oco.match_resting(desk, rules)
                    else:
                        conditional.trigger(desk, rules, table)
                        futures.match_resting(desk, rules)
                        conditional.settle(desk, table)
                self.store.save(api_key, desk.account, self._shared())
            self.store.save(None, None, self._shared())

    def expire_due(self) -> None:
        """Expires, in every account, the GTD orders whose time has passed on the exchange clock."""
        with self._lock:
            for api_key in list(self._accounts):
                with self.account(api_key):
                    pass

    # -- funding -------------------------------------------------------------------------

    def fund(self, api_key: str, asset: str, amount: Decimal | str | int, *, wallet: str = "um") -> None:
        """Adds ``amount`` (negative: takes it away) of ``asset`` to a wallet of the account:
        ``um`` or ``cm`` (futures), or ``margin`` (cross margin, free balance)."""
        if wallet not in WALLETS:
            raise ValueError(f"wallet must be one of {WALLETS}, not {wallet!r}")
        delta = Decimal(str(amount))
        with self.account(api_key) as desk:
            account = desk.account
            if wallet == "margin":
                balance = account.margin_balance(asset)
                balance.free += delta
                desk.publish(balance_update(asset, delta, desk.now_ms))
                desk.publish(outbound_account_position([(asset, balance)], desk.now_ms))
            else:
                account.credit(wallet, asset, delta)
                desk.publish(
                    account_update(wallet, [(asset, account.wallet(wallet, asset))], [], desk.now_ms, "DEPOSIT")
                )


_ALL_FUTURES: dict[str, SymbolRules] = {**UM_SYMBOLS, **CM_SYMBOLS}
