"""The client's options and settings: base URLs and API keys checked when the client is
built (never echoing a key or credentials), options of the wrong type refused by name, and
settings changed after the first call either applied to the next call or refused, never
silently ignored."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import httpx
import pytest
from binance_pm import BinanceClient
from binance_pm._retry import RetryPolicy
from binance_pm.api.portfolio_margin import get_um_leverage_brackets
from binance_pm.errors import ParameterError

from .conftest import BRACKETS, KEY, SECRET, Recorder, Runner, mock_client
from .test_keys import _library_locals


def _ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=BRACKETS)


# -- base URLs ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, problem",
    [
        ("https://papi.binance.com?x=1", "query"),
        ("https://papi.binance.com/?", "query"),
        ("https://papi.binance.com/#top", "fragment"),
        ("http://", "no host"),
        ("https://:443", "no host"),
        ("https:///papi", "no host"),
        ("https://papi.binance.com:99999", "not a valid URL"),
        ("https://papi.binance.com\n", "whitespace"),
        ("ftp://papi.binance.com", "http:// or https://"),
        ("papi.binance.com", "http:// or https://"),
    ],
)
def test_a_base_url_that_would_misroute_signed_requests_is_refused(url: str, problem: str) -> None:
    for option in ("base_url", "papi_base_url"):
        options: dict[str, Any] = {option: url}
        with pytest.raises(ParameterError, match=problem) as caught:
            BinanceClient(KEY, SECRET, **options)
        assert caught.value.parameter == option


def test_a_base_url_with_credentials_is_refused_without_showing_them() -> None:
    with pytest.raises(ParameterError, match="user info") as caught:
        BinanceClient(KEY, SECRET, papi_base_url="https://user:hunter2-MUST-NOT-LEAK@papi.binance.com")
    assert caught.value.parameter == "papi_base_url"
    assert "MUST-NOT-LEAK" not in str(caught.value) + repr(caught.value.args)


@pytest.mark.parametrize("option", ["base_url", "papi_base_url"])
def test_a_base_url_of_another_type_is_refused_by_name(option: str) -> None:
    options: dict[str, Any] = {option: b"https://papi.binance.com"}
    with pytest.raises(ParameterError, match="expected an http") as caught:
        BinanceClient(KEY, SECRET, **options)
    assert caught.value.parameter == option


def test_the_scheme_is_case_insensitive_and_a_path_prefix_kept(run: Runner) -> None:
    recorder = Recorder(_ok)
    client = mock_client(recorder, papi_base_url="HTTPS://Papi.Test:8443/prefix/")
    assert client.papi_base_url == "https://Papi.Test:8443/prefix"
    run(get_um_leverage_brackets, client, symbol="ETHUSDT")
    sent = recorder.requests[-1].url
    assert (sent.scheme, sent.host, sent.port, sent.path) == (
        "https",
        "papi.test",
        8443,
        "/prefix/papi/v1/um/leverageBracket",
    )
    # The signed query is the whole query: nothing from the base URL went before it.
    assert sent.query.startswith(b"symbol=ETHUSDT&recvWindow=")


# -- API keys ----------------------------------------------------------------------------

BAD_KEYS = {
    "newline": "reliability-api-key-MUST-NOT-ECHO\n",
    "leading space": " reliability-api-key-MUST-NOT-ECHO",
    "inner space": "reliability api-key-MUST-NOT-ECHO",
    "tab": "reliability-api-key-MUST-NOT-ECHO\t",
    "control": "reliability-api-key-MUST-NOT-ECHO\x00",
    "non-ascii": "reliability-api-key-MUST-NOT-ECHO\u00e9",
    "surrogate": "reliability-api-key-MUST-NOT-ECHO\udcff",
}


@pytest.mark.parametrize("key", BAD_KEYS.values(), ids=BAD_KEYS.keys())
def test_a_malformed_api_key_is_refused_at_construction_without_echoing_it(key: str) -> None:
    with pytest.raises(ParameterError) as caught:
        BinanceClient(key, SECRET)
    assert caught.value.parameter == "api_key"
    assert "MUST-NOT-ECHO" not in str(caught.value) + repr(caught.value.args) + _library_locals(caught.value)


@pytest.mark.parametrize(
    "key, problem", [("", "must not be empty"), (123, "expected a string, got int"), (b"k", "got bytes")]
)
def test_an_empty_or_non_text_api_key_is_refused_at_construction(key: Any, problem: str) -> None:
    with pytest.raises(ParameterError, match=problem) as caught:
        BinanceClient(key, SECRET)
    assert caught.value.parameter == "api_key"


def test_a_client_without_a_key_is_still_allowed() -> None:
    assert BinanceClient().api_key is None


# -- options of the wrong type -----------------------------------------------------------


@pytest.mark.parametrize(
    "option, value",
    [
        ("max_retries", "3"),
        ("max_retries", 1.5),
        ("max_retries", True),
        ("max_retries", None),
        ("timeout", "x"),
        ("timeout", None),
        ("timeout", 0),
        ("timeout", -1),
        ("timeout", float("nan")),
        ("timeout", (1, 2)),
        ("retry_backoff", "x"),
        ("retry_backoff_max", None),
        ("max_retry_wait", "10"),
        ("time_max_age", [600]),
        ("sync_time", "yes"),
        ("http2", 1),
        ("transport", httpx.AsyncHTTPTransport()),
        ("async_transport", httpx.HTTPTransport()),
        ("recv_window", "5000"),
    ],
)
def test_an_option_of_the_wrong_type_or_value_is_refused_by_name(option: str, value: Any) -> None:
    with pytest.raises(ParameterError) as caught:
        BinanceClient(KEY, SECRET, **{option: value})
    assert caught.value.parameter == option
    assert option in str(caught.value)


def test_options_of_the_right_type_are_kept() -> None:
    client = BinanceClient(KEY, SECRET, max_retries=0, timeout=3, retry_backoff=1, time_max_age=0)
    assert client.retry_policy == RetryPolicy(max_attempts=1, backoff_base=1.0, backoff_max=5.0, max_wait=10.0)
    assert client._sync_http().timeout == httpx.Timeout(3)
    assert BinanceClient(KEY, SECRET, timeout=httpx.Timeout(None))._sync_http().timeout == httpx.Timeout(None)


# -- settings after the first call -------------------------------------------------------


def test_recv_window_and_api_key_set_after_the_first_call_apply_to_the_next(run: Runner) -> None:
    recorder = Recorder(_ok)
    client = mock_client(recorder)
    run(get_um_leverage_brackets, client, symbol="ETHUSDT")
    client.recv_window = 7_000
    client.api_key = "another-api-key-0123456789"
    run(get_um_leverage_brackets, client, symbol="ETHUSDT")
    first, second = recorder.requests
    assert (first.url.params["recvWindow"], first.headers["X-MBX-APIKEY"]) == ("5000", KEY)
    assert (second.url.params["recvWindow"], second.headers["X-MBX-APIKEY"]) == ("7000", "another-api-key-0123456789")
    assert (client.recv_window, client.api_key) == (7_000, "another-api-key-0123456789")


def test_settings_set_later_are_checked_like_the_constructor_options(run: Runner) -> None:
    recorder = Recorder(_ok)
    client = mock_client(recorder)
    run(get_um_leverage_brackets, client, symbol="ETHUSDT")
    for value in (0, 60_001, "5000", 5000.0):
        with pytest.raises(ParameterError, match="recv_window"):
            client.recv_window = value  # type: ignore[assignment]
    with pytest.raises(ParameterError) as caught:
        client.api_key = "pasted-key-MUST-NOT-ECHO\n"
    assert caught.value.parameter == "api_key"
    assert "MUST-NOT-ECHO" not in str(caught.value) + _library_locals(caught.value)
    with pytest.raises(ParameterError, match="retry_policy"):
        client.retry_policy = 3  # type: ignore[assignment]
    with pytest.raises(ParameterError, match="max_attempts"):
        client.retry_policy = replace(client.retry_policy, max_attempts=0)
    # Nothing refused took effect.
    run(get_um_leverage_brackets, client, symbol="ETHUSDT")
    assert recorder.requests[-1].url.params["recvWindow"] == "5000"
    assert recorder.requests[-1].headers["X-MBX-APIKEY"] == KEY


def test_a_retry_policy_set_later_applies_to_the_next_call(run: Runner) -> None:
    recorder = Recorder(lambda request: httpx.Response(503, json={"code": -1000, "msg": "busy"}))
    client = mock_client(recorder, max_retries=0)
    client.retry_policy = replace(client.retry_policy, max_attempts=3, backoff_base=0.0)
    with pytest.raises(Exception, match="busy"):
        run(get_um_leverage_brackets, client, symbol="ETHUSDT")
    assert len(recorder.requests) == 3


@pytest.mark.parametrize(
    "name, value",
    [
        ("base_url", "https://elsewhere.test"),
        ("papi_base_url", "https://elsewhere.test"),
        ("clock", None),
        ("rate_limits", {}),
        ("call_timeout", 1.0),
        ("time_offset_ms", 0),
        ("timeout", 1.0),
        ("max_retries", 0),
        ("api_secret", "another-secret"),
        ("recv_windw", 7000),
    ],
)
def test_a_setting_that_cannot_change_is_refused_not_ignored(name: str, value: Any) -> None:
    client = BinanceClient(KEY, SECRET)
    with pytest.raises(AttributeError):
        setattr(client, name, value)
    assert "another-secret" not in repr(client)
