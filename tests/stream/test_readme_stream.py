"""The README's user data stream example runs as it is written, against the sandbox."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_stream_example_prints_fills_and_recovers_from_a_drop() -> None:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## The user data stream") :]
    match = re.search(r"```python\n(.*?)```\n\nprints\n\n```\n(.*?)```", section, re.DOTALL)
    assert match is not None, "the stream section has no Python block followed by its output"
    code, expected = match.groups()
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout == expected
