"""What the stream costs at import: nothing until a stream connects."""

from __future__ import annotations

import json
import subprocess
import sys


def loaded_after(code: str) -> list[str]:
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    modules: list[str] = json.loads(out.splitlines()[-1])
    return modules


def test_making_a_stream_loads_neither_websockets_nor_the_event_models() -> None:
    modules = loaded_after("from binance_pm import BinanceClient\nBinanceClient('key').user_stream()")
    assert "binance_pm.stream" in modules
    assert not [name for name in modules if name.split(".")[0] == "websockets"]
    assert "binance_pm.events" not in modules
    assert "binance_pm.models.order_trade_update_event" not in modules


def test_without_websockets_the_stream_names_the_extra_to_install() -> None:
    code = (
        "import sys, asyncio\n"
        "sys.modules['websockets'] = None\n"
        "from binance_pm.stream import _websockets\n"
        "try:\n    _websockets()\nexcept ModuleNotFoundError as exc:\n    print(exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "pip install 'binance-pm[stream]'" in out
