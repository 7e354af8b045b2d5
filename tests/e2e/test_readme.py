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


def _bot_testing_blocks() -> list[str]:
    text = README.read_text(encoding="utf-8")
    start = text.index("## Test your bot against the sandbox")
    section = text[start : text.index("\n## ", start + 1)]
    return re.findall(r"```python\n(.*?)```", section, re.DOTALL)


def test_the_bot_testing_fixture_runs_as_a_user_would_copy_it(tmp_path: Path) -> None:
    fixture, example = _bot_testing_blocks()
    (tmp_path / "conftest.py").write_text(fixture, encoding="utf-8")
    (tmp_path / "test_bot.py").write_text(example, encoding="utf-8")
    ran = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "1 passed" in ran.stdout
