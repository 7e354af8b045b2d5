"""The user data stream end to end: events published in the sandbox arrive as typed models,
unknown ones come through, drops and expired keys are recovered from and reported, the
listenKey is kept alive on time and closed on exit."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import pytest
from binance_pm.events import EVENT_MODELS, UnknownEvent
from binance_pm.models.listen_key_expired_event import ListenKeyExpiredEvent
from binance_pm.models.order_trade_update_event import OrderTradeUpdateEvent
from binance_pm.models.risk_level_change_event import RiskLevelChangeEvent
from binance_pm.models.side import Side
from binance_pm.stream import RESYNC_OPERATIONS, Backoff, Reconnected, StreamState, UserStream

from benchmarks.stream_events import SAMPLES
from binance_pm_sandbox import Sandbox, ScriptedResponse
from binance_pm_spec import load_document, read_stream_facts

from .conftest import ManualTime, wait_for

FAST = Backoff(first=0.01, longest=0.05)
RISK = SAMPLES["riskLevelChange"]


async def connected(sandbox: Sandbox, stream: UserStream) -> AsyncIterator[Any]:
    """The stream's iterator, once its connection is open in the sandbox."""
    events = stream.__aiter__()
    first = asyncio.ensure_future(events.__anext__())
    await wait_for(lambda: sandbox.streams.connection_count() == 1, "the sandbox accepted the stream")
    await wait_for(lambda: stream.state is StreamState.STREAMING, "the stream connected")
    return _resume(first, events)


async def _resume(first: asyncio.Future[Any], events: AsyncIterator[Any]) -> AsyncIterator[Any]:
    yield await first
    async for event in events:
        yield event


async def next_of(events: AsyncIterator[Any]) -> Any:
    return await asyncio.wait_for(events.__anext__(), 10)


def test_the_samples_cover_every_event_the_spec_lists() -> None:
    spec_events = [kind for kind, _ in read_stream_facts(load_document()).events]
    assert sorted(SAMPLES) == sorted(spec_events) == sorted(EVENT_MODELS)


@pytest.mark.parametrize("kind", sorted(SAMPLES))
async def test_every_event_kind_arrives_from_the_sandbox_as_its_typed_model(sandbox: Sandbox, kind: str) -> None:
    async with sandbox.client().user_stream(backoff=FAST) as stream:
        events = await connected(sandbox, stream)
        sandbox.publish_event(SAMPLES[kind])
        event = await next_of(events)
    assert type(event) is EVENT_MODELS[kind]
    assert event.event_type == kind
    assert event.event_time == SAMPLES[kind]["E"]
    assert event.additional_properties == {}
    assert event.to_dict() == SAMPLES[kind]


async def test_an_order_update_keeps_exact_decimals_and_case_sensitive_fields(sandbox: Sandbox) -> None:
    async with sandbox.client().user_stream(backoff=FAST) as stream:
        events = await connected(sandbox, stream)
        sandbox.publish_event(SAMPLES["ORDER_TRADE_UPDATE"])
        event = await next_of(events)
    assert isinstance(event, OrderTradeUpdateEvent)
    # "e" is the event type, "E" the event time; "s" the symbol, "S" the side.
    assert (event.event_type, event.event_time) == ("ORDER_TRADE_UPDATE", 1568879465651)
    assert (event.order.symbol, event.order.side) == ("BTCUSDT", Side.SELL)
    assert event.order.last_filled_price == Decimal("70321.5")
    assert event.order.commission == Decimal("0.01406430")


async def test_unknown_and_malformed_events_come_through_whole(sandbox: Sandbox) -> None:
    unknown = {"e": "SOMETHING_NEW", "E": 1, "x": [1, 2]}
    extra = {**RISK, "newField": "kept"}
    odd_enum = {**RISK, "s": "NEW_LEVEL"}
    async with sandbox.client().user_stream(backoff=FAST) as stream:
        events = await connected(sandbox, stream)
        sandbox.publish_event(unknown)
        sandbox.publish_event(b'{"e":"riskLevelChange","E":"not a time"}')
        sandbox.publish_event(b"not json")
        sandbox.publish_event(extra)
        sandbox.publish_event(odd_enum)
        received = [await next_of(events) for _ in range(5)]
    first, wrong, garbage, with_extra, with_odd_enum = received
    assert isinstance(first, UnknownEvent)
    assert (first.event_type, first.data) == ("SOMETHING_NEW", unknown)
    assert isinstance(wrong, UnknownEvent) and wrong.event_type == "riskLevelChange" and "E" in wrong.reason
    assert isinstance(garbage, UnknownEvent) and garbage.data is None and garbage.raw in ("not json", b"not json")
    assert isinstance(with_extra, RiskLevelChangeEvent) and with_extra.additional_properties == {"newField": "kept"}
    assert isinstance(with_odd_enum, RiskLevelChangeEvent) and str(with_odd_enum.risk_level) == "NEW_LEVEL"


async def test_a_dropped_connection_is_reconnected_and_reported(sandbox: Sandbox) -> None:
    async with sandbox.client().user_stream(backoff=FAST) as stream:
        events = await connected(sandbox, stream)
        key = stream.listen_key
        assert sandbox.drop_stream_connections() == 1
        marker = await next_of(events)
        assert isinstance(marker, Reconnected)
        assert marker.new_listen_key is False
        assert marker.resync == RESYNC_OPERATIONS
        assert "binance_pm.api.portfolio_margin.query_all_current_um_open_orders" in marker.resync
        assert stream.state is StreamState.STREAMING
        sandbox.publish_event(RISK)
        assert isinstance(await next_of(events), RiskLevelChangeEvent)
        assert stream.listen_key == key


async def test_an_expired_key_is_replaced_and_the_stream_goes_on(sandbox: Sandbox) -> None:
    moved = [0]
    real = sandbox.streams.clock
    sandbox.streams.clock = lambda: real() + moved[0]
    async with sandbox.client().user_stream(backoff=FAST) as stream:
        events = await connected(sandbox, stream)
        old_key = stream.listen_key
        moved[0] = 61 * 60 * 1000  # past the hour, with no keepalive
        expired = await next_of(events)
        assert isinstance(expired, ListenKeyExpiredEvent) and expired.listen_key == old_key
        marker = await next_of(events)
        assert isinstance(marker, Reconnected) and marker.new_listen_key is True
        assert stream.listen_key not in (None, old_key)
        assert sandbox.streams.listen_keys() == [stream.listen_key]
        sandbox.publish_event(RISK)
        assert isinstance(await next_of(events), RiskLevelChangeEvent)


async def test_keepalive_is_sent_every_thirty_minutes_of_the_streams_clock(
    sandbox: Sandbox, manual_time: ManualTime
) -> None:
    stream = sandbox.client().user_stream(clock=manual_time.clock, sleep=manual_time.sleep)
    async with stream:
        # The keepalive task waits 30 minutes; the connection's own timer waits for the 24 h limit.
        await wait_for(lambda: len(manual_time.sleeps) == 2, "the keepalive and the connection timer wait")
        assert sorted(manual_time.sleeps) == [30 * 60.0, 24 * 3600.0 - 300]
        manual_time.advance(30 * 60 - 1)
        await asyncio.sleep(0.05)
        assert sandbox.requests_to("keepaliveUserDataStream") == []
        manual_time.advance(1)
        await wait_for(lambda: len(sandbox.requests_to("keepaliveUserDataStream")) == 1, "a keepalive at 30 min")
        await wait_for(lambda: manual_time.sleeps.count(30 * 60.0) == 2, "the next keepalive is scheduled")
        manual_time.advance(30 * 60)
        await wait_for(lambda: len(sandbox.requests_to("keepaliveUserDataStream")) == 2, "a keepalive at 60 min")


async def test_a_keepalive_answered_1125_starts_a_new_key(sandbox: Sandbox, manual_time: ManualTime) -> None:
    stream = sandbox.client().user_stream(clock=manual_time.clock, sleep=manual_time.sleep, backoff=FAST)
    async with stream:
        events = await connected(sandbox, stream)
        sandbox.script("keepaliveUserDataStream", ScriptedResponse.error(400, -1125, "This listenKey does not exist."))
        manual_time.advance(30 * 60)
        marker = await next_of(events)
        assert isinstance(marker, Reconnected)
        assert marker.new_listen_key is True and "listenKey" in marker.reason
    assert len(sandbox.requests_to("startUserDataStream")) == 2


async def test_the_connection_is_renewed_before_the_24_hour_limit(sandbox: Sandbox, manual_time: ManualTime) -> None:
    stream = sandbox.client().user_stream(clock=manual_time.clock, sleep=manual_time.sleep, backoff=FAST)
    async with stream:
        events = await connected(sandbox, stream)
        manual_time.advance(24 * 3600 - 300)
        marker = await next_of(events)
        assert isinstance(marker, Reconnected) and "time limit" in marker.reason


async def test_leaving_the_stream_closes_the_listen_key(sandbox: Sandbox) -> None:
    async with sandbox.client().user_stream(backoff=FAST) as stream:
        await connected(sandbox, stream)
        assert len(sandbox.streams.listen_keys()) == 1
    assert stream.state is StreamState.CLOSED
    assert len(sandbox.requests_to("closeUserDataStream")) == 1
    assert sandbox.streams.listen_keys() == []
    await wait_for(lambda: sandbox.streams.connection_count() == 0, "the connection closed")


def test_a_sync_stream_delivers_events_from_its_own_thread(sandbox: Sandbox) -> None:
    with sandbox.client().user_stream(backoff=FAST) as stream:
        events = iter(stream)
        deadline = time.monotonic() + 10
        while sandbox.streams.connection_count() == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        sandbox.publish_event(RISK)
        event = next(events)
    assert isinstance(event, RiskLevelChangeEvent)
    assert event.to_dict() == RISK
    assert sandbox.streams.listen_keys() == []


def test_the_stream_url_follows_the_papi_host(sandbox: Sandbox) -> None:
    assert sandbox.client().user_stream()._url == sandbox.stream_url
    from binance_pm import BinanceClient

    assert BinanceClient("key").user_stream()._url == "wss://fstream.binance.com/pm/ws"


async def test_the_hub_drops_an_event_that_is_not_json_without_raising(sandbox: Sandbox) -> None:
    async with sandbox.client().user_stream(backoff=FAST) as stream:
        events = await connected(sandbox, stream)
        sandbox.streams.publish(sandbox.api_key, {"e": "riskLevelChange", "E": 1, "odd": {1, 2}})
        sandbox.publish_event(RISK)
        assert isinstance(await next_of(events), RiskLevelChangeEvent)
