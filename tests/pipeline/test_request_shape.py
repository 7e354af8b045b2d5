"""Each call's request is the one httpx's own ``Client.request`` would build, byte for byte.

The client builds an operation's requests from a template made once (``binance_pm._route``);
these tests hold it to what httpx builds from the same client options on every call:
method, URL, headers in their order, body, and the timeout the transport is given.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from binance_pm import BinanceClient
from binance_pm._operation import Operation
from binance_pm.api.portfolio_margin import get_um_leverage_brackets, new_um_order, test_connectivity
from binance_pm.client import USER_AGENT

from .test_client import BRACKETS, KEY, make_client
from .test_trading import ORDER

Seen = list[httpx.Request]


def _client(seen: Seen, **options: Any) -> BinanceClient:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = json.dumps(ORDER).encode() if request.method == "POST" else BRACKETS
        if request.url.path.endswith("/ping"):
            body = b"{}"
        return httpx.Response(200, content=body, headers={"Set-Cookie": "session=from-the-server; Path=/"})

    return make_client(handler, **options)


def _httpx_would_send(sent: httpx.Request, timeout: httpx.Timeout, *, key: bool) -> httpx.Request:
    """What ``httpx.Client.request`` builds for the URL that was sent, with the client's
    options, plus the key header the auth flow adds."""
    with httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=timeout) as http:
        expected = http.build_request(sent.method, str(sent.url))
    if key:
        expected.headers["X-MBX-APIKEY"] = KEY
    return expected


def _assert_same(sent: httpx.Request, expected: httpx.Request) -> None:
    assert sent.method == expected.method
    assert str(sent.url) == str(expected.url)
    assert sent.headers.raw == expected.headers.raw  # names, values and order
    assert sent.content == expected.content == b""
    assert sent.extensions["timeout"] == expected.extensions["timeout"]


@pytest.mark.parametrize("timeout", [httpx.Timeout(10.0, connect=5.0), httpx.Timeout(2.5)])
def test_signed_get_is_what_httpx_builds(timeout: httpx.Timeout) -> None:
    seen: Seen = []
    client = _client(seen, timeout=timeout)
    for _ in range(2):
        get_um_leverage_brackets.sync(client=client, symbol="ETHUSDT")
    for sent in seen:
        assert sent.url.query.startswith(b"symbol=ETHUSDT&recvWindow=5000&timestamp=")
        _assert_same(sent, _httpx_would_send(sent, timeout, key=True))


def test_signed_post_without_a_body_says_content_length_0() -> None:
    seen: Seen = []
    client = _client(seen)
    new_um_order.sync(client=client, symbol="BTCUSDT", side="BUY", type="MARKET", quantity="0.010")
    (sent,) = seen
    assert sent.headers["Content-Length"] == "0"
    _assert_same(sent, _httpx_would_send(sent, httpx.Timeout(10.0, connect=5.0), key=True))


def test_operation_without_a_key_sends_no_key() -> None:
    seen: Seen = []
    client = _client(seen)
    test_connectivity.sync(client=client)
    (sent,) = seen
    assert "X-MBX-APIKEY" not in sent.headers
    _assert_same(sent, _httpx_would_send(sent, httpx.Timeout(10.0, connect=5.0), key=False))


def test_query_of_an_operation_without_a_key_goes_on_its_url() -> None:
    # No operation of the spec has one today; the route must still send its query.
    public = test_connectivity.OPERATION._replace(operation_id="publicWithQuery", path="/papi/v1/public")
    assert isinstance(public, Operation)
    seen: Seen = []
    client = _client(seen)
    client.send(public, {"symbol": "ETHUSDT", "limit": 5})
    (sent,) = seen
    assert str(sent.url) == "http://papi.test/papi/v1/public?symbol=ETHUSDT&limit=5"
    _assert_same(sent, _httpx_would_send(sent, httpx.Timeout(10.0, connect=5.0), key=False))


def test_async_requests_are_the_same_as_sync_ones() -> None:
    seen: Seen = []
    client = _client(seen)
    get_um_leverage_brackets.sync(client=client, symbol="ETHUSDT")
    asyncio.run(get_um_leverage_brackets.asyncio(client=client, symbol="ETHUSDT"))
    sync_sent, async_sent = seen
    assert sync_sent.headers.raw == async_sent.headers.raw
    _assert_same(async_sent, _httpx_would_send(async_sent, httpx.Timeout(10.0, connect=5.0), key=True))


def test_cookies_set_by_the_server_are_not_sent_back() -> None:
    # Binance authenticates by key and signature; the client keeps no cookies, so every
    # request of an operation carries the same headers.
    seen: Seen = []
    client = _client(seen)
    for _ in range(2):
        get_um_leverage_brackets.sync(client=client, symbol="ETHUSDT")
        asyncio.run(get_um_leverage_brackets.asyncio(client=client, symbol="ETHUSDT"))
    assert all("Cookie" not in sent.headers for sent in seen)
