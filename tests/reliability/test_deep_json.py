"""JSON nested past any sane depth, wherever a body is decoded (a success answer, an error
answer, the server time): the error the caller handles for that answer, never a bare
``RecursionError``; and the CLI reports it without a traceback."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterator

import httpx
import pytest
from binance_pm.api.portfolio_margin import get_um_leverage_brackets
from binance_pm.api.portfolio_margin_pro import get_account_info
from binance_pm.errors import (
    BadRequestError,
    BinanceAPIError,
    IPBannedError,
    ResponseParseError,
    ServerError,
    TimestampError,
)

from binance_pm_cli.main import EXIT_API_ERROR, EXIT_NO_ANSWER, main
from binance_pm_sandbox import Sandbox, ScriptedResponse

from .conftest import BRACKETS, Recorder, Runner, mock_client

TIME_PATH = "/api/v3/time"
DEPTH = 100_000
DEEP_ARRAY = b"[" * DEPTH + b"]" * DEPTH
DEEP_OBJECT = b'{"a":' * DEPTH + b"1" + b"}" * DEPTH
# Past Python's recursion limit, yet a small answer (3 KB): a path for small bodies must
# handle it too.
SMALL_DEEP_ARRAY = b"[" * 1_500 + b"]" * 1_500


def _answer(
    body: bytes, status: int = 200, time_body: bytes | None = None
) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == TIME_PATH:
            return httpx.Response(200, content=time_body if time_body is not None else b'{"serverTime": 1}')
        return httpx.Response(status, content=body, headers={"Content-Type": "application/json"})

    return handler


@pytest.mark.parametrize("body", [DEEP_ARRAY, DEEP_OBJECT, SMALL_DEEP_ARRAY], ids=["array", "object", "small"])
def test_a_deeply_nested_success_body_is_a_parse_error(run: Runner, body: bytes) -> None:
    client = mock_client(Recorder(_answer(body)))
    for module, arguments in ((get_um_leverage_brackets, {"symbol": "ETHUSDT"}), (get_account_info, {})):
        with pytest.raises(ResponseParseError, match="nested too deeply"):
            run(module, client, **arguments)


@pytest.mark.parametrize(
    "status, family", [(400, BadRequestError), (418, IPBannedError), (503, ServerError)], ids=["400", "418", "503"]
)
def test_a_deeply_nested_error_body_keeps_the_family_of_its_status(
    run: Runner, status: int, family: type[BinanceAPIError]
) -> None:
    client = mock_client(Recorder(_answer(DEEP_ARRAY, status)), max_retries=0)
    with pytest.raises(family) as caught:
        run(get_um_leverage_brackets, client, symbol="ETHUSDT")
    assert caught.value.status_code == status
    assert caught.value.code is None
    assert "nested too deeply" in caught.value.msg


@pytest.mark.parametrize("body", [DEEP_ARRAY, b'{"serverTime":' + DEEP_ARRAY + b"}"], ids=["array", "in-field"])
def test_a_deeply_nested_server_time_is_a_parse_error(run: Runner, body: bytes) -> None:
    client = mock_client(Recorder(_answer(BRACKETS, time_body=body)))
    with pytest.raises(ResponseParseError, match="serverTime"):
        run.measure(client)


def test_a_deeply_nested_server_time_after_a_timestamp_error_leaves_that_error(
    run: Runner, caplog: pytest.LogCaptureFixture
) -> None:
    rejected = b'{"code": -1021, "msg": "Timestamp for this request is outside of the recvWindow."}'
    client = mock_client(Recorder(_answer(rejected, 400, time_body=DEEP_ARRAY)))
    with caplog.at_level(logging.WARNING, logger="binance_pm"), pytest.raises(TimestampError):
        run(get_um_leverage_brackets, client, symbol="ETHUSDT")
    assert "server time not measured" in caplog.text


def test_a_deeply_nested_server_time_before_the_first_call_does_not_stop_it(run: Runner) -> None:
    recorder = Recorder(_answer(BRACKETS, time_body=DEEP_ARRAY))
    client = mock_client(recorder, sync_time=True)
    assert run(get_um_leverage_brackets, client, symbol="ETHUSDT").status_code == 200
    assert recorder.paths() == [TIME_PATH, get_um_leverage_brackets.OPERATION.path]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as server:
        yield server


@pytest.mark.parametrize("status, exit_status", [(200, EXIT_NO_ANSWER), (400, EXIT_API_ERROR)])
def test_the_cli_reports_a_deeply_nested_answer_without_a_traceback(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, status: int, exit_status: int
) -> None:
    sandbox.clear_scripts()
    sandbox.script(get_um_leverage_brackets.OPERATION.path, ScriptedResponse(status, DEEP_ARRAY))
    monkeypatch.setenv("BINANCE_API_KEY", sandbox.api_key)
    monkeypatch.setenv("BINANCE_API_SECRET", sandbox.api_secret or "")
    monkeypatch.setenv("BINANCE_BASE_URL", sandbox.url)
    monkeypatch.setenv("BINANCE_PAPI_BASE_URL", sandbox.url)
    out, err = io.StringIO(), io.StringIO()
    status_code = main(["get-um-leverage-brackets", "--symbol", "ETHUSDT"], stdin=io.StringIO(), stdout=out, stderr=err)
    assert status_code == exit_status
    assert "nested too deeply" in err.getvalue()
    assert "Traceback" not in err.getvalue()
