"""A scripted trading scenario a bot runs through binance-pm against the sandbox, and the
check that every number the sandbox then reports follows from its trades.

``run_scenario`` places ``orders`` orders (MARKET and LIMIT, both sides, two symbols, some
reduce-only, some cancelled) while moving the marks along a seeded path, so resting orders
fill. ``check_books`` recomputes each position and the USDT wallet from ``userTrades`` alone
and compares them, exactly, with ``positionRisk``, ``balance`` and the income history. The
benchmark ``benchmarks/paper_trading.py`` times the same scenario with 1,000 orders.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from binance_pm import BinanceClient
from binance_pm.api.portfolio_margin import (
    account_balance,
    cancel_um_order,
    get_um_income_history,
    new_um_order,
    query_um_position_information,
    um_account_trade_list,
)
from binance_pm.errors import BadRequestError

from binance_pm_sandbox import Sandbox

__all__ = ["SYMBOLS", "Books", "decimal_of", "check_books", "run_scenario"]

#: symbol -> (starting mark, tick, quantity step)
SYMBOLS: Mapping[str, tuple[Decimal, Decimal, Decimal]] = {
    "BTCUSDT": (Decimal("30000.0"), Decimal("0.1"), Decimal("0.001")),
    "ETHUSDT": (Decimal("2000.00"), Decimal("0.01"), Decimal("0.001")),
}


@dataclass(frozen=True)
class Books:
    """What the scenario ended with, as the sandbox reports it."""

    placed: int
    refused: int
    trades: int


def run_scenario(sandbox: Sandbox, client: BinanceClient, orders: int, seed: int = 13) -> Books:
    rng = random.Random(seed)
    marks = {symbol: start for symbol, (start, _, _) in SYMBOLS.items()}
    placed = refused = 0
    resting: list[tuple[str, int]] = []
    for number in range(orders):
        symbol = rng.choice(sorted(SYMBOLS))
        _, tick, step = SYMBOLS[symbol]
        side = rng.choice(("BUY", "SELL"))
        quantity = step * rng.randint(1, 20)
        kind = rng.random()
        try:
            if kind < 0.45:
                new_um_order.sync(client=client, symbol=symbol, side=side, type="MARKET", quantity=quantity)
            elif kind < 0.55:
                new_um_order.sync(
                    client=client, symbol=symbol, side=side, type="MARKET", quantity=quantity, reduce_only=True
                )
            else:
                offset = tick * rng.randint(1, 40) * (-1 if side == "BUY" else 1)
                order = new_um_order.sync(
                    client=client,
                    symbol=symbol,
                    side=side,
                    type="LIMIT",
                    time_in_force="GTC",
                    quantity=quantity,
                    price=marks[symbol] + offset,
                )
                resting.append((symbol, order.order_id))
            placed += 1
        except BadRequestError as error:
            if error.code != -2022:  # reduce-only with nothing to reduce: expected now and then
                raise
            refused += 1
        if number % 5 == 4:
            moved = rng.choice(sorted(SYMBOLS))
            marks[moved] += SYMBOLS[moved][1] * rng.randint(-30, 30)
            sandbox.set_mark_price(moved, marks[moved])
        if number % 17 == 16 and resting:
            symbol, order_id = resting.pop(rng.randrange(len(resting)))
            try:
                cancel_um_order.sync(client=client, symbol=symbol, order_id=order_id)
            except BadRequestError as error:
                if error.code != -2011:  # filled (or expired) before the cancel: fine
                    raise
    trades = sum(len(um_account_trade_list.sync(client=client, symbol=s, limit=1000)) for s in SYMBOLS)
    return Books(placed, refused, trades)


def decimal_of(value: object) -> Decimal:
    """A decimal the answer must carry (the models mark most fields optional)."""
    assert isinstance(value, Decimal), value
    return value


def check_books(sandbox: Sandbox, client: BinanceClient, start_usdt: Decimal) -> None:
    """Recomputes positions, entry prices, unrealized and realized PnL, commission and the
    USDT wallet from the trades, and asserts the sandbox reports exactly those."""
    wallet = start_usdt
    for symbol in SYMBOLS:
        trades = um_account_trade_list.sync(client=client, symbol=symbol, limit=1000)
        amount = cost = realized_total = Decimal(0)
        for trade in trades:
            signed = trade.qty if str(trade.side) == "BUY" else -trade.qty
            closing = min(abs(signed), abs(amount)) if amount * signed < 0 else Decimal(0)
            realized = Decimal(0)
            if closing:
                entry_value = cost if closing == abs(amount) else cost * closing / abs(amount)
                direction = 1 if amount > 0 else -1
                realized = ((closing * trade.price - entry_value) * direction).quantize(Decimal("0.00000001"))
                cost -= entry_value
                amount += closing * (1 if signed > 0 else -1)
                if not amount:
                    cost = Decimal(0)
            opening = abs(signed) - closing
            amount += opening * (1 if signed > 0 else -1)
            cost += opening * trade.price
            assert trade.realized_pnl == realized, trade
            rate = Decimal("0.0002") if trade.maker else Decimal("0.0004")
            assert trade.commission == (trade.qty * trade.price * rate).quantize(Decimal("0.00000001")), trade
            realized_total += realized
            wallet += realized - decimal_of(trade.commission)
        (position,) = query_um_position_information.sync(client=client, symbol=symbol)
        mark = sandbox.mark_price(symbol)
        assert position.position_amt == amount
        assert position.mark_price == mark
        if amount:
            assert position.entry_price == cost / abs(amount)
        expected_unrealized = (abs(amount) * mark - cost) * (1 if amount > 0 else -1) if amount else Decimal(0)
        assert position.un_realized_profit == expected_unrealized.quantize(Decimal("0.00000001"))
        income = get_um_income_history.sync(client=client, symbol=symbol, income_type="REALIZED_PNL", limit=1000)
        assert sum((i.income for i in income), Decimal(0)) == realized_total
    commissions = get_um_income_history.sync(client=client, income_type="COMMISSION", limit=1000)
    all_trades = [t for s in SYMBOLS for t in um_account_trade_list.sync(client=client, symbol=s, limit=1000)]
    assert sum((i.income for i in commissions), Decimal(0)) == -sum(
        (decimal_of(t.commission) for t in all_trades), Decimal(0)
    )
    balance = account_balance.sync(client=client, asset="USDT")
    assert not isinstance(balance, list)
    assert balance.um_wallet_balance == wallet
