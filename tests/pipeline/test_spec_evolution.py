"""A spec that grows (new parameters, new kinds of value) regenerates into a working client."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from binance_pm._params import check_decimal
from binance_pm.errors import ParameterError

from binance_pm_spec import default_spec_path


def test_decimal_arguments_go_out_as_plain_decimal_text() -> None:
    assert check_decimal("quantity", Decimal("0.00000001")) == "0.00000001"
    assert check_decimal("quantity", "12.50") == "12.50"
    assert check_decimal("quantity", 3) == "3"
    for bad in (0.1, True, "1,000", "NaN", None):
        with pytest.raises(ParameterError, match="quantity"):
            check_decimal("quantity", bad)
    with pytest.raises(ParameterError, match="greater than 0"):
        check_decimal("quantity", "0", exclusive_minimum=0)


ROOT = Path(__file__).resolve().parents[2]


def regenerate(spec: dict[str, Any], tmp_path: Path) -> Path:
    """Generates a client from ``spec``; returns the folder to put on PYTHONPATH."""
    spec_path = tmp_path / "spec.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    output = tmp_path / "out" / "binance_pm"
    generated = subprocess.run(
        [sys.executable, "-m", "generator", "--spec", str(spec_path), "--output", str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert generated.returncode == 0, generated.stderr
    return output.parent


def run_with(package_root: Path, probe: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(package_root)}
    ran = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=False)
    assert ran.returncode == 0, ran.stderr
    return ran.stdout.splitlines()


def test_a_new_decimal_parameter_and_a_deprecation_are_generated_checked_and_sent(tmp_path: Path) -> None:
    # One regeneration for both (each costs seconds at 126 operations): the operation gains
    # a decimal parameter, and Binance deprecates it.
    spec = yaml.safe_load(default_spec_path().read_text(encoding="utf-8"))
    operation = spec["paths"]["/papi/v1/um/leverageBracket"]["get"]
    operation["deprecated"] = True
    operation["parameters"].insert(
        1,
        {
            "name": "notional",
            "in": "query",
            "required": False,
            "description": "A new decimal parameter.",
            "schema": {"$ref": "#/components/schemas/DecimalString"},
        },
    )
    package_root = regenerate(spec, tmp_path)
    probe = (
        "from decimal import Decimal\n"
        "from binance_pm.api.portfolio_margin import get_um_leverage_brackets as g\n"
        "import warnings\n"
        "warnings.simplefilter('ignore')\n"
        "print(g._params(symbol='ETHUSDT', notional=Decimal('0.00010')))\n"
        "try:\n"
        "    g._params(notional=0.1)\n"
        "except ValueError as exc:\n"
        "    print(type(exc).__name__, exc)\n"
        "warnings.simplefilter('error')\n"
        "try:\n"
        "    g.sync(client=None, symbol='ETHUSDT')  # warns before anything is sent\n"
        "except DeprecationWarning as warning:\n"
        "    print('DeprecationWarning', warning)\n"
    )
    lines = run_with(package_root, probe)
    assert lines[0] == "{'symbol': 'ETHUSDT', 'notional': '0.00010'}"
    assert lines[1].startswith("ParameterError parameter 'notional'")
    assert (
        lines[2]
        == "DeprecationWarning getUmLeverageBrackets is deprecated by Binance; see its page for the replacement."
    )


def test_a_field_the_typed_path_cannot_map_leaves_its_answer_to_the_general_path(tmp_path: Path) -> None:
    # A nullable field (a union with null) has no typed mapping yet: the brackets answer is
    # then parsed by from_dict alone, and still parses, null and all.
    spec = yaml.safe_load(default_spec_path().read_text(encoding="utf-8"))
    bracket = spec["components"]["schemas"]["UmBracket"]
    bracket["properties"]["riskNote"] = {"type": ["string", "null"], "description": "A new nullable field."}
    package_root = regenerate(spec, tmp_path)
    fast_path = package_root / "binance_pm" / "_fast_path"
    assert not (fast_path / "get_um_leverage_brackets.py").exists()
    assert (fast_path / "get_account_info.py").exists()  # other answers keep their typed path
    probe = (
        "import httpx\n"
        "from binance_pm import BinanceClient\n"
        "from binance_pm.api.portfolio_margin import get_um_leverage_brackets as g\n"
        'body = b\'[{"symbol":"ETHUSDT","brackets":[{"bracket":1,"initialLeverage":75,\'\n'
        'body += b\'"notionalCap":10000,"notionalFloor":0,"maintMarginRatio":0.0065,"cum":0,"riskNote":null}]}]\'\n'
        "transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))\n"
        "client = BinanceClient('k', 's', papi_base_url='http://papi.test', transport=transport)\n"
        "[symbol] = g.sync(client=client)\n"
        "print(repr(symbol.brackets[0].risk_note), repr(symbol.brackets[0].maint_margin_ratio))\n"
    )
    assert run_with(package_root, probe) == ["None Decimal('0.0065')"]
