"""Binance's own response examples, as published on the doc pages, parse into the models.

Each example is taken from the page in spec/docs (quirks and all: ``//`` comments,
trailing commas, a thousands separator) and every field of it is compared with the
parsed model.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from binance_pm.models import (
    AccountStatus,
    AccountType,
    CollateralRate,
    PortfolioMarginProAccount,
    TieredCollateralRate,
    UmLeverageBracket,
)

from binance_pm_spec import load_document

DOCS = Path(__file__).resolve().parents[2] / "spec" / "docs"


def english_example(page: str) -> Any:
    """The English response example of a doc page, read the way a tolerant client must."""
    text = (DOCS / page).read_text(encoding="utf-8")
    english = text.split("\n---\n", 2)[1]
    block = english.split("## Response Example", 1)[1].split("\n", 1)[1]
    source = "\n".join(_without_comment(line) for line in block.splitlines()).strip()
    source = re.sub(r",(\s*[\]}])", r"\1", source)
    return json.loads(source, parse_float=Decimal)


def _without_comment(line: str) -> str:
    in_string = False
    for index, char in enumerate(line):
        if char == '"' and (index == 0 or line[index - 1] != "\\"):
            in_string = not in_string
        elif not in_string and line.startswith("//", index):
            return line[:index]
    return line


def expected_value(raw: Any) -> Any:
    if isinstance(raw, str) and re.fullmatch(r"-?[\d,]+\.\d+|-?\d+", raw):
        return Decimal(raw.replace(",", ""))
    return raw


def assert_same(model: Any, example: Any, where: str) -> None:
    """Every field of ``example`` equals the model's field, recursively."""
    assert isinstance(example, dict), where
    by_json = _json_names(model)
    for key, raw in example.items():
        assert key in by_json, f"{where}.{key} not a model field"
        value = getattr(model, by_json[key])
        if isinstance(raw, list):
            assert len(value) == len(raw), f"{where}.{key}"
            for index, (item, raw_item) in enumerate(zip(value, raw, strict=True)):
                assert_same(item, raw_item, f"{where}.{key}[{index}]")
        elif isinstance(value, Enum):
            assert value.value == raw, f"{where}.{key}"
        elif isinstance(value, Decimal):
            assert value == expected_value(raw) and not isinstance(raw, float), f"{where}.{key}"
        else:
            assert value == raw and type(value) is type(raw), f"{where}.{key}"


def _json_names(model: Any) -> dict[str, str]:
    names: dict[str, str] = {}
    for attribute in type(model).__attrs_attrs__:
        if attribute.name == "additional_properties":
            continue
        names[_camel(attribute.name)] = attribute.name
    return names


def _camel(python_name: str) -> str:
    special = {"uni_mmr": "uniMMR"}
    if python_name in special:
        return special[python_name]
    head, *rest = python_name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def test_tiered_collateral_rate_example() -> None:
    example = english_example("000_80d83aa030195b73.txt")
    parsed = [TieredCollateralRate.from_dict(item) for item in example]
    for index, (model, raw) in enumerate(zip(parsed, example, strict=True)):
        assert_same(model, raw, f"[{index}]")
    assert parsed[1].collateral_info[1].collateral_rate == Decimal("0.9999")


def test_classic_collateral_rate_example_with_trailing_comma() -> None:
    example = english_example("001_96da83d8de54fb0b.txt")
    parsed = [CollateralRate.from_dict(item) for item in example]
    assert [(m.asset, m.collateral_rate) for m in parsed] == [("USDC", Decimal("1.0000")), ("BUSD", Decimal("1.0000"))]
    for index, (model, raw) in enumerate(zip(parsed, example, strict=True)):
        assert_same(model, raw, f"[{index}]")


def test_account_example_with_thousands_separator() -> None:
    example = english_example("002_6be0d2a47299f1a4.txt")
    account = PortfolioMarginProAccount.from_dict(example)
    assert_same(account, example, "account")
    assert account.total_available_balance == Decimal("122559.90199491")
    assert account.uni_mmr == Decimal("5167.92171923")
    assert account.account_status is AccountStatus.NORMAL
    assert account.account_type is AccountType.PM_1
    assert account.additional_properties == {}


def test_leverage_bracket_example_numbers_are_exact() -> None:
    example = english_example("003_bffa7c7a1bd0750d.txt")
    parsed = [UmLeverageBracket.from_dict(item) for item in example]
    assert_same(parsed[0], example[0], "[0]")
    bracket = parsed[0].brackets[0]
    assert bracket.maint_margin_ratio == Decimal("0.0065")
    assert str(bracket.maint_margin_ratio) == "0.0065"
    assert bracket.notional_cap == Decimal(10000)
    assert type(bracket.bracket) is int and type(bracket.initial_leverage) is int
    assert parsed[0].notional_coef == Decimal("4.0")


@pytest.mark.parametrize(
    ("page", "schema"),
    [
        ("000_80d83aa030195b73.txt", "getTieredCollateralRate"),
        ("001_96da83d8de54fb0b.txt", "getClassicCollateralRate"),
        ("002_6be0d2a47299f1a4.txt", "getAccountInfo"),
        ("003_bffa7c7a1bd0750d.txt", "getUmLeverageBrackets"),
    ],
)
def test_spec_examples_match_the_doc_pages(page: str, schema: str) -> None:
    """The spec's examples are the docs' examples, cleaned into valid JSON."""
    document = load_document()
    for item in document["paths"].values():
        for operation in item.values():
            if operation["operationId"] == schema:
                spec_example = operation["responses"]["200"]["content"]["application/json"]["example"]
    doc_example = english_example(page)
    assert json.loads(json.dumps(spec_example), parse_float=Decimal) == doc_example
