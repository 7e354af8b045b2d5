"""The futures engine (UM and CM) on its own: matching against the mark, positions, wallets,
income, Binance's rejections, and the events each change publishes."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

import pytest

from binance_pm_sandbox.errors import BinanceError
from binance_pm_sandbox.exchange import CM_SYMBOLS, DEFAULT_FUNDING, UM_SYMBOLS, Exchange, Order, futures
from binance_pm_sandbox.exchange.futures import NewFuturesOrder, OrderRef

from .conftest import API_KEY, Clock, RecordingSink

BTC = UM_SYMBOLS["BTCUSDT"]
START_USDT = Decimal(100_000)


def place(exchange: Exchange, **fields: Any) -> Order:
    rules = fields.pop("rules", BTC)
    for name in ("quantity", "price"):
        if isinstance(fields.get(name), str):
            fields[name] = Decimal(fields[name])
    command = NewFuturesOrder(rules=rules, **fields)
    with exchange.account(API_KEY) as desk:
        return futures.place(desk, command, UM_SYMBOLS if rules.market == "um" else CM_SYMBOLS)


def refused(exchange: Exchange, **fields: Any) -> int:
    with pytest.raises(BinanceError) as caught:
        place(exchange, **fields)
    return caught.value.code


def state(exchange: Exchange) -> dict[str, Any]:
    return exchange.snapshot(API_KEY)


def position(exchange: Exchange, key: str = "um:BTCUSDT:BOTH") -> dict[str, Any]:
    found: dict[str, Any] = state(exchange)["positions"][key]
    return found


def usdt(exchange: Exchange) -> Decimal:
    return Decimal(state(exchange)["wallets"]["um"]["USDT"])


# -- matching ---------------------------------------------------------------------------------


def test_market_order_fills_at_the_mark_and_charges_the_taker_rate(exchange: Exchange) -> None:
    order = place(exchange, side="BUY", type="MARKET", quantity="0.010")
    assert (order.status, order.executed_qty, order.avg_price) == ("FILLED", Decimal("0.010"), Decimal("30000.0"))
    assert (position(exchange)["amount"], position(exchange)["cost"]) == ("0.010", "300.0000")
    assert usdt(exchange) == START_USDT - Decimal("0.12")  # 300 x 0.0004
    (trade,) = state(exchange)["trades"]
    assert (trade["maker"], trade["commission"], trade["price"]) == (False, "0.12000000", "30000.0")
    assert [(i["income_type"], i["income"]) for i in state(exchange)["income"]] == [("COMMISSION", "-0.12000000")]


def test_limit_buy_below_the_mark_rests_until_the_mark_moves_through_it(exchange: Exchange) -> None:
    order = place(exchange, side="BUY", type="LIMIT", quantity="0.010", price="29000.0")
    assert order.status == "NEW"
    exchange.set_mark_price("BTCUSDT", "29500")
    exchange.set_mark_price("BTCUSDT", "29000")  # touching is not crossing
    assert state(exchange)["orders"][str(order.order_id)]["status"] == "NEW"
    exchange.set_mark_price("BTCUSDT", "28999.9")
    filled = state(exchange)["orders"][str(order.order_id)]
    assert (filled["status"], filled["executed_qty"], filled["cum_quote"]) == ("FILLED", "0.010", "290.0000")
    (trade,) = state(exchange)["trades"]
    assert (trade["price"], trade["maker"], trade["commission"]) == ("29000.0", True, "0.05800000")  # maker 0.0002
    assert position(exchange)["amount"] == "0.010"


def test_limit_buy_above_the_mark_takes_at_the_mark(exchange: Exchange) -> None:
    order = place(exchange, side="BUY", type="LIMIT", quantity="0.010", price="31000.0")
    assert (order.status, order.avg_price) == ("FILLED", Decimal("30000.0"))


def test_round_trip_realizes_pnl_into_the_wallet_and_income(exchange: Exchange) -> None:
    place(exchange, side="BUY", type="MARKET", quantity="0.010")
    exchange.set_mark_price("BTCUSDT", "31000.0")
    with exchange.account(API_KEY) as desk:
        pos = desk.account.positions["um:BTCUSDT:BOTH"]
        assert futures.unrealized_pnl(pos, BTC, desk.mark("BTCUSDT")) == Decimal("10")
        assert futures.entry_price(pos, BTC) == Decimal("30000")
    place(exchange, side="SELL", type="MARKET", quantity="0.010", reduce_only=True)
    assert position(exchange)["amount"] == "0.000"
    income = [(i["income_type"], i["income"]) for i in state(exchange)["income"]]
    assert income == [("COMMISSION", "-0.12000000"), ("REALIZED_PNL", "10.00000000"), ("COMMISSION", "-0.12400000")]
    assert usdt(exchange) == START_USDT + Decimal("10") - Decimal("0.12") - Decimal("0.124")


def test_one_way_sell_larger_than_the_long_flips_it(exchange: Exchange) -> None:
    place(exchange, side="BUY", type="MARKET", quantity="0.010")
    place(exchange, side="SELL", type="MARKET", quantity="0.030")
    assert (position(exchange)["amount"], position(exchange)["cost"]) == ("-0.020", "600.0000")


def test_ioc_that_cannot_fill_expires(exchange: Exchange) -> None:
    order = place(exchange, side="BUY", type="LIMIT", quantity="0.010", price="29000.0", time_in_force="IOC")
    assert (order.status, order.executed_qty) == ("EXPIRED", Decimal(0))


def test_fok_that_cannot_fill_is_5021_and_leaves_no_order(exchange: Exchange) -> None:
    code = refused(exchange, side="BUY", type="LIMIT", quantity="0.010", price="29000.0", time_in_force="FOK")
    assert code == -5021
    assert state(exchange)["orders"] == {}
    assert (
        place(exchange, side="BUY", type="LIMIT", quantity="0.010", price="30001.0", time_in_force="FOK").status
        == "FILLED"
    )


def test_post_only_that_would_take_is_5022_and_rests_otherwise(exchange: Exchange) -> None:
    assert refused(exchange, side="SELL", type="LIMIT", quantity="0.010", price="29000.0", time_in_force="GTX") == -5022
    assert (
        place(exchange, side="SELL", type="LIMIT", quantity="0.010", price="31000.0", time_in_force="GTX").status
        == "NEW"
    )


def test_gtd_needs_ten_minutes_and_expires_on_the_exchange_clock(exchange: Exchange, clock: Clock) -> None:
    soon = clock.now + 600_000
    assert (
        refused(
            exchange,
            side="BUY",
            type="LIMIT",
            quantity="0.010",
            price="29000.0",
            time_in_force="GTD",
            good_till_date=soon,
        )
        == -5040
    )
    order = place(
        exchange,
        side="BUY",
        type="LIMIT",
        quantity="0.010",
        price="29000.0",
        time_in_force="GTD",
        good_till_date=soon + 1,
    )
    clock.now = soon
    exchange.expire_due()
    assert state(exchange)["orders"][str(order.order_id)]["status"] == "NEW"
    clock.now = soon + 1
    exchange.expire_due()
    assert state(exchange)["orders"][str(order.order_id)]["status"] == "EXPIRED"


# -- rejections ---------------------------------------------------------------------------------


def test_reduce_only_never_grows_a_position(exchange: Exchange) -> None:
    assert refused(exchange, side="SELL", type="MARKET", quantity="0.010", reduce_only=True) == -2022
    place(exchange, side="BUY", type="MARKET", quantity="0.010")
    assert refused(exchange, side="BUY", type="MARKET", quantity="0.010", reduce_only=True) == -2022
    order = place(exchange, side="SELL", type="MARKET", quantity="0.050", reduce_only=True)
    assert (order.executed_qty, position(exchange)["amount"]) == (Decimal("0.010"), "0.000")


def test_resting_reduce_only_expires_when_the_position_is_gone(exchange: Exchange) -> None:
    place(exchange, side="BUY", type="MARKET", quantity="0.010")
    resting = place(exchange, side="SELL", type="LIMIT", quantity="0.010", price="31000.0", reduce_only=True)
    place(exchange, side="SELL", type="MARKET", quantity="0.010")
    exchange.set_mark_price("BTCUSDT", "31000.1")
    assert state(exchange)["orders"][str(resting.order_id)]["status"] == "EXPIRED"
    assert position(exchange)["amount"] == "0.000"


def test_notional_below_the_minimum_is_4164_unless_reduce_only(exchange: Exchange) -> None:
    with pytest.raises(BinanceError) as caught:
        place(exchange, side="BUY", type="LIMIT", quantity="0.001", price="500.0")
    assert (caught.value.code, caught.value.msg) == (
        -4164,
        "Order's notional must be no smaller than 1 (unless you choose reduce only)",
    )


def test_margin_beyond_the_wallet_is_2019(exchange: Exchange) -> None:
    assert refused(exchange, side="BUY", type="MARKET", quantity="67.000") == -2019  # 2.01M / 20 > 100k
    place(exchange, side="BUY", type="MARKET", quantity="66.000")  # 1.98M / 20 = 99k
    assert refused(exchange, side="BUY", type="LIMIT", quantity="1.000", price="20000.0") == -2019
    # Closing needs no margin.
    assert place(exchange, side="SELL", type="MARKET", quantity="66.000").status == "FILLED"


def test_leverage_sets_the_margin_an_order_needs(exchange: Exchange) -> None:
    with exchange.account(API_KEY) as desk:
        futures.set_leverage(desk, "um", "BTCUSDT", 2)
        with pytest.raises(BinanceError) as caught:
            futures.set_leverage(desk, "um", "BTCUSDT", 126)
    assert caught.value.code == -4028
    assert refused(exchange, side="BUY", type="MARKET", quantity="7.000") == -2019  # 210k / 2 > 100k


@pytest.mark.parametrize(
    ("quantity", "price", "code"),
    [("0.000", "30000.0", -4003), ("0.010", "30000.3", -4014), ("0.015", "30000.0", -4023)],
    ids=["zero-quantity", "off-tick", "off-step"],
)
def test_quantity_and_price_off_the_filters(exchange: Exchange, quantity: str, price: str, code: int) -> None:
    coarse = dataclasses.replace(BTC, tick_size=Decimal("0.5"), step_size=Decimal("0.01"))
    assert refused(exchange, rules=coarse, side="BUY", type="LIMIT", quantity=quantity, price=price) == code


def test_position_side_must_match_the_position_mode(exchange: Exchange) -> None:
    assert refused(exchange, side="BUY", type="MARKET", quantity="0.010", position_side="LONG") == -4061
    with exchange.account(API_KEY) as desk:
        futures.set_dual_side(desk, "um", True)
    assert refused(exchange, side="BUY", type="MARKET", quantity="0.010") == -4061
    assert refused(exchange, side="BUY", type="MARKET", quantity="0.010", position_side="BOTH") == -4061
    assert (
        refused(exchange, side="BUY", type="MARKET", quantity="0.010", position_side="LONG", reduce_only=True) == -1106
    )


def test_hedge_mode_keeps_long_and_short_apart(exchange: Exchange) -> None:
    with exchange.account(API_KEY) as desk:
        futures.set_dual_side(desk, "um", True)
    place(exchange, side="BUY", type="MARKET", quantity="0.010", position_side="LONG")
    place(exchange, side="SELL", type="MARKET", quantity="0.020", position_side="SHORT")
    assert position(exchange, "um:BTCUSDT:LONG")["amount"] == "0.010"
    assert position(exchange, "um:BTCUSDT:SHORT")["amount"] == "-0.020"
    assert refused(exchange, side="SELL", type="MARKET", quantity="0.011", position_side="LONG") == -2022
    place(exchange, side="SELL", type="MARKET", quantity="0.010", position_side="LONG")
    assert position(exchange, "um:BTCUSDT:LONG")["amount"] == "0.000"


def test_position_mode_cannot_change_with_open_orders_or_positions(exchange: Exchange) -> None:
    place(exchange, side="BUY", type="LIMIT", quantity="0.010", price="29000.0")
    with pytest.raises(BinanceError) as orders, exchange.account(API_KEY) as desk:
        futures.set_dual_side(desk, "um", True)
    assert orders.value.code == -4067
    with exchange.account(API_KEY) as desk:
        futures.cancel_all(desk, BTC)
    place(exchange, side="BUY", type="MARKET", quantity="0.010")
    with pytest.raises(BinanceError) as positions, exchange.account(API_KEY) as desk:
        futures.set_dual_side(desk, "um", True)
    assert positions.value.code == -4068


def test_duplicate_client_order_id_among_open_orders_is_4116(exchange: Exchange) -> None:
    first = place(exchange, side="BUY", type="LIMIT", quantity="0.010", price="29000.0", client_order_id="bot-1")
    assert (
        refused(exchange, side="BUY", type="LIMIT", quantity="0.010", price="29000.0", client_order_id="bot-1") == -4116
    )
    with exchange.account(API_KEY) as desk:
        futures.cancel(desk, OrderRef("um", "BTCUSDT", first.order_id), BTC)
    assert place(exchange, side="BUY", type="LIMIT", quantity="0.010", price="29000.0", client_order_id="bot-1").is_open


def test_unknown_orders_are_2013_to_find_and_2011_to_cancel(exchange: Exchange) -> None:
    with exchange.account(API_KEY) as desk:
        with pytest.raises(BinanceError) as lookup:
            futures.find(desk, OrderRef("um", "BTCUSDT", 1))
        with pytest.raises(BinanceError) as cancel:
            futures.cancel(desk, OrderRef("um", "BTCUSDT", 1), BTC)
    assert (lookup.value.code, cancel.value.code) == (-2013, -2011)


def test_modify_to_a_price_through_the_mark_fills(exchange: Exchange) -> None:
    order = place(exchange, side="BUY", type="LIMIT", quantity="0.010", price="29000.0")
    with exchange.account(API_KEY) as desk:
        futures.modify(desk, OrderRef("um", "BTCUSDT", order.order_id), BTC, Decimal("29500.0"), Decimal("0.020"))
        assert (desk.account.orders[order.order_id].status, desk.account.orders[order.order_id].orig_qty) == (
            "NEW",
            Decimal("0.020"),
        )
        futures.modify(desk, OrderRef("um", "BTCUSDT", order.order_id), BTC, Decimal("30100.0"), Decimal("0.020"))
        assert desk.account.orders[order.order_id].status == "FILLED"


# -- COIN-M ---------------------------------------------------------------------------------------


def test_cm_inverse_round_trip_settles_in_the_coin(exchange: Exchange) -> None:
    perp = CM_SYMBOLS["BTCUSD_PERP"]
    place(exchange, rules=perp, side="BUY", type="MARKET", quantity="10")
    exchange.set_mark_price("BTCUSD_PERP", "33000.0")
    place(exchange, rules=perp, side="SELL", type="MARKET", quantity="10")
    trades = state(exchange)["trades"]
    expected_pnl = (Decimal(1000) / Decimal(30000) - Decimal(1000) / Decimal(33000)).quantize(Decimal("0.00000001"))
    assert Decimal(trades[1]["realized_pnl"]) == expected_pnl
    commissions = sum(Decimal(t["commission"]) for t in trades)
    assert Decimal(state(exchange)["wallets"]["cm"]["BTC"]) == DEFAULT_FUNDING["cm"]["BTC"] + expected_pnl - commissions


# -- events ---------------------------------------------------------------------------------------


def test_a_fill_publishes_order_trade_update_and_account_update(
    exchange: Exchange, sink: RecordingSink, clock: Clock
) -> None:
    order = place(exchange, side="BUY", type="MARKET", quantity="0.010", client_order_id="bot-7")
    assert {key for key, _ in sink.events} == {API_KEY}
    new, trade = sink.of_type("ORDER_TRADE_UPDATE")
    assert (new["fs"], new["E"], new["o"]["x"], new["o"]["X"]) == ("UM", clock.now, "NEW", "NEW")
    fields = trade["o"]
    assert (fields["s"], fields["c"], fields["S"], fields["o"], fields["i"]) == (
        "BTCUSDT",
        "bot-7",
        "BUY",
        "MARKET",
        order.order_id,
    )
    assert (fields["x"], fields["X"], fields["l"], fields["z"], fields["L"]) == (
        "TRADE",
        "FILLED",
        "0.010",
        "0.010",
        "30000.0",
    )
    assert (fields["N"], fields["n"], fields["m"], fields["ps"], fields["rp"]) == (
        "USDT",
        "0.12000000",
        False,
        "BOTH",
        "0.00000000",
    )
    (update,) = sink.of_type("ACCOUNT_UPDATE")
    assert (update["fs"], update["a"]["m"]) == ("UM", "ORDER")
    assert update["a"]["B"] == [{"a": "USDT", "wb": "99999.88000000", "cw": "99999.88000000", "bc": "0"}]
    (pos,) = update["a"]["P"]
    assert (pos["s"], pos["pa"], pos["ep"], pos["ps"]) == ("BTCUSDT", "0.010", "30000.0", "BOTH")


def test_cancel_and_cm_orders_publish_with_their_business_unit(exchange: Exchange, sink: RecordingSink) -> None:
    order = place(exchange, rules=CM_SYMBOLS["BTCUSD_PERP"], side="BUY", type="LIMIT", quantity="1", price="29000.0")
    with exchange.account(API_KEY) as desk:
        futures.cancel(desk, OrderRef("cm", "BTCUSD_PERP", order.order_id), CM_SYMBOLS["BTCUSD_PERP"])
    events = sink.of_type("ORDER_TRADE_UPDATE")
    assert [(e["fs"], e["o"]["x"], e["o"]["X"]) for e in events] == [
        ("CM", "NEW", "NEW"),
        ("CM", "CANCELED", "CANCELED"),
    ]


def test_a_refused_order_publishes_nothing(exchange: Exchange, sink: RecordingSink) -> None:
    refused(exchange, side="SELL", type="MARKET", quantity="0.010", reduce_only=True)
    assert sink.events == []


def test_events_are_published_while_the_exchange_is_locked(clock: Clock) -> None:
    import threading

    seen_unlocked: list[bool] = []

    class Probe:
        def publish(self, api_key: str, event: Any) -> None:
            # Another thread cannot take the lock now: the account is still being changed.
            def probe() -> None:
                got = exchange._lock.acquire(blocking=False)
                if got:
                    exchange._lock.release()
                seen_unlocked.append(got)

            thread = threading.Thread(target=probe)
            thread.start()
            thread.join()

    exchange = Exchange(clock=clock, events=Probe())
    place(exchange, side="BUY", type="MARKET", quantity="0.010")
    exchange.set_mark_price("BTCUSDT", "30100.0")
    assert seen_unlocked and not any(seen_unlocked)
