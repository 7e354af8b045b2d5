"""`make ts-e2e` cannot pass with a TypeScript client that signs wrongly: a copy of
interop/typescript with one signing rule of the spec broken on purpose is compiled and run
against the sandbox, exactly as `make ts-e2e` runs the real one, and the run must fail, on the
SIGNED operations only, with Binance's code -1022.

Needs node and the npm tools of interop/ (`make ts-e2e` installs them and sets
TS_E2E_REQUIRED=1, which turns a missing prerequisite into a failure instead of a skip).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from binance_pm_doccheck.bundle import bundle
from binance_pm_spec import load_document, read_facts

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "binance-pm.yaml"
INTEROP = ROOT / "interop"
NODE = shutil.which("node")
TSC = INTEROP / "node_modules" / ".bin" / "tsc"
MISSING = "node is not installed" if NODE is None else None if TSC.exists() else "interop/node_modules is not installed"

if MISSING is not None and os.environ.get("TS_E2E_REQUIRED"):
    raise RuntimeError(f"tests/interop cannot run: {MISSING} (make ts-e2e installs what it needs)")
pytestmark = pytest.mark.skipif(MISSING is not None, reason=f"{MISSING}; make ts-e2e runs these tests")

ALL_OPERATIONS = list(read_facts(load_document(SPEC)).operations)
OPERATIONS = len(ALL_OPERATIONS)
UNSIGNED = sum(1 for op in ALL_OPERATIONS if not op.signed)

#: (file under interop/typescript/src, the line as written, the line broken, what the break shows)
BREAKS = {
    # The spec: "HMAC keys: signature = lowercase hex of HMAC-SHA256". Base64 of the same bytes is refused.
    "hex-digest": ("signing.ts", '.digest("hex")', '.digest("base64")', {"HMAC-SHA256"}),
    # The spec: sign the query "then recvWindow (if any) and timestamp". Here the timing parameters
    # are sent but left out of the signed bytes, so every signer's signature covers too little.
    "timing-unsigned": (
        "signing.ts",
        "return `${totalParams}&${signatureParameter}=${signer.sign(totalParams)}`;",
        "return `${totalParams}&${signatureParameter}=${signer.sign(encodeQuery(caller))}`;",
        {"HMAC-SHA256", "RSA", "Ed25519"},
    ),
}


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600, check=False)


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("spec") / "binance-pm.json"
    path.write_text(bundle(SPEC), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory, bundled: Path) -> Path:
    """The TypeScript inputs made from the spec, as `make ts-generate` makes them."""
    folder = tmp_path_factory.mktemp("generated")
    assert NODE is not None
    scripts = (
        ("gen-operations.mjs", "operations.ts"),
        ("gen-types.mjs", "binance-pm.ts"),
        ("gen-events.mjs", "events.ts"),
    )
    for script, out in scripts:
        made = _run([NODE, str(INTEROP / "typescript" / script), str(bundled), str(folder / out)], INTEROP)
        assert made.returncode == 0, made.stderr
    return folder


def _client_copy(root: Path, generated: Path) -> Path:
    """interop/typescript copied under `root` with its generated types, beside the real node_modules."""
    (root / "interop").mkdir()
    (root / "interop" / "node_modules").symlink_to(INTEROP / "node_modules", target_is_directory=True)
    copy = root / "interop" / "typescript"
    shutil.copytree(INTEROP / "typescript", copy, ignore=shutil.ignore_patterns("dist", "generated"))
    shutil.copytree(generated, copy / "generated")
    return copy


def _summary(output: str, signer: str) -> int:
    found = re.search(rf"^{re.escape(signer)}: (\d+) of (\d+) operations answered 200", output, re.MULTILINE)
    assert found is not None, output[-3000:]
    assert int(found.group(2)) == OPERATIONS
    return int(found.group(1))


@pytest.mark.parametrize("name", list(BREAKS))
def test_the_run_fails_when_a_signing_rule_is_broken(name: str, tmp_path: Path, bundled: Path, generated: Path) -> None:
    file, written, broken, broken_signers = BREAKS[name]
    copy = _client_copy(tmp_path, generated)
    source = copy / "src" / file
    text = source.read_text(encoding="utf-8")
    assert text.count(written) == 1, f"{file} no longer holds {written!r}: update this test"
    source.write_text(text.replace(written, broken), encoding="utf-8")

    compiled = _run([str(TSC), "-p", str(copy / "tsconfig.e2e.json")], copy)
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    assert NODE is not None
    run = _run(
        [NODE, str(copy / "dist" / "src" / "e2e" / "run.js"), "--bundle", str(bundled), "--python", sys.executable],
        copy,
    )
    output = run.stdout + run.stderr

    assert run.returncode == 1, output[-3000:]
    assert re.search(r"^ts-e2e: \d+ passed, [1-9]\d* failed$", output, re.MULTILINE), output[-3000:]
    for signer in ("HMAC-SHA256", "RSA", "Ed25519"):
        # A broken signer fails exactly the SIGNED operations; the others still pass.
        expected = UNSIGNED if signer in broken_signers else OPERATIONS
        assert _summary(output, signer) == expected, signer
    refusals = re.findall(r"^FAILED (HMAC-SHA256|RSA|Ed25519) \w+: HTTP 400 code -1022: ", output, re.MULTILINE)
    assert len(refusals) == (OPERATIONS - UNSIGNED) * len(broken_signers), output[-3000:]
