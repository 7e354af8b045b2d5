"""Whole-process figures, each run in a contender's clean venv: imports and one CLI call.

Every sample is a fresh process (``python -c ...`` or the ``binance-pm`` console script),
timed from spawn to exit with its peak RSS. The processes of one figure take turns
(A B C A B C ..., the order reversed every other round), so a slow moment of the machine
weighs on all of them alike; a figure is the median of its samples, and a ratio the median
of the per-round ratios to its floor.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .server import Server
from .venvs import Venv, clean_env

# The operations every README example and the CLI demo use.
SEED_OPERATIONS = (
    "from binance_pm.api.portfolio_margin import get_um_leverage_brackets; "
    "from binance_pm.api.portfolio_margin_pro import get_account_info, get_classic_collateral_rate, "
    "get_tiered_collateral_rate"
)

# A hand-written client making the CLI's call: httpx, a HMAC, the body printed as received.
RAW_SCRIPT = """
import hashlib, hmac, os, sys, time
import httpx
query = f"recvWindow=5000&timestamp={time.time_ns() // 1_000_000}"
signature = hmac.new(os.environ["BINANCE_API_SECRET"].encode(), query.encode(), hashlib.sha256).hexdigest()
with httpx.Client(headers={"X-MBX-APIKEY": os.environ["BINANCE_API_KEY"]}) as http:
    response = http.get(f"{os.environ['BINANCE_BASE_URL']}/sapi/v2/portfolio/collateralRate?{query}&signature={signature}")
response.raise_for_status()
sys.stdout.buffer.write(response.content + b"\\n")
"""

# Spawns one process and reports its wall time, peak RSS and exit code. It runs in a small
# interpreter of its own (-S, nothing imported) because Linux carries the parent's RSS high
# water mark into a spawned child's ru_maxrss: measured from a big process, every child
# would report that process's size.
_LAUNCHER = """
import json, os, sys, time
argv = json.loads(sys.argv[1])
null = os.open(os.devnull, os.O_WRONLY)
start = time.perf_counter()
pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, null, 1)])
_, status, usage = os.wait4(pid, 0)
print(time.perf_counter() - start, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


@dataclass(frozen=True)
class Process:
    """One process to time: ``argv`` in ``venv``, compared with the process named ``floor``."""

    label: str
    venv: Venv
    argv: tuple[str, ...]
    floor: str
    env: Mapping[str, str] | None = None


@dataclass
class Samples:
    seconds: list[float]
    peak_rss: list[int]


def python_c(venv: Venv, code: str) -> tuple[str, ...]:
    return (str(venv.python), "-c", code)


def import_processes(venvs: Mapping[str, Venv]) -> list[Process]:
    """``import httpx`` in each venv that has it, binance_pm with the seed operations
    (figure (a), against ``import httpx`` in its own venv), and the other clients."""
    pm = venvs["binance_pm"]
    processes = [
        Process(
            "import httpx (floor)", venvs["httpx"], python_c(venvs["httpx"], "import httpx"), "import httpx (floor)"
        ),
        Process("import httpx, in binance_pm's venv", pm, python_c(pm, "import httpx"), "import httpx (floor)"),
        Process(
            "import binance_pm + 4 operations",
            pm,
            python_c(pm, f"import binance_pm; {SEED_OPERATIONS}"),
            "import httpx, in binance_pm's venv",
        ),
        Process(
            "same, and BinanceClient",
            pm,
            python_c(pm, f"from binance_pm import BinanceClient; {SEED_OPERATIONS}"),
            "import httpx, in binance_pm's venv",
        ),
    ]
    if "official" in venvs:
        official = (
            "from binance_sdk_derivatives_trading_portfolio_margin.derivatives_trading_portfolio_margin import "
            "DerivativesTradingPortfolioMargin; "
            "from binance_sdk_derivatives_trading_portfolio_margin_pro.derivatives_trading_portfolio_margin_pro import "
            "DerivativesTradingPortfolioMarginPro"
        )
        processes.append(
            Process(
                "official SDKs (both)", venvs["official"], python_c(venvs["official"], official), "import httpx (floor)"
            )
        )
    if "python-binance" in venvs:
        processes.append(
            Process(
                "python-binance",
                venvs["python-binance"],
                python_c(venvs["python-binance"], "from binance.client import Client"),
                "import httpx (floor)",
            )
        )
    return processes


def cli_processes(pm: Venv, server: Server) -> list[Process]:
    """Figure (b): one signed call through ``binance-pm``, against the raw script making it."""
    env = clean_env(
        BINANCE_API_KEY=server.api_key,
        BINANCE_API_SECRET=server.api_secret,
        BINANCE_BASE_URL=server.url,
        BINANCE_PAPI_BASE_URL=server.url,
    )
    cli = str(pm.bin / "binance-pm")
    floor = "raw httpx + hmac script (floor)"
    return [
        Process(floor, pm, python_c(pm, RAW_SCRIPT), floor, env),
        Process("binance-pm get-tiered-collateral-rate", pm, (cli, "get-tiered-collateral-rate"), floor, env),
        Process("same, --json", pm, (cli, "get-tiered-collateral-rate", "--json"), floor, env),
    ]


def _launch(process: Process) -> tuple[float, int]:
    out = subprocess.run(
        [sys.executable, "-S", "-c", _LAUNCHER, json.dumps(process.argv)],
        cwd=Path(process.venv.path),  # not the checkout: nothing of it on sys.path
        env=dict(process.env) if process.env is not None else clean_env(),
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    elapsed, max_rss_kib, exit_code = float(out[0]), int(out[1]), int(out[2])
    if exit_code != 0:
        raise RuntimeError(f"{process.label}: {' '.join(process.argv)[:200]} exited with {exit_code}")
    return elapsed, max_rss_kib * 1024  # ru_maxrss is in KiB on Linux


def check(processes: Sequence[Process]) -> None:
    """Runs each process once with its output shown on failure: a broken command fails
    loudly here instead of being timed (this also writes any missing .pyc files)."""
    for process in processes:
        result = subprocess.run(
            process.argv,
            cwd=process.venv.path,
            env=dict(process.env) if process.env is not None else clean_env(),
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise RuntimeError(f"{process.label} failed ({result.returncode}): {result.stderr[-2000:]}")


def time_processes(processes: Sequence[Process], runs: int) -> dict[str, Samples]:
    check(processes)
    samples = {process.label: Samples([], []) for process in processes}
    for run in range(runs):
        for process in processes if run % 2 == 0 else list(reversed(processes)):
            seconds, peak = _launch(process)
            samples[process.label].seconds.append(seconds)
            samples[process.label].peak_rss.append(peak)
    return samples


def summary(processes: Sequence[Process], samples: Mapping[str, Samples]) -> list[tuple[Process, float, float, float]]:
    """``(process, median seconds, median ratio to its floor, median peak RSS in MiB)``."""
    rows = []
    for process in processes:
        mine, floor = samples[process.label], samples[process.floor]
        ratios = [value / base for value, base in zip(mine.seconds, floor.seconds, strict=True)]
        rows.append(
            (
                process,
                statistics.median(mine.seconds),
                statistics.median(ratios),
                statistics.median(mine.peak_rss) / 2**20,
            )
        )
    return rows
