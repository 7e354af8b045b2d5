"""The sandbox's exchange: accounts and their orders, with no HTTP, no server and no clock.

``Exchange`` holds one ``Account`` per API key (an API key is an account here). Handlers
work on an account inside ``exchange.account(api_key)``, which holds the exchange's lock,
so the server thread and a test thread never see an order half-changed. Time is always an
argument (``now_ms``).

Today only UM orders have state (``orders.UmOrderBook``) and listen keys are handed out;
every other operation answers its spec example. A later paper-trading exchange grows here
(matching, balances, positions, events), not in the HTTP layer.
"""

from __future__ import annotations

import itertools
import secrets
import string
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from .orders import NewUmOrder, OrderRef, UmOrder, UmOrderBook
from .symbols import UM_SYMBOLS, SymbolRules

__all__ = ["UM_SYMBOLS", "Account", "Exchange", "NewUmOrder", "OrderRef", "SymbolRules", "UmOrder", "UmOrderBook"]

#: Order ids start here, like Binance's large ids, so they never look like small test numbers.
FIRST_ORDER_ID = 8_389_765_500_000_000_000
_LISTEN_KEY_ALPHABET = string.ascii_letters + string.digits


@dataclass
class Account:
    """One API key's account."""

    um_orders: UmOrderBook
    listen_keys: set[str] = field(default_factory=set)

    def new_listen_key(self) -> str:
        key = "".join(secrets.choice(_LISTEN_KEY_ALPHABET) for _ in range(64))
        self.listen_keys.add(key)
        return key


class Exchange:
    """Every account, behind one lock; ``reset()`` forgets them all."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._accounts: dict[str, Account] = {}
        self._order_ids = itertools.count(FIRST_ORDER_ID)

    @contextmanager
    def account(self, api_key: str) -> Iterator[Account]:
        """The account of ``api_key`` (made on first use), locked for the ``with`` block."""
        with self._lock:
            account = self._accounts.get(api_key)
            if account is None:
                account = self._accounts[api_key] = Account(UmOrderBook(self._order_ids))
            yield account

    def reset(self) -> None:
        with self._lock:
            self._accounts.clear()
            self._order_ids = itertools.count(FIRST_ORDER_ID)
