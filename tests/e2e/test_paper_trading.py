"""Paper trading through binance-pm: a bot's orders fill against the mark, every number the
sandbox reports follows from the trades, concurrent orders lose nothing, state survives a
restart, and each mistake a bot makes comes back with Binance's code."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from binance_pm import BinanceClient
from binance_pm.api.portfolio_margin import (
    account_balance,
    change_um_position_mode,
    get_user_commission_rate_for_um,
    margin_account_borrow,
    margin_account_repay,
    new_cm_order,
    new_margin_order,
    new_um_order,
    query_cm_position_information,
    query_um_order,
    query_um_position_information,
    um_account_trade_list,
)
from binance_pm.errors import BadRequestError

from binance_pm_sandbox import DEMO_API_KEY, DEMO_API_SECRET, Sandbox
from binance_pm_sandbox.exchange import DEFAULT_FUNDING

from .conftest import fresh_client
from .scenario import check_books, decimal_of, run_scenario

START_USDT = Decimal(100_000)


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[BinanceClient]:
    with fresh_client(sandbox) as fresh:
        yield fresh


def _code(call: Any, **arguments: Any) -> int:
    with pytest.raises(BadRequestError) as caught:
        call(**arguments)
    assert caught.value.code is not None
    return caught.value.code


def test_a_limit_buy_fills_when_the_mark_moves_through_it(sandbox: Sandbox, client: BinanceClient) -> None:
    order = new_um_order.sync(
        client=client,
        symbol="BTCUSDT",
        side="BUY",
        type="LIMIT",
        time_in_force="GTC",
        quantity="0.010",
        price="29900.0",
    )
    assert str(order.status) == "NEW"
    sandbox.set_mark_price("BTCUSDT", "29899.9")
    filled = query_um_order.sync(client=client, symbol="BTCUSDT", order_id=order.order_id)
    assert (str(filled.status), filled.executed_qty, filled.avg_price) == (
        "FILLED",
        Decimal("0.010"),
        Decimal("29900.0"),
    )
    (position,) = query_um_position_information.sync(client=client, symbol="BTCUSDT")
    assert (position.position_amt, position.entry_price, position.un_realized_profit) == (
        Decimal("0.010"),
        Decimal("29900"),
        Decimal("-0.001"),
    )
    (trade,) = um_account_trade_list.sync(client=client, symbol="BTCUSDT")
    rate = get_user_commission_rate_for_um.sync(client=client, symbol="BTCUSDT")
    assert trade.maker and trade.commission == Decimal("299.000") * rate.maker_commission_rate


def test_a_scripted_scenario_adds_up(sandbox: Sandbox, client: BinanceClient) -> None:
    books = run_scenario(sandbox, client, orders=60)
    assert books.placed + books.refused == 60 and books.trades > 20
    check_books(sandbox, client, START_USDT)


async def test_200_concurrent_orders_lose_and_double_nothing(sandbox: Sandbox) -> None:
    # A wide recvWindow: 200 requests at once may queue for a while on a busy machine.
    async with fresh_client(sandbox, recv_window=60_000) as client:
        sides = ["BUY" if i % 3 else "SELL" for i in range(200)]
        orders = await asyncio.gather(
            *(
                new_um_order.asyncio(
                    client=client,
                    symbol="BTCUSDT",
                    side=side,
                    type="MARKET",
                    quantity="0.001",
                    new_client_order_id=f"c-{i}",
                )
                for i, side in enumerate(sides)
            )
        )
        trades = await um_account_trade_list.asyncio(client=client, symbol="BTCUSDT", limit=1000)
        (position,) = await query_um_position_information.asyncio(client=client, symbol="BTCUSDT")
        balance = await account_balance.asyncio(client=client, asset="USDT")
    assert len({o.order_id for o in orders}) == 200 and all(str(o.status) == "FILLED" for o in orders)
    assert sorted(t.order_id for t in trades) == sorted(o.order_id for o in orders)
    assert position.position_amt == Decimal("0.001") * (sides.count("BUY") - sides.count("SELL"))
    assert not isinstance(balance, list)
    spent = sum((decimal_of(t.commission) - decimal_of(t.realized_pnl) for t in trades), Decimal(0))
    assert balance.um_wallet_balance == START_USDT - spent
    assert spent == Decimal("0.012") * 200  # 30 USDT each at the taker rate, nothing realized at a fixed mark


@pytest.mark.parametrize(
    ("arguments", "code"),
    [
        ({"symbol": "NOPEUSDT", "quantity": "0.010"}, -1121),
        ({"quantity": "0.0101"}, -1111),
        ({"quantity": "0.001", "type": "LIMIT", "price": "100.0", "time_in_force": "GTC"}, -4164),
        ({"quantity": "100.000"}, -2019),
        ({"quantity": "0.010", "side": "SELL", "reduce_only": True}, -2022),
        ({"quantity": "0.010", "position_side": "LONG"}, -4061),
    ],
    ids=["unknown-symbol", "too-many-decimals", "notional", "margin", "reduce-only", "position-side"],
)
def test_a_bots_mistakes_carry_binances_codes(client: BinanceClient, arguments: dict[str, Any], code: int) -> None:
    order = {"client": client, "symbol": "BTCUSDT", "side": "BUY", "type": "MARKET", **arguments}
    assert _code(new_um_order.sync, **order) == code


def test_unknown_order_and_duplicate_client_id(client: BinanceClient) -> None:
    assert _code(query_um_order.sync, client=client, symbol="BTCUSDT", order_id=42) == -2013
    order: dict[str, Any] = {
        "client": client,
        "symbol": "BTCUSDT",
        "side": "BUY",
        "type": "LIMIT",
        "time_in_force": "GTC",
    }
    new_um_order.sync(**order, quantity="0.010", price="29000.0", new_client_order_id="dup")
    assert _code(new_um_order.sync, **order, quantity="0.010", price="29000.0", new_client_order_id="dup") == -4116


def test_hedge_mode_needs_a_position_side(client: BinanceClient) -> None:
    change_um_position_mode.sync(client=client, dual_side_position=True)
    order: dict[str, Any] = {
        "client": client,
        "symbol": "BTCUSDT",
        "side": "BUY",
        "type": "MARKET",
        "quantity": "0.010",
    }
    assert _code(new_um_order.sync, **order) == -4061
    assert str(new_um_order.sync(**order, position_side="LONG").position_side) == "LONG"


def test_advancing_the_exchange_clock_expires_gtd_but_keeps_signatures_valid(
    sandbox: Sandbox, client: BinanceClient
) -> None:
    until = sandbox.exchange_now_ms() + 3_600_000
    order = new_um_order.sync(
        client=client,
        symbol="BTCUSDT",
        side="BUY",
        type="LIMIT",
        time_in_force="GTD",
        good_till_date=until,
        quantity="0.010",
        price="29000.0",
    )
    sandbox.advance_clock(3_600_000)
    assert sandbox.exchange_now_ms() >= until
    expired = query_um_order.sync(client=client, symbol="BTCUSDT", order_id=order.order_id)  # still signed fine
    assert str(expired.status) == "EXPIRED"


def test_cm_and_margin_move_their_own_balances(client: BinanceClient) -> None:
    new_cm_order.sync(client=client, symbol="BTCUSD_PERP", side="SELL", type="MARKET", quantity="3")
    (short, *_) = query_cm_position_information.sync(client=client, pair="BTCUSD")
    assert (short.symbol, short.position_amt) == ("BTCUSD_PERP", Decimal(-3))
    margin_account_borrow.sync(client=client, asset="USDT", amount="500")
    new_margin_order.sync(client=client, symbol="ETHUSDT", side="BUY", type="MARKET", quantity="1")
    margin_account_repay.sync(client=client, asset="USDT", amount="200")
    balances = {b.asset: b for b in account_balance.sync(client=client) if not isinstance(b, dict)}  # type: ignore[union-attr]
    usdt, eth, btc = balances["USDT"], balances["ETH"], balances["BTC"]
    assert (usdt.cross_margin_free, usdt.cross_margin_borrowed) == (Decimal(98_300), Decimal(300))
    assert eth.cross_margin_free == Decimal(10) + Decimal(1) - Decimal("0.001")
    assert btc.cm_wallet_balance == DEFAULT_FUNDING["cm"]["BTC"] - Decimal("0.00000400")  # 3 x 100 USD / 30000 x 0.0004


def test_the_state_file_keeps_accounts_orders_and_positions(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.sqlite"
    with Sandbox(state_file=path) as first, first.client() as client:
        new_um_order.sync(client=client, symbol="ETHUSDT", side="SELL", type="MARKET", quantity="1.000")
        resting = new_um_order.sync(
            client=client,
            symbol="ETHUSDT",
            side="BUY",
            type="LIMIT",
            time_in_force="GTC",
            quantity="0.500",
            price="1900.00",
        )
        before = first.account_state()
    with Sandbox(state_file=path) as second, second.client() as client:
        assert second.account_state() == before
        assert str(query_um_order.sync(client=client, symbol="ETHUSDT", order_id=resting.order_id).status) == "NEW"
        second.set_mark_price("ETHUSDT", "1899.99")
        (position,) = query_um_position_information.sync(client=client, symbol="ETHUSDT")
        assert position.position_amt == Decimal("-0.500")


def _start(arguments: list[str]) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "binance_pm_sandbox", "--port", "0", *arguments]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    url = process.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:"), url
    return process, url


def _stop(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGINT)
    assert process.wait(10) == 0


def test_the_command_restarts_from_its_state_file_with_prices_from_a_file(tmp_path: Path) -> None:
    state, prices = tmp_path / "state.sqlite", tmp_path / "prices.csv"
    prices.write_text("symbol,price\nBTCUSDT,25000.0\n")
    process, url = _start(["--state", str(state), "--prices", str(prices)])
    try:
        with BinanceClient(api_key=DEMO_API_KEY, api_secret=DEMO_API_SECRET, base_url=url, papi_base_url=url) as client:
            order = new_um_order.sync(client=client, symbol="BTCUSDT", side="BUY", type="MARKET", quantity="0.004")
            assert order.avg_price == Decimal("25000.0")
    finally:
        _stop(process)
    process, url = _start(["--state", str(state)])
    try:
        with BinanceClient(api_key=DEMO_API_KEY, api_secret=DEMO_API_SECRET, base_url=url, papi_base_url=url) as client:
            (position,) = query_um_position_information.sync(client=client, symbol="BTCUSDT")
            assert (position.position_amt, position.mark_price) == (Decimal("0.004"), Decimal("25000.0"))
    finally:
        _stop(process)


def test_a_bad_prices_file_is_a_usage_error(tmp_path: Path) -> None:
    prices = tmp_path / "prices.json"
    prices.write_text('{"BTCUSDT": "cheap"}')
    result = subprocess.run(
        [sys.executable, "-m", "binance_pm_sandbox", "--prices", str(prices)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert "price of BTCUSDT is not a number" in result.stderr and "Traceback" not in result.stderr


def test_the_price_walk_moves_the_marks(tmp_path: Path) -> None:
    process, url = _start(["--price-walk", "5", "--price-walk-interval", "0.05"])
    try:
        with BinanceClient(api_key=DEMO_API_KEY, api_secret=DEMO_API_SECRET, base_url=url, papi_base_url=url) as client:
            seen: set[object] = set()
            deadline = time.monotonic() + 10
            while len(seen) < 3 and time.monotonic() < deadline:
                (position,) = query_um_position_information.sync(client=client, symbol="BTCUSDT")
                seen.add(position.mark_price)
                time.sleep(0.06)
    finally:
        _stop(process)
    assert len(seen) >= 3


def test_the_account_reports_reflect_a_position(sandbox: Sandbox, client: BinanceClient) -> None:
    from binance_pm.api.portfolio_margin import account_information, get_um_account_detail

    new_um_order.sync(client=client, symbol="BTCUSDT", side="BUY", type="MARKET", quantity="0.100")
    sandbox.set_mark_price("BTCUSDT", "31000.0")
    detail = get_um_account_detail.sync(client=client)
    (usdt,) = [a for a in detail.assets if a.asset == "USDT"]
    btc = next(p for p in detail.positions if p.symbol == "BTCUSDT")
    wallet = START_USDT - Decimal("1.2")  # 3000 x 0.0004
    assert (usdt.cross_wallet_balance, usdt.cross_un_pnl) == (wallet, Decimal(100))
    assert (usdt.initial_margin, usdt.maint_margin) == (Decimal(155), Decimal("12.4"))  # 3100 / 20, 3100 x 0.004
    assert (btc.position_amt, btc.entry_price, btc.unrealized_profit) == (
        Decimal("0.100"),
        Decimal(30000),
        Decimal(100),
    )
    info = account_information.sync(client=client)
    # USDT, BTC, ETH, BNB, and LTC at its LTCBTC mark in BTC times BTC's
    margin_usd = Decimal(100_000) + Decimal(31_000) + 10 * Decimal(2000) + 100 * Decimal(300)
    margin_usd += 100 * Decimal("0.0033") * Decimal(31_000)
    cm_usd = 100 * Decimal(31_000) + 100 * Decimal(2000)
    equity = wallet + Decimal(100) + margin_usd + cm_usd
    assert (info.account_equity, info.account_initial_margin, info.account_maint_margin) == (
        equity,
        Decimal(155),
        Decimal("12.4"),
    )
    assert info.uni_mmr == (equity / Decimal("12.4")).quantize(Decimal("0.00000001"))


def test_a_state_file_that_is_not_sqlite_is_a_usage_error(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    state.write_text("not a database, just text that is long enough to have a header" * 10)
    result = subprocess.run(
        [sys.executable, "-m", "binance_pm_sandbox", "--state", str(state)], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 2
    assert f"--state {state}: not a usable SQLite file" in result.stderr and "Traceback" not in result.stderr
