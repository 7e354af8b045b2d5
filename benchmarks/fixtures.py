"""The response bodies the benchmark serves, generated here so every run serves the same bytes."""

from __future__ import annotations

import json
import random

# The spec's example for GET /sapi/v2/portfolio/collateralRate: a small signed answer.
TIERED_COLLATERAL_RATE: list[dict[str, object]] = [
    {
        "asset": asset,
        "collateralInfo": [
            {"tierFloor": "0.0000", "tierCap": "1000.0000", "collateralRate": "1.0000", "cum": "0.0000"},
            {"tierFloor": "1000.0000", "tierCap": "2000.0000", "collateralRate": rate, "cum": "0.0000"},
        ],
    }
    for asset, rate in (("BNB", "0.9000"), ("USDT", "0.9999"))
]

# Notional caps of a typical UM symbol's brackets, lowest first (Binance's ladder shape).
_CAPS = [5_000, 25_000, 100_000, 250_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000, 20_000_000, 50_000_000]
_LEVERAGES = [75, 50, 25, 20, 10, 5, 4, 3, 2, 1]
_RATIOS = ["0.0065", "0.01", "0.02", "0.025", "0.05", "0.1", "0.125", "0.15", "0.25", "0.5"]


# The answer to the benchmarked order (LIMIT GTC BUY 0.001 BTCUSDT at 30000, ACK), fields as
# the spec's example for POST /papi/v1/um/order has them. Served as it is for every order:
# the figure is the client's cost per call, not an exchange's.
NEW_UM_ORDER: dict[str, object] = {
    "clientOrderId": "bench-order",
    "cumQty": "0",
    "cumQuote": "0",
    "executedQty": "0",
    "orderId": 22542179,
    "avgPrice": "0.00000",
    "origQty": "0.001",
    "price": "30000",
    "reduceOnly": False,
    "side": "BUY",
    "positionSide": "BOTH",
    "status": "NEW",
    "symbol": "BTCUSDT",
    "timeInForce": "GTC",
    "type": "LIMIT",
    "selfTradePreventionMode": "NONE",
    "goodTillDate": 0,
    "updateTime": 1566818724722,
    "priceMatch": "NONE",
}


def tiered_collateral_rate_body() -> bytes:
    return json.dumps(TIERED_COLLATERAL_RATE, separators=(",", ":")).encode()


def new_um_order_body() -> bytes:
    return json.dumps(NEW_UM_ORDER, separators=(",", ":")).encode()


def leverage_brackets_body(symbols: int = 400, brackets_per_symbol: int = 10, seed: int = 7) -> bytes:
    """``symbols`` UM symbols with their brackets, numbers as JSON numbers like Binance sends them.

    ``cum`` is computed as Binance computes it (the maintenance amount carried over from the
    brackets below), so most values have a fraction and decode to ``Decimal`` with digits.
    """
    rng = random.Random(seed)
    parts: list[str] = []
    for index in range(symbols):
        scale = rng.choice([1, 1, 2, 5, 10])
        floor = 0
        cum = 0.0
        prev_ratio = 0.0
        brackets: list[str] = []
        for number in range(brackets_per_symbol):
            cap = _CAPS[number] * scale
            ratio = _RATIOS[number]
            cum = round(cum + floor * (float(ratio) - prev_ratio), 4)
            prev_ratio = float(ratio)
            # Written by hand so numbers look like Binance's JSON (0.0065, 1625.0, 0), never 1e-05.
            brackets.append(
                f'{{"bracket":{number + 1},"initialLeverage":{_LEVERAGES[number]},"notionalCap":{cap},'
                f'"notionalFloor":{floor},"maintMarginRatio":{ratio},"cum":{cum!r}}}'
            )
            floor = cap
        coef = f',"notionalCoef":"{rng.choice(["1.0", "1.5", "4.0"])}"' if index % 4 == 0 else ""
        parts.append(f'{{"symbol":"SYM{index:03d}USDT"{coef},"brackets":[{",".join(brackets)}]}}')
    return ("[" + ",".join(parts) + "]").encode()
