"""Clean virtualenvs, one per contender, each holding only that client and what it depends on.

They live in ``build/bench-venvs/`` (ignored by git) and are kept between runs: a venv is
built again only when what it should hold changes (its pins, or for binance_pm the wheel of
this checkout, rebuilt when the package's files change). Building needs PyPI once; after
that ``make bench`` works offline. The wheel is built with ``--no-build-isolation`` by a
small builder venv of its own (setuptools), so a rebuild of the wheel needs no network
either.

The dev venv would flatter every import figure: there ``import httpx`` also loads rich and
click (for openapi-python-client), about 4x the cost of httpx alone.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOME = ROOT / "build" / "bench-venvs"
# One httpx for the floor and for binance_pm, so the same library is timed on both sides.
HTTPX_PIN = "httpx==0.28.1"
BUILDER_PINS = ("setuptools==80.9.0", "wheel==0.45.1")
# What the binance_pm wheel is made of: a change to any of these builds it again.
PACKAGE_SOURCES = (
    "pyproject.toml",
    "setup.py",
    "MANIFEST.in",
    "README.md",
    "generated",
    "binance_pm_cli",
    "binance_pm_spec",
    "binance_pm_sandbox",
    "binance_pm_doccheck",
    "spec",
)


@dataclass(frozen=True)
class Venv:
    """One contender's venv: ``python`` runs in it, ``bin`` holds its console scripts."""

    name: str
    path: Path

    @property
    def python(self) -> Path:
        return self.path / "bin" / "python"

    @property
    def bin(self) -> Path:
        return self.path / "bin"


def bench_pins(pyproject: Path = ROOT / "pyproject.toml") -> dict[str, str]:
    """The pinned requirement of each third-party client, from the ``bench`` extra."""
    with pyproject.open("rb") as file:
        extra: list[str] = tomllib.load(file)["project"]["optional-dependencies"]["bench"]
    return {requirement.split("==")[0]: requirement for requirement in extra}


def contender_requirements() -> dict[str, tuple[str, ...]]:
    """Each clean venv and what is installed in it (binance_pm's wheel is added apart)."""
    pins = bench_pins()
    return {
        "httpx": (HTTPX_PIN,),
        "binance_pm": (HTTPX_PIN,),
        "official": tuple(requirement for name, requirement in pins.items() if name.startswith("binance-sdk-")),
        "python-binance": (pins["python-binance"],),
    }


def _files(paths: Iterable[str]) -> list[Path]:
    found: list[Path] = []
    for relative in paths:
        path = ROOT / relative
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            found.extend(
                sorted(
                    p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
                )
            )
    return found


def source_digest() -> str:
    """A hash of every file the wheel is built from (paths and contents)."""
    digest = hashlib.sha256()
    for path in _files(PACKAGE_SOURCES):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _run(command: Sequence[str | Path], *, quiet: bool) -> None:
    printable = " ".join(str(part) for part in command)
    if not quiet:
        print(f"bench venvs: {printable}", file=sys.stderr, flush=True)
    result = subprocess.run([str(part) for part in command], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{printable} failed ({result.returncode}):\n{result.stdout[-2000:]}{result.stderr[-4000:]}")


def _stamp(path: Path) -> dict[str, object]:
    try:
        loaded = json.loads((path / "bench-stamp.json").read_text())
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _create(path: Path, requirements: Sequence[str | Path], *, quiet: bool) -> None:
    if path.exists():
        shutil.rmtree(path)
    _run([sys.executable, "-m", "venv", path], quiet=quiet)
    if requirements:
        _run([path / "bin" / "python", "-m", "pip", "install", "--quiet", *requirements], quiet=quiet)


def _ensure(name: str, requirements: Sequence[str], *, quiet: bool) -> Venv:
    """The venv ``name`` holding ``requirements``, built unless a venv with the same stamp exists."""
    path = HOME / name
    stamp = {"python": sys.version, "requirements": list(requirements)}
    if _stamp(path) != stamp or not (path / "bin" / "python").exists():
        _create(path, requirements, quiet=quiet)
        (path / "bench-stamp.json").write_text(json.dumps(stamp))
    return Venv(name, path)


def _wheel(*, quiet: bool) -> Path:
    """The wheel of this checkout, built again when its sources changed."""
    digest = source_digest()
    folder = HOME / "wheels" / digest
    built = sorted(folder.glob("binance_pm-*.whl"))
    if built:
        return built[0]
    builder = _ensure("_builder", BUILDER_PINS, quiet=quiet)
    scratch = HOME / "wheels" / f".{digest}.tmp"
    shutil.rmtree(scratch, ignore_errors=True)
    # Built from a copy of the sources: setuptools keeps a build/lib tree in the source
    # folder and never removes a file from it, so a module deleted from the checkout would
    # still ship; a fresh copy has no such tree (and the checkout's build/ is left alone).
    with tempfile.TemporaryDirectory(prefix="binance-pm-wheel-") as copy:
        for relative in PACKAGE_SOURCES:
            source = ROOT / relative
            if source.is_dir():
                shutil.copytree(source, Path(copy) / relative, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            elif source.is_file():
                shutil.copy2(source, Path(copy) / relative)
        _run(
            [builder.python, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", scratch, copy],
            quiet=quiet,
        )
    # Older wheels go: only the current one is ever installed.
    for old in (HOME / "wheels").iterdir():
        if old.is_dir() and old.name != scratch.name:
            shutil.rmtree(old)
    scratch.rename(folder)
    return sorted(folder.glob("binance_pm-*.whl"))[0]


def _ensure_binance_pm(requirements: Sequence[str], *, quiet: bool) -> Venv:
    wheel = _wheel(quiet=quiet)
    path = HOME / "binance_pm"
    stamp = {"python": sys.version, "requirements": list(requirements), "wheel": wheel.parent.name}
    current = _stamp(path)
    if current.get("python") != stamp["python"] or current.get("requirements") != stamp["requirements"]:
        _create(path, [*requirements, wheel], quiet=quiet)
    elif current.get("wheel") != stamp["wheel"]:
        # Same dependencies: only the package changes (works offline).
        _run(
            [path / "bin" / "python", "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall", wheel],
            quiet=quiet,
        )
    (path / "bench-stamp.json").write_text(json.dumps(stamp))
    return Venv("binance_pm", path)


def ensure_all(*, quiet: bool = False) -> dict[str, Venv]:
    """Every contender's venv, built or updated as needed; keyed by contender name."""
    HOME.mkdir(parents=True, exist_ok=True)
    venvs: dict[str, Venv] = {}
    for name, requirements in contender_requirements().items():
        if name == "binance_pm":
            venvs[name] = _ensure_binance_pm(requirements, quiet=quiet)
        else:
            venvs[name] = _ensure(name, requirements, quiet=quiet)
    return venvs


def bench_path() -> Path:
    """A folder to put on a clean venv's ``PYTHONPATH`` so that it can import ``benchmarks``
    (this folder) and nothing else of the checkout."""
    folder = HOME / "path"
    link = folder / "benchmarks"
    if not link.is_symlink() or link.resolve() != Path(__file__).resolve().parent:
        folder.mkdir(parents=True, exist_ok=True)
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to(Path(__file__).resolve().parent, target_is_directory=True)
    return folder


def clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without anything that points Python at the checkout."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(extra)
    return env
