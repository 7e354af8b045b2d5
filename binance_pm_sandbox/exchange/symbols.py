"""The symbols the sandbox's exchange trades, their filters and their starting mark prices.

These are the sandbox's published filters (the README repeats them). The exchange trades
every symbol that the spec's answer examples name for its market, so that a tool working
from the spec alone (the TypeScript run, a user copying an example) finds them tradable;
``tests/sandbox/test_symbols.py`` holds the two to each other. Tick and step sizes follow
Binance's for the USDT symbols (the BTC-quoted pairs get sizes of the same order as Binance's);
the minimum notional is the sandbox's own choice, low enough that the spec's example orders
(quantity 1 at price 1) pass, so a bot test must set its own prices to see -4164.

UM (USDⓈ-M, linear, margin asset USDT):

=========  =====  =====  ============  ==========
symbol     tick   step   min notional  mark price
=========  =====  =====  ============  ==========
BTCUSDT    0.1    0.001  1             30000.0
ETHUSDT    0.01   0.001  1             2000.00
BNBUSDT    0.01   0.01   1             300.00
=========  =====  =====  ============  ==========

CM (COIN-M, inverse, quantity in contracts, margin asset the base coin):

===========  =====  ====  =============  ==========
symbol       tick   step  contract size  mark price
===========  =====  ====  =============  ==========
BTCUSD_PERP  0.1    1     100 USD        30000.0
ETHUSD_PERP  0.01   1     10 USD         2000.00
===========  =====  ====  =============  ==========

The delivery contracts the spec's examples name (BTCUSD_200626, BTCUSD_200925,
BTCUSD_201225) take BTCUSD_PERP's filters, contract size and starting mark. ``BTCUSD``, which
some CM examples give as a symbol, is the pair those contracts belong to (the examples'
``pair`` field), not a contract, and is not traded.

Margin (cross margin, spot pairs; the minimum notional is in the quote asset):

=======  ========  =======  ============  ====================
symbol   tick      step     min notional  mark price
=======  ========  =======  ============  ====================
BTCUSDT  0.01      0.00001  1 USDT        shared with UM's
ETHUSDT  0.01      0.0001   1 USDT        shared with UM's
BNBUSDT  0.01      0.001    1 USDT        shared with UM's
BNBBTC   0.000001  0.001    0.0001 BTC    0.010000
LTCBTC   0.000001  0.001    0.0001 BTC    0.003300
=======  ========  =======  ============  ====================

Binance rejects a price or quantity with more decimal places than the symbol allows with
-1111; one that has the allowed decimals but is not a multiple of the tick or step with
-4014 or -4023.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

__all__ = [
    "CM_SYMBOLS",
    "MARGIN_SYMBOLS",
    "PRICE_PARAMETERS",
    "QUANTITY_PARAMETERS",
    "SYMBOLS_BY_MARKET",
    "UM_SYMBOLS",
    "SymbolRules",
    "decimal_places",
]


@dataclass(frozen=True, slots=True)
class SymbolRules:
    """One symbol's filters, its assets and the mark price it starts at.

    ``contract_size`` is set for inverse (COIN-M) contracts: one contract is worth that many
    units of the quote currency, and value is counted in the base coin."""

    symbol: str
    market: str
    base: str
    quote: str
    tick_size: Decimal
    step_size: Decimal
    min_notional: Decimal
    mark_price: Decimal
    contract_size: Decimal | None = None

    @property
    def price_decimals(self) -> int:
        return -self.tick_size.normalize().as_tuple().exponent  # type: ignore[operator]

    @property
    def quantity_decimals(self) -> int:
        return max(0, -self.step_size.normalize().as_tuple().exponent)  # type: ignore[operator]

    @property
    def inverse(self) -> bool:
        return self.contract_size is not None

    @property
    def margin_asset(self) -> str:
        """The asset a futures position of this symbol is margined and settled in."""
        return self.base if self.inverse else self.quote

    @property
    def pair(self) -> str:
        return self.base + self.quote

    def value(self, quantity: Decimal, price: Decimal) -> Decimal:
        """What ``quantity`` is worth at ``price``, in the margin asset (exact for linear)."""
        if self.contract_size is None:
            return quantity * price
        return quantity * self.contract_size / price

    def price_text(self, value: Decimal) -> str:
        return format(value.quantize(self.tick_size), "f")

    def quantity_text(self, value: Decimal) -> str:
        return format(value.quantize(self.step_size), "f")

    def decimals_allowed(self, parameter: str) -> int | None:
        """How many decimal places ``parameter`` may have on this symbol (None: not checked)."""
        if parameter in PRICE_PARAMETERS:
            return self.price_decimals
        if parameter in QUANTITY_PARAMETERS:
            return self.quantity_decimals
        return None


def _um(symbol: str, tick: str, step: str, mark: str) -> SymbolRules:
    return SymbolRules(symbol, "um", symbol[:-4], "USDT", Decimal(tick), Decimal(step), Decimal(1), Decimal(mark))


def _cm(symbol: str, tick: str, contract: str, mark: str) -> SymbolRules:
    base = symbol.split("USD_")[0]
    return SymbolRules(
        symbol, "cm", base, "USD", Decimal(tick), Decimal(1), Decimal(0), Decimal(mark), Decimal(contract)
    )


def _cm_delivery(symbol: str, perpetual: SymbolRules) -> SymbolRules:
    """A delivery contract with the filters, contract size and starting mark of ``perpetual``."""
    return dataclasses.replace(perpetual, symbol=symbol)


def _margin(symbol: str, quote: str, tick: str, step: str, min_notional: str, mark: str) -> SymbolRules:
    base = symbol.removesuffix(quote)
    return SymbolRules(
        symbol, "margin", base, quote, Decimal(tick), Decimal(step), Decimal(min_notional), Decimal(mark)
    )


def _table(*rules: SymbolRules) -> Mapping[str, SymbolRules]:
    return {r.symbol: r for r in rules}


UM_SYMBOLS: Mapping[str, SymbolRules] = _table(
    _um("BTCUSDT", "0.1", "0.001", "30000.0"),
    _um("ETHUSDT", "0.01", "0.001", "2000.00"),
    _um("BNBUSDT", "0.01", "0.01", "300.00"),
)
_BTCUSD_PERP = _cm("BTCUSD_PERP", "0.1", "100", "30000.0")
CM_SYMBOLS: Mapping[str, SymbolRules] = _table(
    _BTCUSD_PERP,
    _cm("ETHUSD_PERP", "0.01", "10", "2000.00"),
    _cm_delivery("BTCUSD_200626", _BTCUSD_PERP),
    _cm_delivery("BTCUSD_200925", _BTCUSD_PERP),
    _cm_delivery("BTCUSD_201225", _BTCUSD_PERP),
)
MARGIN_SYMBOLS: Mapping[str, SymbolRules] = _table(
    _margin("BTCUSDT", "USDT", "0.01", "0.00001", "1", "30000.00"),
    _margin("ETHUSDT", "USDT", "0.01", "0.0001", "1", "2000.00"),
    _margin("BNBUSDT", "USDT", "0.01", "0.001", "1", "300.00"),
    _margin("BNBBTC", "BTC", "0.000001", "0.001", "0.0001", "0.010000"),
    _margin("LTCBTC", "BTC", "0.000001", "0.001", "0.0001", "0.003300"),
)
SYMBOLS_BY_MARKET: Mapping[str, Mapping[str, SymbolRules]] = {
    "um": UM_SYMBOLS,
    "cm": CM_SYMBOLS,
    "margin": MARGIN_SYMBOLS,
}

#: Request parameters held to the symbol's price precision, and to its quantity precision.
PRICE_PARAMETERS = frozenset({"price", "stopPrice", "triggerPrice", "activatePrice", "activationPrice"})
QUANTITY_PARAMETERS = frozenset({"quantity"})


def decimal_places(text: str) -> int:
    """Decimal places of a plain decimal text as sent (``"0.0100"`` has 4: Binance counts the
    digits sent, trailing zeros included)."""
    _, dot, fraction = text.partition(".")
    return len(fraction) if dot else 0
