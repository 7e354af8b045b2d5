"""Cross-margin OCOs on the engine alone: the price bracket, the lock, one leg going through
ending the other, and cancelling the list by either leg."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from binance_pm_sandbox.errors import BinanceError
from binance_pm_sandbox.exchange import MARGIN_SYMBOLS, Exchange, OrderList, oco
from binance_pm_sandbox.exchange.oco import NewOco

from .conftest import API_KEY, RecordingSink

BTC = MARGIN_SYMBOLS["BTCUSDT"]


def place(exchange: Exchange, **fields: Any) -> OrderList:
    fields.setdefault("rules", BTC)
    for name in ("quantity", "price", "stop_price", "stop_limit_price"):
        if isinstance(fields.get(name), str):
            fields[name] = Decimal(fields[name])
    with exchange.account(API_KEY) as desk:
        return oco.place(desk, NewOco(**fields))


def sell_oco(exchange: Exchange, **fields: Any) -> OrderList:
    return place(exchange, side="SELL", quantity="0.10000", price="31000.00", stop_price="29000.00", **fields)


def balance(exchange: Exchange, asset: str) -> tuple[Decimal, Decimal]:
    found = exchange.snapshot(API_KEY)["margin"][asset]
    return Decimal(found["free"]), Decimal(found["locked"])


def statuses(exchange: Exchange, order_list: OrderList) -> list[tuple[str, str]]:
    orders = exchange.snapshot(API_KEY)["orders"]
    return [(orders[str(i)]["type"], orders[str(i)]["status"]) for i in order_list.order_ids]


def test_a_sell_oco_locks_its_quantity_once_and_lists_both_legs(exchange: Exchange) -> None:
    order_list = sell_oco(exchange)
    assert balance(exchange, "BTC") == (Decimal("0.9"), Decimal("0.1"))
    assert statuses(exchange, order_list) == [("STOP_LOSS", "NEW"), ("LIMIT_MAKER", "NEW")]
    with exchange.account(API_KEY) as desk:
        assert [o.order_list_id for o in desk.account.open_orders("margin")] == [order_list.order_list_id] * 2


def test_the_limit_leg_filling_expires_the_stop_leg(exchange: Exchange, sink: RecordingSink) -> None:
    order_list = sell_oco(exchange)
    exchange.set_mark_price("BTCUSDT", "31000.01")
    assert statuses(exchange, order_list) == [("STOP_LOSS", "EXPIRED"), ("LIMIT_MAKER", "FILLED")]
    assert balance(exchange, "BTC") == (Decimal("0.9"), Decimal(0))
    assert balance(exchange, "USDT")[0] == Decimal(100_000) + Decimal("3100") - Decimal("3.1")  # maker commission
    exchange.set_mark_price("BTCUSDT", "28000.00")
    assert statuses(exchange, order_list)[0] == ("STOP_LOSS", "EXPIRED")
    reports = [(e["o"], e["X"]) for e in sink.of_type("executionReport")]
    assert reports[-2:] == [("STOP_LOSS", "EXPIRED"), ("LIMIT_MAKER", "FILLED")]


def test_the_stop_leg_fires_at_the_mark_and_expires_the_limit_leg(exchange: Exchange) -> None:
    order_list = sell_oco(exchange)
    exchange.set_mark_price("BTCUSDT", "28900.00")
    assert statuses(exchange, order_list) == [("STOP_LOSS", "FILLED"), ("LIMIT_MAKER", "EXPIRED")]
    (trade,) = exchange.snapshot(API_KEY)["trades"]
    assert (trade["price"], trade["maker"]) == ("28900.00", False)


def test_a_stop_limit_leg_rests_at_its_limit_once_fired(exchange: Exchange) -> None:
    order_list = sell_oco(exchange, stop_limit_price="29100.00", stop_limit_time_in_force="GTC")
    exchange.set_mark_price("BTCUSDT", "28950.00")  # fires; a SELL at 29100 is above the mark, so it rests
    assert statuses(exchange, order_list) == [("STOP_LOSS_LIMIT", "NEW"), ("LIMIT_MAKER", "EXPIRED")]
    exchange.set_mark_price("BTCUSDT", "29100.00")
    assert statuses(exchange, order_list)[0] == ("STOP_LOSS_LIMIT", "NEW")
    exchange.set_mark_price("BTCUSDT", "29100.01")
    assert statuses(exchange, order_list)[0] == ("STOP_LOSS_LIMIT", "FILLED")
    (trade,) = exchange.snapshot(API_KEY)["trades"]
    assert (trade["price"], trade["maker"]) == ("29100.00", True)


def test_cancelling_one_leg_cancels_the_list_and_releases_the_lock(exchange: Exchange) -> None:
    order_list = sell_oco(exchange)
    with exchange.account(API_KEY) as desk:
        limit_leg = oco.legs(desk, order_list)[1]
        oco.cancel_order(desk, limit_leg, BTC)
        with pytest.raises(BinanceError) as caught:
            oco.cancel_list(desk, order_list, BTC)
    assert caught.value.code == -2011
    assert statuses(exchange, order_list) == [("STOP_LOSS", "CANCELED"), ("LIMIT_MAKER", "CANCELED")]
    assert balance(exchange, "BTC") == (Decimal(1), Decimal(0))


def test_prices_must_bracket_the_mark(exchange: Exchange) -> None:
    for side, price, stop in (("SELL", "29500.00", "29000.00"), ("BUY", "29000.00", "29500.00")):
        with pytest.raises(BinanceError) as caught:
            place(exchange, side=side, quantity="0.10000", price=price, stop_price=stop)
        assert caught.value.code == -2010
    with pytest.raises(BinanceError) as caught:
        place(
            exchange,
            side="BUY",
            quantity="0.10000",
            price="29000.00",
            stop_price="31000.00",
            stop_limit_price="31100.00",
        )
    assert caught.value.code == -1102  # stopLimitTimeInForce missing
    assert exchange.snapshot(API_KEY)["order_lists"] == {}


def test_a_buy_oco_locks_quote_at_its_dearer_leg(exchange: Exchange) -> None:
    place(exchange, side="BUY", quantity="0.10000", price="29000.00", stop_price="31000.00")
    assert balance(exchange, "USDT") == (Decimal(100_000) - Decimal(3100), Decimal(3100))
