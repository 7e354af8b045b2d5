"""The sandbox enforces Binance's rules, with Binance's codes and statuses, over real HTTP.

Requests here are built by hand (see ``conftest.signed_query``) so each test controls the
exact query bytes; tests that care also check that the sandbox received those bytes
unchanged. Lists of operations come from the spec's facts (``conftest.spec_facts``).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from binance_pm_sandbox import Sandbox, ScriptedResponse
from binance_pm_sandbox.spec import load_spec
from binance_pm_spec import OperationFacts

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
    send,
    signed_query,
    spec_facts,
)

SIGNED_PATHS = [BRACKETS_PATH, TIERED_PATH, ACCOUNT_PATH]
ALL_PATHS = [*SIGNED_PATHS, CLASSIC_PATH]

FACTS = spec_facts()
KEYED = [op for op in FACTS.operations if op.needs_api_key]
SIGNED = [op for op in FACTS.operations if op.signed]
KEYLESS = [op for op in FACTS.operations if not op.needs_api_key]

LIMIT_ORDER = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.010&price=30000.0"
MARKET_ORDER = "symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.002"


def _received(sandbox: Sandbox, query: str) -> None:
    assert sandbox.requests[-1].raw_query == query.encode("ascii")


def _ids(ops: list[OperationFacts]) -> list[str]:
    return [op.operation_id for op in ops]


def _required_stand_ins(op: OperationFacts) -> str:
    """Every required parameter but the timestamp, each as ``1``: enough to get past the
    mandatory-parameter check (values are judged only after the signature)."""
    return "&".join(f"{p['name']}=1" for p in op.parameters if p.get("required") and p["name"] != "timestamp")


def call(
    http: httpx.Client, operation_id: str, prefix: str = "", *, key: str = API_KEY, secret: str | None = None
) -> httpx.Response:
    """The operation named ``operation_id``, its parameters ``prefix`` (raw bytes), signed if
    the operation is SIGNED (with ``secret``, default the sandbox's)."""
    op = FACTS.operation(operation_id)
    query = (signed_query(prefix, secret=secret) if secret else signed_query(prefix)) if op.signed else prefix
    return send(http, op.method, op.path, query, key=key)


def place(http: httpx.Client, prefix: str = LIMIT_ORDER, *, key: str = API_KEY) -> dict[str, Any]:
    response = call(http, "newUmOrder", prefix, key=key)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


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
    spec.write_text(yaml.dump(raw, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper)), encoding="utf-8")
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


@pytest.mark.parametrize("op", KEYED, ids=_ids(KEYED))
def test_missing_api_key_is_2014(sandbox: Sandbox, http: httpx.Client, op: OperationFacts) -> None:
    response = send(http, op.method, op.path, signed_query(), key=None)
    assert error_of(response) == (401, -2014)
    assert response.json()["msg"] == "API-key format invalid."


@pytest.mark.parametrize("op", KEYED, ids=_ids(KEYED))
def test_unknown_api_key_is_2015(sandbox: Sandbox, http: httpx.Client, op: OperationFacts) -> None:
    response = send(http, op.method, op.path, signed_query(), key="not-a-registered-key")
    assert error_of(response) == (401, -2015)


@pytest.mark.parametrize("op", KEYLESS, ids=_ids(KEYLESS))
def test_security_none_checks_no_key_or_signature(sandbox: Sandbox, http: httpx.Client, op: OperationFacts) -> None:
    assert send(http, op.method, op.path, key=None).status_code == 200
    assert send(http, op.method, op.path, key="not-a-registered-key").status_code == 200


def test_user_stream_needs_the_key_only_and_start_returns_the_active_key(sandbox: Sandbox, http: httpx.Client) -> None:
    assert error_of(call(http, "keepaliveUserDataStream")) == (400, -1125)  # no key started yet
    first = call(http, "startUserDataStream")
    second = call(http, "startUserDataStream")
    keys = [first.json()["listenKey"], second.json()["listenKey"]]
    # Binance's rule (the spec's startUserDataStream): an account's active key is returned again.
    assert keys[0] == keys[1] and len(keys[0]) == 64
    assert b"signature" not in sandbox.requests[-1].raw_query
    assert call(http, "keepaliveUserDataStream").json() == {}
    assert call(http, "closeUserDataStream").json() == {}
    assert error_of(call(http, "keepaliveUserDataStream")) == (400, -1125)  # closed
    assert call(http, "startUserDataStream").json()["listenKey"] != keys[0]
    assert error_of(call(http, "startUserDataStream", key="not-a-registered-key")) == (401, -2015)


# -- mandatory parameters ------------------------------------------------------------------


@pytest.mark.parametrize("op", SIGNED, ids=_ids(SIGNED))
def test_missing_timestamp_is_1102(sandbox: Sandbox, http: httpx.Client, op: OperationFacts) -> None:
    payload = "&".join(filter(None, [_required_stand_ins(op), "recvWindow=5000"]))
    response = send(http, op.method, op.path, f"{payload}&signature={hmac_hex(payload.encode())}")
    assert error_of(response) == (400, -1102)
    assert "'timestamp'" in response.json()["msg"]


def test_missing_mandatory_parameter_is_1102_naming_it(sandbox: Sandbox, http: httpx.Client) -> None:
    response = call(http, "newUmOrder", LIMIT_ORDER.replace("side=BUY&", ""))
    assert error_of(response) == (400, -1102)
    assert response.json()["msg"] == "Mandatory parameter 'side' was not sent, was empty/null, or malformed."
    assert error_of(call(http, "newUmOrder", LIMIT_ORDER.replace("side=BUY", "side="))) == (400, -1102)


def test_repeated_parameter_is_1101(sandbox: Sandbox, http: httpx.Client) -> None:
    response = call(http, "queryUmOrder", "symbol=BTCUSDT&orderId=1&orderId=2")
    assert error_of(response) == (400, -1101)
    assert response.json()["msg"] == "Duplicate values for a parameter detected."


def test_missing_signature_is_1102(sandbox: Sandbox, http: httpx.Client) -> None:
    response = get(http, BRACKETS_PATH, f"timestamp={now_ms()}")
    assert error_of(response) == (400, -1102)
    assert "'signature'" in response.json()["msg"]


def test_key_only_operation_needs_no_timestamp_or_signature(sandbox: Sandbox, http: httpx.Client) -> None:
    assert get(http, CLASSIC_PATH).status_code == 200


# -- signature -----------------------------------------------------------------------------


@pytest.mark.parametrize("op", SIGNED, ids=_ids(SIGNED))
def test_signature_is_checked_over_the_raw_query_for_every_method(
    sandbox: Sandbox, http: httpx.Client, op: OperationFacts
) -> None:
    query = signed_query(_required_stand_ins(op), secret="some-other-secret")
    response = send(http, op.method, op.path, query)
    assert error_of(response) == (400, -1022)
    assert response.json()["msg"] == "Signature for this request is not valid."
    _received(sandbox, query)
    # The same request signed with the right secret gets past the signature (its stand-in
    # values may still be refused, or a rule, but not the timing or the signature).
    signed = send(http, op.method, op.path, signed_query(_required_stand_ins(op)))
    assert signed.status_code == 200 or error_of(signed)[1] not in (-1021, -1022), signed.text


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
def test_encoded_symbol_signed_over_raw_bytes_reaches_the_value_checks(
    sandbox: Sandbox, http: httpx.Client, encoded: str, decoded: str
) -> None:
    query = signed_query(f"symbol={encoded}")
    response = get(http, BRACKETS_PATH, query)
    _received(sandbox, query)
    # The signature matched the bytes as sent, so the request got as far as the symbol's
    # value, which decodes to characters the symbol pattern does not allow.
    assert error_of(response) == (400, -1100)
    assert response.json()["msg"] == (
        "Illegal characters found in parameter 'symbol'; legal range is '^[A-Z0-9-_.]{1,20}$'."
    )
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


def test_weight_follows_the_parameters_sent(pinned_minute: Sandbox, http: httpx.Client) -> None:
    without = call(http, "queryAllCurrentUmOpenOrders")
    with_symbol = call(http, "queryAllCurrentUmOpenOrders", "symbol=BTCUSDT")
    assert without.headers["X-MBX-USED-WEIGHT-1M"] == "40"
    assert with_symbol.headers["X-MBX-USED-WEIGHT-1M"] == "41"  # 40, then 1 with a symbol


def test_orders_report_the_order_counts(pinned_minute: Sandbox, http: httpx.Client) -> None:
    first = call(http, "newUmOrder", LIMIT_ORDER)
    second = call(http, "newUmOrder", MARKET_ORDER)
    counts = [(r.headers["X-MBX-ORDER-COUNT-10S"], r.headers["X-MBX-ORDER-COUNT-1M"]) for r in (first, second)]
    assert counts == [("1", "1"), ("2", "2")]
    cm = call(http, "newCmOrder", "symbol=BTCUSD_PERP&side=BUY&type=MARKET&quantity=1")
    assert cm.headers["X-MBX-ORDER-COUNT-1M"] == "3"  # per account, across markets
    query = call(http, "queryUmOrder", f"symbol=BTCUSDT&orderId={first.json()['orderId']}")
    assert query.status_code == 200
    assert "X-MBX-ORDER-COUNT-1M" not in query.headers


# -- parameter values --------------------------------------------------------------------------


def test_integer_with_other_characters_is_1100(sandbox: Sandbox, http: httpx.Client) -> None:
    response = call(http, "queryUmOrder", "symbol=BTCUSDT&orderId=12a")
    assert error_of(response) == (400, -1100)
    assert response.json()["msg"] == "Illegal characters found in parameter 'orderId'; legal range is '^[0-9]{1,20}$'."


def test_integer_outside_its_bounds_is_1130(sandbox: Sandbox, http: httpx.Client) -> None:
    response = call(http, "queryAllUmOrders", "symbol=BTCUSDT&limit=1001")
    assert error_of(response) == (400, -1130)
    assert response.json()["msg"] == "Data sent for parameter 'limit' is not valid."


@pytest.mark.parametrize("quantity", ["1E-3", "1e-3", "1,000", "0x10", "-1", ".5", "1.", "NaN"])
def test_decimal_not_plain_digits_is_1100(sandbox: Sandbox, http: httpx.Client, quantity: str) -> None:
    response = call(http, "newUmOrder", LIMIT_ORDER.replace("quantity=0.010", f"quantity={quantity}"))
    assert error_of(response) == (400, -1100)
    assert response.json()["msg"] == (
        "Illegal characters found in parameter 'quantity'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'."
    )


@pytest.mark.parametrize(
    "order",
    [
        LIMIT_ORDER.replace("price=30000.0", "price=30000.05"),  # BTCUSDT prices: 1 decimal place
        LIMIT_ORDER.replace("quantity=0.010", "quantity=0.0001"),  # BTCUSDT quantities: 3
        LIMIT_ORDER.replace("quantity=0.010", "quantity=0.0100"),  # the digits sent count
        "symbol=ETHUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=2000.001",  # ETHUSDT prices: 2
    ],
)
def test_more_decimals_than_the_symbol_allows_is_1111(sandbox: Sandbox, http: httpx.Client, order: str) -> None:
    response = call(http, "newUmOrder", order)
    assert error_of(response) == (400, -1111)
    assert response.json()["msg"] == "Precision is over the maximum defined for this asset."


def test_precision_within_the_symbols_is_accepted(sandbox: Sandbox, http: httpx.Client) -> None:
    eth = "symbol=ETHUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=2000.01"
    assert (place(http, eth)["price"], place(http, eth)["origQty"]) == ("2000.01", "0.001")


@pytest.mark.parametrize(
    ("replace", "code", "msg"),
    [
        (("type=LIMIT", "type=LIMITED"), -1116, "Invalid orderType."),
        (("side=BUY", "side=HOLD"), -1117, "Invalid side."),
        (("timeInForce=GTC", "timeInForce=GTX2"), -1115, "Invalid timeInForce."),
        (("side=BUY", "side=BUY&positionSide=MIDDLE"), -1130, "Data sent for parameter 'positionSide' is not valid."),
        (("side=BUY", "side=BUY&reduceOnly=yes"), -1130, "Data sent for parameter 'reduceOnly' is not valid."),
        (("side=BUY", "side=BUY&reduceOnly=True"), -1130, "Data sent for parameter 'reduceOnly' is not valid."),
    ],
    ids=["order-type", "side", "time-in-force", "other-enum", "boolean", "boolean-case"],
)
def test_enum_and_boolean_values_outside_the_spec(
    sandbox: Sandbox, http: httpx.Client, replace: tuple[str, str], code: int, msg: str
) -> None:
    response = call(http, "newUmOrder", LIMIT_ORDER.replace(*replace))
    assert error_of(response) == (400, code)
    assert response.json()["msg"] == msg


# -- x-binance-rules ----------------------------------------------------------------------------


def test_require_rule_broken_is_1102(sandbox: Sandbox, http: httpx.Client) -> None:
    response = call(http, "newUmOrder", LIMIT_ORDER.replace("timeInForce=GTC&", ""))
    assert error_of(response) == (400, -1102)
    assert response.json()["msg"] == "Mandatory parameter 'timeInForce' was not sent, was empty/null, or malformed."


def test_require_one_of_rule_broken_is_1102(sandbox: Sandbox, http: httpx.Client) -> None:
    response = call(http, "newUmOrder", LIMIT_ORDER.replace("&price=30000.0", ""))
    assert error_of(response) == (400, -1102)
    assert response.json()["msg"] == "Param 'price' or 'priceMatch' must be sent, but both were empty/null!"
    assert error_of(call(http, "queryUmOrder", "symbol=BTCUSDT")) == (400, -1102)


def test_exclusive_rule_broken_is_1106(sandbox: Sandbox, http: httpx.Client) -> None:
    response = call(http, "newUmOrder", LIMIT_ORDER + "&priceMatch=QUEUE")
    assert error_of(response) == (400, -1106)
    assert response.json()["msg"] == "Parameter 'priceMatch' sent when not required."


def test_forbid_rule_broken_is_1106(sandbox: Sandbox, http: httpx.Client) -> None:
    response = call(http, "newUmOrder", MARKET_ORDER + "&priceMatch=OPPONENT")
    assert error_of(response) == (400, -1106)
    assert response.json()["msg"] == "Parameter 'priceMatch' sent when not required."


def test_rules_apply_only_when_their_condition_holds(sandbox: Sandbox, http: httpx.Client) -> None:
    # A MARKET order needs neither timeInForce nor price, which a LIMIT order does.
    assert place(http, MARKET_ORDER)["status"] == "FILLED"
    assert error_of(call(http, "umAccountTradeList", "symbol=BTCUSDT&fromId=5&startTime=1")) == (400, -1106)


# -- UM orders: state per API key --------------------------------------------------------------


def test_limit_order_rests_and_round_trips(sandbox: Sandbox, http: httpx.Client) -> None:
    placed = place(http, LIMIT_ORDER + "&newClientOrderId=e2e-limit-1")
    assert (placed["status"], placed["clientOrderId"], placed["executedQty"]) == ("NEW", "e2e-limit-1", "0")
    assert (placed["price"], placed["origQty"], placed["symbol"]) == ("30000.0", "0.010", "BTCUSDT")
    order_id = placed["orderId"]

    by_id = call(http, "queryUmOrder", f"symbol=BTCUSDT&orderId={order_id}").json()
    by_client_id = call(http, "queryUmOrder", "symbol=BTCUSDT&origClientOrderId=e2e-limit-1").json()
    assert by_id == by_client_id
    assert (by_id["orderId"], by_id["status"], by_id["time"]) == (order_id, "NEW", placed["updateTime"])
    open_one = call(http, "queryCurrentUmOpenOrder", f"symbol=BTCUSDT&orderId={order_id}").json()
    assert open_one == by_id
    assert [o["orderId"] for o in call(http, "queryAllCurrentUmOpenOrders").json()] == [order_id]

    modified = call(
        http, "modifyUmOrder", f"orderId={order_id}&symbol=BTCUSDT&side=BUY&quantity=0.020&price=29999.5"
    ).json()
    assert (modified["orderId"], modified["price"], modified["origQty"]) == (order_id, "29999.5", "0.020")
    assert call(http, "queryUmOrder", f"symbol=BTCUSDT&orderId={order_id}").json()["price"] == "29999.5"

    cancelled = call(http, "cancelUmOrder", "symbol=BTCUSDT&origClientOrderId=e2e-limit-1").json()
    assert (cancelled["orderId"], cancelled["status"]) == (order_id, "CANCELED")
    assert call(http, "queryAllCurrentUmOpenOrders", "symbol=BTCUSDT").json() == []
    assert [(o["orderId"], o["status"]) for o in call(http, "queryAllUmOrders", "symbol=BTCUSDT").json()] == [
        (order_id, "CANCELED")
    ]


def test_market_order_fills_at_once_at_the_mark(sandbox: Sandbox, http: httpx.Client) -> None:
    filled = place(http, MARKET_ORDER)
    assert (filled["status"], filled["executedQty"], filled["origQty"]) == ("FILLED", "0.002", "0.002")
    assert Decimal(filled["avgPrice"]) == Decimal("30000.0")
    assert Decimal(filled["cumQuote"]) == Decimal("60")
    assert len(filled["clientOrderId"]) == 22  # made up by the exchange when none is sent
    assert call(http, "queryAllCurrentUmOpenOrders").json() == []
    query = f"symbol=BTCUSDT&orderId={filled['orderId']}"
    assert call(http, "queryUmOrder", query).json()["status"] == "FILLED"
    assert error_of(call(http, "queryCurrentUmOpenOrder", query)) == (400, -2013)


def test_duplicate_client_order_id_among_open_orders_is_4116(sandbox: Sandbox, http: httpx.Client) -> None:
    place(http, LIMIT_ORDER + "&newClientOrderId=same-id")
    response = call(http, "newUmOrder", LIMIT_ORDER + "&newClientOrderId=same-id")
    assert error_of(response) == (400, -4116)
    assert response.json()["msg"] == "ClientOrderId is duplicated."
    assert len(call(http, "queryAllCurrentUmOpenOrders").json()) == 1
    call(http, "cancelUmOrder", "symbol=BTCUSDT&origClientOrderId=same-id")
    assert place(http, LIMIT_ORDER + "&newClientOrderId=same-id")["status"] == "NEW"  # no longer open


@pytest.mark.parametrize("operation_id", ["queryUmOrder", "queryCurrentUmOpenOrder"])
def test_query_of_an_unknown_order_is_2013(sandbox: Sandbox, http: httpx.Client, operation_id: str) -> None:
    response = call(http, operation_id, "symbol=BTCUSDT&orderId=12345")
    assert error_of(response) == (400, -2013)
    assert response.json()["msg"] == "Order does not exist."


def test_modify_of_an_unknown_order_is_2013(sandbox: Sandbox, http: httpx.Client) -> None:
    response = call(http, "modifyUmOrder", "origClientOrderId=nope&symbol=BTCUSDT&side=BUY&quantity=1&price=1")
    assert error_of(response) == (400, -2013)


def test_cancel_of_an_unknown_or_closed_order_is_2011(sandbox: Sandbox, http: httpx.Client) -> None:
    response = call(http, "cancelUmOrder", "symbol=BTCUSDT&orderId=12345")
    assert error_of(response) == (400, -2011)
    assert response.json()["msg"] == "Unknown order sent."
    filled = place(http, MARKET_ORDER)
    assert error_of(call(http, "cancelUmOrder", f"symbol=BTCUSDT&orderId={filled['orderId']}")) == (400, -2011)


def test_an_order_is_found_only_with_its_own_symbol(sandbox: Sandbox, http: httpx.Client) -> None:
    order_id = place(http)["orderId"]
    assert error_of(call(http, "queryUmOrder", f"symbol=ETHUSDT&orderId={order_id}")) == (400, -2013)


def test_unknown_um_symbol_is_1121(sandbox: Sandbox, http: httpx.Client) -> None:
    response = call(http, "newUmOrder", LIMIT_ORDER.replace("BTCUSDT", "NOPEUSDT"))
    assert error_of(response) == (400, -1121)


def test_cancel_all_cancels_the_symbols_open_orders(sandbox: Sandbox, http: httpx.Client) -> None:
    place(http)
    place(http)
    eth = place(http, "symbol=ETHUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=1&price=2100")
    done = call(http, "cancelAllUmOpenOrders", "symbol=BTCUSDT")
    assert done.json() == {"code": 200, "msg": "The operation of cancel all open order is done."}
    assert [o["orderId"] for o in call(http, "queryAllCurrentUmOpenOrders").json()] == [eth["orderId"]]


def test_orders_belong_to_their_api_key(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.add_key("second-key", secret="second-secret")
    other = call(http, "newUmOrder", LIMIT_ORDER, key="second-key", secret="second-secret")
    mine = place(http)
    assert [o["orderId"] for o in call(http, "queryAllCurrentUmOpenOrders").json()] == [mine["orderId"]]
    assert error_of(call(http, "queryUmOrder", f"symbol=BTCUSDT&orderId={other.json()['orderId']}")) == (400, -2013)


def test_reset_forgets_the_orders(sandbox: Sandbox, http: httpx.Client) -> None:
    order_id = place(http)["orderId"]
    sandbox.reset()
    assert error_of(call(http, "queryUmOrder", f"symbol=BTCUSDT&orderId={order_id}")) == (400, -2013)


def test_a_body_set_by_a_test_wins_over_the_exchange(sandbox: Sandbox, http: httpx.Client) -> None:
    body = {"orderId": 7, "clientOrderId": "fixed", "symbol": "BTCUSDT"}
    sandbox.set_body("newUmOrder", body)
    assert call(http, "newUmOrder", LIMIT_ORDER).json() == body
    assert call(http, "queryAllCurrentUmOpenOrders").json() == []  # nothing placed
