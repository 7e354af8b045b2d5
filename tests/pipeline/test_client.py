"""What goes over the wire and what comes back, through an in-process httpx transport."""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Callable
from decimal import Decimal
from http import HTTPStatus

import httpx
import pytest
from binance_pm import BinanceClient
from binance_pm.api.portfolio_margin import get_um_leverage_brackets
from binance_pm.api.portfolio_margin_pro import get_account_info, get_classic_collateral_rate
from binance_pm.auth import HmacSigner
from binance_pm.errors import (
    AuthenticationError,
    BadRequestError,
    BinanceAPIError,
    InvalidSignatureError,
    ParameterError,
    ResponseParseError,
    WAFLimitError,
)

KEY = "test-api-key-0123456789"
SECRET = "test-secret-never-shown-0123456789"
BRACKETS = b'[{"symbol":"ETHUSDT","brackets":[{"bracket":1,"initialLeverage":75,"notionalCap":10000,"notionalFloor":0,"maintMarginRatio":0.0065,"cum":0}]}]'

Handler = Callable[[httpx.Request], httpx.Response]


def recording(seen: list[httpx.Request], content: bytes = BRACKETS) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=content)

    return handler


def make_client(handler: Handler, **options: object) -> BinanceClient:
    return BinanceClient(
        KEY,
        SECRET,
        base_url="http://api.test",
        papi_base_url="http://papi.test",
        transport=httpx.MockTransport(handler),
        async_transport=httpx.MockTransport(handler),
        max_retries=0,
        **options,  # type: ignore[arg-type]
    )


def test_hmac_signer_matches_the_reference_vector() -> None:
    # Binance's documented example: secret, query string and resulting signature.
    secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j"
    query = (
        "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"
    )
    expected = "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71"
    assert HmacSigner(secret).sign(query) == expected
    assert HmacSigner(secret.encode()).sign(query.encode()) == expected


def test_signed_request_carries_key_recv_window_timestamp_and_signature_last() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=BRACKETS)

    client = make_client(handler)
    get_um_leverage_brackets.sync(client=client, symbol="ETHUSDT")
    request = seen[0]
    assert request.url.host == "papi.test"
    assert request.headers["X-MBX-APIKEY"] == KEY
    unsigned, signature = request.url.query.rsplit(b"&signature=", 1)
    names = [pair.split(b"=")[0] for pair in unsigned.split(b"&")]
    assert names == [b"symbol", b"recvWindow", b"timestamp"]
    assert b"recvWindow=5000" in unsigned
    assert signature.decode() == hmac.new(SECRET.encode(), unsigned, hashlib.sha256).hexdigest()


def test_recv_window_per_call_overrides_the_client_default() -> None:
    seen: list[httpx.Request] = []
    client = make_client(recording(seen), recv_window=7000)
    get_um_leverage_brackets.sync(client=client)
    get_um_leverage_brackets.sync(client=client, recv_window=20000)
    assert seen[0].url.params["recvWindow"] == "7000"
    assert seen[1].url.params.get_list("recvWindow") == ["20000"]


def test_key_only_endpoint_sends_the_key_but_no_signature() -> None:
    seen: list[httpx.Request] = []
    client = make_client(recording(seen, b'[{"asset":"USDC","collateralRate":"1.0000"}]'))
    rates = get_classic_collateral_rate.sync(client=client)
    assert rates[0].collateral_rate == Decimal("1.0000")
    assert seen[0].url.host == "api.test"
    assert seen[0].headers["X-MBX-APIKEY"] == KEY
    assert seen[0].url.query == b""


@pytest.mark.parametrize(
    ("status", "body", "family", "code"),
    [
        (400, b'{"code":-1022,"msg":"Signature for this request is not valid."}', InvalidSignatureError, -1022),
        (401, b'{"code":-2015,"msg":"Invalid API-key, IP, or permissions for action."}', AuthenticationError, -2015),
        (400, b'{"code":-1121,"msg":"Invalid symbol."}', BadRequestError, -1121),
        (403, b"<html><body>403 Forbidden</body></html>", WAFLimitError, None),
    ],
)
def test_binance_errors_raise_typed_exceptions(
    status: int, body: bytes, family: type[BinanceAPIError], code: int | None
) -> None:
    client = make_client(lambda r: httpx.Response(status, content=body, headers={"content-type": "text/html"}))
    with pytest.raises(family) as caught:
        get_account_info.sync(client=client)
    assert caught.value.status_code == status
    assert caught.value.code == code
    assert str(status) in str(caught.value)
    if code is None:
        assert "non-JSON error body" in caught.value.msg


async def test_async_calls_sign_and_parse_the_same_way() -> None:
    seen: list[httpx.Request] = []
    client = make_client(recording(seen))
    result = await get_um_leverage_brackets.asyncio(client=client, symbol="ETHUSDT")
    detailed = await get_um_leverage_brackets.asyncio_detailed(client=client)
    assert result[0].brackets[0].maint_margin_ratio == Decimal("0.0065")
    assert detailed.parsed == get_um_leverage_brackets.sync(client=client)
    unsigned, signature = seen[0].url.query.rsplit(b"&signature=", 1)
    assert signature.decode() == hmac.new(SECRET.encode(), unsigned, hashlib.sha256).hexdigest()
    await client.aclose()


def test_non_json_success_body_is_a_typed_error() -> None:
    client = make_client(lambda r: httpx.Response(200, content=b"<html>maintenance</html>"))
    with pytest.raises(ResponseParseError, match="not JSON"):
        get_account_info.sync(client=client)


@pytest.mark.parametrize(
    ("arguments", "parameter"),
    [({"symbol": ""}, "symbol"), ({"recv_window": 60001}, "recv_window"), ({"recv_window": 0}, "recv_window")],
)
def test_invalid_arguments_fail_before_sending(arguments: dict[str, object], parameter: str) -> None:
    seen: list[httpx.Request] = []
    client = make_client(recording(seen))
    with pytest.raises(ParameterError) as caught:
        get_um_leverage_brackets.sync(client=client, **arguments)  # type: ignore[arg-type]
    assert caught.value.parameter == parameter
    assert seen == []


def test_secret_never_appears_in_repr_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client = make_client(lambda r: httpx.Response(400, content=b'{"code":-1022,"msg":"bad signature"}'))
    with pytest.raises(InvalidSignatureError) as caught:
        get_account_info.sync(client=client)
    shown = " ".join([repr(client), str(caught.value), repr(caught.value), caplog.text, repr(client._signer)])
    assert SECRET not in shown
    assert KEY not in repr(client)


def test_client_options_are_checked() -> None:
    with pytest.raises(ParameterError, match="recv_window"):
        BinanceClient(KEY, SECRET, recv_window=60001)
    with pytest.raises(ValueError, match="base_url"):
        BinanceClient(KEY, SECRET, base_url="api.binance.com")


def test_a_success_code_python_has_no_name_for_is_still_a_success() -> None:
    client = make_client(lambda request: httpx.Response(209, content=BRACKETS))
    response = get_um_leverage_brackets.sync_detailed(client=client, symbol="ETHUSDT")
    assert response.status_code == 209
    assert response.parsed[0].symbol == "ETHUSDT"
    named = make_client(lambda request: httpx.Response(200, content=BRACKETS))
    assert get_um_leverage_brackets.sync_detailed(client=named, symbol="ETHUSDT").status_code is HTTPStatus.OK
