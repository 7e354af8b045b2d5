"""The references between x-binance extensions hold on the spec, and each kind of broken
reference is named (``python -m binance_pm_doccheck.spec_references``, in ``make lint-spec``)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from binance_pm_doccheck.spec_references import main, problems
from binance_pm_spec import SpecError, iter_operations, read_facts

from .written_pages import SPEC, spec_document


def _broken(change: str) -> list[str]:
    doc = copy.deepcopy(spec_document())
    ops = {op["operationId"]: op for _, _, op, _ in iter_operations(doc)}
    lookup: dict[str, Any] = ops["newUmOrder"]["x-binance-client-order-id"]["lookup"]
    if change == "unknown operation":
        lookup["operationId"] = "queryUmOrders"
    elif change == "unknown id parameter":
        lookup["parameter"] = "clientOrderId"
    elif change == "copy missing on the lookup":
        lookup["copy"] = ["symbol", "side"]
    elif change == "when value outside the enum":
        ops["newUmOrder"]["x-binance-rules"][0]["when"] = {"type": ["LIMT"]}
    return problems(read_facts(doc, check_references=False))


def test_spec_references_hold() -> None:
    assert problems(read_facts(spec_document())) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("unknown operation", "newUmOrder x-binance-client-order-id.lookup: no operation 'queryUmOrders'"),
        (
            "unknown id parameter",
            "newUmOrder x-binance-client-order-id.lookup: queryUmOrder has no parameter 'clientOrderId'",
        ),
        (
            "copy missing on the lookup",
            "newUmOrder x-binance-client-order-id.lookup.copy: queryUmOrder has no parameter 'side'",
        ),
        ("when value outside the enum", "newUmOrder x-binance-rules[0].when.type: 'LIMT' is not in its enum"),
    ],
)
def test_broken_reference_is_named(change: str, expected: str) -> None:
    assert _broken(change) == [expected]


def test_the_spec_reader_refuses_a_broken_reference() -> None:
    doc = copy.deepcopy(spec_document())
    for _, _, op, _ in iter_operations(doc):
        if op["operationId"] == "newCmOrder":
            op["x-binance-client-order-id"]["lookup"]["parameter"] = "clientOrderId"
    with pytest.raises(SpecError, match=r"newCmOrder x-binance-client-order-id\.lookup: queryCmOrder has no parameter"):
        read_facts(doc)


def test_cli_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SPEC)]) == 0
    assert "0 broken reference(s)" in capsys.readouterr().out
    doc = copy.deepcopy(spec_document())
    for _, _, op, _ in iter_operations(doc):
        if op["operationId"] == "newMarginOrder":
            op["x-binance-client-order-id"]["lookup"]["operationId"] = "nope"
    broken = tmp_path / "spec.yaml"
    broken.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    assert main([str(broken)]) == 1
    assert "newMarginOrder x-binance-client-order-id.lookup: no operation 'nope'" in capsys.readouterr().out
