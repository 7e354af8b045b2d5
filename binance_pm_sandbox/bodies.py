"""Success bodies served as they are (spec examples and test overrides), and the symbols
they make valid.

A body that is a list of items carrying a ``symbol`` is that operation's data per symbol:
a request with ``symbol`` gets only that symbol's items, and a symbol with no item is
unknown (-1121), so the valid symbols follow the body. Any other body is served whole, and
the symbol must be one its market knows (every symbol the spec's examples name for that
market, plus any the body names).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from .errors import invalid_symbol
from .spec import collect_symbols, dump_json

__all__ = ["ServedBody"]


@dataclass(frozen=True, slots=True)
class ServedBody:
    raw: bytes
    symbols: frozenset[str]
    by_symbol: Mapping[str, bytes]

    @classmethod
    def of(cls, raw: bytes) -> ServedBody:
        try:
            value = json.loads(raw, parse_float=Decimal)
        except ValueError:
            return cls(raw, frozenset(), {})
        symbols = frozenset(collect_symbols(value))
        by_symbol: dict[str, bytes] = {}
        if isinstance(value, list):
            for symbol in symbols:
                by_symbol[symbol] = dump_json([item for item in value if _symbol_of(item) == symbol])
        return cls(raw, symbols, by_symbol)

    def accepted_symbols(self, market_symbols: frozenset[str]) -> frozenset[str]:
        """The symbols a request may name: the body's own for a per-symbol list, else the market's."""
        if self.by_symbol:
            return frozenset(self.by_symbol)
        return market_symbols | self.symbols

    def answer(self, symbol: str | None, market_symbols: frozenset[str]) -> bytes:
        """The bytes to serve for a request naming ``symbol`` (None: not sent); -1121 for a
        symbol this body does not accept (any symbol passes where none is known)."""
        if symbol is None:
            return self.raw
        accepted = self.accepted_symbols(market_symbols)
        if accepted and symbol not in accepted:
            raise invalid_symbol()
        return self.by_symbol.get(symbol, self.raw)


def _symbol_of(item: object) -> object:
    return item.get("symbol") if isinstance(item, dict) else None
