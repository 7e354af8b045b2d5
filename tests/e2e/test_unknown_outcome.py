"""A new order whose answer is lost leaves an error that finds the order, over real HTTP."""

from __future__ import annotations

import asyncio

import pytest
from binance_pm.api.portfolio_margin import new_um_order, query_all_current_um_open_orders
from binance_pm.errors import AnswerLostError, OutcomeUnknownError, ServerOutcomeUnknownError
from binance_pm.models import UmOrder

from binance_pm_sandbox import Sandbox, ScriptedResponse


def test_a_cut_answer_to_a_new_order_is_settled_by_looking_the_order_up(sandbox: Sandbox) -> None:
    sandbox.script("newUmOrder", ScriptedResponse.lost_after_handling(cut_after=5))
    with sandbox.client(max_retries=3) as client:
        with pytest.raises(OutcomeUnknownError) as caught:
            new_um_order.sync(
                client=client,
                symbol="BTCUSDT",
                side="BUY",
                type="LIMIT",
                time_in_force="GTC",
                quantity="0.01",
                price="30000",
            )
        error = caught.value
        assert isinstance(error, AnswerLostError)
        assert len(sandbox.requests_to("newUmOrder")) == 1  # never resent
        order = client.lookup_order(error)
        assert isinstance(order, UmOrder)
        assert order.client_order_id == error.client_order_id
        assert str(order.status) == "NEW"
        # The order exists once: settling it did not place it again.
        assert [o.client_order_id for o in query_all_current_um_open_orders.sync(client=client)] == [
            error.client_order_id
        ]


def test_a_5xx_before_the_order_was_placed_is_settled_as_no_order(sandbox: Sandbox) -> None:
    sandbox.script("newUmOrder", ScriptedResponse.error(503, -1000, "busy"))
    with sandbox.client(max_retries=3) as client:

        async def place_then_settle() -> object:
            try:
                await new_um_order.asyncio(client=client, symbol="BTCUSDT", side="SELL", type="MARKET", quantity="0.01")
            except ServerOutcomeUnknownError as error:
                assert error.client_order_id is not None
                return await client.alookup_order(error)
            raise AssertionError("the 503 did not raise")

        assert asyncio.run(place_then_settle()) is None
