"""Conditional orders through binance-pm: UM algo orders and CM conditional orders wait in the
sandbox, are listed and cancelled, fire when the mark reaches their trigger (publishing
``CONDITIONAL_ORDER_TRADE_UPDATE`` and then the placed order's ``ORDER_TRADE_UPDATE``), and
survive a restart with a state file."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from binance_pm import BinanceClient
from binance_pm.api.portfolio_margin import (
    cancel_all_cm_open_conditional_orders,
    cancel_cm_conditional_order,
    cancel_um_algo_order,
    new_cm_conditional_order,
    new_um_algo_order,
    new_um_order,
    query_all_cm_conditional_orders,
    query_all_current_cm_open_conditional_orders,
    query_all_current_um_open_algo_orders,
    query_cm_conditional_order_history,
    query_current_cm_open_conditional_order,
    query_current_um_open_algo_order,
    query_um_algo_order_history,
    query_um_order,
    query_um_position_information,
)
from binance_pm.errors import BadRequestError, OutcomeUnknownError
from binance_pm.models import UmAlgoOrder

from binance_pm_sandbox import Sandbox, ScriptedResponse

from .conftest import fresh_client


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[BinanceClient]:
    with fresh_client(sandbox) as fresh:
        yield fresh


def _code(call: Any, **arguments: Any) -> int:
    with pytest.raises(BadRequestError) as caught:
        call(**arguments)
    assert caught.value.code is not None
    return caught.value.code


def test_a_um_stop_market_closes_a_long_when_the_mark_falls_to_it(sandbox: Sandbox, client: BinanceClient) -> None:
    new_um_order.sync(client=client, symbol="BTCUSDT", side="BUY", type="MARKET", quantity="0.010")
    stop = new_um_algo_order.sync(
        client=client,
        algo_type="CONDITIONAL",
        symbol="BTCUSDT",
        side="SELL",
        type="STOP_MARKET",
        quantity="0.010",
        trigger_price="29500.0",
        reduce_only=True,
        client_algo_id="bot-stop-1",
    )
    assert (str(stop.algo_status), stop.client_algo_id, stop.trigger_price) == ("NEW", "bot-stop-1", Decimal("29500.0"))
    (listed,) = query_all_current_um_open_algo_orders.sync(client=client, symbol="BTCUSDT")
    assert listed.algo_id == stop.algo_id

    sandbox.set_mark_price("BTCUSDT", "29600.0")
    assert str(query_current_um_open_algo_order.sync(client=client, algo_id=stop.algo_id).algo_status) == "NEW"
    sandbox.set_mark_price("BTCUSDT", "29500.0")

    done = query_current_um_open_algo_order.sync(client=client, client_algo_id="bot-stop-1")
    assert (str(done.algo_status), done.actual_price) == ("FINISHED", Decimal("29500.0"))
    placed = query_um_order.sync(client=client, symbol="BTCUSDT", order_id=int(str(done.actual_order_id)))
    assert (str(placed.type_), str(placed.status), placed.executed_qty) == ("MARKET", "FILLED", Decimal("0.010"))
    (position,) = query_um_position_information.sync(client=client, symbol="BTCUSDT")
    assert position.position_amt == Decimal(0)
    assert query_all_current_um_open_algo_orders.sync(client=client, symbol="BTCUSDT") == []
    (history,) = query_um_algo_order_history.sync(client=client, symbol="BTCUSDT")
    assert str(history.algo_status) == "FINISHED"


def test_um_algo_orders_are_cancelled_and_unknown_ids_get_binances_codes(client: BinanceClient) -> None:
    stop = new_um_algo_order.sync(
        client=client,
        algo_type="CONDITIONAL",
        symbol="ETHUSDT",
        side="BUY",
        type="TAKE_PROFIT",
        quantity="0.100",
        price="1900.00",
        trigger_price="1900.00",
    )
    assert cancel_um_algo_order.sync(client=client, algo_id=stop.algo_id).complete is True
    assert str(query_current_um_open_algo_order.sync(client=client, algo_id=stop.algo_id).algo_status) == "CANCELED"
    assert _code(cancel_um_algo_order.sync, client=client, algo_id=stop.algo_id) == -2011
    assert _code(query_current_um_open_algo_order.sync, client=client, algo_id=1) == -2013
    assert _code(cancel_um_algo_order.sync, client=client, client_algo_id="never-placed") == -2011
    arguments: dict[str, Any] = {"algo_type": "CONDITIONAL", "symbol": "ETHUSDT", "quantity": "0.100"}
    would_fire = {"side": "SELL", "type": "STOP_MARKET", "trigger_price": "2100.00", **arguments}
    assert _code(new_um_algo_order.sync, client=client, **would_fire) == -2021


def test_a_cm_stop_becomes_a_limit_order_and_the_queries_follow_it(sandbox: Sandbox, client: BinanceClient) -> None:
    stop = new_cm_conditional_order.sync(
        client=client,
        symbol="BTCUSD_PERP",
        side="BUY",
        strategy_type="STOP",
        quantity="2",
        price="31100.0",
        stop_price="31000.0",
        new_client_strategy_id="cm-stop",
    )
    assert (str(stop.strategy_status), stop.new_client_strategy_id) == ("NEW", "cm-stop")
    found = query_current_cm_open_conditional_order.sync(
        client=client, symbol="BTCUSD_PERP", strategy_id=stop.strategy_id
    )
    assert found.strategy_id == stop.strategy_id
    assert _code(
        query_cm_conditional_order_history.sync, client=client, symbol="BTCUSD_PERP", strategy_id=stop.strategy_id
    ) == -2013  # fmt: skip

    sandbox.set_mark_price("BTCUSD_PERP", "31050.0")  # fires; the BUY LIMIT at 31100 takes at the mark
    assert query_all_current_cm_open_conditional_orders.sync(client=client) == []
    assert _code(
        query_current_cm_open_conditional_order.sync, client=client, symbol="BTCUSD_PERP", strategy_id=stop.strategy_id
    ) == -2013  # fmt: skip
    history = query_cm_conditional_order_history.sync(
        client=client, symbol="BTCUSD_PERP", new_client_strategy_id="cm-stop"
    )
    assert (str(history.strategy_status), str(history.type_), str(history.status)) == ("FINISHED", "LIMIT", "FILLED")
    (listed,) = query_all_cm_conditional_orders.sync(client=client, symbol="BTCUSD_PERP")
    assert (listed.order_id, listed.trigger_time) == (history.order_id, history.trigger_time)


def test_cm_conditional_orders_are_cancelled_one_or_all(client: BinanceClient) -> None:
    common: dict[str, Any] = {"symbol": "ETHUSD_PERP", "strategy_type": "STOP_MARKET", "quantity": "3"}
    first = new_cm_conditional_order.sync(client=client, side="SELL", stop_price="1900.00", **common)
    new_cm_conditional_order.sync(client=client, side="BUY", stop_price="2100.00", **common)
    cancelled = cancel_cm_conditional_order.sync(client=client, symbol="ETHUSD_PERP", strategy_id=first.strategy_id)
    assert str(cancelled.strategy_status) == "CANCELED"
    assert len(query_all_current_cm_open_conditional_orders.sync(client=client, symbol="ETHUSD_PERP")) == 1
    cancel_all_cm_open_conditional_orders.sync(client=client, symbol="ETHUSD_PERP")
    assert query_all_current_cm_open_conditional_orders.sync(client=client, symbol="ETHUSD_PERP") == []
    assert _code(
        cancel_cm_conditional_order.sync, client=client, symbol="ETHUSD_PERP", strategy_id=first.strategy_id
    ) == -2011  # fmt: skip


@dataclass
class Events:
    seen: list[Mapping[str, Any]] = field(default_factory=list)

    def publish(self, api_key: str, event: Mapping[str, Any]) -> None:
        self.seen.append(event)


def test_a_trigger_publishes_the_conditional_update_then_the_orders_updates() -> None:
    events = Events()
    with Sandbox(events=events) as sandbox, sandbox.client() as client:
        new_um_algo_order.sync(
            client=client,
            algo_type="CONDITIONAL",
            symbol="BTCUSDT",
            side="BUY",
            type="STOP_MARKET",
            quantity="0.010",
            trigger_price="30500.0",
            client_algo_id="breakout",
        )
        sandbox.set_mark_price("BTCUSDT", "30600.0")
    kinds = [(e["e"], e.get("so", e.get("o", {})).get("os") or e.get("o", {}).get("X")) for e in events.seen]
    assert kinds == [
        ("CONDITIONAL_ORDER_TRADE_UPDATE", "NEW"),
        ("ORDER_TRADE_UPDATE", "NEW"),
        ("ORDER_TRADE_UPDATE", "FILLED"),
        ("ACCOUNT_UPDATE", None),
        ("CONDITIONAL_ORDER_TRADE_UPDATE", "TRIGGERED"),
        ("CONDITIONAL_ORDER_TRADE_UPDATE", "FINISHED"),
    ]
    triggered = events.seen[4]["so"]
    assert (triggered["c"], triggered["st"], triggered["sp"], triggered["i"]) == (
        "breakout",
        "STOP_MARKET",
        "30500.0",
        events.seen[1]["o"]["i"],
    )


def test_the_state_file_keeps_conditional_orders(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.sqlite"
    with Sandbox(state_file=path) as first, first.client() as client:
        stop = new_cm_conditional_order.sync(
            client=client,
            symbol="BTCUSD_PERP",
            side="SELL",
            strategy_type="STOP_MARKET",
            quantity="1",
            stop_price="29000.0",
        )
    with Sandbox(state_file=path) as second, second.client() as client:
        (kept,) = query_all_current_cm_open_conditional_orders.sync(client=client, symbol="BTCUSD_PERP")
        assert (kept.strategy_id, kept.stop_price) == (stop.strategy_id, Decimal("29000.0"))
        second.set_mark_price("BTCUSD_PERP", "28999.9")
        history = query_cm_conditional_order_history.sync(
            client=client, symbol="BTCUSD_PERP", strategy_id=stop.strategy_id
        )
        assert (str(history.strategy_status), str(history.status)) == ("FINISHED", "FILLED")


def test_a_lost_answer_to_a_um_algo_order_is_settled_by_looking_it_up(sandbox: Sandbox) -> None:
    sandbox.script("newUmAlgoOrder", ScriptedResponse.lost_after_handling(cut_after=5))
    with sandbox.client(max_retries=3) as client:
        with pytest.raises(OutcomeUnknownError) as caught:
            new_um_algo_order.sync(
                client=client,
                algo_type="CONDITIONAL",
                symbol="BTCUSDT",
                side="SELL",
                type="STOP_MARKET",
                quantity="0.010",
                trigger_price="29000.0",
            )
        found = client.lookup_order(caught.value)
        assert isinstance(found, UmAlgoOrder)
        assert (found.client_algo_id, str(found.algo_status)) == (caught.value.client_order_id, "NEW")


def test_a_cm_trailing_stop_fires_when_the_mark_turns_back_by_its_callback_rate(
    sandbox: Sandbox, client: BinanceClient
) -> None:
    trailing = new_cm_conditional_order.sync(
        client=client,
        symbol="ETHUSD_PERP",
        side="SELL",
        strategy_type="TRAILING_STOP_MARKET",
        quantity="5",
        activation_price="2100.00",
        callback_rate="5",
    )
    assert (trailing.activate_price, trailing.price_rate) == (Decimal("2100.00"), Decimal(5))
    for mark in ("2100.00", "2200.00", "2090.01"):  # armed at 2100, highest 2200: fires at 2090 or below
        sandbox.set_mark_price("ETHUSD_PERP", mark)
    assert len(query_all_current_cm_open_conditional_orders.sync(client=client)) == 1
    sandbox.set_mark_price("ETHUSD_PERP", "2090.00")
    history = query_cm_conditional_order_history.sync(
        client=client, symbol="ETHUSD_PERP", strategy_id=trailing.strategy_id
    )
    assert (str(history.strategy_status), str(history.type_), str(history.status)) == ("FINISHED", "MARKET", "FILLED")
