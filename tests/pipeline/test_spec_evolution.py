"""A spec that grows (new parameters, new kinds of value) regenerates into a working client."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

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


def test_a_new_decimal_query_parameter_is_generated_checked_and_sent(tmp_path: Path) -> None:
    spec = yaml.safe_load(default_spec_path().read_text(encoding="utf-8"))
    operation = spec["paths"]["/papi/v1/um/leverageBracket"]["get"]
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
    spec_path = tmp_path / "spec.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    output = tmp_path / "out" / "binance_pm"
    root = Path(__file__).resolve().parents[2]
    generated = subprocess.run(
        [sys.executable, "-m", "generator", "--spec", str(spec_path), "--output", str(output)],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert generated.returncode == 0, generated.stderr
    probe = (
        "from decimal import Decimal\n"
        "from binance_pm.api.portfolio_margin import get_um_leverage_brackets as g\n"
        "print(g._params(symbol='ETHUSDT', notional=Decimal('0.00010')))\n"
        "try:\n"
        "    g._params(notional=0.1)\n"
        "except ValueError as exc:\n"
        "    print(type(exc).__name__, exc)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(output.parent)}
    ran = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=False)
    assert ran.returncode == 0, ran.stderr
    lines = ran.stdout.splitlines()
    assert lines[0] == "{'symbol': 'ETHUSDT', 'notional': '0.00010'}"
    assert lines[1].startswith("ParameterError parameter 'notional'")
