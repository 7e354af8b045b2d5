"""Installs binance-pm as a user does, then uses it with no repository around.

    .venv/bin/python tests/packaging/wheel_check.py        # or: make wheel-check

1. ``python -m build`` makes the sdist, then the wheel from the sdist (so both carry
   everything, and nothing stale from a ``build/`` folder gets in).
2. Two fresh virtualenvs in a temporary folder outside the repository: one with the wheel
   alone, one with ``[sandbox,keys]``. Every command runs there, in that folder, with no
   ``PYTHONPATH``, ``BINANCE_PM_SPEC`` or ``BINANCE_*`` variable.
3. In both: ``binance-pm --help`` and ``--version``; ``import binance_pm`` (from the venv,
   at the distribution's version); ``mypy --strict`` on a small user script that calls an
   operation, and on a wrong one, which must be refused (the package's types are read).
   Without extras, ``binance-pm-sandbox`` and the doc checker name the extra to install
   and exit 2.
4. With ``[sandbox,keys]``: ``binance-pm-sandbox`` on port 0 (its URL read from its first
   line), one signed call through the CLI (and the same call with a wrong secret, refused
   with -1022), then the sandbox stopped by its PID; ``Sandbox()`` in a script; the doc
   checker on the packaged spec.

The temporary folder is removed at the end, and the sandbox stopped, whatever happens.
Exit status: 0 all passed, 1 a step failed (its command and output are printed).
Needs the dev extra (``build``) and PyPI (or the configured index) for the dependencies.
"""

from __future__ import annotations

import json
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EXTRAS = "[sandbox,keys]"
# The keys the sandbox is started with; only ever used against it, on 127.0.0.1.
SANDBOX_KEY = "wheelCheckApiKey000000000000000000000000000000000000000000000000"
SANDBOX_SECRET = "wheelCheckApiSecret0000000000000000000000000000000000000000000000"
STEP_TIMEOUT = 900.0  # a build or an install, from a cold cache
RUN_TIMEOUT = 120.0
START_TIMEOUT = 30.0

# A user's script: it must pass mypy --strict against the installed wheel alone.
USER_SCRIPT = """\
from decimal import Decimal

from binance_pm import BinanceClient
from binance_pm.api.portfolio_margin import get_um_leverage_brackets
from binance_pm.models import UmLeverageBracket


def first_cap(client: BinanceClient, symbol: str) -> Decimal:
    brackets: list[UmLeverageBracket] = get_um_leverage_brackets.sync(client=client, symbol=symbol)
    return Decimal(brackets[0].brackets[0].notional_cap)
"""
# The same with two mistakes, which mypy must report: if the package's types were not
# read (no py.typed), they would pass as Any.
WRONG_SCRIPT = """\
from binance_pm import BinanceClient
from binance_pm.api.portfolio_margin import get_um_leverage_brackets


def first_symbol(client: BinanceClient) -> int:
    brackets = get_um_leverage_brackets.sync(client=client, symbol=1)
    return brackets[0].symbol
"""
WRONG_SCRIPT_ERRORS = ("[arg-type]", "[return-value]")
# With the sandbox extra, the user's tests use the sandbox: its types are checked too.
SANDBOX_SCRIPT = """\
from binance_pm.api.portfolio_margin import get_um_leverage_brackets
from binance_pm_sandbox import Sandbox

with Sandbox() as sandbox, sandbox.client(max_retries=0) as client:
    brackets = get_um_leverage_brackets.sync(client=client, symbol="ETHUSDT")
    sent = sandbox.requests[-1].raw_query
print(brackets[0].symbol, b"&signature=" in sent)
"""


class CheckFailed(Exception):
    """A step did not do what a user would expect; the message says what, with the output."""


def _clean_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """This process's environment without what could lead a command back to the repository
    or its settings (the package index settings stay)."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP") and not name.startswith("BINANCE_")
    }
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra or {})
    return env


def _run(
    command: Sequence[str | Path],
    *,
    cwd: Path,
    expect: int = 0,
    timeout: float = RUN_TIMEOUT,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    args = [str(part) for part in command]
    try:
        done = subprocess.run(
            args, cwd=cwd, env=_clean_env(env), capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        raise CheckFailed(f"{' '.join(args)}: still running after {timeout:.0f} s") from None
    if done.returncode != expect:
        raise CheckFailed(
            f"{' '.join(args)}: exit status {done.returncode}, expected {expect}\n"
            f"--- stdout\n{done.stdout}--- stderr\n{done.stderr}"
        )
    return done


def _require(condition: bool, what: str, done: subprocess.CompletedProcess[str] | None = None) -> None:
    if not condition:
        output = f"\n--- stdout\n{done.stdout}--- stderr\n{done.stderr}" if done is not None else ""
        raise CheckFailed(f"{what}{output}")


class Steps:
    """Runs named steps and prints each with its duration."""

    def __init__(self) -> None:
        self.started = time.perf_counter()

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        print(f"wheel-check: {name} ...", end="", flush=True)
        began = time.perf_counter()
        try:
            yield
        except BaseException:
            print(" FAILED", flush=True)
            raise
        print(f" ok ({time.perf_counter() - began:.1f} s)", flush=True)

    def elapsed(self) -> float:
        return time.perf_counter() - self.started


def _pinned(requirement: str) -> str:
    """The dev extra's pin of ``requirement`` (``mypy`` -> ``mypy==2.4.1``), so that the user's
    venv runs the mypy the project is checked with."""
    with (REPO / "pyproject.toml").open("rb") as file:
        dev = tomllib.load(file)["project"]["optional-dependencies"]["dev"]
    return next(str(pin) for pin in dev if re.split(r"[=<>!~\[ ]", str(pin), maxsplit=1)[0] == requirement)


def build_wheel(dist: Path, cwd: Path) -> Path:
    _run([sys.executable, "-m", "build", "--outdir", dist, REPO], cwd=cwd, timeout=STEP_TIMEOUT)
    wheels = sorted(dist.glob("binance_pm-*.whl"))
    _require(len(wheels) == 1, f"expected one wheel in {dist}, found {[w.name for w in wheels]}")
    return wheels[0]


def make_venv(where: Path, requirement: str, cwd: Path) -> Path:
    """A fresh virtualenv at ``where`` with ``requirement`` installed; returns its bin folder."""
    _run([sys.executable, "-m", "venv", where], cwd=cwd, timeout=STEP_TIMEOUT)
    bin_dir = where / "bin"
    _run([bin_dir / "python", "-m", "pip", "install", "--quiet", requirement], cwd=cwd, timeout=STEP_TIMEOUT)
    return bin_dir


def check_commands(bin_dir: Path, venv: Path, cwd: Path) -> None:
    """``binance-pm --help`` and ``--version``, and ``import binance_pm`` from the venv."""
    shown = _run([bin_dir / "binance-pm", "--help"], cwd=cwd)
    _require("get-um-leverage-brackets" in shown.stdout, "binance-pm --help does not list the operations", shown)
    probe = _run(
        [
            bin_dir / "python",
            "-c",
            "import importlib.metadata, binance_pm; "
            "print(binance_pm.__version__, importlib.metadata.version('binance-pm'), binance_pm.__file__)",
        ],
        cwd=cwd,
    )
    version, distribution_version, module_file = probe.stdout.split()
    _require(
        version == distribution_version, f"binance_pm.__version__ {version} != distribution {distribution_version}"
    )
    _require(Path(module_file).is_relative_to(venv), f"binance_pm imported from {module_file}, not from {venv}")
    shown = _run([bin_dir / "binance-pm", "--version"], cwd=cwd)
    _require(version in shown.stdout + shown.stderr, f"binance-pm --version does not say {version}", shown)


def check_types(bin_dir: Path, cwd: Path, *, with_sandbox: bool) -> None:
    """mypy --strict accepts a user's script and refuses a wrong one: the types ship."""
    _run([bin_dir / "python", "-m", "pip", "install", "--quiet", _pinned("mypy")], cwd=cwd, timeout=STEP_TIMEOUT)
    scripts = {"user_script.py": USER_SCRIPT, "wrong_script.py": WRONG_SCRIPT}
    if with_sandbox:
        scripts["sandbox_script.py"] = SANDBOX_SCRIPT
    for name, text in scripts.items():
        (cwd / name).write_text(text, encoding="utf-8")
    mypy: list[str | Path] = [bin_dir / "python", "-m", "mypy", "--strict", "--no-incremental"]
    _run([*mypy, *(name for name in scripts if name != "wrong_script.py")], cwd=cwd)
    refused = _run([*mypy, "wrong_script.py"], cwd=cwd, expect=1)
    for code in WRONG_SCRIPT_ERRORS:
        _require(code in refused.stdout, f"mypy did not report {code} in wrong_script.py", refused)


def check_missing_extra(bin_dir: Path, cwd: Path) -> None:
    """Without the sandbox extra, the sandbox and the doc checker name what to install; no traceback."""
    commands: list[list[str | Path]] = [
        [bin_dir / "binance-pm-sandbox"],
        [bin_dir / "python", "-m", "binance_pm_doccheck"],
    ]
    for command in commands:
        done = _run(command, cwd=cwd, expect=2)
        _require("binance-pm[sandbox]" in done.stderr, f"{command[-1]} does not name the extra to install", done)
        _require("Traceback" not in done.stderr, f"{command[-1]} printed a traceback", done)


class SandboxProcess:
    """``binance-pm-sandbox`` from the venv, on 127.0.0.1 and a free port."""

    def __init__(self, bin_dir: Path, cwd: Path) -> None:
        command = [
            str(bin_dir / "binance-pm-sandbox"),
            *("--host", "127.0.0.1", "--port", "0"),
            *("--api-key", SANDBOX_KEY, "--api-secret", SANDBOX_SECRET),
        ]
        self.process = subprocess.Popen(
            command, cwd=cwd, env=_clean_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.stderr: list[str] = []
        threading.Thread(target=self._drain, daemon=True).start()
        threading.Thread(target=self._drain_stderr, daemon=True).start()
        try:
            first = self.lines.get(timeout=START_TIMEOUT)
        except queue.Empty:
            first = None
        if first is None or not re.fullmatch(r"http://127\.0\.0\.1:\d+", first):
            self.stop()
            raise CheckFailed(f"the sandbox printed {first!r} first, not its URL; stderr:\n{''.join(self.stderr)}")
        self.url = first

    def _drain(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def _drain_stderr(self) -> None:
        assert self.process.stderr is not None
        self.stderr.extend(self.process.stderr)

    def stop(self) -> int:
        """SIGTERM to its PID; SIGKILL if it has not exited 10 s later. Its exit status."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                return self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
        return self.process.wait()


def check_sandbox_and_cli(bin_dir: Path, cwd: Path) -> None:
    """The sandbox from the venv, and one signed call through the CLI against it."""
    sandbox = SandboxProcess(bin_dir, cwd)
    try:
        call: list[str | Path] = [
            bin_dir / "binance-pm",
            *("--base-url", sandbox.url, "--papi-base-url", sandbox.url),
            *("get-um-leverage-brackets", "--symbol", "ETHUSDT", "--json"),
        ]
        keys = {"BINANCE_API_KEY": SANDBOX_KEY}
        done = _run(call, cwd=cwd, env={**keys, "BINANCE_API_SECRET": SANDBOX_SECRET})
        answer = json.loads(done.stdout)
        _require(answer[0]["symbol"] == "ETHUSDT", "the signed call did not return ETHUSDT's brackets", done)
        # The same call signed with another secret: refused, so the first one was verified.
        refused = _run(call, cwd=cwd, env={**keys, "BINANCE_API_SECRET": "not-the-secret"}, expect=1)
        _require("-1022" in refused.stderr, "a wrong signature was not refused with -1022", refused)
    finally:
        status = sandbox.stop()
    _require(status == 0, f"the sandbox exited {status} when stopped; stderr:\n{''.join(sandbox.stderr)}")


def check_sandbox_class(bin_dir: Path, cwd: Path) -> None:
    done = _run([bin_dir / "python", "sandbox_script.py"], cwd=cwd)
    _require(done.stdout.split() == ["ETHUSDT", "True"], "Sandbox() did not serve a signed call", done)


def check_doccheck(bin_dir: Path, venv: Path, cwd: Path) -> None:
    """The spec is read from the package, and the doc checker compares with it: no default
    pages when installed (a usage error saying so), and a page given with --docs compared."""
    python = bin_dir / "python"
    probe = _run([python, "-c", "import binance_pm_spec; print(binance_pm_spec.default_spec_path())"], cwd=cwd)
    spec_path = Path(probe.stdout.strip())
    packaged = spec_path.is_relative_to(venv) and spec_path.is_file()
    _require(packaged and spec_path.parent.name == "binance_pm_spec", f"the spec is found at {spec_path}", probe)
    done = _run([python, "-m", "binance_pm_doccheck"], cwd=cwd, expect=2)
    _require("--docs" in done.stderr and "Traceback" not in done.stderr, "no clear error without --docs", done)
    docs = cwd / "docs"
    docs.mkdir()
    page = sorted((REPO / "spec" / "docs").glob("*.txt"))[0]
    shutil.copy(page, docs / page.name)
    done = _run([python, "-m", "binance_pm_doccheck", "--docs", docs], cwd=cwd)
    _require(done.stdout.startswith("ok: 1 page(s)"), "the doc checker did not compare the page", done)


def main() -> int:
    steps = Steps()
    with tempfile.TemporaryDirectory(prefix="binance-pm-wheel-check-") as scratch:
        root = Path(scratch)
        try:
            with steps.step("build the sdist and the wheel"):
                wheel = build_wheel(root / "dist", root)
            for name, requirement in (("no extras", str(wheel)), (EXTRAS, f"{wheel}{EXTRAS}")):
                venv = root / ("venv-extras" if name == EXTRAS else "venv-plain")
                work = root / f"work-{venv.name}"
                work.mkdir()
                with steps.step(f"install {wheel.name} ({name}) in a fresh venv"):
                    bin_dir = make_venv(venv, requirement, root)
                with steps.step(f"{name}: binance-pm --help, --version, import binance_pm"):
                    check_commands(bin_dir, venv, work)
                with steps.step(f"{name}: mypy --strict on a user script"):
                    check_types(bin_dir, work, with_sandbox=name == EXTRAS)
                if name != EXTRAS:
                    with steps.step(f"{name}: the sandbox and the doc checker name their extra"):
                        check_missing_extra(bin_dir, work)
                    continue
                with steps.step(f"{name}: binance-pm-sandbox, one signed CLI call, stop by PID"):
                    check_sandbox_and_cli(bin_dir, work)
                with steps.step(f"{name}: Sandbox() in a user's script"):
                    check_sandbox_class(bin_dir, work)
                with steps.step(f"{name}: the packaged spec, python -m binance_pm_doccheck"):
                    check_doccheck(bin_dir, venv, work)
        except CheckFailed as failure:
            print(f"wheel-check: {failure}", file=sys.stderr)
            return 1
    print(f"wheel-check: passed in {steps.elapsed():.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
