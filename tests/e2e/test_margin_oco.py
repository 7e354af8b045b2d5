"""Cross-margin OCOs through binance-pm: placed, listed (the list and its two legs), one leg
filling expires the other, cancelled by list id or through one leg, and Binance's codes for
prices that do not bracket the mark and for unknown lists."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from binance_pm import BinanceClient
from binance_pm.api.portfolio_margin import (
    account_balance,
    cancel_margin_account_oco_orders,
    cancel_margin_account_order,
    margin_account_new_oco,
    query_current_margin_open_order,
    query_margin_account_order,
    query_margin_accounts_all_oco,
    query_margin_accounts_oco,
    query_margin_accounts_open_oco,
)
from binance_pm.errors import BadRequestError, OutcomeUnknownError
from binance_pm.models import MarginOrderList

from binance_pm_sandbox import Sandbox, ScriptedResponse

from .conftest import fresh_client

SELL_OCO: dict[str, Any] = {
    "symbol": "BTCUSDT",
    "side": "SELL",
    "quantity": "0.10000",
    "price": "31000.00",
    "stop_price": "29000.00",
}


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[BinanceClient]:
    with fresh_client(sandbox) as fresh:
        yield fresh


def _code(call: Any, **arguments: Any) -> int:
    with pytest.raises(BadRequestError) as caught:
        call(**arguments)
    assert caught.value.code is not None
    return caught.value.code


def test_an_oco_is_listed_and_its_limit_leg_filling_expires_the_stop(sandbox: Sandbox, client: BinanceClient) -> None:
    placed = margin_account_new_oco.sync(client=client, list_client_order_id="take-or-stop", **SELL_OCO)
    assert (str(placed.list_status_type), str(placed.list_order_status)) == ("EXEC_STARTED", "EXECUTING")
    assert isinstance(placed.order_reports, list)
    assert [str(r.type_) for r in placed.order_reports] == ["STOP_LOSS", "LIMIT_MAKER"]
    assert placed.order_reports[0].stop_price == Decimal("29000")
    legs = query_current_margin_open_order.sync(client=client, symbol="BTCUSDT")
    assert sorted(leg.order_id for leg in legs) == sorted(o.order_id for o in placed.orders)
    (open_list,) = query_margin_accounts_open_oco.sync(client=client)
    assert open_list.order_list_id == placed.order_list_id

    sandbox.set_mark_price("BTCUSDT", "31000.01")
    found = query_margin_accounts_oco.sync(client=client, orig_client_order_id="take-or-stop")
    assert str(found.list_status_type) == "ALL_DONE"
    stop_leg, limit_leg = (
        query_margin_account_order.sync(client=client, symbol="BTCUSDT", order_id=o.order_id) for o in placed.orders
    )
    assert (str(stop_leg.status), str(limit_leg.status)) == ("EXPIRED", "FILLED")
    assert query_margin_accounts_open_oco.sync(client=client) == []
    (listed,) = query_margin_accounts_all_oco.sync(client=client)
    assert listed.order_list_id == placed.order_list_id


def test_an_oco_is_cancelled_by_list_id_or_through_one_leg(client: BinanceClient) -> None:
    first = margin_account_new_oco.sync(client=client, **SELL_OCO)
    cancelled = cancel_margin_account_oco_orders.sync(
        client=client, symbol="BTCUSDT", order_list_id=first.order_list_id
    )
    assert isinstance(cancelled.order_reports, list)
    assert [str(r.status) for r in cancelled.order_reports] == ["CANCELED", "CANCELED"]
    assert _code(
        cancel_margin_account_oco_orders.sync, client=client, symbol="BTCUSDT", order_list_id=first.order_list_id
    ) == -2011  # fmt: skip

    second = margin_account_new_oco.sync(client=client, **SELL_OCO)
    cancel_margin_account_order.sync(client=client, symbol="BTCUSDT", order_id=second.orders[1].order_id)
    assert str(query_margin_accounts_oco.sync(client=client, order_list_id=second.order_list_id).list_status_type) == (
        "ALL_DONE"
    )
    btc = account_balance.sync(client=client, asset="BTC")
    assert not isinstance(btc, list)
    assert (btc.cross_margin_free, btc.cross_margin_locked) == (Decimal(1), Decimal(0))


def test_binances_codes_for_an_oco(client: BinanceClient) -> None:
    unbracketed = {**SELL_OCO, "price": "29500.00"}
    assert _code(margin_account_new_oco.sync, client=client, **unbracketed) == -2010
    assert _code(query_margin_accounts_oco.sync, client=client, order_list_id=1) == -2013


def test_a_lost_answer_to_an_oco_is_settled_by_looking_it_up(sandbox: Sandbox) -> None:
    sandbox.script("marginAccountNewOco", ScriptedResponse.lost_after_handling(cut_after=5))
    with sandbox.client(max_retries=3) as client:
        with pytest.raises(OutcomeUnknownError) as caught:
            margin_account_new_oco.sync(client=client, **SELL_OCO)
        found = client.lookup_order(caught.value)
        assert isinstance(found, MarginOrderList)
        assert (found.list_client_order_id, str(found.list_status_type)) == (
            caught.value.client_order_id,
            "EXEC_STARTED",
        )
