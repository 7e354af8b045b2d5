"""What binance_pm adds to each call, in microseconds, with no network and no server.

Both sides send through ``httpx.MockTransport`` with the same handler, which answers at
once with the benchmark's bodies: the floor is httpx with a pre-keyed HMAC and
``json.loads`` (the tightest a hand-written client gets), binance_pm is an operation's
``sync``: checks, signing, retries bookkeeping, weights, typed models with exact
``Decimal``. The figure is the median, over interleaved rounds, of (binance_pm - floor) per
call. Run in binance_pm's clean venv by ``make bench``; ``python -m benchmarks.overhead``
prints JSON.

The floor sends with ``http.get``, so httpx merges the client's headers, cookies and
timeout into a new request, and parses the whole URL, on every call. binance_pm does
neither: it builds an operation's requests from a template made once
(``binance_pm._route``), and puts each call's query into the operation's URL parsed once
(``binance_pm._urls``). A second floor takes the same two shortcuts, with the same code;
the difference to it is what binance_pm's own work costs (checks, signing, bookkeeping,
typed models).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import hmac
import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

import httpx

from .contenders import ORDER, RECV_WINDOW, binance_pm_order, client_order_ids
from .fixtures import new_um_order_body, tiered_collateral_rate_body
from .server import ORDER_PATH, TIERED_PATH

BASE = "http://127.0.0.1:9"  # never connected to: the transport answers
API_KEY = "overhead-api-key-0123456789abcdefghijklmnopqrstuvwxyz0123456789ab"
API_SECRET = "overhead-api-secret-0123456789abcdefghijklmnopqrstuvwxyz012345678"
_QUERY = "&".join(f"{name}={value}" for name, value in ORDER.items())


def _handler() -> Callable[[httpx.Request], httpx.Response]:
    small, order = tiered_collateral_rate_body(), new_um_order_body()
    headers = {"Content-Type": "application/json", "X-SAPI-USED-IP-WEIGHT-1M": "50"}

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=order if request.method == "POST" else small, headers=headers)

    return handle


def floor_calls() -> dict[str, Callable[[], Any]]:
    http = httpx.Client(transport=httpx.MockTransport(_handler()), headers={"X-MBX-APIKEY": API_KEY})
    mac = hmac.new(API_SECRET.encode(), digestmod=hashlib.sha256)
    next_id = client_order_ids()

    def signed(params: str) -> str:
        query = f"{params}{'&' if params else ''}recvWindow={RECV_WINDOW}&timestamp={time.time_ns() // 1_000_000}"
        signer = mac.copy()
        signer.update(query.encode())
        return f"{query}&signature={signer.hexdigest()}"

    def small() -> Any:
        response = http.get(f"{BASE}{TIERED_PATH}?{signed('')}")
        response.raise_for_status()
        return json.loads(response.content)

    def order() -> Any:
        response = http.post(f"{BASE}{ORDER_PATH}?{signed(f'{_QUERY}&newClientOrderId={next_id()}')}")
        response.raise_for_status()
        return json.loads(response.content)

    return {"small": small, "order": order}


def shortcut_floor_calls() -> dict[str, Callable[[], Any]]:
    from binance_pm._urls import with_query

    http = httpx.Client(transport=httpx.MockTransport(_handler()), headers={"X-MBX-APIKEY": API_KEY})
    mac = hmac.new(API_SECRET.encode(), digestmod=hashlib.sha256)
    next_id = client_order_ids()
    no_body = httpx.ByteStream(b"")
    templates = {
        name: http.build_request(method, f"{BASE}{path}")
        for name, method, path in (("small", "GET", TIERED_PATH), ("order", "POST", ORDER_PATH))
    }

    def send(name: str, params: str) -> Any:
        query = f"{params}{'&' if params else ''}recvWindow={RECV_WINDOW}&timestamp={time.time_ns() // 1_000_000}"
        signer = mac.copy()
        signer.update(query.encode())
        template = templates[name]
        request = httpx.Request(
            template.method,
            with_query(template.url, f"{query}&signature={signer.hexdigest()}"),
            headers=template.headers,
            stream=no_body,
            extensions=template.extensions,
        )
        response = http.send(request)
        response.raise_for_status()
        return json.loads(response.content)

    return {
        "small": lambda: send("small", ""),
        "order": lambda: send("order", f"{_QUERY}&newClientOrderId={next_id()}"),
    }


def binance_pm_calls() -> dict[str, Callable[[], Any]]:
    from binance_pm import BinanceClient
    from binance_pm.api.portfolio_margin import new_um_order
    from binance_pm.api.portfolio_margin_pro import get_tiered_collateral_rate

    client = BinanceClient(
        API_KEY, API_SECRET, base_url=BASE, papi_base_url=BASE, transport=httpx.MockTransport(_handler())
    )
    next_id = client_order_ids()

    def order() -> Any:
        return new_um_order.sync(client=client, **binance_pm_order(next_id()))

    return {"small": lambda: get_tiered_collateral_rate.sync(client=client), "order": order}


def _per_call(call: Callable[[], Any], calls: int) -> float:
    gc.collect()
    start = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - start) / calls


def _median_difference(ours: list[float], floor: list[float]) -> float:
    return statistics.median(a - b for a, b in zip(ours, floor, strict=True)) * 1e6


def measure(rounds: int = 15, calls: int = 1000, warmup: int = 300) -> dict[str, dict[str, float]]:
    """Per figure (``small``, ``order``, each on the typed path a long-running program
    takes, and with ``-stdlib`` on the standard library's path of a process's first
    answers): the floors' and binance_pm's median µs per call, and the medians of the
    per-round differences to each floor."""
    from binance_pm import _json

    sides = {"floor": floor_calls(), "shortcut": shortcut_floor_calls(), "binance_pm": binance_pm_calls()}
    result: dict[str, dict[str, float]] = {}
    for path, budget in (("", 0), ("-stdlib", 10**15)):
        _json.stdlib_bytes_left = budget  # pins the path (see binance_pm._json.parse_path)
        for pick in ("small", "order"):
            for side in sides.values():
                _per_call(side[pick], warmup)
            samples: dict[str, list[float]] = {name: [] for name in sides}
            names = list(sides)
            for round_number in range(rounds):
                for name in names if round_number % 2 == 0 else reversed(names):
                    samples[name].append(_per_call(sides[name][pick], calls))
            result[pick + path] = {
                "floor_us": statistics.median(samples["floor"]) * 1e6,
                "shortcut_floor_us": statistics.median(samples["shortcut"]) * 1e6,
                "binance_pm_us": statistics.median(samples["binance_pm"]) * 1e6,
                "added_us": _median_difference(samples["binance_pm"], samples["floor"]),
                "added_over_shortcut_us": _median_difference(samples["binance_pm"], samples["shortcut"]),
            }
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.overhead", description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=300)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.rounds, args.calls, args.warmup)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
