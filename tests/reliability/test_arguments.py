"""Invalid arguments fail before anything is sent, with an error naming the parameter."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from binance_pm import BinanceClient
from binance_pm.api.portfolio_margin import get_um_leverage_brackets, new_um_order
from binance_pm.api.portfolio_margin_pro import get_account_info
from binance_pm.errors import ParameterError

from .conftest import BRACKETS, KEY, SECRET, Recorder, Runner, mock_client


def _ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=BRACKETS)


@pytest.mark.parametrize("recv_window", [0, -1, 60001, 10**9, "5000", 5000.0, True])
def test_bad_recv_window_on_the_client_is_refused(recv_window: Any) -> None:
    with pytest.raises(ParameterError) as caught:
        BinanceClient(KEY, SECRET, recv_window=recv_window)
    assert caught.value.parameter == "recv_window"
    assert "recv_window" in str(caught.value)


@pytest.mark.parametrize("recv_window", [0, -5, 60001])
def test_bad_recv_window_on_a_call_is_refused_before_sending(run: Runner, recv_window: int) -> None:
    recorder = Recorder(_ok)
    client = mock_client(recorder)
    for module, arguments in (
        (get_um_leverage_brackets, {"symbol": "ETHUSDT"}),
        (get_account_info, {}),
    ):
        with pytest.raises(ParameterError) as caught:
            run(module, client, recv_window=recv_window, **arguments)
        assert caught.value.parameter == "recv_window"
    assert recorder.requests == []


@pytest.mark.parametrize(
    "symbol, problem", [("", "must not be empty"), ("eth usdt", "does not match"), ("X" * 21, "longer than 20")]
)
def test_bad_symbol_is_refused_before_sending(run: Runner, symbol: str, problem: str) -> None:
    recorder = Recorder(_ok)
    client = mock_client(recorder)
    with pytest.raises(ParameterError, match=problem) as caught:
        run(get_um_leverage_brackets, client, symbol=symbol)
    assert caught.value.parameter == "symbol"
    assert recorder.requests == []


@pytest.mark.parametrize("recv_window", [1, 60000])
def test_recv_window_bounds_are_inclusive_where_binance_says(run: Runner, recv_window: int) -> None:
    recorder = Recorder(_ok)
    client = mock_client(recorder, recv_window=recv_window)
    run(get_um_leverage_brackets, client, symbol="ETHUSDT")
    run(get_um_leverage_brackets, client, symbol="ETHUSDT", recv_window=recv_window)
    assert [request.url.params["recvWindow"] for request in recorder.requests] == [str(recv_window)] * 2


def test_signed_call_without_credentials_is_refused_before_sending(run: Runner) -> None:
    recorder = Recorder(_ok)
    no_secret = mock_client(recorder, api_secret=None)
    with pytest.raises(ValueError, match="SIGNED operation"):
        run(get_um_leverage_brackets, no_secret, symbol="ETHUSDT")
    no_key = BinanceClient(None, SECRET, papi_base_url="http://papi.test", transport=httpx.MockTransport(recorder))
    with pytest.raises(ValueError, match="needs an API key"):
        run(get_um_leverage_brackets, no_key, symbol="ETHUSDT")
    assert recorder.requests == []


@pytest.mark.parametrize(
    "options, name",
    [
        ({"base_url": "api.binance.com"}, "base_url"),
        ({"papi_base_url": "ftp://papi.binance.com"}, "papi_base_url"),
        ({"max_retries": -1}, "max_retries"),
        ({"retry_backoff": -0.1}, "retry_backoff"),
        ({"retry_backoff_max": float("nan")}, "retry_backoff_max"),
        ({"max_retry_wait": float("inf")}, "max_retry_wait"),
        ({"time_max_age": -1.0}, "time_max_age"),
    ],
)
def test_bad_client_options_name_the_option(options: dict[str, Any], name: str) -> None:
    with pytest.raises(ValueError, match=name):
        BinanceClient(KEY, SECRET, **options)


def test_a_pattern_ending_in_dollar_refuses_a_trailing_newline(run: Runner) -> None:
    # The spec's patterns are JSON Schema's: "$" is the end of the text, not "before a
    # final newline" as in Python's re.search.
    recorder = Recorder(_ok)
    client = mock_client(recorder)
    with pytest.raises(ParameterError, match="does not match") as caught:
        run(get_um_leverage_brackets, client, symbol="ETHUSDT\n")
    assert caught.value.parameter == "symbol"
    with pytest.raises(ParameterError, match="does not match") as order:
        run(
            new_um_order,
            client,
            symbol="ETHUSDT",
            side="BUY",
            type="MARKET",
            quantity="0.01",
            new_client_order_id="my-order-1\n",
        )
    assert order.value.parameter == "new_client_order_id"
    assert recorder.requests == []


def test_a_pattern_still_accepts_what_it_describes(run: Runner) -> None:
    recorder = Recorder(_ok)
    client = mock_client(recorder)
    run(get_um_leverage_brackets, client, symbol="ETHUSDT")
    assert recorder.requests[-1].url.params["symbol"] == "ETHUSDT"


@pytest.mark.parametrize(
    "pattern, accepted, refused",
    [
        (r"^[A-Z]+$", "ETH", "ETH\n"),
        (r"^a\$$", "a$", "a$\n"),  # an escaped "$" is a dollar sign
        (r"^[$]+$", "$$", "$$\n"),  # so is one in a class
        (r"^(BUY|SELL)$|^NONE$", "NONE", "BUY\n"),
        (r"USD", "BTCUSDT", "BTC"),  # unanchored: a search, as JSON Schema says
    ],
)
def test_spec_patterns_keep_json_schema_meaning(pattern: str, accepted: str, refused: str) -> None:
    from binance_pm._params import check_str

    assert check_str("p", accepted, pattern=pattern) == accepted
    with pytest.raises(ParameterError, match="does not match"):
        check_str("p", refused, pattern=pattern)
