"""``make demo``: the whole product on this machine, no Binance account or internet needed.

Starts ``binance-pm-sandbox`` on a free port of 127.0.0.1 (a separate process, as a user
would), calls the four seed operations through the ``binance-pm`` CLI (key-only and SIGNED), shows
``--json`` output, shows a request with a deliberately bad signature rejected with -1022 and
an unknown symbol rejected with -1121, then stops the sandbox. Then a paper trade with the
``binance_pm`` client against a ``Sandbox`` in this process (whose mark prices it moves):
fund the account, a LIMIT buy below the mark, the mark moved through it (fill, position,
balance), a MARKET reduce-only close, the realized PnL. Exits 0 only if every step behaved
as expected.

    python -m binance_pm_sandbox.demo
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["main"]

_START_TIMEOUT = 20.0
_CALL_TIMEOUT = 30.0
_STOP_TIMEOUT = 10.0


class DemoFailed(Exception):
    """A step did not behave as expected."""


@dataclass(frozen=True, slots=True)
class Sandbox:
    process: subprocess.Popen[str]
    url: str
    api_key: str
    api_secret: str


def _say(text: str = "") -> None:
    print(text, flush=True)


def _start_sandbox() -> Sandbox:
    command = [sys.executable, "-m", "binance_pm_sandbox", "--host", "127.0.0.1", "--port", "0"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=None, text=True, bufsize=1)
    assert process.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + _START_TIMEOUT
    # The sandbox prints its URL first, then the demo keys, then a "serving" line.
    while len(lines) < 4:
        line = process.stdout.readline()
        if not line or time.monotonic() > deadline:
            process.kill()
            process.wait()
            raise DemoFailed(f"the sandbox did not start (printed {lines!r})")
        lines.append(line.rstrip("\n"))
    for line in lines:
        _say(f"  | {line}")
    url = lines[0]
    keys = dict(line.split(": ", 1) for line in lines[1:3])
    if not url.startswith("http://127.0.0.1:"):
        process.kill()
        process.wait()
        raise DemoFailed(f"unexpected first line from the sandbox: {url!r}")
    return Sandbox(process, url, keys["api key"], keys["api secret"])


def _stop_sandbox(sandbox: Sandbox) -> int:
    if sandbox.process.poll() is None:
        sandbox.process.send_signal(signal.SIGINT)
        try:
            return sandbox.process.wait(_STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            sandbox.process.kill()
            sandbox.process.wait()
            raise DemoFailed("the sandbox did not stop within 10 s: killed") from None
    return sandbox.process.returncode


def _cli(env: dict[str, str], args: Sequence[str], *, expect_exit: int, expect_in_stderr: str | None = None) -> str:
    _say(f"$ binance-pm {' '.join(args)}")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "binance_pm_cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=_CALL_TIMEOUT,
        check=False,
    )
    for line in result.stdout.rstrip("\n").splitlines():
        _say(f"  {line}")
    for line in result.stderr.rstrip("\n").splitlines():
        _say(f"  {line}")
    _say(f"  (exit status {result.returncode}, {time.monotonic() - started:.2f} s)")
    _say()
    if result.returncode != expect_exit:
        raise DemoFailed(f"binance-pm {' '.join(args)} exited {result.returncode}, expected {expect_exit}")
    if expect_in_stderr is not None and expect_in_stderr not in result.stderr:
        raise DemoFailed(f"binance-pm {' '.join(args)}: {expect_in_stderr!r} not in its error output")
    if env["BINANCE_API_SECRET"] in result.stdout + result.stderr:
        raise DemoFailed("the CLI printed the API secret")
    return result.stdout


def run() -> None:
    began = time.monotonic()
    _say("== 1. Start the sandbox: a local Binance-compatible server built from spec/binance-pm.yaml")
    _say("$ binance-pm-sandbox --host 127.0.0.1 --port 0")
    sandbox = _start_sandbox()
    _say()
    try:
        env = {
            **os.environ,
            "BINANCE_API_KEY": sandbox.api_key,
            "BINANCE_API_SECRET": sandbox.api_secret,
            "BINANCE_BASE_URL": sandbox.url,
            "BINANCE_PAPI_BASE_URL": sandbox.url,
        }
        env.pop("BINANCE_PRIVATE_KEY", None)
        _say("== 2. Point the CLI at it (the keys are the sandbox's demo keys)")
        _say(f"$ export BINANCE_BASE_URL={sandbox.url} BINANCE_PAPI_BASE_URL={sandbox.url}")
        _say("$ export BINANCE_API_KEY=<demo key> BINANCE_API_SECRET=<demo secret>")
        _say()
        _say("== 3. The four seed operations, through the CLI")
        _say("# MARKET_DATA: the API key only")
        _cli(env, ["get-classic-collateral-rate"], expect_exit=0)
        _say("# USER_DATA: SIGNED (API key, timestamp, recvWindow, HMAC-SHA256 signature)")
        _cli(env, ["get-tiered-collateral-rate"], expect_exit=0)
        _cli(env, ["get-account-info"], expect_exit=0)
        _cli(env, ["get-um-leverage-brackets", "--symbol", "ETHUSDT"], expect_exit=0)
        raw = _cli(env, ["get-um-leverage-brackets", "--symbol", "ETHUSDT", "--json"], expect_exit=0)
        if '"maintMarginRatio":0.0065' not in raw:
            raise DemoFailed("--json did not print the body exactly as the sandbox sent it")

        _say("== 4. Rejections, with Binance's own codes")
        _say("# A signature made with the wrong secret: the sandbox recomputes it over the raw query")
        _cli(
            env,
            ["get-um-leverage-brackets", "--symbol", "ETHUSDT", "--api-secret", "not-the-right-secret"],
            expect_exit=1,
            expect_in_stderr="-1022",
        )
        _say("# A symbol the exchange does not list")
        _cli(env, ["get-um-leverage-brackets", "--symbol", "NOPEUSDT"], expect_exit=1, expect_in_stderr="-1121")
    finally:
        # Stopped before anything is printed: a closed stdout must not leave it running.
        status = _stop_sandbox(sandbox)
    _say("== 5. Stop the sandbox")
    _say(f"  sandbox exited with status {status}")
    if status != 0:
        raise DemoFailed(f"the sandbox exited with status {status}")
    _say()
    _paper_trade()
    _say(f"Demo passed in {time.monotonic() - began:.1f} s.")


def _expect(what: str, got: object, wanted: object) -> None:
    if got != wanted:
        raise DemoFailed(f"{what}: got {got!r}, expected {wanted!r}")


def _paper_trade() -> None:
    from decimal import Decimal

    from binance_pm.api.portfolio_margin import (
        account_balance,
        get_um_income_history,
        new_um_order,
        query_um_order,
        query_um_position_information,
    )

    from .harness import Sandbox as InProcessSandbox

    def wallet() -> Decimal:
        balance = account_balance.sync(client=client, asset="USDT")
        if isinstance(balance, list) or not isinstance(balance.um_wallet_balance, Decimal):
            raise DemoFailed(f"accountBalance answered {balance!r}")
        return balance.um_wallet_balance

    def position() -> str:
        (held,) = query_um_position_information.sync(client=client, symbol="BTCUSDT")
        return f"positionAmt={held.position_amt:f} entryPrice={held.entry_price:f} unRealizedProfit={held.un_realized_profit:f}"

    _say("== 6. Paper trading: a round trip with the binance_pm client (Sandbox in this process)")
    with InProcessSandbox(funding={}) as sandbox, sandbox.client() as client:
        sandbox.fund("USDT", "10000")
        start = wallet()
        _say(
            f"# funded: sandbox.fund('USDT', '10000') -> UM wallet {start} USDT; BTCUSDT mark {sandbox.mark_price('BTCUSDT')}"
        )
        order = new_um_order.sync(
            client=client,
            symbol="BTCUSDT",
            side="BUY",
            type="LIMIT",
            time_in_force="GTC",
            quantity="0.100",
            price="29900.0",
        )
        _say(f"# LIMIT BUY 0.100 BTCUSDT at 29900.0 (below the mark): {order.status}")
        _expect("the LIMIT buy below the mark", str(order.status), "NEW")
        sandbox.set_mark_price("BTCUSDT", "29850.0")
        filled = query_um_order.sync(client=client, symbol="BTCUSDT", order_id=order.order_id)
        _say(
            f"# mark moved to 29850.0: {filled.status}, executedQty {filled.executed_qty} at avgPrice {filled.avg_price}"
        )
        _expect("the LIMIT buy after the mark crossed it", str(filled.status), "FILLED")
        _say(f"  position: {position()}")
        after_fill = wallet()
        _say(f"  UM wallet {after_fill} USDT ({after_fill - start} maker commission)")
        sandbox.set_mark_price("BTCUSDT", "30400.0")
        _say(f"# mark moved to 30400.0: {position()}")
        close = new_um_order.sync(
            client=client, symbol="BTCUSDT", side="SELL", type="MARKET", quantity="0.100", reduce_only=True
        )
        _say(f"# MARKET SELL 0.100 reduceOnly: {close.status} at avgPrice {close.avg_price}; {position()}")
        (pnl,) = get_um_income_history.sync(client=client, symbol="BTCUSDT", income_type="REALIZED_PNL")
        end = wallet()
        _say(f"  realized PnL {pnl.income} USDT; UM wallet {end} USDT ({end - start:+} after both commissions)")
        _expect("the realized PnL", pnl.income, Decimal("50.00000000"))
        _expect("the wallet after the round trip", end, Decimal("10048.186"))
    _say()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    # SIGTERM unwinds like Ctrl-C, so the sandbox process is always stopped.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        run()
    except (DemoFailed, subprocess.TimeoutExpired, OSError) as exc:
        print(f"demo FAILED: {exc}", file=sys.stderr, flush=True)
        return 1
    except KeyboardInterrupt:
        print("demo interrupted (the sandbox was stopped)", file=sys.stderr, flush=True)
        return 130
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
