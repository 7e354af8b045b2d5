"""What importing the package and an operation loads: nothing per operation or per model,
so the import cost (``make bench``'s figure) stays flat as the spec grows. Each check runs
in a fresh interpreter, where ``sys.modules`` shows exactly what an import brought in."""

from __future__ import annotations

import json
import subprocess
import sys

SEED = (
    "binance_pm.api.portfolio_margin.get_um_leverage_brackets",
    "binance_pm.api.portfolio_margin_pro.get_account_info",
    "binance_pm.api.portfolio_margin_pro.get_classic_collateral_rate",
    "binance_pm.api.portfolio_margin_pro.get_tiered_collateral_rate",
)


def loaded_after(code: str) -> list[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    modules: list[str] = json.loads(out.splitlines()[-1])
    return modules


def test_importing_the_package_loads_no_submodule() -> None:
    modules = loaded_after("import binance_pm")
    assert [name for name in modules if name.startswith("binance_pm.")] == []
    assert "httpx" not in modules


def test_the_lazy_exports_are_the_classes_themselves() -> None:
    code = (
        "import binance_pm, binance_pm.client, binance_pm.errors\n"
        "assert binance_pm.BinanceClient is binance_pm.client.BinanceClient\n"
        "assert binance_pm.BinancePMError is binance_pm.errors.BinancePMError\n"
        "assert 'BinanceClient' in dir(binance_pm)\n"
        "try:\n    binance_pm.NoSuchName\nexcept AttributeError as exc:\n    print('refused', exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "refused module 'binance_pm' has no attribute 'NoSuchName'"


def test_importing_operations_loads_neither_their_models_nor_the_client_nor_msgspec() -> None:
    modules = loaded_after("import binance_pm\n" + "\n".join(f"import {module}" for module in SEED))
    assert [name for name in modules if name.startswith("binance_pm.models.")] == []
    assert [name for name in modules if name.startswith("binance_pm.api.") and name.count(".") == 3] == sorted(SEED)
    assert "binance_pm.client" not in modules
    assert "msgspec" not in modules
    assert not [name for name in modules if name.startswith("binance_pm._fast_path")]


def test_the_first_small_answer_loads_its_models_but_not_msgspec_and_annotations_resolve() -> None:
    code = """
import typing, httpx
from binance_pm import BinanceClient
from binance_pm.api.portfolio_margin_pro import get_tiered_collateral_rate as op
body = b'[{"asset":"BNB","collateralInfo":[{"tierFloor":"0","tierCap":"1000","collateralRate":"1.0","cum":"0"}]}]'
client = BinanceClient("key", "secret", transport=httpx.MockTransport(lambda request: httpx.Response(200, content=body)))
print(repr(op.sync(client=client)[0].collateral_info[0].collateral_rate))
print(typing.get_type_hints(op.sync)["return"])
"""
    modules = loaded_after(code)
    assert "binance_pm.models.tiered_collateral_rate" in modules
    assert "binance_pm.models.collateral_tier" in modules
    assert "msgspec" not in modules
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == [
        "Decimal('1.0')",
        "list[binance_pm.models.tiered_collateral_rate.TieredCollateralRate]",
    ]
