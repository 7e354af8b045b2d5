"""The sandbox enforces Binance's rules, with Binance's codes and statuses, over real HTTP.

Requests here are built by hand (see ``conftest.signed_query``) so each test controls the
exact query bytes; every test also checks that the sandbox received those bytes unchanged.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from binance_pm_sandbox import Sandbox, ScriptedResponse
from binance_pm_sandbox.spec import load_spec

from .conftest import (
    ACCOUNT_PATH,
    API_KEY,
    BRACKETS_PATH,
    CLASSIC_PATH,
    PING_PATH,
    TIERED_PATH,
    TIME_PATH,
    error_of,
    get,
    hmac_hex,
    load_raw_spec,
    now_ms,
    signed_query,
)

SIGNED_PATHS = [BRACKETS_PATH, TIERED_PATH, ACCOUNT_PATH]
ALL_PATHS = [*SIGNED_PATHS, CLASSIC_PATH]


def _received(sandbox: Sandbox, query: str) -> None:
    assert sandbox.requests[-1].raw_query == query.encode("ascii")


# -- the spec is the source ----------------------------------------------------------------


def test_routes_and_bodies_are_the_specs() -> None:
    raw = load_raw_spec()
    served = load_spec()
    spec_routes = {(method.upper(), path) for path, item in raw["paths"].items() for method in item}
    assert {(op.method, op.path) for op in served.operations} == spec_routes
    for op in served.operations:
        example = raw["paths"][op.path][op.method.lower()]["responses"]["200"]["content"]["application/json"]["example"]
        assert yaml.safe_load(op.example_body) == example
    signature = raw["components"]["securitySchemes"]["Signature"]
    assert served.timestamp_max_ahead_ms == signature["x-binance-timestamp-max-ahead-ms"]
    assert served.recv_window_max == raw["components"]["parameters"]["recvWindow"]["schema"]["maximum"]


def test_an_operation_added_to_the_spec_is_served(tmp_path: Path) -> None:
    raw = load_raw_spec()
    raw["paths"]["/papi/v1/um/extra"] = {
        "get": {
            "operationId": "getExtra",
            "summary": "Extra (MARKET_DATA)",
            "servers": [{"url": "https://papi.binance.com", "x-binance-host": "papi"}],
            "x-binance-security-type": "MARKET_DATA",
            "x-binance-weight": {"value": 7, "per": "IP"},
            "security": [{"ApiKey": []}],
            "responses": {"200": {"description": "x", "content": {"application/json": {"example": {"ok": "1.50"}}}}},
        }
    }
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(raw), encoding="utf-8")
    with Sandbox(api_key=API_KEY, api_secret="s", spec=spec) as sandbox, httpx.Client(base_url=sandbox.url) as http:
        response = get(http, "/papi/v1/um/extra")
        assert response.status_code == 200
        assert response.content == b'{"ok":"1.50"}'
        assert response.headers["X-MBX-USED-WEIGHT-1M"] == "7"


@pytest.mark.parametrize("path", ALL_PATHS)
def test_each_operation_answers_its_spec_example(sandbox: Sandbox, http: httpx.Client, path: str) -> None:
    op = sandbox.state.spec.resolve(path)
    query = signed_query() if op.signed else ""
    response = get(http, path, query)
    assert response.status_code == 200, response.text
    assert response.content == op.example_body
    assert response.headers["content-type"].startswith("application/json")
    _received(sandbox, query)


def test_server_time_and_ping(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.clock_skew_ms = 3_600_000
    before = now_ms()
    server_time = get(http, TIME_PATH, key=None).json()["serverTime"]
    assert server_time - before >= 3_600_000 - 5
    ping = get(http, PING_PATH, key=None)
    assert ping.status_code == 200
    assert ping.json() == {}


# -- API key -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ALL_PATHS)
def test_missing_api_key_is_2014(sandbox: Sandbox, http: httpx.Client, path: str) -> None:
    response = get(http, path, signed_query(), key=None)
    assert error_of(response) == (401, -2014)
    assert response.json()["msg"] == "API-key format invalid."


@pytest.mark.parametrize("path", ALL_PATHS)
def test_unknown_api_key_is_2015(sandbox: Sandbox, http: httpx.Client, path: str) -> None:
    response = get(http, path, signed_query(), key="not-a-registered-key")
    assert error_of(response) == (401, -2015)


# -- mandatory parameters ------------------------------------------------------------------


@pytest.mark.parametrize("path", SIGNED_PATHS)
def test_missing_timestamp_is_1102(sandbox: Sandbox, http: httpx.Client, path: str) -> None:
    payload = "recvWindow=5000"
    response = get(http, path, f"{payload}&signature={hmac_hex(payload.encode())}")
    assert error_of(response) == (400, -1102)
    assert "'timestamp'" in response.json()["msg"]


def test_missing_signature_is_1102(sandbox: Sandbox, http: httpx.Client) -> None:
    response = get(http, BRACKETS_PATH, f"timestamp={now_ms()}")
    assert error_of(response) == (400, -1102)
    assert "'signature'" in response.json()["msg"]


def test_key_only_operation_needs_no_timestamp_or_signature(sandbox: Sandbox, http: httpx.Client) -> None:
    assert get(http, CLASSIC_PATH).status_code == 200


# -- signature -----------------------------------------------------------------------------


@pytest.mark.parametrize("path", SIGNED_PATHS)
def test_signature_with_another_secret_is_1022(sandbox: Sandbox, http: httpx.Client, path: str) -> None:
    query = signed_query(secret="some-other-secret")
    response = get(http, path, query)
    assert error_of(response) == (400, -1022)
    assert response.json()["msg"] == "Signature for this request is not valid."
    _received(sandbox, query)


def test_parameter_changed_after_signing_is_1022(sandbox: Sandbox, http: httpx.Client) -> None:
    query = signed_query("symbol=ETHUSDT").replace("symbol=ETHUSDT", "symbol=BTCUSDT")
    assert error_of(get(http, BRACKETS_PATH, query)) == (400, -1022)


def test_parameter_order_changed_after_signing_is_1022(sandbox: Sandbox, http: httpx.Client) -> None:
    stamp = now_ms()
    payload = f"symbol=ETHUSDT&timestamp={stamp}"
    reordered = f"timestamp={stamp}&symbol=ETHUSDT&signature={hmac_hex(payload.encode())}"
    assert error_of(get(http, BRACKETS_PATH, reordered)) == (400, -1022)
    assert get(http, BRACKETS_PATH, f"{payload}&signature={hmac_hex(payload.encode())}").status_code == 200


def test_uppercase_hex_signature_is_accepted(sandbox: Sandbox, http: httpx.Client) -> None:
    payload = f"timestamp={now_ms()}"
    assert get(http, BRACKETS_PATH, f"{payload}&signature={hmac_hex(payload.encode()).upper()}").status_code == 200


# -- percent-encoding: the signature is over the raw bytes, the symbol check over the decoded value


@pytest.mark.parametrize(
    ("encoded", "decoded"),
    [("ETH%20USDT", "ETH USDT"), ("ETH+USDT", "ETH USDT"), ("ETH%2BUSDT", "ETH+USDT"), ("ETH%2FUSDT", "ETH/USDT")],
)
def test_encoded_symbol_signed_over_raw_bytes_reaches_the_symbol_check(
    sandbox: Sandbox, http: httpx.Client, encoded: str, decoded: str
) -> None:
    query = signed_query(f"symbol={encoded}")
    response = get(http, BRACKETS_PATH, query)
    _received(sandbox, query)
    # The signature matched the bytes as sent, so the request got as far as the symbol,
    # which decodes to something Binance does not list.
    assert error_of(response) == (400, -1121)
    assert sandbox.requests[-1].params["symbol"] == decoded


@pytest.mark.parametrize("encoded", ["ETH%20USDT", "ETH%2BUSDT", "ETH%2FUSDT"])
def test_signature_over_the_decoded_form_is_1022(sandbox: Sandbox, http: httpx.Client, encoded: str) -> None:
    stamp = now_ms()
    decoded = encoded.replace("%20", " ").replace("%2B", "+").replace("%2F", "/")
    signature = hmac_hex(f"symbol={decoded}&timestamp={stamp}".encode())
    response = get(http, BRACKETS_PATH, f"symbol={encoded}&timestamp={stamp}&signature={signature}")
    assert error_of(response) == (400, -1022)


def test_percent_encoded_valid_symbol_is_accepted(sandbox: Sandbox, http: httpx.Client) -> None:
    query = signed_query("symbol=%45THUSDT")  # %45 is "E"
    response = get(http, BRACKETS_PATH, query)
    assert response.status_code == 200, response.text
    assert response.json()[0]["symbol"] == "ETHUSDT"


# -- timing --------------------------------------------------------------------------------


def test_timestamp_older_than_recv_window_is_1021(sandbox: Sandbox, http: httpx.Client) -> None:
    response = get(http, BRACKETS_PATH, signed_query(timestamp=now_ms() - 60_000))
    assert error_of(response) == (400, -1021)
    assert response.json()["msg"] == "Timestamp for this request is outside of the recvWindow."


def test_recv_window_widens_the_accepted_age(sandbox: Sandbox, http: httpx.Client) -> None:
    old = now_ms() - 20_000
    assert error_of(get(http, BRACKETS_PATH, signed_query("recvWindow=5000", timestamp=old))) == (400, -1021)
    assert get(http, BRACKETS_PATH, signed_query("recvWindow=60000", timestamp=old)).status_code == 200


def test_timestamp_ahead_of_server_time_is_1021(sandbox: Sandbox, http: httpx.Client) -> None:
    response = get(http, BRACKETS_PATH, signed_query(timestamp=now_ms() + 30_000))
    assert error_of(response) == (400, -1021)
    assert "ahead of the server's time" in response.json()["msg"]


def test_timestamp_follows_the_server_clock_skew(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.clock_skew_ms = -120_000
    assert error_of(get(http, BRACKETS_PATH, signed_query())) == (400, -1021)
    server_time = get(http, TIME_PATH, key=None).json()["serverTime"]
    assert get(http, BRACKETS_PATH, signed_query(timestamp=server_time)).status_code == 200


def test_recv_window_over_60000_is_1131(sandbox: Sandbox, http: httpx.Client) -> None:
    response = get(http, BRACKETS_PATH, signed_query("recvWindow=60001"))
    assert error_of(response) == (400, -1131)
    assert get(http, BRACKETS_PATH, signed_query("recvWindow=60000")).status_code == 200


def test_non_numeric_recv_window_is_rejected(sandbox: Sandbox, http: httpx.Client) -> None:
    assert error_of(get(http, BRACKETS_PATH, signed_query("recvWindow=abc"))) == (400, -1100)


# -- symbol --------------------------------------------------------------------------------


def test_unknown_symbol_is_1121(sandbox: Sandbox, http: httpx.Client) -> None:
    response = get(http, BRACKETS_PATH, signed_query("symbol=BTCUSDT"))
    assert error_of(response) == (400, -1121)
    assert response.json()["msg"] == "Invalid symbol."


def test_symbols_follow_an_overridden_body(sandbox: Sandbox, http: httpx.Client) -> None:
    brackets: list[dict[str, Any]] = [
        {"symbol": f"SYM{i}USDT", "brackets": [{"bracket": 1, "initialLeverage": 20, "notionalCap": 5000,
                                                "notionalFloor": 0, "maintMarginRatio": 0.01, "cum": 0}]}
        for i in range(400)
    ]  # fmt: skip
    sandbox.set_body("getUmLeverageBrackets", brackets)
    every = get(http, BRACKETS_PATH, signed_query())
    assert len(every.json()) == 400
    one = get(http, BRACKETS_PATH, signed_query("symbol=SYM399USDT"))
    assert [item["symbol"] for item in one.json()] == ["SYM399USDT"]
    assert b'"maintMarginRatio":0.01' in one.content
    assert error_of(get(http, BRACKETS_PATH, signed_query("symbol=ETHUSDT"))) == (400, -1121)


# -- weights and rate limits ---------------------------------------------------------------


def test_weight_headers_count_the_specs_weights(pinned_minute: Sandbox, http: httpx.Client) -> None:
    first = get(http, BRACKETS_PATH, signed_query())
    second = get(http, BRACKETS_PATH, signed_query())
    assert (first.headers["X-MBX-USED-WEIGHT-1M"], second.headers["X-MBX-USED-WEIGHT-1M"]) == ("1", "2")

    classic = get(http, CLASSIC_PATH)
    tiered = get(http, TIERED_PATH, signed_query())
    assert (classic.headers["X-SAPI-USED-IP-WEIGHT-1M"], tiered.headers["X-SAPI-USED-IP-WEIGHT-1M"]) == ("50", "100")
    assert "X-SAPI-USED-UID-WEIGHT-1M" not in classic.headers

    account = get(http, ACCOUNT_PATH, signed_query())
    assert account.headers["X-SAPI-USED-UID-WEIGHT-1M"] == "5"
    assert "X-SAPI-USED-IP-WEIGHT-1M" not in account.headers
    assert "X-MBX-USED-WEIGHT-1M" not in account.headers


def test_past_the_rate_limit_is_429_with_retry_after(pinned_minute: Sandbox, http: httpx.Client) -> None:
    sandbox = pinned_minute
    sandbox.rate_limit = 3
    for _ in range(3):
        assert get(http, BRACKETS_PATH, signed_query()).status_code == 200
    refused = get(http, BRACKETS_PATH, signed_query())
    assert error_of(refused) == (429, -1003)
    assert refused.headers["Retry-After"] == "40"  # the rest of the pinned minute
    assert refused.headers["X-MBX-USED-WEIGHT-1M"] == "4"
    sandbox.reset_weights()
    assert get(http, BRACKETS_PATH, signed_query()).status_code == 200


def test_weights_start_again_each_minute(pinned_minute: Sandbox, http: httpx.Client) -> None:
    sandbox = pinned_minute
    sandbox.rate_limit = 1
    assert get(http, BRACKETS_PATH, signed_query()).status_code == 200
    assert get(http, BRACKETS_PATH, signed_query()).status_code == 429
    sandbox.state.weight_clock = lambda: 60.0 * 29_000_001 + 1.0
    fresh = get(http, BRACKETS_PATH, signed_query())
    assert (fresh.status_code, fresh.headers["X-MBX-USED-WEIGHT-1M"]) == (200, "1")


def test_sapi_weight_limit_counts_the_operation_weight(pinned_minute: Sandbox, http: httpx.Client) -> None:
    pinned_minute.rate_limit = 120
    assert get(http, CLASSIC_PATH).status_code == 200
    assert get(http, CLASSIC_PATH).status_code == 200
    assert error_of(get(http, CLASSIC_PATH)) == (429, -1003)


# -- test controls ---------------------------------------------------------------------------


def test_scripted_answers_come_first_in_order(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.script(
        "getUmLeverageBrackets",
        ScriptedResponse.error(503, -1000, "busy"),
        ScriptedResponse(status=200, body=b"[]", headers={"X-Test": "yes"}),
    )
    first = get(http, BRACKETS_PATH, key=None)
    second = get(http, BRACKETS_PATH, key=None)
    third = get(http, BRACKETS_PATH, key=None)
    assert error_of(first) == (503, -1000)
    assert (second.status_code, second.content, second.headers["X-Test"]) == (200, b"[]", "yes")
    assert error_of(third) == (401, -2014)
    assert [request.scripted for request in sandbox.requests] == [True, True, False]


def test_cut_body_closes_the_connection(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.script(PING_PATH, ScriptedResponse(status=200, body=b'{"serverTime":1234567890123}', cut_after=5))
    with pytest.raises(httpx.RemoteProtocolError):
        get(http, PING_PATH, key=None)
    assert get(http, PING_PATH, key=None).json() == {}


def test_request_log_keeps_raw_bytes_and_headers(sandbox: Sandbox, http: httpx.Client) -> None:
    query = signed_query("symbol=ETH%55SDT")
    get(http, BRACKETS_PATH, query)
    logged = sandbox.requests_to("getUmLeverageBrackets")[-1]
    assert logged.raw_query == query.encode()
    assert logged.header("x-mbx-apikey") == API_KEY
    assert (logged.status, logged.code) == (200, None)
