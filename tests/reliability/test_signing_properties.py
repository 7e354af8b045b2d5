"""Property tests: whatever the parameters, the signature the client puts on the wire is
the one a server recomputes from the raw query bytes, and the query decodes back to the
parameters that were given.

The server side is ``binance_pm_sandbox.signing.verify_signature``, which works on the raw
query exactly as received, like Binance does.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

import httpx
from binance_pm import BinanceClient
from binance_pm.api.portfolio_margin import get_um_leverage_brackets
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from binance_pm_sandbox.signing import split_signature, verify_signature

from .conftest import BRACKETS, KEY, SECRET, KeyPair, ed25519_pair, rsa_pair

RESERVED = {"recvWindow", "timestamp", "signature"}
OPERATION = get_um_leverage_brackets.OPERATION

names = st.text(min_size=1, max_size=12).filter(lambda name: name not in RESERVED)
values = st.one_of(
    st.text(max_size=24),
    st.integers(min_value=-(10**18), max_value=10**18),
    st.decimals(allow_nan=False, allow_infinity=False, places=8),
)
parameters = st.dictionaries(names, values, max_size=6)
secrets = st.one_of(st.text(min_size=1, max_size=64), st.binary(min_size=1, max_size=64))
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _capture(client_options: dict[str, Any], params: dict[str, Any]) -> httpx.Request:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=BRACKETS)

    with BinanceClient(
        KEY,
        papi_base_url="http://papi.test",
        base_url="http://api.test",
        transport=httpx.MockTransport(handler),
        max_retries=0,
        **client_options,
    ) as client:
        client.send(OPERATION, params)
    assert len(seen) == 1
    return seen[0]


def _wire_query(request: httpx.Request) -> bytes:
    # What goes on the request line: httpcore sends ``url.raw_path``.
    raw_path = request.url.raw_path
    assert raw_path.startswith(OPERATION.path.encode() + b"?")
    return raw_path.split(b"?", 1)[1]


def _expected_text(value: Any) -> str:
    return str(value)


def _assert_decodes_to(raw_query: bytes, params: dict[str, Any]) -> None:
    split = split_signature(raw_query)
    assert split is not None, "the signature must be the last parameter"
    payload, _ = split
    decoded = parse_qsl(payload.decode("ascii"), keep_blank_values=True, strict_parsing=bool(payload))
    given_pairs = [(name, _expected_text(value)) for name, value in params.items()]
    assert decoded[: len(given_pairs)] == given_pairs
    added = [name for name, _ in decoded[len(given_pairs) :]]
    assert added == ["recvWindow", "timestamp"]


@PROPERTY
@given(params=parameters, secret=secrets)
def test_hmac_signature_is_recomputed_by_the_server_for_any_parameters(
    params: dict[str, Any], secret: str | bytes
) -> None:
    request = _capture({"api_secret": secret}, params)
    raw_query = _wire_query(request)
    assert verify_signature(raw_query, secret=secret)
    _assert_decodes_to(raw_query, params)


@PROPERTY
@given(params=parameters)
def test_the_server_rejects_a_signature_over_other_bytes(params: dict[str, Any]) -> None:
    # Guards the property above against a verifier that accepts anything.
    raw_query = _wire_query(_capture({"api_secret": SECRET}, params))
    payload, signature = raw_query.rsplit(b"&signature=", 1)
    assert not verify_signature(payload + b"&x=1&signature=" + signature, secret=SECRET)
    assert not verify_signature(raw_query, secret=SECRET + "x")


def _check_key(pair: KeyPair, params: dict[str, Any]) -> None:
    raw_query = _wire_query(_capture({"private_key": pair.private_pem}, params))
    signature = raw_query.rsplit(b"&signature=", 1)[1]
    # base64 percent-encoded: no raw '+', '/' or '=' may reach the wire.
    assert not set(signature.decode()) & set("+/=")
    assert verify_signature(raw_query, public_key_pem=pair.public_pem)
    _assert_decodes_to(raw_query, params)
    other = ed25519_pair() if pair.kind == "rsa" else rsa_pair()
    assert not verify_signature(raw_query, public_key_pem=other.public_pem)


@settings(max_examples=60, deadline=None)
@given(params=parameters)
def test_rsa_signature_is_recomputed_by_the_server_for_any_parameters(params: dict[str, Any]) -> None:
    _check_key(rsa_pair(), params)


@settings(max_examples=100, deadline=None)
@given(params=parameters)
def test_ed25519_signature_is_recomputed_by_the_server_for_any_parameters(params: dict[str, Any]) -> None:
    _check_key(ed25519_pair(), params)


@PROPERTY
@given(
    symbol=st.from_regex(r"[A-Z0-9\-_.]{1,20}", fullmatch=True),
    recv_window=st.one_of(st.none(), st.integers(min_value=1, max_value=60000)),
)
def test_public_call_signs_its_own_query(symbol: str, recv_window: int | None) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=BRACKETS)

    with BinanceClient(
        KEY, SECRET, papi_base_url="http://papi.test", transport=httpx.MockTransport(handler), max_retries=0
    ) as client:
        if recv_window is None:
            get_um_leverage_brackets.sync(client=client, symbol=symbol)
        else:
            get_um_leverage_brackets.sync(client=client, symbol=symbol, recv_window=recv_window)
    raw_query = _wire_query(seen[0])
    assert verify_signature(raw_query, secret=SECRET)
    decoded = dict(parse_qsl(raw_query.decode("ascii")))
    assert decoded["symbol"] == symbol
    assert decoded["recvWindow"] == str(5000 if recv_window is None else recv_window)
    assert list(decoded)[-1] == "signature"


def test_decimal_parameters_go_out_exactly() -> None:
    raw_query = _wire_query(_capture({"api_secret": SECRET}, {"amount": Decimal("0.10000000")}))
    assert raw_query.startswith(b"amount=0.10000000&")
