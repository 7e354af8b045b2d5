"""Conditional orders on the engine alone: accepted with Binance's checks, triggered when the
mark reaches the stop price (STOP/TAKE_PROFIT become LIMIT, the _MARKET types MARKET),
cancelled, listed, kept by the store, and each change published as Binance's event."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from binance_pm_sandbox.errors import BinanceError
from binance_pm_sandbox.exchange import CM_SYMBOLS, UM_SYMBOLS, ConditionalOrder, Exchange, SqliteStore, conditional
from binance_pm_sandbox.exchange.conditional import NewConditionalOrder

from .conftest import API_KEY, RecordingSink

BTC = UM_SYMBOLS["BTCUSDT"]
BTC_PERP = CM_SYMBOLS["BTCUSD_PERP"]


def place(exchange: Exchange, **fields: Any) -> ConditionalOrder:
    fields.setdefault("rules", BTC)
    for name in ("quantity", "price", "stop_price", "activate_price", "callback_rate"):
        if isinstance(fields.get(name), str):
            fields[name] = Decimal(fields[name])
    with exchange.account(API_KEY) as desk:
        return conditional.place(desk, NewConditionalOrder(**fields))


def refused(exchange: Exchange, **fields: Any) -> int:
    with pytest.raises(BinanceError) as caught:
        place(exchange, **fields)
    return caught.value.code


def snapshot(exchange: Exchange) -> dict[str, Any]:
    return exchange.snapshot(API_KEY)


def strategy(exchange: Exchange, strategy_id: int) -> dict[str, Any]:
    found: dict[str, Any] = snapshot(exchange)["conditional"][str(strategy_id)]
    return found


def test_a_stop_market_sell_waits_and_fires_as_a_market_order_when_the_mark_falls_to_it(
    exchange: Exchange, sink: RecordingSink
) -> None:
    order = place(exchange, side="SELL", type="STOP_MARKET", quantity="0.010", stop_price="29000.0")
    assert (order.status, order.order_id, snapshot(exchange)["orders"]) == ("NEW", 0, {})
    exchange.set_mark_price("BTCUSDT", "29000.1")
    assert strategy(exchange, order.strategy_id)["status"] == "NEW"

    exchange.set_mark_price("BTCUSDT", "29000.0")
    fired = strategy(exchange, order.strategy_id)
    (placed,) = snapshot(exchange)["orders"].values()
    assert (fired["status"], fired["order_id"]) == ("FINISHED", placed["order_id"])
    assert (placed["type"], placed["status"], placed["executed_qty"]) == ("MARKET", "FILLED", "0.010")
    assert snapshot(exchange)["positions"]["um:BTCUSDT:BOTH"]["amount"] == "-0.010"
    statuses = [e["so"]["os"] for e in sink.of_type("CONDITIONAL_ORDER_TRADE_UPDATE")]
    assert statuses == ["NEW", "TRIGGERED", "FINISHED"]
    assert [e["o"]["X"] for e in sink.of_type("ORDER_TRADE_UPDATE")] == ["NEW", "FILLED"]


def test_a_take_profit_buy_becomes_a_limit_at_its_price_and_finishes_when_that_fills(exchange: Exchange) -> None:
    order = place(exchange, side="BUY", type="TAKE_PROFIT", quantity="0.010", price="27000.0", stop_price="28000.0")
    exchange.set_mark_price("BTCUSDT", "27500.0")  # fires; the LIMIT at 27000 rests below the mark
    (placed,) = snapshot(exchange)["orders"].values()
    assert (placed["type"], placed["price"], placed["status"]) == ("LIMIT", "27000.0", "NEW")
    assert strategy(exchange, order.strategy_id)["status"] == "TRIGGERED"

    exchange.set_mark_price("BTCUSDT", "26999.9")
    assert snapshot(exchange)["orders"][str(placed["order_id"])]["status"] == "FILLED"
    assert strategy(exchange, order.strategy_id)["status"] == "FINISHED"


def test_the_event_carries_binances_field_names(exchange: Exchange, sink: RecordingSink) -> None:
    place(
        exchange,
        rules=BTC_PERP,
        side="BUY",
        type="STOP",
        quantity="2",
        price="31000.0",
        stop_price="31000.0",
        client_id="my-stop",
        working_type="MARK_PRICE",
    )
    (event,) = sink.of_type("CONDITIONAL_ORDER_TRADE_UPDATE")
    assert (event["fs"], event["so"]["s"], event["so"]["c"], event["so"]["st"]) == (
        "CM",
        "BTCUSD_PERP",
        "my-stop",
        "STOP",
    )
    assert (event["so"]["q"], event["so"]["p"], event["so"]["sp"], event["so"]["os"]) == (
        "2",
        "31000.0",
        "31000.0",
        "NEW",
    )
    assert (event["so"]["wt"], event["so"]["ps"], event["so"]["R"], event["so"]["i"]) == (
        "MARK_PRICE",
        "BOTH",
        False,
        0,
    )
    assert set(event["so"]) >= {"si", "S", "f", "T", "ut", "cp", "V", "gtd"}


def test_an_order_that_would_fire_at_once_is_refused_with_2021(exchange: Exchange) -> None:
    assert refused(exchange, side="BUY", type="STOP_MARKET", quantity="0.010", stop_price="30000.0") == -2021
    assert refused(exchange, side="SELL", type="TAKE_PROFIT_MARKET", quantity="0.010", stop_price="29000.0") == -2021
    assert refused(exchange, side="BUY", type="TRAILING_STOP_MARKET", quantity="0.010", callback_rate="1",
                   activate_price="31000.0") == -2021  # fmt: skip
    assert snapshot(exchange)["conditional"] == {}


def test_binances_checks_on_a_new_conditional_order(exchange: Exchange) -> None:
    stop = {"side": "SELL", "quantity": "0.010", "stop_price": "29000.0"}
    assert refused(exchange, type="STOP", **stop) == -1102  # no price
    assert refused(exchange, side="SELL", type="STOP_MARKET", quantity="0.010") == -1102  # no trigger price
    assert refused(exchange, type="STOP_MARKET", **{**stop, "quantity": "0.0105"}) == -4023
    assert refused(exchange, type="STOP_MARKET", **{**stop, "stop_price": "29000.05"}) == -4014
    assert refused(exchange, type="STOP_MARKET", position_side="LONG", **stop) == -4061
    assert refused(exchange, side="SELL", type="TRAILING_STOP_MARKET", quantity="0.010", callback_rate="11") == -1130
    place(exchange, type="STOP_MARKET", client_id="same", **stop)
    assert refused(exchange, type="STOP_MARKET", client_id="same", **stop) == -4116


def test_cancelled_orders_do_not_fire_and_cannot_be_cancelled_twice(exchange: Exchange) -> None:
    order = place(exchange, side="SELL", type="STOP_MARKET", quantity="0.010", stop_price="29000.0")
    other = place(exchange, side="SELL", type="STOP_MARKET", quantity="0.010", stop_price="28000.0")
    with exchange.account(API_KEY) as desk:
        conditional.cancel(desk, order, BTC)
        with pytest.raises(BinanceError) as caught:
            conditional.cancel(desk, order, BTC)
        assert caught.value.code == -2011
        assert [c.strategy_id for c in conditional.open_orders(desk, "um", "BTCUSDT")] == [other.strategy_id]
        assert [c.strategy_id for c in conditional.cancel_all(desk, BTC)] == [other.strategy_id]
    exchange.set_mark_price("BTCUSDT", "27000.0")
    assert snapshot(exchange)["orders"] == {}


def test_a_refused_trigger_ends_rejected_on_um_and_expired_on_cm(exchange: Exchange) -> None:
    um = place(exchange, side="SELL", type="STOP_MARKET", quantity="0.010", stop_price="29000.0", reduce_only=True)
    cm = place(
        exchange, rules=BTC_PERP, side="SELL", type="STOP_MARKET", quantity="1", stop_price="29000.0", reduce_only=True
    )
    exchange.set_mark_price("BTCUSDT", "28000.0")
    exchange.set_mark_price("BTCUSD_PERP", "28000.0")
    assert strategy(exchange, um.strategy_id)["status"] == "REJECTED"  # reduce-only with no position
    assert strategy(exchange, cm.strategy_id)["status"] == "EXPIRED"
    assert snapshot(exchange)["orders"] == {}


def test_a_trailing_sell_follows_the_highest_mark_and_fires_when_the_mark_turns_back(exchange: Exchange) -> None:
    order = place(exchange, side="SELL", type="TRAILING_STOP_MARKET", quantity="0.010", callback_rate="1")
    for mark in ("31000.0", "32000.0", "31680.1"):  # 1% below 32000 is 31680
        exchange.set_mark_price("BTCUSDT", mark)
        assert strategy(exchange, order.strategy_id)["status"] == "NEW"
    assert strategy(exchange, order.strategy_id)["best_price"] == "32000.0"
    exchange.set_mark_price("BTCUSDT", "31680.0")
    assert strategy(exchange, order.strategy_id)["status"] == "FINISHED"
    (placed,) = snapshot(exchange)["orders"].values()
    assert (placed["type"], placed["side"], placed["status"]) == ("MARKET", "SELL", "FILLED")


def test_a_trailing_buy_arms_only_at_its_activation_price(exchange: Exchange) -> None:
    order = place(
        exchange, side="BUY", type="TRAILING_STOP_MARKET", quantity="0.010", callback_rate="2", activate_price="29000.0"
    )
    exchange.set_mark_price("BTCUSDT", "29500.0")
    exchange.set_mark_price("BTCUSDT", "31000.0")  # a turn of far more than 2%, but not armed
    assert strategy(exchange, order.strategy_id)["status"] == "NEW"
    exchange.set_mark_price("BTCUSDT", "28000.0")  # arms, lowest 28000: fires at 28560 or above
    exchange.set_mark_price("BTCUSDT", "28559.9")
    assert strategy(exchange, order.strategy_id)["status"] == "NEW"
    exchange.set_mark_price("BTCUSDT", "28560.0")
    assert strategy(exchange, order.strategy_id)["status"] == "FINISHED"


def test_conditional_orders_survive_a_restart_with_the_state_file(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    first = Exchange(store=SqliteStore(path))
    with first.account(API_KEY) as desk:
        order = conditional.place(
            desk,
            NewConditionalOrder(BTC, "SELL", "STOP_MARKET", Decimal("0.010"), stop_price=Decimal("29000.0")),
        )
    first.store.close()

    second = Exchange(store=SqliteStore(path))
    with second.account(API_KEY) as desk:
        (kept,) = conditional.open_orders(desk, "um")
    assert kept == order
    second.set_mark_price("BTCUSDT", "28000.0")
    assert second.snapshot(API_KEY)["conditional"][str(order.strategy_id)]["status"] == "FINISHED"
    second.store.close()
