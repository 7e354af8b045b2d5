"""Mark prices from outside the exchange: a file of prices, or a seeded random walk.

``load_prices`` reads ``--prices FILE``: JSON (``{"BTCUSDT": "31000.5", ...}`` or a list of
``{"symbol": ..., "price": ...}``) or CSV (``symbol,price`` rows, a header row allowed).
``PriceWalk`` is ``--price-walk SEED``: each step moves every mark by a whole number of
ticks, at most 0.1% of the price either way, drawn from ``random.Random(seed)``, so the
same seed gives the same sequence of prices on every run.
"""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .exchange import SYMBOLS_BY_MARKET

__all__ = ["PriceFileError", "PriceWalk", "load_prices"]

_MAX_STEP = Decimal("0.001")


class PriceFileError(ValueError):
    """A prices file that cannot be read or names something the sandbox does not trade."""


def _known_symbols() -> set[str]:
    return {symbol for table in SYMBOLS_BY_MARKET.values() for symbol in table}


def _price(path: Path, where: str, symbol: object, text: object) -> tuple[str, Decimal]:
    if not isinstance(symbol, str) or symbol not in _known_symbols():
        raise PriceFileError(
            f"{path}: {where}: unknown symbol {symbol!r}; known: {', '.join(sorted(_known_symbols()))}"
        )
    try:
        price = Decimal(str(text).strip())
    except InvalidOperation:
        raise PriceFileError(f"{path}: {where}: price of {symbol} is not a number: {text!r}") from None
    if not price.is_finite() or price <= 0:
        raise PriceFileError(f"{path}: {where}: price of {symbol} must be > 0, not {text!r}")
    return symbol, price


def _from_json(path: Path, data: Any) -> dict[str, Decimal]:
    if isinstance(data, dict):
        return dict(_price(path, f"key {symbol!r}", symbol, price) for symbol, price in data.items())
    if isinstance(data, list):
        found = {}
        for index, row in enumerate(data):
            if not isinstance(row, dict):
                raise PriceFileError(f"{path}: item {index}: expected an object with symbol and price")
            symbol, price = _price(path, f"item {index}", row.get("symbol"), row.get("price"))
            found[symbol] = price
        return found
    raise PriceFileError(f"{path}: expected a JSON object of symbol -> price, or a list of {{symbol, price}}")


def _from_csv(path: Path, rows: Iterable[list[str]]) -> dict[str, Decimal]:
    found = {}
    for number, row in enumerate(rows, start=1):
        cells = [cell.strip() for cell in row]
        if not any(cells) or (number == 1 and [c.lower() for c in cells[:2]] == ["symbol", "price"]):
            continue
        if len(cells) != 2:
            raise PriceFileError(f"{path}: line {number}: expected symbol,price")
        symbol, price = _price(path, f"line {number}", cells[0], cells[1])
        found[symbol] = price
    return found


def load_prices(path: str | Path) -> dict[str, Decimal]:
    """symbol -> mark price from a JSON or CSV file; ``PriceFileError`` names what is wrong."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PriceFileError(f"{file}: cannot read it: {getattr(exc, 'strerror', None) or exc}") from None
    if text.lstrip().startswith(("{", "[")):
        try:
            return _from_json(file, json.loads(text, parse_float=Decimal))
        except json.JSONDecodeError as exc:
            raise PriceFileError(f"{file}: not valid JSON: {exc}") from None
    return _from_csv(file, csv.reader(text.splitlines()))


def _tick(symbol: str) -> Decimal:
    for table in SYMBOLS_BY_MARKET.values():
        if symbol in table:
            return table[symbol].tick_size
    return Decimal("0.01")


class PriceWalk:
    """A reproducible random walk of mark prices, one ``step()`` at a time."""

    def __init__(self, seed: int, start: Mapping[str, Decimal]) -> None:
        self._random = random.Random(seed)
        self.prices = dict(sorted(start.items()))

    def step(self) -> dict[str, Decimal]:
        """Moves every price once; returns the new prices."""
        for symbol, price in self.prices.items():
            tick = _tick(symbol)
            widest = max(1, int((price * _MAX_STEP / tick).to_integral_value(ROUND_HALF_EVEN)))
            moved = price + tick * self._random.randint(-widest, widest)
            self.prices[symbol] = moved if moved > 0 else price
        return dict(self.prices)
