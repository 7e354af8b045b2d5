"""``make bench``: times binance_pm against raw httpx and the alternatives, prints medians and ratios.

Every figure is a median over several rounds after a warm-up; within a round the clients
take turns, so a slow moment of the machine hits them all alike. Ratios are to the floor:
raw httpx with a pre-keyed HMAC and ``json.loads`` making the same request.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import contenders as c
from .server import Server, serve

ROOT = Path(__file__).resolve().parent.parent

SMALL = "signed small GET (tiered collateral rate), per call"
BRACKETS = "400-symbol leverage brackets, fetch + parse, per call"
NEW_ORDER = "signed POST new UM order (LIMIT GTC), per call"
IMPORT = "python -c 'import <client>', whole process"
TARGETS = {SMALL: 1.10, BRACKETS: 1.50, NEW_ORDER: 1.10, IMPORT: 1.30}
IMPORT_RSS_TARGET_MIB = 30.0

# Module imported for each client's import figure (the floor is httpx alone).
IMPORTS = {
    "httpx (floor)": "httpx",
    "binance_pm": "binance_pm",
    "official SDKs": "binance_sdk_derivatives_trading_portfolio_margin_pro",
    "python-binance": "binance.client",
}


@dataclass(frozen=True)
class Settings:
    rounds: int = 15
    small_calls: int = 100
    bracket_calls: int = 4
    order_calls: int = 100
    async_calls: int = 200
    async_bracket_calls: int = 12
    concurrency: int = 20
    import_runs: int = 9
    symbols: int = 400


QUICK = Settings(
    rounds=2, small_calls=5, bracket_calls=1, order_calls=5, async_calls=10, async_bracket_calls=2, import_runs=1
)


@dataclass
class Row:
    figure: str
    client: str
    median_s: float
    ratio: float = 0.0
    extra: str = ""


@dataclass
class Report:
    server: str
    rows: list[Row] = field(default_factory=list)
    generate_s: float | None = None

    def add(
        self, figure: str, samples: dict[str, list[float]], floor: str, extras: dict[str, str] | None = None
    ) -> None:
        """One row per client: the median of its rounds, and the median of its per-round ratios
        to the floor (each round's figures are taken side by side, so a busy moment of the
        machine weighs on both sides of a ratio alike)."""
        for client, values in samples.items():
            ratios = [value / base for value, base in zip(values, samples[floor], strict=True)]
            extra = (extras or {}).get(client, "")
            self.rows.append(Row(figure, client, statistics.median(values), statistics.median(ratios), extra))


def _time_calls(call: Callable[[], Any], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - start) / calls


def _bench_sync(clients: Sequence[c.Contender], pick: str, calls: int, rounds: int) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {client.name: [] for client in clients}
    for client in clients:  # warm-up: connections open, caches and code paths hot
        _time_calls(getattr(client, pick), max(2, calls // 5))
    for round_number in range(rounds):
        order = clients if round_number % 2 == 0 else list(reversed(clients))
        for client in order:
            gc.collect()
            samples[client.name].append(_time_calls(getattr(client, pick), calls))
    return samples


def _bench_async(
    server: Server, picks: Sequence[tuple[str, int]], rounds: int, concurrency: int
) -> list[dict[str, list[float]]]:
    """For each (pick, calls): seconds per call of each round, ``concurrency`` calls in flight."""

    async def main() -> list[dict[str, list[float]]]:
        clients = c.async_contenders(server)  # built inside the loop that uses them
        results = []
        try:
            for pick, calls in picks:
                samples: dict[str, list[float]] = {client.name: [] for client in clients}
                for client in clients:
                    await c.gather_calls(getattr(client, pick), max(2, calls // 5), concurrency)
                for round_number in range(rounds):
                    order = clients if round_number % 2 == 0 else list(reversed(clients))
                    for client in order:
                        gc.collect()
                        start = time.perf_counter()
                        await c.gather_calls(getattr(client, pick), calls, concurrency)
                        samples[client.name].append((time.perf_counter() - start) / calls)
                results.append(samples)
        finally:
            for client in clients:
                await client.close()
        return results

    return asyncio.run(main())


# Spawns ``python -c "import X"`` and reports its wall time and peak RSS. It runs in a small
# interpreter of its own (-S, nothing imported) because Linux carries the parent's RSS high
# water mark into a spawned child's ru_maxrss: measured from this big process, every child
# would report this process's size.
_LAUNCHER = """
import os, sys, time
start = time.perf_counter()
pid = os.posix_spawn(sys.executable, [sys.executable, "-c", "import " + sys.argv[1]], os.environ)
_, status, usage = os.wait4(pid, 0)
print(time.perf_counter() - start, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


def _one_import(module: str) -> tuple[float, int]:
    """Wall time and peak RSS (bytes) of a fresh ``python -c "import module"``."""
    out = subprocess.run(
        [sys.executable, "-S", "-c", _LAUNCHER, module], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.split()
    elapsed, max_rss_kib, exit_code = float(out[0]), int(out[1]), int(out[2])
    if exit_code != 0:
        raise RuntimeError(f"python -c 'import {module}' failed with exit code {exit_code}")
    return elapsed, max_rss_kib * 1024  # ru_maxrss is in KiB on Linux


def _importable(module: str) -> bool:
    return subprocess.run([sys.executable, "-c", f"import {module}"], cwd=ROOT, capture_output=True).returncode == 0


def bench_imports(runs: int) -> tuple[dict[str, list[float]], dict[str, str]]:
    modules = {name: module for name, module in IMPORTS.items() if _importable(module)}  # also warms .pyc files
    times: dict[str, list[float]] = {name: [] for name in modules}
    peaks: dict[str, list[int]] = {name: [] for name in modules}
    for _ in range(runs):
        for name, module in modules.items():
            seconds, peak = _one_import(module)
            times[name].append(seconds)
            peaks[name].append(peak)
    extras = {name: f"{statistics.median(values) / 2**20:.1f} MiB peak RSS" for name, values in peaks.items()}
    return times, extras


def bench_generate() -> float:
    """Wall time of one generation (what ``make generate`` runs), into a scratch directory."""
    with tempfile.TemporaryDirectory(prefix="binance-pm-bench-") as scratch:
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "generator", "--output", str(Path(scratch) / "binance_pm")],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        return time.perf_counter() - start


def _format_time(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.0f} us"


def _verdict(row: Row) -> str:
    target = TARGETS.get(row.figure)
    if target is None or not row.client.startswith("binance_pm"):
        return ""
    ok = row.ratio <= target
    if row.figure == IMPORT:
        rss = float(row.extra.split()[0])
        ok = ok and rss <= IMPORT_RSS_TARGET_MIB
        return f"target <= {target:.2f}x, <= {IMPORT_RSS_TARGET_MIB:.0f} MiB: {'met' if ok else 'MISSED'}"
    return f"target <= {target:.2f}x: {'met' if ok else 'MISSED'}"


def render(report: Report) -> str:
    lines = [
        f"binance_pm benchmark: {report.server}; Python {platform.python_version()}, {os.cpu_count()} CPUs",
        "",
        "| figure | client | median | ratio to floor | notes |",
        "|---|---|---:|---:|---|",
    ]
    for row in report.rows:
        notes = "; ".join(part for part in (row.extra, _verdict(row)) if part)
        lines.append(f"| {row.figure} | {row.client} | {_format_time(row.median_s)} | {row.ratio:.2f}x | {notes} |")
    if report.generate_s is not None:
        verdict = "met" if report.generate_s < 3 else "MISSED"
        lines += ["", f"`make generate` wall time: {report.generate_s:.2f} s (target < 3 s: {verdict})"]
    return "\n".join(lines)


def run(settings: Settings, *, stub: bool = False, imports: bool = True, generate: bool = True) -> Report:
    with serve(settings.symbols, stub=stub) as server:
        report = Report(f"{server.kind} at {server.url}, {settings.rounds} rounds")
        figures = (
            (SMALL, "small", settings.small_calls),
            (BRACKETS, "brackets", settings.bracket_calls),
            (NEW_ORDER, "order", settings.order_calls),
        )
        sync_clients = c.sync_contenders(server)
        try:
            for figure, pick, calls in figures:
                report.add(figure, _bench_sync(sync_clients, pick, calls, settings.rounds), "raw httpx (floor)")
        finally:
            for client in sync_clients:
                client.close()
        picks = (
            ("small", settings.async_calls),
            ("brackets", settings.async_bracket_calls),
            ("order", settings.async_calls),
        )
        note = f"{settings.concurrency} in flight"
        for (figure, _, _), timings in zip(
            figures, _bench_async(server, picks, settings.rounds, settings.concurrency), strict=True
        ):
            report.add(f"{figure} (async)", timings, "raw httpx async (floor)", {name: note for name in timings})
    if imports:
        times, extras = bench_imports(settings.import_runs)
        report.add(IMPORT, times, "httpx (floor)", extras)
    if generate:
        report.generate_s = bench_generate()
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a few calls only: checks the machinery, not the speed")
    parser.add_argument("--stub", action="store_true", help="serve from the built-in stub, not the sandbox")
    parser.add_argument("--rounds", type=int, help="rounds per figure (default 15)")
    parser.add_argument("--no-imports", action="store_true", help="skip the import-time figures")
    parser.add_argument("--no-generate", action="store_true", help="skip timing the generator")
    args = parser.parse_args(argv)
    settings = QUICK if args.quick else Settings()
    if args.rounds:
        settings = Settings(**{**settings.__dict__, "rounds": args.rounds})
    # The official SDKs log a validation warning per symbol whose brackets do not fit their
    # models (they return plain dicts then); their time is counted, their noise is not shown.
    logging.disable(logging.WARNING)
    report = run(settings, stub=args.stub, imports=not args.no_imports, generate=not args.no_generate)
    print(render(report))
    return 0
