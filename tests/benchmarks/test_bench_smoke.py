"""The benchmark machinery, run briefly: its fixtures, its table's shape. No timing is asserted:
speed is read from ``make bench``'s printed figures, never checked by a test."""

from __future__ import annotations

import json
from decimal import Decimal

import httpx
from binance_pm.api.portfolio_margin import get_um_leverage_brackets
from binance_pm.client import Sent

from benchmarks.fixtures import leverage_brackets_body, tiered_collateral_rate_body
from benchmarks.run import BRACKETS, IMPORT, SMALL, Settings, render, run

TINY = Settings(
    rounds=1,
    small_calls=2,
    bracket_calls=1,
    async_calls=4,
    async_bracket_calls=2,
    concurrency=2,
    import_runs=1,
    symbols=3,
)


def test_bracket_fixture_is_realistic_and_parses_to_exact_models() -> None:
    body = leverage_brackets_body(symbols=5)
    data = json.loads(body, parse_float=Decimal)
    assert len(data) == 5
    assert all(len(symbol["brackets"]) == 10 for symbol in data)
    assert b"e-" not in body and b"E" not in body  # numbers written as Binance writes them
    parsed = get_um_leverage_brackets._parse(Sent(httpx.Response(200, content=body), {}))
    assert parsed[0].brackets[0].maint_margin_ratio == Decimal("0.0065")
    assert all(isinstance(b.cum, Decimal) for item in parsed for b in item.brackets)


def test_tiered_fixture_is_the_spec_example_shape() -> None:
    data = json.loads(tiered_collateral_rate_body())
    assert [item["asset"] for item in data] == ["BNB", "USDT"]


def test_a_short_run_prints_every_figure_with_ratios_to_the_floor() -> None:
    report = run(TINY, imports=True, generate=False)
    figures = {row.figure for row in report.rows}
    assert {SMALL, BRACKETS, f"{SMALL} (async)", f"{BRACKETS} (async)", IMPORT} <= figures
    clients = {row.client for row in report.rows}
    assert {"raw httpx (floor)", "binance_pm sync", "binance_pm async", "httpx (floor)", "binance_pm"} <= clients
    for row in report.rows:
        assert row.median_s > 0
        if "floor" in row.client:
            assert row.ratio == 1.0
    table = render(report)
    assert table.splitlines()[2] == "| figure | client | median | ratio to floor | notes |"
    assert "MiB peak RSS" in table
