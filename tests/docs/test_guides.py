"""Every guide's code runs, as it is written, against the sandbox.

Python blocks run as one program per guide in a fresh interpreter whose network reaches only
loopback; shell blocks run as one bash script per guide with the ``binance-pm`` command pointed
at a sandbox. ``snippets.SNIPPET_FILES`` says which files; a new guide joins by the glob.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from binance_pm_sandbox import Sandbox
from tests.docs import snippets

RUNNER = Path(snippets.__file__)
PYTHON_FILES = [path for path in snippets.SNIPPET_FILES if snippets.snippets(path.read_text("utf-8"), "python")]
SHELL_FILES = [path for path in snippets.SNIPPET_FILES if snippets.snippets(path.read_text("utf-8"), "sh")]


def _name(path: Path) -> str:
    return str(path.relative_to(snippets.REPO))


def _environment() -> dict[str, str]:
    # No real key or host from the caller's environment may reach a guide's code.
    env = {name: value for name, value in os.environ.items() if not name.startswith("BINANCE")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return env


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


def test_every_guide_has_code_that_runs() -> None:
    guides = sorted((snippets.REPO / "docs" / "guides").glob("*.md"))
    assert guides, "no guides found"
    without = [_name(path) for path in guides if path not in PYTHON_FILES and path not in SHELL_FILES]
    assert without == []


@pytest.mark.parametrize("path", PYTHON_FILES, ids=_name)
def test_python_blocks_run(path: Path, tmp_path: Path) -> None:
    ran = subprocess.run(
        [sys.executable, str(RUNNER), str(path)],
        cwd=tmp_path,
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert ran.returncode == 0, f"{_name(path)}:\n{ran.stdout[-2000:]}\n{ran.stderr[-4000:]}"


@pytest.mark.parametrize("path", SHELL_FILES, ids=_name)
def test_shell_blocks_run(path: Path, sandbox: Sandbox, tmp_path: Path) -> None:
    env = _environment()
    env.update(
        BINANCE_BASE_URL=sandbox.base_url,
        BINANCE_PAPI_BASE_URL=sandbox.papi_base_url,
        BINANCE_API_KEY=sandbox.api_key,
        BINANCE_API_SECRET=sandbox.api_secret or "",
    )
    script = "set -euo pipefail\n" + snippets.program(path.read_text("utf-8"), "sh")
    ran = subprocess.run(
        ["bash", "-c", script],
        cwd=snippets.REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert ran.returncode == 0, f"{_name(path)}:\n{ran.stdout[-2000:]}\n{ran.stderr[-4000:]}"


def test_a_marked_block_is_left_out_and_lines_keep_their_place() -> None:
    markdown = "# Guide\n\n<!-- not run: needs keys -->\n```python\nraise SystemExit(1)\n```\n\n```python\nx = 1\n```\n"
    found = snippets.snippets(markdown, "python")
    assert [(snippet.line, snippet.code) for snippet in found] == [(9, "x = 1\n")]
    assert snippets.program(markdown).splitlines()[8] == "x = 1"


def test_a_failing_snippet_names_the_guide_and_its_line(tmp_path: Path) -> None:
    guide = tmp_path / "broken.md"
    guide.write_text("# Broken\n\n```python\nvalue = 1\nassert value == 2, 'the guide is stale'\n```\n", "utf-8")
    ran = subprocess.run(
        [sys.executable, str(RUNNER), str(guide)], capture_output=True, text=True, timeout=60, check=False
    )
    assert ran.returncode == 1
    assert f'File "{guide}", line 5' in ran.stderr
    assert "the guide is stale" in ran.stderr


def test_a_snippet_cannot_reach_beyond_loopback(tmp_path: Path) -> None:
    guide = tmp_path / "remote.md"
    guide.write_text("```python\nimport socket\nsocket.create_connection(('papi.binance.com', 443), timeout=5)\n```\n")
    ran = subprocess.run(
        [sys.executable, str(RUNNER), str(guide)], capture_output=True, text=True, timeout=60, check=False
    )
    assert ran.returncode == 1
    assert "guides run against the sandbox only" in ran.stderr
