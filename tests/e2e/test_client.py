"""The generated client, sync and async, against the sandbox over real HTTP on 127.0.0.1."""

from __future__ import annotations

import base64
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import pytest
from binance_pm import BinanceClient
from binance_pm.api.portfolio_margin import get_um_leverage_brackets
from binance_pm.api.portfolio_margin_pro import (
    get_account_info,
    get_classic_collateral_rate,
    get_tiered_collateral_rate,
)
from binance_pm.errors import (
    AuthenticationError,
    BadRequestError,
    InvalidSignatureError,
    RateLimitError,
    TimestampError,
)
from binance_pm.models.account_status import AccountStatus
from binance_pm.types import Response
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from binance_pm_sandbox import Sandbox, ScriptedResponse

from .conftest import ACCOUNT_PATH, BRACKETS_PATH, CLASSIC_PATH, TIERED_PATH, TIME_PATH

Call = Callable[..., Response[Any]]
ACall = Callable[..., Awaitable[Response[Any]]]

OPERATIONS: list[tuple[str, Call, ACall, dict[str, Any]]] = [
    (BRACKETS_PATH, get_um_leverage_brackets.sync_detailed, get_um_leverage_brackets.asyncio_detailed, {"symbol": "ETHUSDT"}),
    (TIERED_PATH, get_tiered_collateral_rate.sync_detailed, get_tiered_collateral_rate.asyncio_detailed, {}),
    (CLASSIC_PATH, get_classic_collateral_rate.sync_detailed, get_classic_collateral_rate.asyncio_detailed, {}),
    (ACCOUNT_PATH, get_account_info.sync_detailed, get_account_info.asyncio_detailed, {}),
]  # fmt: skip
IDS = [path for path, *_ in OPERATIONS]


def _quiet(sandbox: Sandbox, **options: Any) -> BinanceClient:
    """A client that gives up at once: one attempt, no waiting out Retry-After."""
    return sandbox.client(max_retries=0, max_retry_wait=0.0, **options)


@pytest.mark.parametrize(("path", "call", "acall", "params"), OPERATIONS, ids=IDS)
def test_every_operation_sync(sandbox: Sandbox, path: str, call: Call, acall: ACall, params: dict[str, Any]) -> None:
    with sandbox.client() as client:
        response = call(client=client, **params)
    assert response.status_code == 200
    assert response.content == sandbox.state.spec.resolve(path).example_body
    assert [request.path for request in sandbox.requests] == [path]
    signed = sandbox.state.spec.resolve(path).signed
    assert (b"&signature=" in sandbox.requests[0].raw_query) is signed


@pytest.mark.parametrize(("path", "call", "acall", "params"), OPERATIONS, ids=IDS)
async def test_every_operation_async(
    sandbox: Sandbox, path: str, call: Call, acall: ACall, params: dict[str, Any]
) -> None:
    async with sandbox.client() as client:
        response = await acall(client=client, **params)
    assert response.status_code == 200
    assert response.content == sandbox.state.spec.resolve(path).example_body
    assert [request.path for request in sandbox.requests] == [path]


def test_parsed_values_are_exact_decimals(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        account = get_account_info.sync(client=client)
        brackets = get_um_leverage_brackets.sync(client=client, symbol="ETHUSDT")
        tiers = get_tiered_collateral_rate.sync(client=client)
    assert account.total_available_balance == Decimal("122559.90199491")
    assert account.account_status == AccountStatus.NORMAL
    assert brackets[0].brackets[0].maint_margin_ratio == Decimal("0.0065")
    assert isinstance(brackets[0].brackets[0].maint_margin_ratio, Decimal)
    assert tiers[1].collateral_info[1].collateral_rate == Decimal("0.9999")


def test_weights_reported_by_the_sandbox_reach_the_client(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        get_tiered_collateral_rate.sync_detailed(client=client)
        response = get_account_info.sync_detailed(client=client)
    assert response.headers["X-SAPI-USED-UID-WEIGHT-1M"] == "5"
    assert response.weights


# -- rejections, as the client's typed errors --------------------------------------------


def test_unknown_key_is_an_authentication_error(sandbox: Sandbox) -> None:
    with _quiet(sandbox, api_key="nobody-knows-this-key") as client, pytest.raises(AuthenticationError) as caught:
        get_classic_collateral_rate.sync(client=client)
    assert (caught.value.status_code, caught.value.code) == (401, -2015)


async def test_wrong_secret_is_an_invalid_signature_error_async(sandbox: Sandbox) -> None:
    async with _quiet(sandbox, api_secret="wrong-secret") as client:
        with pytest.raises(InvalidSignatureError) as caught:
            await get_account_info.asyncio(client=client)
    assert (caught.value.status_code, caught.value.code) == (400, -1022)


def test_wrong_secret_is_an_invalid_signature_error_sync(sandbox: Sandbox) -> None:
    with _quiet(sandbox, api_secret="wrong-secret") as client, pytest.raises(InvalidSignatureError) as caught:
        get_um_leverage_brackets.sync(client=client)
    assert caught.value.code == -1022


def test_unknown_symbol_is_a_bad_request(sandbox: Sandbox) -> None:
    with _quiet(sandbox) as client, pytest.raises(BadRequestError) as caught:
        get_um_leverage_brackets.sync(client=client, symbol="BTCUSDT")
    assert caught.value.code == -1121


async def test_rate_limit_is_a_rate_limit_error(pinned_minute: Sandbox) -> None:
    sandbox = pinned_minute
    sandbox.rate_limit = 1
    async with _quiet(sandbox) as client:
        await get_um_leverage_brackets.asyncio(client=client)
        with pytest.raises(RateLimitError) as caught:
            await get_um_leverage_brackets.asyncio(client=client)
    assert (caught.value.status_code, caught.value.code) == (429, -1003)
    assert caught.value.retry_after == 40


def test_clock_skew_is_corrected_through_server_time(sandbox: Sandbox) -> None:
    sandbox.clock_skew_ms = -90_000
    with sandbox.client() as client:
        assert get_um_leverage_brackets.sync(client=client)
    assert [(request.path, request.status) for request in sandbox.requests] == [
        (BRACKETS_PATH, 400),
        (TIME_PATH, 200),
        (BRACKETS_PATH, 200),
    ]
    assert sandbox.requests[0].code == -1021


def test_timestamp_rejected_twice_is_a_timestamp_error(sandbox: Sandbox) -> None:
    rejection = ScriptedResponse.error(400, -1021, "Timestamp for this request is outside of the recvWindow.")
    sandbox.script(BRACKETS_PATH, rejection, rejection)
    with _quiet(sandbox) as client, pytest.raises(TimestampError):
        get_um_leverage_brackets.sync(client=client)


def test_recv_window_reaches_the_sandbox(sandbox: Sandbox) -> None:
    with sandbox.client(recv_window=60000) as client:
        get_account_info.sync(client=client)
        get_account_info.sync(client=client, recv_window=1234)
    assert [request.params["recvWindow"] for request in sandbox.requests] == ["60000", "1234"]


# -- RSA and Ed25519 keys: the sandbox verifies with the public key ---------------------------


def _pems(kind: str) -> tuple[bytes, bytes]:
    key = (
        rsa.generate_private_key(public_exponent=65537, key_size=2048)
        if kind == "rsa"
        else ed25519.Ed25519PrivateKey.generate()
    )
    private = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    public = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return private, public  # fmt: skip


@pytest.mark.parametrize("kind", ["rsa", "ed25519"])
def test_private_key_signatures_are_verified(sandbox: Sandbox, kind: str) -> None:
    private, public = _pems(kind)
    sandbox.add_key(f"e2e-{kind}-key", public_key_pem=public)
    try:
        with sandbox.client(api_key=f"e2e-{kind}-key", private_key=private) as client:
            assert get_account_info.sync(client=client).account_status == AccountStatus.NORMAL
        other_private, _ = _pems(kind)
        with (
            _quiet(sandbox, api_key=f"e2e-{kind}-key", private_key=other_private) as client,
            pytest.raises(InvalidSignatureError),
        ):
            get_account_info.sync(client=client)
    finally:
        sandbox.remove_key(f"e2e-{kind}-key")


def test_base64_signature_decodes(sandbox: Sandbox) -> None:
    private, public = _pems("ed25519")
    sandbox.add_key("e2e-b64", public_key_pem=public)
    try:
        with sandbox.client(api_key="e2e-b64", private_key=private) as client:
            get_um_leverage_brackets.sync(client=client)
        value = sandbox.requests[-1].params["signature"]
        assert len(base64.b64decode(value, validate=True)) == 64
    finally:
        sandbox.remove_key("e2e-b64")
