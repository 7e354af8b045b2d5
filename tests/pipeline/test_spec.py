"""The spec is valid OpenAPI 3.1 and carries what other-language generators need."""

from __future__ import annotations

from typing import Any

import pytest
from openapi_spec_validator import validate

from binance_pm_spec import load_document, read_facts
from generator.generate import binance_metadata

EXPECTED = {
    # operationId: (method, path, host, security type, signed, weight, per)
    # The four operations of the seed pages (spec/docs), names kept as a contract:
    "getTieredCollateralRate": ("GET", "/sapi/v2/portfolio/collateralRate", "api", "USER_DATA", True, 50, "IP"),
    "getClassicCollateralRate": ("GET", "/sapi/v1/portfolio/collateralRate", "api", "MARKET_DATA", False, 50, "IP"),
    "getAccountInfo": ("GET", "/sapi/v1/portfolio/account", "api", "USER_DATA", True, 5, "UID"),
    "getUmLeverageBrackets": ("GET", "/papi/v1/um/leverageBracket", "papi", "USER_DATA", True, 1, "IP"),
    # One of each other kind: a state-changing POST, PUT and DELETE, key-only and keyless.
    "newUmOrder": ("POST", "/papi/v1/um/order", "papi", "TRADE", True, 1, "IP"),
    "modifyUmOrder": ("PUT", "/papi/v1/um/order", "papi", "TRADE", True, 1, "IP"),
    "cancelUmOrder": ("DELETE", "/papi/v1/um/order", "papi", "TRADE", True, 1, "IP"),
    "marginAccountBorrow": ("POST", "/papi/v1/marginLoan", "papi", "MARGIN", True, 100, "IP"),
    "startUserDataStream": ("POST", "/papi/v1/listenKey", "papi", "USER_STREAM", False, 1, "IP"),
    "testConnectivity": ("GET", "/papi/v1/ping", "papi", "NONE", False, 1, "IP"),
    "portfolioMarginProBankruptcyLoanRepay": ("POST", "/sapi/v1/portfolio/repay", "api", "TRADE", True, 3000, "UID"),
}
SIGNED_TYPES = {"USER_DATA", "TRADE", "MARGIN"}


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return load_document()


def test_spec_validates_as_openapi_3_1(document: dict[str, Any]) -> None:
    assert document["openapi"].startswith("3.1")
    validate(document)


def test_operations_route_sign_and_weigh_as_the_docs_say(document: dict[str, Any]) -> None:
    meta = binance_metadata(read_facts(document))
    found = {
        op["operation_id"]: (
            op["method"],
            op["path"],
            op["host"],
            op["security_type"],
            op["signed"],
            op["weight"],
            op["weight_per"],
        )
        for op in meta["operations"].values()
    }
    assert {name: found[name] for name in EXPECTED} == EXPECTED
    assert len(found) == 126
    assert meta["hosts"] == {"api": "https://api.binance.com", "papi": "https://papi.binance.com"}
    assert meta["signing"]["recv_window_default"] == 5000
    assert meta["signing"]["recv_window_max"] == 60000


def test_every_operation_routes_by_its_path_and_signs_by_its_security_type(document: dict[str, Any]) -> None:
    for op in read_facts(document).operations:
        assert op.host == ("papi" if op.path.startswith("/papi/") else "api"), op.operation_id
        assert op.signed == (op.security_type in SIGNED_TYPES), op.operation_id
        assert op.needs_api_key == (op.security_type != "NONE"), op.operation_id


def test_weights_that_depend_on_a_parameter_are_carried(document: dict[str, Any]) -> None:
    open_orders = read_facts(document).operation("queryAllCurrentUmOpenOrders")
    assert open_orders.weight_for({"symbol": "BTCUSDT"}) == 1
    assert open_orders.weight_for({}) == 40


def test_every_operation_documents_binance_errors(document: dict[str, Any]) -> None:
    for path, item in document["paths"].items():
        for method, operation in item.items():
            assert {"4XX", "5XX"} <= set(operation["responses"]), f"{method} {path}"


def test_decimal_schemas_are_marked_for_other_generators(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    assert schemas["DecimalString"]["format"] == "decimal"
    assert schemas["DecimalNumber"]["format"] == "decimal"
