"""The UM symbols the sandbox's exchange trades, and their precision.

Binance rejects a price or quantity with more decimal places than the symbol allows with
-1111 ("Precision is over the maximum defined for this asset."). The sandbox publishes its
choice here, one row per UM symbol that the spec's examples name:

=========  ==============  =================  ==========
symbol     price decimals  quantity decimals  mark price
=========  ==============  =================  ==========
BTCUSDT    1               3                  30000.0
ETHUSDT    2               3                  2000.00
BNBUSDT    2               2                  300.00
=========  ==============  =================  ==========

The decimals follow Binance's tick and step sizes for these symbols (BTCUSDT ticks by
0.1 and steps by 0.001, ETHUSDT by 0.01 and 0.001, BNBUSDT by 0.01 and 0.01). MARKET
orders fill at the mark price, a fixed number per symbol: there is no order book yet.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

__all__ = ["PRICE_PARAMETERS", "QUANTITY_PARAMETERS", "UM_SYMBOLS", "SymbolRules", "decimal_places"]


@dataclass(frozen=True, slots=True)
class SymbolRules:
    """One symbol's precision and the price its MARKET orders fill at."""

    symbol: str
    price_decimals: int
    quantity_decimals: int
    mark_price: Decimal

    def price_text(self, value: Decimal) -> str:
        return format(value.quantize(Decimal(1).scaleb(-self.price_decimals)), "f")

    def quantity_text(self, value: Decimal) -> str:
        return format(value.quantize(Decimal(1).scaleb(-self.quantity_decimals)), "f")

    def decimals_allowed(self, parameter: str) -> int | None:
        """How many decimal places ``parameter`` may have on this symbol (None: not checked)."""
        if parameter in PRICE_PARAMETERS:
            return self.price_decimals
        if parameter in QUANTITY_PARAMETERS:
            return self.quantity_decimals
        return None


UM_SYMBOLS: Mapping[str, SymbolRules] = {
    rules.symbol: rules
    for rules in (
        SymbolRules("BTCUSDT", 1, 3, Decimal("30000.0")),
        SymbolRules("ETHUSDT", 2, 3, Decimal("2000.00")),
        SymbolRules("BNBUSDT", 2, 2, Decimal("300.00")),
    )
}

#: Request parameters held to the symbol's price precision, and to its quantity precision.
PRICE_PARAMETERS = frozenset({"price", "stopPrice", "triggerPrice", "activatePrice", "activationPrice"})
QUANTITY_PARAMETERS = frozenset({"quantity"})


def decimal_places(text: str) -> int:
    """Decimal places of a plain decimal text as sent (``"0.0100"`` has 4: Binance counts the
    digits sent, trailing zeros included)."""
    _, dot, fraction = text.partition(".")
    return len(fraction) if dot else 0
