"""Cross margin on its own: spot orders against the mark, locked balances, loans, events."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from binance_pm_sandbox.errors import BinanceError
from binance_pm_sandbox.exchange import MARGIN_SYMBOLS, Exchange, Order, margin
from binance_pm_sandbox.exchange.margin import NewMarginOrder

from .conftest import API_KEY, RecordingSink

BTC = MARGIN_SYMBOLS["BTCUSDT"]


def place(exchange: Exchange, **fields: Any) -> Order:
    for name in ("quantity", "price", "quote_order_qty"):
        if isinstance(fields.get(name), str):
            fields[name] = Decimal(fields[name])
    with exchange.account(API_KEY) as desk:
        return margin.place(desk, NewMarginOrder(rules=BTC, **fields))


def balance(exchange: Exchange, asset: str) -> dict[str, str]:
    found: dict[str, str] = exchange.snapshot(API_KEY)["margin"][asset]
    return found


def test_market_buy_spends_quote_and_receives_base_less_commission(exchange: Exchange) -> None:
    order = place(exchange, side="BUY", type="MARKET", quantity="0.1")
    assert order.status == "FILLED"
    assert Decimal(balance(exchange, "USDT")["free"]) == Decimal(100_000) - Decimal(3000)
    assert Decimal(balance(exchange, "BTC")["free"]) == Decimal(1) + Decimal("0.1") - Decimal("0.0001")


def test_limit_rests_with_its_cost_locked_then_fills_when_the_mark_crosses(exchange: Exchange) -> None:
    order = place(exchange, side="BUY", type="LIMIT", quantity="0.1", price="29000.00")
    usdt = balance(exchange, "USDT")
    assert (Decimal(usdt["free"]), Decimal(usdt["locked"])) == (Decimal(97_100), Decimal(2900))
    exchange.set_mark_price("BTCUSDT", "28999")
    usdt = balance(exchange, "USDT")
    assert (Decimal(usdt["free"]), Decimal(usdt["locked"])) == (Decimal(97_100), Decimal(0))
    assert exchange.snapshot(API_KEY)["orders"][str(order.order_id)]["status"] == "FILLED"


def test_cancel_unlocks(exchange: Exchange) -> None:
    order = place(exchange, side="SELL", type="LIMIT", quantity="0.5", price="31000.00")
    assert Decimal(balance(exchange, "BTC")["locked"]) == Decimal("0.5")
    with exchange.account(API_KEY) as desk:
        margin.cancel(desk, desk.account.orders[order.order_id], BTC)
    btc = balance(exchange, "BTC")
    assert (Decimal(btc["free"]), Decimal(btc["locked"])) == (Decimal(1), Decimal(0))


def test_without_the_balance_an_order_is_2010_unless_it_borrows(exchange: Exchange) -> None:
    with pytest.raises(BinanceError) as caught:
        place(exchange, side="SELL", type="MARKET", quantity="2")
    assert (caught.value.code, caught.value.msg) == (-2010, "Account has insufficient balance for requested action.")
    place(exchange, side="SELL", type="MARKET", quantity="2", side_effect_type="MARGIN_BUY")
    btc = balance(exchange, "BTC")
    assert (Decimal(btc["free"]), Decimal(btc["borrowed"])) == (Decimal(0), Decimal(1))


def test_notional_below_the_minimum_is_1013(exchange: Exchange) -> None:
    with pytest.raises(BinanceError) as caught:
        place(exchange, side="BUY", type="LIMIT", quantity="0.00001", price="100.00")
    assert caught.value.code == -1013


def test_borrow_and_repay_move_free_balance_and_liability(exchange: Exchange, sink: RecordingSink) -> None:
    with exchange.account(API_KEY) as desk:
        margin.borrow(desk, "BTC", Decimal("0.5"))
    btc = balance(exchange, "BTC")
    assert (Decimal(btc["free"]), Decimal(btc["borrowed"])) == (Decimal("1.5"), Decimal("0.5"))
    with exchange.account(API_KEY) as desk:
        margin.repay(desk, "BTC", Decimal("2"))  # only what is owed is taken
    btc = balance(exchange, "BTC")
    assert (Decimal(btc["free"]), Decimal(btc["borrowed"])) == (Decimal(1), Decimal(0))
    changes = sink.of_type("liabilityChange")
    assert [(c["a"], c["t"], c["p"], c["l"]) for c in changes] == [
        ("BTC", "BORROW", "0.50000000", "0.50000000"),
        ("BTC", "REPAY", "0.50000000", "0.00000000"),
    ]
    assert [e["B"] for e in sink.of_type("outboundAccountPosition")][-1] == [
        {"a": "BTC", "f": "1.00000000", "l": "0.00000000"}
    ]


def test_repay_without_the_free_balance_is_2018(exchange: Exchange) -> None:
    with exchange.account(API_KEY) as desk:
        margin.borrow(desk, "ETH", Decimal("1"))
        desk.account.margin["ETH"].free = Decimal(0)
        with pytest.raises(BinanceError) as caught:
            margin.repay(desk, "ETH", Decimal("1"))
    assert caught.value.code == -2018


def test_a_fill_publishes_execution_reports_and_balances(exchange: Exchange, sink: RecordingSink) -> None:
    order = place(exchange, side="BUY", type="MARKET", quantity="0.1", client_order_id="m-1")
    reports = sink.of_type("executionReport")
    assert [(r["x"], r["X"], r["i"], r["c"], r["s"], r["S"]) for r in reports] == [
        ("NEW", "NEW", order.order_id, "m-1", "BTCUSDT", "BUY"),
        ("TRADE", "FILLED", order.order_id, "m-1", "BTCUSDT", "BUY"),
    ]
    assert (reports[1]["l"], reports[1]["L"], reports[1]["n"], reports[1]["N"]) == (
        "0.10000",
        "30000.00",
        "0.00010000",
        "BTC",
    )
    (position,) = sink.of_type("outboundAccountPosition")
    assert [b["a"] for b in position["B"]] == ["BTC", "USDT"]
