"""Signed calls verified by the sandbox server itself, over real HTTP: HMAC, RSA and
Ed25519 keys, and arbitrary parameter values through the public API."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from binance_pm.api.portfolio_margin import get_um_leverage_brackets
from binance_pm.errors import BadRequestError, InvalidSignatureError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from binance_pm_sandbox import Sandbox

from .conftest import PASSWORD, KeyPair, Runner, ed25519_pair, rsa_pair

RSA_KEY = "reliability-rsa-key"
ED25519_KEY = "reliability-ed25519-key"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as server:
        server.add_key(RSA_KEY, public_key_pem=rsa_pair().public_pem)
        server.add_key(ED25519_KEY, public_key_pem=ed25519_pair().public_pem)
        yield server


def _api_key(pair: KeyPair) -> str:
    return RSA_KEY if pair.kind == "rsa" else ED25519_KEY


def test_private_key_calls_are_accepted_by_the_server(run: Runner, sandbox: Sandbox, key_pair: KeyPair) -> None:
    sandbox.clear_requests()
    client = sandbox.client(
        api_key=_api_key(key_pair), private_key=key_pair.encrypted_pem, private_key_password=PASSWORD
    )
    for recv_window in (1_000, 60_000):
        response = run(get_um_leverage_brackets, client, symbol="ETHUSDT", recv_window=recv_window)
        assert response.status_code == 200
    assert [request.status for request in sandbox.requests] == [200, 200]


def test_a_signature_by_another_key_is_rejected_by_the_server(run: Runner, sandbox: Sandbox) -> None:
    # The RSA key's API key, signed with the Ed25519 key: the server must say -1022.
    client = sandbox.client(api_key=RSA_KEY, private_key=ed25519_pair().private_pem, max_retries=0)
    with pytest.raises(InvalidSignatureError) as caught:
        run(get_um_leverage_brackets, client, symbol="ETHUSDT")
    assert caught.value.code == -1022


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    symbol=st.from_regex(r"[A-Z0-9\-_.]{1,20}", fullmatch=True),
    recv_window=st.integers(min_value=1_000, max_value=60_000),
    kind=st.sampled_from(["hmac", "rsa", "ed25519"]),
)
def test_any_valid_arguments_are_signed_as_the_server_recomputes(
    sandbox: Sandbox, symbol: str, recv_window: int, kind: str
) -> None:
    if kind == "hmac":
        client = sandbox.client(max_retries=0)
    else:
        pair = rsa_pair() if kind == "rsa" else ed25519_pair()
        client = sandbox.client(api_key=_api_key(pair), private_key=pair.private_pem, max_retries=0)
    with client:
        try:
            get_um_leverage_brackets.sync(client=client, symbol=symbol, recv_window=recv_window)
        except InvalidSignatureError:
            raise
        except BadRequestError as error:
            # A symbol the sandbox does not list: refused only after the signature passed.
            assert error.code == -1121, error
