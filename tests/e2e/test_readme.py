"""The README's quick start runs as it is written, against the sandbox."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def quick_start() -> str:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Quick start") :]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match is not None, "the quick start has no Python block"
    return match.group(1)


def test_the_quick_start_places_queries_modifies_and_cancels_an_order() -> None:
    code = quick_start()
    assert len([line for line in code.splitlines() if line.strip()]) < 10
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.split() == ["NEW", "CANCELED"]
