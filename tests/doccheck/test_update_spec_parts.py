"""The pieces of `make update-spec` that need no spec run: operationIds from titles, schemas
from examples and parameter types, and the YAML round trip."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml.comments import CommentedMap

from binance_pm_doccheck import roundtrip
from binance_pm_doccheck.infer import binance_type_schema, example_value, operation_id, schema_for
from binance_pm_doccheck.jsonish import parse
from binance_pm_spec import SpecError


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("New UM Order", "newUmOrder"),
        ("Get CM Income History", "getCmIncomeHistory"),
        ("Query User's CM Force Orders", "queryUsersCmForceOrders"),
        ("Get Auto-repay-futures Status", "getAutoRepayFuturesStatus"),
        ("Query Margin Account's all OCO", "queryMarginAccountsAllOco"),
    ],
)
def test_operation_ids_follow_the_sdks_naming(title: str, expected: str) -> None:
    # Each expected value is the operationId the spec already gives that title.
    assert operation_id(title) == expected


def plain(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: plain(value) for key, value in node.items()}
    if isinstance(node, list):
        return [plain(item) for item in node]
    return node


def test_schemas_inferred_from_an_example() -> None:
    added: dict[str, CommentedMap] = {}
    example = parse('[{"price": "1,200.50", "qty": 3, "rate": 0.25, "ok": false, "note": null, "fills": [{"id": 1}]}]')
    schema = schema_for(example, "", "Trades", "Item", lambda parent, key: parent + key.title(), added.__setitem__)
    assert plain(schema) == {"type": "array", "items": {"$ref": "#/components/schemas/TradesItem"}}
    assert plain(added["TradesItem"]["properties"]) == {
        "price": {"$ref": "#/components/schemas/DecimalString"},
        "qty": {"type": "integer", "format": "int64"},
        "rate": {"$ref": "#/components/schemas/DecimalNumber"},
        "ok": {"type": "boolean"},
        "note": {},
        "fills": {"type": "array", "items": {"$ref": "#/components/schemas/TradesItemFills"}},
    }
    assert list(added) == ["TradesItem", "TradesItemFills"]  # a parent before what it holds


def test_a_comment_naming_values_makes_an_enum_and_is_dropped_from_the_example() -> None:
    example = parse('{"status": "NEW"  // "NEW", "FILLED" or "CANCELED"\n}')
    added: dict[str, CommentedMap] = {}
    schema = schema_for(example, "", "Order", "Result", lambda parent, key: parent + key, added.__setitem__)
    assert plain(schema) == {"$ref": "#/components/schemas/OrderResult"}
    assert plain(added["OrderResult"]["properties"]["status"]) == {
        "type": "string",
        "enum": ["NEW", "FILLED", "CANCELED"],
        "description": '"NEW", "FILLED" or "CANCELED"',
    }
    assert plain(example_value(example)) == {"status": "NEW"}


@pytest.mark.parametrize(
    ("doc_type", "description", "expected"),
    [
        ("LONG", "", {"type": "integer", "format": "int64"}),
        ("INT", "", {"type": "integer", "format": "int32"}),
        ("DECIMAL", "", {"$ref": "#/components/schemas/DecimalString"}),
        ("BOOLEAN", "", {"type": "boolean"}),
        ("ENUM", '"BUY" or "SELL"', {"type": "string", "enum": ["BUY", "SELL"]}),
        ("ENUM", "no values named", None),
        ("ARRAY", "", None),
    ],
)
def test_parameter_types(doc_type: str, description: str, expected: object) -> None:
    schema = binance_type_schema(doc_type, description)
    assert (plain(schema) if schema is not None else None) == expected


def test_the_spec_comes_back_byte_for_byte() -> None:
    spec = Path(__file__).resolve().parents[2] / "spec" / "binance-pm.yaml"
    text = spec.read_text(encoding="utf-8")
    assert roundtrip.dump(roundtrip.load(text, str(spec))) == text


def test_a_blank_line_after_the_last_entry_stays_last() -> None:
    text = "paths:\n  /a:\n    get:\n      x: 1\n\ncomponents: {}\n"
    document = roundtrip.load(text, "t.yaml")
    roundtrip.append(document["paths"], "/b", CommentedMap([("get", CommentedMap([("x", 2)]))]))
    assert (
        roundtrip.dump(document)
        == "paths:\n  /a:\n    get:\n      x: 1\n  /b:\n    get:\n      x: 2\n\ncomponents: {}\n"
    )


def test_yaml_that_is_no_mapping_is_a_spec_error() -> None:
    with pytest.raises(SpecError, match=r"t\.yaml is not an OpenAPI document"):
        roundtrip.load("- a list\n", "t.yaml")
