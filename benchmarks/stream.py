"""How fast the user data stream turns messages into typed events, against ``json.loads``.

The messages are one of every event kind (``stream_events.SAMPLES``) as compact JSON text,
the form a WebSocket hands over. binance_pm's side is ``binance_pm.events.decode_event``:
the dispatch on ``e`` and the event's attrs model with exact ``Decimal``s. The floor is
``json.loads`` of the same messages into plain dicts (no types, floats not involved since
Binance sends decimals as strings). No network: this is the parse alone, which is what a
busy stream spends its time on. Figures are medians over interleaved rounds. Run in
binance_pm's clean venv by ``make bench``; ``python -m benchmarks.stream`` prints JSON.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

from .stream_events import SAMPLES

TARGET_RATIO = 0.7


def messages() -> dict[str, list[str]]:
    """The benchmark's message sets: every kind in turn, and the order update alone."""
    every = [json.dumps(event, separators=(",", ":")) for event in SAMPLES.values()]
    order = json.dumps(SAMPLES["ORDER_TRADE_UPDATE"], separators=(",", ":"))
    return {"every event kind": every, "ORDER_TRADE_UPDATE": [order] * len(every)}


def _rate(parse: Callable[[str], Any], batch: list[str], repeat: int) -> float:
    """Messages per second parsing ``batch`` ``repeat`` times."""
    gc.collect()
    start = time.perf_counter()
    for _ in range(repeat):
        for message in batch:
            parse(message)
    return len(batch) * repeat / (time.perf_counter() - start)


def measure(rounds: int, repeat: int) -> dict[str, dict[str, float]]:
    from binance_pm.events import UnknownEvent, decode_event

    result: dict[str, dict[str, float]] = {}
    for name, batch in messages().items():
        typed = [decode_event(message) for message in batch]
        if any(isinstance(event, UnknownEvent) for event in typed):
            raise SystemExit(f"{name}: a benchmark message did not parse to its model")
        _rate(decode_event, batch, repeat)  # warm-up: the models and msgspec's decoder load
        raw_rates: list[float] = []
        typed_rates: list[float] = []
        for index in range(rounds):
            order: list[tuple[Callable[[str], Any], list[float]]] = [
                (json.loads, raw_rates),
                (decode_event, typed_rates),
            ]
            for parse, rates in order if index % 2 == 0 else reversed(order):
                rates.append(_rate(parse, batch, repeat))
        raw, typed_rate = statistics.median(raw_rates), statistics.median(typed_rates)
        result[name] = {"json_loads_per_s": raw, "typed_per_s": typed_rate, "ratio": typed_rate / raw}
    return result


def render(figures: dict[str, dict[str, float]]) -> list[str]:
    lines = ["", "User data stream, typed parse (decode_event) against json.loads of the same messages:"]
    for name, figure in figures.items():
        verdict = "met" if figure["ratio"] >= TARGET_RATIO else "MISSED"
        lines.append(
            f"- {name}: json.loads {figure['json_loads_per_s']:,.0f} events/s, typed "
            f"{figure['typed_per_s']:,.0f} events/s, {figure['ratio']:.2f}x "
            f"(target >= {TARGET_RATIO}x: {verdict})"
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stream", description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--repeat", type=int, default=2000, help="passes over the messages per round")
    args = parser.parse_args(argv)
    json.dump(measure(args.rounds, args.repeat), sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
