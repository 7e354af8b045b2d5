"""interop/typescript/gen-operations.mjs reads the same facts from the bundled spec as
binance_pm_spec does from the YAML, for every operation: a TypeScript client routes, signs,
weighs and checks its requests exactly as the Python one. Needs node; skipped without it."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from binance_pm_doccheck.bundle import bundle
from binance_pm_spec import OperationFacts

from .written_pages import SPEC, spec_facts

GENERATOR = Path(__file__).resolve().parents[2] / "interop" / "typescript" / "gen-operations.mjs"
NODE = shutil.which("node")

pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed")


@pytest.fixture(scope="module")
def typescript_facts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("ts")
    (folder / "binance-pm.json").write_text(bundle(SPEC), encoding="utf-8")
    assert NODE is not None
    subprocess.run(
        [NODE, str(GENERATOR), str(folder / "binance-pm.json"), str(folder / "facts.json")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    facts: dict[str, Any] = json.loads((folder / "facts.json").read_text(encoding="utf-8"))
    return facts


def python_view(op: OperationFacts) -> dict[str, Any]:
    """The Python reader's facts in gen-operations.mjs's shape."""
    lookup = op.order_lookup
    return {
        "method": op.method,
        "path": op.path,
        "host": op.host,
        "securityType": op.security_type,
        "needsApiKey": op.needs_api_key,
        "signed": op.signed,
        "weight": {
            "value": op.weight,
            "per": op.weight_per,
            "whenPresent": [{"parameter": name, "value": value} for name, value in op.weight_when_present],
        },
        "parameters": [{"name": p["name"], "required": bool(p.get("required", False))} for p in op.parameters],
        "rules": [
            {
                "kind": r.kind,
                "parameters": list(r.parameters),
                "when": {k: list(v) for k, v in r.when},
                "description": r.description,
            }
            for r in op.rules
        ],
        "clientOrderId": None
        if op.client_order_id is None
        else {
            "parameter": op.client_order_id,
            "lookup": None
            if lookup is None
            else {
                "operationId": lookup.operation_id,
                "parameter": lookup.id_parameter,
                "copy": list(lookup.copy),
                "notFoundCodes": list(lookup.not_found_codes),
            },
        },
        "docGroup": op.doc_group,
        "deprecated": op.deprecated,
    }


def test_every_operation_has_the_same_facts(typescript_facts: dict[str, Any]) -> None:
    operations = typescript_facts["operations"]
    assert list(operations) == [op.operation_id for op in spec_facts().operations]
    for op in spec_facts().operations:
        assert operations[op.operation_id] == python_view(op), op.operation_id


def test_hosts_and_signing_names(typescript_facts: dict[str, Any]) -> None:
    facts = spec_facts()
    assert typescript_facts["hosts"] == dict(facts.hosts)
    signing = facts.signing
    assert typescript_facts["signing"] == {
        "apiKeyHeader": signing.api_key_header,
        "signatureParameter": signing.signature_parameter,
        "timestampParameter": signing.timestamp_parameter,
        "recvWindowParameter": signing.recv_window_parameter,
        "timestampMaxAheadMs": signing.timestamp_max_ahead_ms,
        "timePath": signing.time_path,
    }
    assert {k: tuple(v) for k, v in typescript_facts["securityTypes"].items()} == dict(facts.security_types)
