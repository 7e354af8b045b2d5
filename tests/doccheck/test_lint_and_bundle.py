"""The spec's examples validate against their schemas, and the JSON bundle is the spec."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from binance_pm_doccheck.bundle import BundleError, bundle
from binance_pm_doccheck.bundle import main as bundle_main
from binance_pm_doccheck.spec_examples import count, problems
from binance_pm_spec import load_document

SPEC = Path(__file__).resolve().parents[2] / "spec" / "binance-pm.yaml"


def test_every_example_in_the_spec_validates() -> None:
    document = load_document(SPEC)
    assert problems(document) == []
    assert count(document) >= 10  # media examples, error examples, schema `examples` arrays


def test_an_invalid_schema_example_is_caught() -> None:
    document = copy.deepcopy(load_document(SPEC))
    document["components"]["schemas"]["DecimalString"]["examples"].append(12)
    assert problems(document) == ["#/components/schemas/DecimalString/examples/2: 12 is not of type 'string'"]


def test_an_invalid_media_example_is_caught() -> None:
    document = copy.deepcopy(load_document(SPEC))
    media = document["paths"]["/sapi/v1/portfolio/account"]["get"]["responses"]["200"]["content"]["application/json"]
    media["example"]["accountType"] = "PM_9"
    found = problems(document)
    assert len(found) == 1 and "'PM_9' is not one of" in found[0]


def test_bundle_is_the_spec_as_json(tmp_path: Path) -> None:
    out = tmp_path / "b" / "binance-pm.json"
    assert bundle_main(["--spec", str(SPEC), "--out", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == load_document(SPEC)


def test_bundle_refuses_what_json_cannot_hold(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC.read_text(encoding="utf-8").replace('version: "2026.01.15"', "version: 2026-01-15"))
    with pytest.raises(BundleError, match="date"):
        bundle(spec)
    spec.write_text(SPEC.read_text(encoding="utf-8").replace('"#/components/schemas/BinanceError"', "errors.yaml"))
    with pytest.raises(BundleError, match="outside the document"):
        bundle(spec)
