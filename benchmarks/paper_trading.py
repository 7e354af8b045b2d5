"""The paper-trading figures the README gives, measured on this machine.

1. Order placement: requests per second the sandbox answers for newUmOrder (MARKET orders,
   each one matched, booked and answered), with the sandbox in a process of its own
   (``binance-pm-sandbox``, as a user runs it) and the binance_pm client calling it, one
   call at a time (sync) and ``--concurrency`` calls in flight (async).
2. The 1,000-order scenario: the wall time of ``tests/e2e/scenario.py`` with 1,000 orders
   (placing, moving marks, cancelling, then recomputing every balance and position from
   the trades), with ``Sandbox`` in this process, as the test runs it.

    python -m benchmarks.paper_trading [--orders 2000] [--concurrency 32]

Not part of the test suite: it prints figures, it asserts nothing about speed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from decimal import Decimal

from binance_pm import BinanceClient
from binance_pm.api.portfolio_margin import new_um_order

from binance_pm_sandbox import Sandbox

_RATE_LIMIT = "10000000"  # far above what a run sends: no 429 in the figures


def _start_sandbox() -> tuple[subprocess.Popen[str], str, str, str]:
    command = [sys.executable, "-m", "binance_pm_sandbox", "--port", "0", "--rate-limit", _RATE_LIMIT]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    url = process.stdout.readline().strip()
    key = process.stdout.readline().split(": ", 1)[1].strip()
    secret = process.stdout.readline().split(": ", 1)[1].strip()
    return process, url, key, secret


def _order(i: int) -> dict[str, object]:
    return {"symbol": "BTCUSDT", "side": "BUY" if i % 2 else "SELL", "type": "MARKET", "quantity": "0.001"}


def _sequential(client: BinanceClient, orders: int) -> float:
    started = time.perf_counter()
    for i in range(orders):
        new_um_order.sync(client=client, **_order(i))  # type: ignore[arg-type]
    return orders / (time.perf_counter() - started)


async def _concurrent(client: BinanceClient, orders: int, concurrency: int) -> float:
    gate = asyncio.Semaphore(concurrency)

    async def one(i: int) -> None:
        async with gate:
            await new_um_order.asyncio(client=client, **_order(i))  # type: ignore[arg-type]

    started = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(orders)))
    return orders / (time.perf_counter() - started)


def placement_rates(orders: int, concurrency: int) -> tuple[float, float]:
    process, url, key, secret = _start_sandbox()
    try:
        options = {"api_key": key, "api_secret": secret, "base_url": url, "papi_base_url": url, "recv_window": 60_000}
        with BinanceClient(**options) as client:  # type: ignore[arg-type]
            sequential = _sequential(client, orders // 2)

        async def run() -> float:
            async with BinanceClient(**options) as client:  # type: ignore[arg-type]
                return await _concurrent(client, orders, concurrency)

        concurrent = asyncio.run(run())
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(10)
    return sequential, concurrent


def scenario_seconds(orders: int) -> tuple[float, int]:
    from tests.e2e.scenario import check_books, run_scenario

    with Sandbox(rate_limit=int(_RATE_LIMIT)) as sandbox, sandbox.client(recv_window=60_000) as client:
        started = time.perf_counter()
        books = run_scenario(sandbox, client, orders=orders)
        check_books(sandbox, client, Decimal(100_000))
        return time.perf_counter() - started, books.trades


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.paper_trading", description=__doc__.split("\n")[0])
    parser.add_argument("--orders", type=int, default=2000, help="orders for the placement rate (default: 2000)")
    parser.add_argument("--concurrency", type=int, default=32, help="async calls in flight (default: 32)")
    parser.add_argument("--scenario-orders", type=int, default=1000, help="orders in the scenario (default: 1000)")
    args = parser.parse_args(argv)

    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}", flush=True)
    sequential, concurrent = placement_rates(args.orders, args.concurrency)
    print(f"order placement, one call at a time:        {sequential:7.0f} requests/s", flush=True)
    print(f"order placement, {args.concurrency} calls in flight:      {concurrent:7.0f} requests/s", flush=True)
    seconds, trades = scenario_seconds(args.scenario_orders)
    print(f"{args.scenario_orders:,}-order scenario test ({trades} trades, books recomputed): {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
