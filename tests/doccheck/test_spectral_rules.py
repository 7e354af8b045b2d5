"""The project's Spectral rules (spec/.spectral.yaml) pass on the spec and fire on a broken copy.

Needs the npm tools (`npm ci --prefix interop`, which `make lint-spec` runs before this test);
skipped where they are not installed.
"""

from __future__ import annotations

import copy
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from binance_pm_spec import iter_operations, load_document

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "binance-pm.yaml"
RULESET = ROOT / "spec" / ".spectral.yaml"
SPECTRAL = ROOT / "interop" / "node_modules" / ".bin" / "spectral"

pytestmark = pytest.mark.skipif(not SPECTRAL.exists(), reason="npm tools not installed (npm ci --prefix interop)")


def spectral(path: Path) -> list[dict[str, Any]]:
    run = subprocess.run(
        [str(SPECTRAL), "lint", "--ruleset", str(RULESET), "--format", "json", "--quiet", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    out = run.stdout.strip()
    results: list[dict[str, Any]] = json.loads(out) if out.startswith("[") else []
    assert run.returncode in (0, 1), run.stderr
    return results


def test_spec_is_clean() -> None:
    assert spectral(SPEC) == []


def test_the_clean_spec_uses_every_form_the_rules_accept() -> None:
    # So that "clean" above covers them: NONE and USER_STREAM operations, when-present
    # weights, each kind of rule with and without `when`, client order ids with lookups.
    operations = [op for _, _, op, _ in iter_operations(load_document(SPEC))]
    types = {op["x-binance-security-type"] for op in operations}
    assert {"NONE", "USER_STREAM", "MARKET_DATA", "USER_DATA", "TRADE", "MARGIN"} <= types
    assert any("when-present" in op["x-binance-weight"] for op in operations)
    rules = [rule for op in operations for rule in op.get("x-binance-rules", [])]
    assert {"require", "require-one-of", "exclusive", "forbid"} <= {k for rule in rules for k in rule}
    assert any("when" in rule for rule in rules) and any("when" not in rule for rule in rules)
    assert any("lookup" in op.get("x-binance-client-order-id", {}) for op in operations)


def _operation(doc: dict[str, Any], operation_id: str) -> tuple[str, dict[str, Any]]:
    """(``paths.<path>.<method>``, the operation) for ``operation_id``."""
    for method, path, op, _ in iter_operations(doc):
        if op.get("operationId") == operation_id:
            return f"paths.{path}.{method.lower()}", op
    raise KeyError(operation_id)


def test_rules_fire_on_a_broken_copy(tmp_path: Path) -> None:
    doc = copy.deepcopy(load_document(SPEC))
    expected: set[tuple[str, str]] = set()

    def breaks(operation_id: str, *codes: str) -> dict[str, Any]:
        at, op = _operation(doc, operation_id)
        expected.update((code, at) for code in codes)
        return op

    account = breaks(
        "getAccountInfo",
        "binance-operation-summary",
        "binance-weight",
        "binance-error-response",
        "oas3-valid-media-example",
    )
    del account["summary"]
    del account["x-binance-weight"]["per"]
    del account["responses"]["4XX"], account["responses"]["5XX"]
    account["responses"]["200"]["content"]["application/json"]["example"]["accountStatus"] = 5
    brackets = breaks(
        "getUmLeverageBrackets",
        "operation-operationId",
        "operation-tags",
        "binance-security-type-present",
        "binance-host",
    )
    del brackets["operationId"], brackets["tags"], brackets["x-binance-security-type"]
    del brackets["servers"][0]["x-binance-host"]
    tiered = breaks("getTieredCollateralRate", "binance-security-type", "binance-summary-ends-with-security-type")
    tiered["x-binance-security-type"] = "SIGNED"
    tiered["summary"] = "Portfolio Margin Pro Tiered Collateral Rate"
    del breaks("getClassicCollateralRate", "binance-weight-present")["x-binance-weight"]

    # NONE: no bracketed type in the summary, and no security requirement.
    ping = breaks("testConnectivity", "binance-summary-ends-with-security-type", "binance-security-requirement")
    ping["summary"] = "Test Connectivity (NONE)"
    ping["security"] = [{"ApiKey": []}]
    # USER_STREAM: its own type in the summary; the API key only.
    breaks("startUserDataStream", "binance-summary-ends-with-security-type")["summary"] = (
        "Start User Data Stream (USER_DATA)"
    )
    breaks("closeUserDataStream", "binance-security-requirement")["security"] = [{"ApiKey": [], "Signature": []}]
    breaks("newUmOrder", "binance-security-requirement")["security"] = [{"ApiKey": []}]
    # when-present: integer values, and a parameter in each entry.
    breaks("queryAllCurrentUmOpenOrders", "binance-weight")["x-binance-weight"]["when-present"][0]["value"] = "1"
    del breaks("queryAllCmOrders", "binance-weight")["x-binance-weight"]["when-present"][0]["parameter"]
    # x-binance-rules: exactly one kind, a description, `when` values as lists of strings.
    breaks("newCmOrder", "binance-rules")["x-binance-rules"][0]["forbid"] = ["priceMatch"]
    del breaks("newMarginOrder", "binance-rules")["x-binance-rules"][0]["description"]
    breaks("newUmAlgoOrder", "binance-rules")["x-binance-rules"][0]["when"] = {"timeInForce": "GTD"}
    breaks("newCmConditionalOrder", "binance-rules")["x-binance-rules"][0]["when"] = {"strategyType": [True]}
    # x-binance-client-order-id: lookup names an operation; error codes are negative.
    del breaks("marginAccountNewOco", "binance-client-order-id")["x-binance-client-order-id"]["lookup"]["operationId"]
    breaks("cmAccountTradeList", "binance-client-order-id")["x-binance-client-order-id"] = {
        "parameter": "fromId",
        "lookup": {"operationId": "queryCmOrder", "parameter": "orderId", "not-found-codes": [2013]},
    }
    # x-binance-doc-group: present, one of four.
    breaks("getUmIncomeHistory", "binance-doc-group")["x-binance-doc-group"] = "trading"
    del breaks("getCmIncomeHistory", "binance-doc-group")["x-binance-doc-group"]

    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    found = {(r["code"], ".".join(str(p) for p in r["path"][:3])) for r in spectral(broken)}
    assert expected <= found, sorted(expected - found)
    # Nothing fires where nothing was broken.
    broken_at = {at for _, at in expected}
    assert {at for _, at in found} <= broken_at, sorted(found)
