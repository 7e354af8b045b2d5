"""The benchmark machinery, run briefly: its fixtures, its table's shape. No timing is asserted:
speed is read from ``make bench``'s printed figures, never checked by a test."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qsl

import httpx
import pytest
from binance_pm.api.portfolio_margin import get_um_leverage_brackets, new_um_order
from binance_pm.client import Sent

from benchmarks import processes, venvs
from benchmarks.contenders import ORDER, sync_contenders
from benchmarks.fixtures import leverage_brackets_body, new_um_order_body, tiered_collateral_rate_body
from benchmarks.run import BRACKETS, NEW_ORDER, SMALL, Settings, Worker, render, run
from benchmarks.server import API_KEY, API_SECRET, ORDER_PATH, TIERED_PATH, Server, bodies
from binance_pm_sandbox import Sandbox

TINY = Settings(
    rounds=1,
    small_calls=2,
    bracket_calls=1,
    order_calls=2,
    async_calls=4,
    async_bracket_calls=2,
    concurrency=2,
    process_runs=2,
    overhead_rounds=1,
    overhead_calls=3,
    symbols=3,
    stream_rounds=1,
    stream_repeat=2,
)
# The dev venv, standing in for a clean one: the machinery is the same.
DEV_VENV = venvs.Venv("dev", Path(sys.executable).parent.parent)


def test_bracket_fixture_is_realistic_and_parses_to_exact_models() -> None:
    body = leverage_brackets_body(symbols=5)
    data = json.loads(body, parse_float=Decimal)
    assert len(data) == 5
    assert all(len(symbol["brackets"]) == 10 for symbol in data)
    assert b"e-" not in body and b"E" not in body  # numbers written as Binance writes them
    parsed = get_um_leverage_brackets._parse(Sent(httpx.Response(200, content=body), 0.0))
    assert parsed[0].brackets[0].maint_margin_ratio == Decimal("0.0065")
    assert all(isinstance(b.cum, Decimal) for item in parsed for b in item.brackets)


def test_tiered_fixture_is_the_spec_example_shape() -> None:
    data = json.loads(tiered_collateral_rate_body())
    assert [item["asset"] for item in data] == ["BNB", "USDT"]


def test_order_fixture_answers_the_benchmarked_order_and_parses_to_exact_model() -> None:
    order = new_um_order._parse(Sent(httpx.Response(200, content=new_um_order_body()), 0.0))
    assert (order.symbol, order.side, order.type_, order.time_in_force) == ("BTCUSDT", "BUY", "LIMIT", "GTC")
    assert (order.orig_qty, order.price) == (Decimal(ORDER["quantity"]), Decimal(ORDER["price"]))


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    logging.disable(logging.WARNING)  # the official SDKs' model warnings, as in ``make bench``
    try:
        with Sandbox(api_key=API_KEY, api_secret=API_SECRET) as running:
            for path, body in bodies(symbols=3).items():
                running.set_body(path, body)
            yield running
    finally:
        logging.disable(logging.NOTSET)


def _sent_order(query: bytes) -> list[tuple[str, str]]:
    return [(name, value) for name, value in parse_qsl(query.decode()) if name not in ("timestamp", "signature")]


def test_every_contender_places_the_order_and_binance_pm_sends_the_floors_bytes(sandbox: Sandbox) -> None:
    server = Server(sandbox.url, API_KEY, API_SECRET, "sandbox")
    contenders = sync_contenders(server)
    try:
        for contender in contenders:
            contender.order()
            contender.order()
    finally:
        for contender in contenders:
            contender.close()
    sent = sandbox.requests_to(ORDER_PATH)
    assert [(request.method, request.status) for request in sent] == [("POST", 200)] * 2 * len(contenders)
    raw, ours = sent[:2], sent[2:4]  # sync_contenders lists the floor, then binance_pm
    expected = [*ORDER.items(), ("newClientOrderId", "bench-1"), ("recvWindow", "5000")]
    assert _sent_order(raw[0].raw_query) == _sent_order(ours[0].raw_query) == expected
    assert dict(_sent_order(ours[1].raw_query))["newClientOrderId"] == "bench-2"  # a fresh id per order


def test_a_short_run_prints_every_figure_with_ratios_to_the_floor() -> None:
    report = run(TINY, clean=False, generate=False)
    figures = {row.figure for row in report.rows}
    assert {SMALL, BRACKETS, NEW_ORDER} <= figures
    assert {f"{SMALL} (async)", f"{BRACKETS} (async)", f"{NEW_ORDER} (async)"} <= figures
    clients = {row.client for row in report.rows}
    assert {"raw httpx (floor)", "binance_pm sync", "binance_pm async", "raw httpx async (floor)"} <= clients
    for row in report.rows:
        assert row.median_s > 0
        if "floor" in row.client:
            assert row.ratio == 1.0
    assert report.overhead is not None and set(report.overhead) == {"small", "order", "small-stdlib", "order-stdlib"}
    for pick in report.overhead.values():
        assert pick["floor_us"] > 0 and pick["shortcut_floor_us"] > 0 and pick["binance_pm_us"] > 0
    table = render(report)
    assert table.splitlines()[2] == "| figure | client | median | ratio to floor | notes |"
    assert "+" in table.split("In-process cost per call")[1]
    assert report.stream is not None and set(report.stream) == {"every event kind", "ORDER_TRADE_UPDATE"}
    assert all(figure["typed_per_s"] > 0 and figure["ratio"] > 0 for figure in report.stream.values())
    assert "events/s" in table.split("User data stream")[1]


def test_a_worker_times_its_contender_in_its_own_process(sandbox: Sandbox) -> None:
    server = Server(sandbox.url, API_KEY, API_SECRET, "sandbox")
    worker = Worker("binance_pm sync", DEV_VENV.python, server)
    try:
        assert worker.available
        assert worker.time("small", 3, 1) > 0
    finally:
        worker.close()
    sent = sandbox.requests_to(TIERED_PATH)
    assert [(request.method, request.status) for request in sent] == [("GET", 200)] * 3


def test_whole_process_figures_are_ratios_to_their_floor_with_peak_rss(sandbox: Sandbox) -> None:
    server = Server(sandbox.url, API_KEY, API_SECRET, "sandbox")
    cli = processes.cli_processes(DEV_VENV, server)
    floor = processes.Process("python alone", DEV_VENV, processes.python_c(DEV_VENV, "pass"), "python alone")
    rows = processes.summary([floor, *cli], processes.time_processes([floor, *cli], runs=2))
    assert rows[0][2] == 1.0
    assert all(seconds > 0 and rss > 1 for _, seconds, _, rss in rows)
    # The raw script and the CLI made the same signed call, and the sandbox accepted each.
    sent = sandbox.requests_to(TIERED_PATH)
    assert len(sent) == 3 * (1 + 2)  # the check run, then two timed runs of each
    assert {request.status for request in sent} == {200}


def test_the_clean_venvs_hold_one_client_each_with_the_same_httpx() -> None:
    wanted = venvs.contender_requirements()
    assert wanted["httpx"] == wanted["binance_pm"] == (venvs.HTTPX_PIN,)
    assert sorted(wanted["official"]) == [
        "binance-sdk-derivatives-trading-portfolio-margin-pro==9.1.0",
        "binance-sdk-derivatives-trading-portfolio-margin==16.1.0",
    ]
    assert wanted["python-binance"] == ("python-binance==1.0.37",)


def test_the_wheel_is_rebuilt_when_a_package_file_changes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "mod.py").write_text("A = 1\n")
    monkeypatch.setattr(venvs, "ROOT", tmp_path)
    monkeypatch.setattr(venvs, "PACKAGE_SOURCES", ("pkg", "missing.toml"))
    before = venvs.source_digest()
    assert venvs.source_digest() == before
    (tmp_path / "pkg" / "mod.py").write_text("A = 2\n")
    assert venvs.source_digest() != before
