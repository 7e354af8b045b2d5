"""Placing, finding and cancelling orders: what goes over the wire and what comes back.

Through an in-process httpx transport, so each test sees the exact request; the same
calls against the sandbox over HTTP are in tests/e2e.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import re
from dataclasses import replace
from decimal import Decimal
from urllib.parse import parse_qsl

import httpx
import pytest
from binance_pm.api.portfolio_margin import (
    account_balance,
    cancel_um_order,
    change_um_initial_leverage,
    new_um_order,
    query_all_current_um_open_orders,
    start_user_data_stream,
    test_connectivity,
)
from binance_pm.client import BinanceClient
from binance_pm.errors import (
    AnswerLostError,
    ConnectionFailedError,
    OutcomeUnknownError,
    ParameterError,
    ServerError,
    ServerOutcomeUnknownError,
)
from binance_pm.models import PmBalance, Side, UmOrder
from binance_pm.types import UNSET

from .test_client import KEY, SECRET, Handler
from .test_client import make_client as _make_client


def make_client(handler: Handler, max_retries: int = 0) -> BinanceClient:
    client = _make_client(handler)
    client.retry_policy = replace(client.retry_policy, max_attempts=max_retries + 1, backoff_base=0.0)
    return client


ORDER = {
    "orderId": 22542179,
    "symbol": "BTCUSDT",
    "status": "NEW",
    "clientOrderId": "placeholder",
    "price": "30000",
    "origQty": "0.010",
    "executedQty": "0",
    "type": "LIMIT",
    "side": "BUY",
}
GENERATED_ID = re.compile(r"bpm-[0-9a-f]{28}")


def query_of(request: httpx.Request) -> dict[str, str]:
    return dict(parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True))


def order_echo(seen: list[httpx.Request], status: int = 200, extra_headers: dict[str, str] | None = None) -> Handler:
    """Answers an order request with an order carrying the client order id it was sent."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        sent = query_of(request)
        body = {**ORDER, "clientOrderId": sent.get("newClientOrderId") or sent.get("origClientOrderId", "x")}
        return httpx.Response(status, json=body, headers=extra_headers or {})

    return handler


def place(client: BinanceClient, **overrides: object) -> UmOrder:
    arguments: dict[str, object] = {
        "symbol": "BTCUSDT",
        "side": Side.BUY,
        "type": "LIMIT",
        "time_in_force": "GTC",
        "quantity": Decimal("0.010"),
        "price": "30000",
        **overrides,
    }
    return new_um_order.sync(client=client, **arguments)  # type: ignore[arg-type]


# -- signing a state-changing request ------------------------------------------------------


def test_a_new_order_is_a_signed_post_with_every_parameter_in_the_query() -> None:
    seen: list[httpx.Request] = []
    order = place(make_client(order_echo(seen)))
    [request] = seen
    assert request.method == "POST"
    assert request.url.path == "/papi/v1/um/order"
    assert request.content == b""
    assert request.headers["X-MBX-APIKEY"] == KEY
    raw = request.url.query.decode("ascii")
    unsigned, _, signature = raw.rpartition("&signature=")
    assert hmac.new(SECRET.encode(), unsigned.encode(), hashlib.sha256).hexdigest() == signature
    sent = query_of(request)
    assert list(sent)[:6] == ["symbol", "side", "type", "timeInForce", "quantity", "price"]
    assert sent["quantity"] == "0.010"
    assert list(sent)[-3:] == ["recvWindow", "timestamp", "signature"]
    # The answer carries the id that was sent, so the two always match.
    assert order.client_order_id == sent["newClientOrderId"]


def test_every_order_carries_a_client_order_id_the_callers_or_a_generated_one() -> None:
    seen: list[httpx.Request] = []
    client = make_client(order_echo(seen))
    place(client)
    place(client)
    place(client, new_client_order_id="my-order-1")
    ids = [query_of(r)["newClientOrderId"] for r in seen]
    assert GENERATED_ID.fullmatch(ids[0]) and GENERATED_ID.fullmatch(ids[1])
    assert ids[0] != ids[1]
    assert ids[2] == "my-order-1"
    with pytest.raises(ParameterError, match="new_client_order_id"):
        place(client, new_client_order_id="has space")
    assert len(seen) == 3


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        (Decimal("1E-3"), "0.001"),
        (Decimal("1.50E+2"), "150"),
        (Decimal("0.000000010"), "0.000000010"),
        ("0.5", "0.5"),
        (2, "2"),
    ],
)
def test_decimal_arguments_go_out_as_plain_decimal_text(given: object, sent: str) -> None:
    seen: list[httpx.Request] = []
    place(make_client(order_echo(seen)), quantity=given)
    assert query_of(seen[0])["quantity"] == sent


@pytest.mark.parametrize("bad", [0.1, float("nan"), "1e", True, None])
def test_a_float_or_non_decimal_is_refused_before_anything_is_sent(bad: object) -> None:
    seen: list[httpx.Request] = []
    with pytest.raises(ParameterError, match="'quantity'"):
        place(make_client(order_echo(seen)), quantity=bad)
    assert seen == []


def test_enum_arguments_take_members_their_text_or_an_explicit_new_value() -> None:
    seen: list[httpx.Request] = []
    client = make_client(order_echo(seen))
    place(client, side="SELL")
    place(client, side=Side("NEW_SIDE"))  # a value Binance added after the spec
    assert [query_of(r)["side"] for r in seen] == ["SELL", "NEW_SIDE"]
    with pytest.raises(ParameterError, match=r"'side'.*'BYU' is not one of BUY, SELL.*Side\('BYU'\)"):
        place(client, side="BYU")
    assert len(seen) == 2


# -- conditional rules -----------------------------------------------------------------------


def test_a_limit_order_without_a_price_breaks_the_documented_rule() -> None:
    seen: list[httpx.Request] = []
    with pytest.raises(ParameterError) as caught:
        place(make_client(order_echo(seen)), price=UNSET)
    assert caught.value.parameter == "price"
    assert "LIMIT order needs a price" in str(caught.value)
    assert "when type is LIMIT" in str(caught.value)
    assert seen == []


def test_a_market_order_needs_no_price_and_no_time_in_force() -> None:
    seen: list[httpx.Request] = []
    place(make_client(order_echo(seen)), type="MARKET", price=UNSET, time_in_force=UNSET)
    assert "price" not in query_of(seen[0])


def test_price_and_price_match_together_break_an_exclusive_rule() -> None:
    with pytest.raises(ParameterError) as caught:
        place(make_client(order_echo([])), price_match="OPPONENT")
    assert caught.value.parameter == "price_match"


def test_a_cancel_needs_an_order_id_or_a_client_order_id() -> None:
    seen: list[httpx.Request] = []
    client = make_client(order_echo(seen))
    with pytest.raises(ParameterError) as caught:
        cancel_um_order.sync(client=client, symbol="BTCUSDT")
    assert caught.value.parameter == "order_id"
    assert "orig_client_order_id" in str(caught.value)
    cancel_um_order.sync(client=client, symbol="BTCUSDT", orig_client_order_id="my-order-1")
    assert [r.method for r in seen] == ["DELETE"]


# -- unknown outcomes ------------------------------------------------------------------------


def test_a_5xx_answer_to_a_new_order_is_an_unknown_outcome_that_names_the_order() -> None:
    seen: list[httpx.Request] = []
    client = make_client(order_echo(seen, status=503), max_retries=3)
    with pytest.raises(OutcomeUnknownError) as caught:
        place(client, new_client_order_id="my-order-2")
    error = caught.value
    assert isinstance(error, ServerOutcomeUnknownError) and isinstance(error, ServerError)
    assert error.client_order_id == "my-order-2"
    assert error.operation_id == "newUmOrder"
    assert error.request_params["symbol"] == "BTCUSDT"
    assert "signature" not in error.request_params and "timestamp" not in error.request_params
    assert len(seen) == 1  # never resent


def lost_then_found(seen: list[httpx.Request], found: bool = True) -> Handler:
    """Cuts the answer to the POST; answers the lookup with the order, or Binance's -2013."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "POST":
            raise httpx.ReadError("connection reset while reading the answer", request=request)
        if not found:
            return httpx.Response(400, json={"code": -2013, "msg": "Order does not exist."})
        return order_echo([])(request)

    return handler


def test_a_lost_answer_leaves_an_error_that_finds_the_order() -> None:
    seen: list[httpx.Request] = []
    client = make_client(lost_then_found(seen), max_retries=3)
    with pytest.raises(OutcomeUnknownError) as caught:
        place(client)
    error = caught.value
    assert isinstance(error, AnswerLostError) and isinstance(error, ConnectionFailedError)
    assert "outcome unknown" in str(error)
    sent_id = query_of(seen[0])["newClientOrderId"]
    assert error.client_order_id == sent_id
    assert [r.method for r in seen] == ["POST"]

    order = client.lookup_order(error)
    assert isinstance(order, UmOrder)
    assert order.client_order_id == sent_id
    lookup = seen[-1]
    assert (lookup.method, lookup.url.path) == ("GET", "/papi/v1/um/order")
    assert {k: v for k, v in query_of(lookup).items() if k in ("symbol", "origClientOrderId")} == {
        "symbol": "BTCUSDT",
        "origClientOrderId": sent_id,
    }


def test_an_order_binance_never_received_is_looked_up_as_none() -> None:
    seen: list[httpx.Request] = []
    client = make_client(lost_then_found(seen, found=False))
    with pytest.raises(OutcomeUnknownError) as caught:
        place(client)
    assert client.lookup_order(caught.value) is None


def test_the_async_lookup_settles_the_same_way() -> None:
    seen: list[httpx.Request] = []
    client = make_client(lost_then_found(seen))

    async def scenario() -> object:
        try:
            await new_um_order.asyncio(client=client, symbol="BTCUSDT", side="BUY", type="MARKET", quantity="0.010")
        except OutcomeUnknownError as error:
            return await client.alookup_order(error)
        raise AssertionError("the cut answer did not raise")

    order = asyncio.run(scenario())
    assert isinstance(order, UmOrder)
    assert order.client_order_id == query_of(seen[0])["newClientOrderId"]


def test_lookup_refuses_an_unknown_outcome_that_placed_no_order() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("reset", request=request)

    client = make_client(handler)
    with pytest.raises(OutcomeUnknownError) as caught:
        change_um_initial_leverage.sync(client=client, symbol="BTCUSDT", leverage=5)
    assert caught.value.client_order_id is None
    with pytest.raises(ValueError, match="changeUmInitialLeverage placed no order"):
        client.lookup_order(caught.value)


def test_a_lost_answer_to_a_get_is_retried_and_is_not_an_unknown_outcome() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        raise httpx.ReadError("reset", request=request)

    with pytest.raises(ConnectionFailedError) as caught:
        query_all_current_um_open_orders.sync(client=make_client(handler, max_retries=2))
    assert not isinstance(caught.value, OutcomeUnknownError)
    assert len(seen) == 3


# -- answers ---------------------------------------------------------------------------------

BALANCE = {"asset": "USDT", "totalWalletBalance": "122607.35137903", "updateTime": 1617939110373}


def test_the_balance_answer_is_one_object_with_an_asset_and_a_list_without() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = BALANCE if "asset" in query_of(request) else [BALANCE, {**BALANCE, "asset": "BNB"}]
        return httpx.Response(200, json=body)

    client = make_client(handler)
    one = account_balance.sync(client=client, asset="USDT")
    assert isinstance(one, PmBalance)
    assert one.total_wallet_balance == Decimal("122607.35137903")
    every = account_balance.sync(client=client)
    assert isinstance(every, list) and [b.asset for b in every] == ["USDT", "BNB"]


def test_order_count_headers_join_the_weights() -> None:
    seen: list[httpx.Request] = []
    headers = {"X-MBX-USED-WEIGHT-1M": "3", "X-MBX-ORDER-COUNT-10S": "2", "X-MBX-ORDER-COUNT-1M": "7"}
    client = make_client(order_echo(seen, extra_headers=headers))
    detailed = new_um_order.sync_detailed(client=client, symbol="BTCUSDT", side="BUY", type="MARKET", quantity="1")
    orders = detailed.weights["x-mbx-order-count-1m"]
    assert (orders.counts, orders.interval, orders.used) == ("orders", "1m", 7)
    assert client.rate_limits["x-mbx-order-count-10s"].used == 2
    assert client.rate_limits["x-mbx-used-weight-1m"].counts == "weight"


# -- key-only and keyless operations -----------------------------------------------------------


def test_user_stream_operations_need_the_key_only_and_work_without_a_secret() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, json={"listenKey": "pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1"}
        )

    client = BinanceClient(KEY, papi_base_url="http://papi.test", transport=httpx.MockTransport(handler), max_retries=0)
    answer = start_user_data_stream.sync(client=client)
    assert answer.listen_key.startswith("pqia91")
    [request] = seen
    assert request.method == "POST"
    assert request.headers["X-MBX-APIKEY"] == KEY
    assert request.url.query == b""


def test_ping_sends_neither_key_nor_signature() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"{}")

    client = BinanceClient(papi_base_url="http://papi.test", transport=httpx.MockTransport(handler))
    test_connectivity.sync(client=client)
    assert "X-MBX-APIKEY" not in seen[0].headers
    assert seen[0].url.query == b""


def test_no_request_echoes_the_secret() -> None:
    seen: list[httpx.Request] = []
    place(make_client(order_echo(seen)))
    wire = json.dumps([str(r.url) for r in seen] + [dict(r.headers) for r in seen])
    assert SECRET not in wire
