"""State that lasts (the SQLite store), funding, and prices from outside (file and walk)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from binance_pm_sandbox.exchange import UM_SYMBOLS, Exchange, SqliteStore, futures
from binance_pm_sandbox.exchange.futures import NewFuturesOrder
from binance_pm_sandbox.prices import PriceFileError, PriceWalk, load_prices

from .conftest import API_KEY, Clock, RecordingSink

BTC = UM_SYMBOLS["BTCUSDT"]


def _trade(exchange: Exchange) -> int:
    with exchange.account(API_KEY) as desk:
        futures.place(desk, NewFuturesOrder(BTC, "BUY", "MARKET", Decimal("0.010")), UM_SYMBOLS)
        resting = futures.place(
            desk, NewFuturesOrder(BTC, "BUY", "LIMIT", Decimal("0.020"), Decimal("29000.0")), UM_SYMBOLS
        )
    return resting.order_id


def test_a_new_exchange_on_the_same_file_has_the_same_accounts(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "state.sqlite"
    first = Exchange(clock=clock, store=SqliteStore(path))
    resting_id = _trade(first)
    first.set_mark_price("ETHUSDT", "2100.00")
    before = first.snapshot(API_KEY)
    first.store.close()

    second = Exchange(clock=clock, store=SqliteStore(path))
    assert second.snapshot(API_KEY) == before
    assert second.mark_price("ETHUSDT") == Decimal("2100.00")
    # The resting order still rests, fills on the mark, and ids carry on after the last one.
    second.set_mark_price("BTCUSDT", "28000")
    after = second.snapshot(API_KEY)
    assert after["orders"][str(resting_id)]["status"] == "FILLED"
    assert after["positions"]["um:BTCUSDT:BOTH"]["amount"] == "0.030"
    with second.account(API_KEY) as desk:
        newer = futures.place(desk, NewFuturesOrder(BTC, "BUY", "MARKET", Decimal("0.010")), UM_SYMBOLS)
    assert newer.order_id == resting_id + 1


def test_reset_empties_the_file(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    exchange = Exchange(store=SqliteStore(path))
    _trade(exchange)
    exchange.reset()
    assert SqliteStore(path).load() == ({}, {})


def test_funding_is_per_wallet_and_publishes_the_change(sink: RecordingSink) -> None:
    exchange = Exchange(events=sink, funding={"um": {"USDT": Decimal(50)}})
    assert exchange.snapshot(API_KEY)["wallets"] == {"um": {"USDT": "50"}, "cm": {}}
    exchange.fund(API_KEY, "USDT", "25.5")
    exchange.fund(API_KEY, "BTC", 2, wallet="margin")
    state = exchange.snapshot(API_KEY)
    assert (state["wallets"]["um"]["USDT"], state["margin"]["BTC"]["free"]) == ("75.5", "2")
    assert [e["e"] for _, e in sink.events] == ["ACCOUNT_UPDATE", "balanceUpdate", "outboundAccountPosition"]
    assert sink.events[0][1]["a"]["m"] == "DEPOSIT"
    with pytest.raises(ValueError, match="wallet"):
        exchange.fund(API_KEY, "USDT", 1, wallet="spot")


def test_mark_prices_must_be_positive_and_known() -> None:
    exchange = Exchange()
    with pytest.raises(ValueError, match="> 0"):
        exchange.set_mark_price("BTCUSDT", 0)
    with pytest.raises(KeyError, match="NOPE"):
        exchange.set_mark_price("NOPE", 1)


def test_prices_file_in_json_or_csv(tmp_path: Path) -> None:
    as_json = tmp_path / "prices.json"
    as_json.write_text(json.dumps({"BTCUSDT": "31000.5", "ETHUSD_PERP": 2100}))
    assert load_prices(as_json) == {"BTCUSDT": Decimal("31000.5"), "ETHUSD_PERP": Decimal(2100)}
    as_list = tmp_path / "list.json"
    as_list.write_text(json.dumps([{"symbol": "BNBUSDT", "price": "301.5"}]))
    assert load_prices(as_list) == {"BNBUSDT": Decimal("301.5")}
    as_csv = tmp_path / "prices.csv"
    as_csv.write_text("symbol,price\nBTCUSDT, 29000\n\nETHUSDT,1999.99\n")
    assert load_prices(as_csv) == {"BTCUSDT": Decimal(29000), "ETHUSDT": Decimal("1999.99")}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("NOPEUSDT,1\n", "line 1: unknown symbol 'NOPEUSDT'"),
        ("BTCUSDT,abc\n", "line 1: price of BTCUSDT is not a number"),
        ("BTCUSDT,-5\n", "line 1: price of BTCUSDT must be > 0"),
        ("BTCUSDT\n", "line 1: expected symbol,price"),
        ('{"BTCUSDT": ', "not valid JSON"),
    ],
)
def test_a_bad_prices_file_says_where(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "prices.txt"
    path.write_text(text)
    with pytest.raises(PriceFileError, match=message):
        load_prices(path)


def test_the_price_walk_is_reproducible_and_stays_on_ticks() -> None:
    start = {"BTCUSDT": Decimal("30000.0"), "ETHUSDT": Decimal("2000.00")}
    first, second, other = PriceWalk(7, start), PriceWalk(7, start), PriceWalk(8, start)
    runs = [[walk.step() for _ in range(20)] for walk in (first, second, other)]
    assert runs[0] == runs[1] != runs[2]
    for step in runs[0]:
        assert step["BTCUSDT"] % Decimal("0.1") == 0 and abs(step["BTCUSDT"] - Decimal(30000)) < 1000
