"""The spec is valid OpenAPI 3.1 and carries what other-language generators need."""

from __future__ import annotations

from typing import Any

import pytest
from openapi_spec_validator import validate

from binance_pm_spec import load_document, read_facts
from generator.generate import binance_metadata

EXPECTED = {
    # operationId: (method, path, host, security type, signed, weight, per)
    "getTieredCollateralRate": ("GET", "/sapi/v2/portfolio/collateralRate", "api", "USER_DATA", True, 50, "IP"),
    "getClassicCollateralRate": ("GET", "/sapi/v1/portfolio/collateralRate", "api", "MARKET_DATA", False, 50, "IP"),
    "getAccountInfo": ("GET", "/sapi/v1/portfolio/account", "api", "USER_DATA", True, 5, "UID"),
    "getUmLeverageBrackets": ("GET", "/papi/v1/um/leverageBracket", "papi", "USER_DATA", True, 1, "IP"),
}


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
    assert found == EXPECTED
    assert meta["hosts"] == {"api": "https://api.binance.com", "papi": "https://papi.binance.com"}
    assert meta["signing"]["recv_window_default"] == 5000
    assert meta["signing"]["recv_window_max"] == 60000


def test_every_operation_documents_binance_errors(document: dict[str, Any]) -> None:
    for path, item in document["paths"].items():
        for method, operation in item.items():
            assert {"4XX", "5XX"} <= set(operation["responses"]), f"{method} {path}"


def test_decimal_schemas_are_marked_for_other_generators(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    assert schemas["DecimalString"]["format"] == "decimal"
    assert schemas["DecimalNumber"]["format"] == "decimal"
