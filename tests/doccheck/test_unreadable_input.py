"""The doc checker on input that is no doc page or no spec: a clear error naming the file
and exit 2, never a traceback, and never 1 (which means "differences found")."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import binance_pm_spec
from binance_pm_doccheck.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "spec" / "docs"
SPEC = ROOT / "spec" / "binance-pm.yaml"
PAGE = "001_96da83d8de54fb0b.txt"  # GET /sapi/v1/portfolio/collateralRate


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    target = tmp_path / "docs"
    shutil.copytree(DOCS, target)
    return target


def _front_matter_replaced(page: Path, front: str) -> None:
    text = page.read_text(encoding="utf-8")
    end = text.index("\n---\n", 4)
    page.write_text(front + text[end + 1 :], encoding="utf-8")


BROKEN_PAGES: dict[str, tuple[bytes | None, str | None, str]] = {
    # name: (bytes of the page, or None to edit the front matter, front matter, what the error says)
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None, "a binary file (it holds NUL bytes), not a doc page"),
    "latin-1": ("---\nexchange: binance\n---\n# Caf\u00e9\n".encode("latin-1"), None, "not UTF-8 text"),
    "bad-yaml": (None, "---\nexchange: [binance\n", "the front matter is not valid YAML"),
    "list": (None, "---\n- exchange\n- binance\n", "the front matter is a YAML list, not a mapping"),
    "unclosed": (b"---\nexchange: binance\n# Title\n", None, "the front matter opened on line 1 has no closing '---'"),
}


@pytest.mark.parametrize("kind", list(BROKEN_PAGES))
def test_a_page_that_is_no_doc_page_is_named_and_exits_2(
    docs: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    content, front, says = BROKEN_PAGES[kind]
    page = docs / PAGE
    if content is not None:
        page.write_bytes(content)
    else:
        assert front is not None
        _front_matter_replaced(page, front)
    assert main(["--docs", str(docs), "--spec", str(SPEC)]) == 2
    out, err = capsys.readouterr()
    assert err.splitlines()[0].startswith(f"error: {page}: {says}")
    assert err.splitlines()[-1] == f"error: 1 file(s) in {docs} are no doc pages; nothing was compared"
    assert out == ""


def test_every_page_that_is_no_doc_page_is_named(docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (docs / "a.txt").write_bytes(b"\xff\xfe")
    (docs / "b.md").write_bytes(b"\x00")
    assert main(["--docs", str(docs), "--spec", str(SPEC)]) == 2
    err = capsys.readouterr().err
    assert f"error: {docs / 'a.txt'}: not UTF-8 text" in err
    assert f"error: {docs / 'b.md'}: a binary file" in err


def test_a_binary_page_gives_no_traceback_from_the_command(docs: Path) -> None:
    (docs / PAGE).write_bytes(b"\x00\x01\xff binary")
    result = subprocess.run(
        [sys.executable, "-m", "binance_pm_doccheck", "--docs", str(docs), "--spec", str(SPEC)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert f"error: {docs / PAGE}: a binary file" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (None, "cannot read the spec at {spec}: No such file or directory"),
        (b"openapi: 3.1.0\ninfo: \xff\xfe\n", "cannot read the spec at {spec}: not UTF-8 text"),
        (b"a: [\n", "{spec} is not valid YAML"),
        (b"- a list\n", "{spec} is not an OpenAPI document"),
        (b"openapi: 3.1.0\n", "{spec}: components.securitySchemes"),
    ],
    ids=["missing", "not-utf8", "not-yaml", "not-a-mapping", "no-security-schemes"],
)
def test_an_unusable_spec_is_named_and_exits_2(
    tmp_path: Path, content: bytes | None, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "spec.yaml"
    if content is not None:
        spec.write_bytes(content)
    assert main(["--docs", str(DOCS), "--spec", str(spec)]) == 2
    out, err = capsys.readouterr()
    assert err.startswith("error: " + says.format(spec=spec))
    assert out == ""


def test_without_docs_outside_a_checkout_says_to_give_them(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(binance_pm_spec, "default_docs_path", lambda: None)  # as installed: no spec/docs
    with pytest.raises(SystemExit) as exited:
        main(["--spec", str(SPEC)])
    assert exited.value.code == 2
    assert "error: --docs is required" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("example", "says"),
    [
        ('[\n  {\n    "asset": ', "expected a value, found the end"),
        ("[" * 2000, "nested deeper than 64 levels"),
    ],
    ids=["cut-short", "nested-2000-deep"],
)
def test_an_unreadable_response_example_is_a_difference_not_a_crash(
    docs: Path, example: str, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    page = docs / PAGE
    text = page.read_text(encoding="utf-8")
    start = text.index("## Response Example")
    end = text.index("\n---\n", start)
    page.write_text(text[:start] + "## Response Example\n\n" + example + text[end:], encoding="utf-8")
    assert main(["--docs", str(docs), "--spec", str(SPEC)]) == 1
    out = capsys.readouterr().out
    assert f"{PAGE} | response | doc says: cannot read the response example: {says}" in out


def test_without_pyyaml_the_command_names_the_extra() -> None:
    code = "import sys, runpy\nsys.modules['yaml'] = None\nrunpy.run_module('binance_pm_doccheck', run_name='__main__')"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert result.stderr == (
        "python -m binance_pm_doccheck: PyYAML is not installed; "
        "it comes with the sandbox extra: pip install 'binance-pm[sandbox]'\n"
    )
