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

from binance_pm_spec import load_document

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


def test_rules_fire_on_a_broken_copy(tmp_path: Path) -> None:
    doc = copy.deepcopy(load_document(SPEC))
    account = doc["paths"]["/sapi/v1/portfolio/account"]["get"]
    del account["summary"]
    del account["x-binance-weight"]["per"]
    del account["responses"]["4XX"], account["responses"]["5XX"]
    account["responses"]["200"]["content"]["application/json"]["example"]["accountStatus"] = 5
    brackets = doc["paths"]["/papi/v1/um/leverageBracket"]["get"]
    del brackets["operationId"], brackets["tags"], brackets["x-binance-security-type"]
    del brackets["servers"][0]["x-binance-host"]
    tiered = doc["paths"]["/sapi/v2/portfolio/collateralRate"]["get"]
    tiered["x-binance-security-type"] = "SIGNED"
    tiered["summary"] = "Portfolio Margin Pro Tiered Collateral Rate"
    classic = doc["paths"]["/sapi/v1/portfolio/collateralRate"]["get"]
    del classic["x-binance-weight"]
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")

    found = {(r["code"], ".".join(str(p) for p in r["path"][:3])) for r in spectral(broken)}
    account_at = "paths./sapi/v1/portfolio/account.get"
    brackets_at = "paths./papi/v1/um/leverageBracket.get"
    tiered_at = "paths./sapi/v2/portfolio/collateralRate.get"
    expected = {
        ("binance-operation-summary", account_at),
        ("binance-weight", account_at),
        ("binance-error-response", account_at),
        ("oas3-valid-media-example", account_at),
        ("operation-operationId", brackets_at),
        ("operation-tags", brackets_at),
        ("binance-security-type-present", brackets_at),
        ("binance-host", brackets_at),
        ("binance-security-type", tiered_at),
        ("binance-summary-ends-with-security-type", tiered_at),
        ("binance-weight-present", "paths./sapi/v1/portfolio/collateralRate.get"),
    }
    assert expected <= found, sorted(found)
