"""Fault tests against the sandbox server (a real HTTP server on 127.0.0.1), each run
through the sync and the async API: clock skew, rate limits, bans, server errors, cut and
malformed bodies, refused connections. Every failure must be typed, bounded and never
retried when retrying is unsafe."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from binance_pm import BinanceClient
from binance_pm.api.portfolio_margin import get_um_leverage_brackets
from binance_pm.errors import (
    BinanceAPIError,
    ConnectionFailedError,
    IPBannedError,
    OutcomeUnknownError,
    RateLimitError,
    ResponseParseError,
    ServerError,
    TimestampError,
    WAFLimitError,
)

from binance_pm_sandbox import Sandbox, ScriptedResponse

from .conftest import BACKOFF, POST_OPERATION, Runner

BRACKETS_PATH = get_um_leverage_brackets.OPERATION.path
TIME_PATH = "/api/v3/time"
WAF_PAGE = b"<html><head><title>403 Forbidden</title></head><body><h1>403 Forbidden</h1></body></html>"


@pytest.fixture(scope="module")
def server() -> Iterator[Sandbox]:
    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def sandbox(server: Sandbox) -> Iterator[Sandbox]:
    server.clear_scripts()
    server.clear_requests()
    server.reset_weights()
    server.clock_skew_ms = 0
    server.rate_limit = None
    yield server
    server.clear_scripts()
    server.clock_skew_ms = 0


def client_of(sandbox: Sandbox, **options: Any) -> BinanceClient:
    settings: dict[str, Any] = {"max_retries": 2, "timeout": 5.0, **BACKOFF}
    settings.update(options)
    return sandbox.client(**settings)


def brackets(run: Runner, client: BinanceClient) -> Any:
    return run(get_um_leverage_brackets, client, symbol="ETHUSDT")


def paths(sandbox: Sandbox) -> list[str]:
    return [request.path for request in sandbox.requests]


def codes(sandbox: Sandbox) -> list[tuple[str, int]]:
    return [(request.path, request.status) for request in sandbox.requests]


# -- clock ------------------------------------------------------------------------------


@pytest.mark.parametrize("skew_ms", [30_000, -30_000], ids=["server-ahead", "server-behind"])
def test_clock_skew_is_measured_once_and_the_request_retried_once(run: Runner, sandbox: Sandbox, skew_ms: int) -> None:
    sandbox.clock_skew_ms = skew_ms
    client = client_of(sandbox)
    assert client.time_offset_ms == 0

    response = brackets(run, client)

    assert response.status_code == 200
    assert codes(sandbox) == [(BRACKETS_PATH, 400), (TIME_PATH, 200), (BRACKETS_PATH, 200)]
    first, _, retry = sandbox.requests
    assert first.code == -1021
    assert first.params["signature"] != retry.params["signature"]
    # The offset is observable and close to the skew (well within one recvWindow).
    assert abs(client.time_offset_ms - skew_ms) < 2_000
    # Later calls use it: no -1021, no new measurement.
    sandbox.clear_requests()
    brackets(run, client)
    assert codes(sandbox) == [(BRACKETS_PATH, 200)]


def test_persistent_timestamp_error_is_raised_after_exactly_one_retry(run: Runner, sandbox: Sandbox) -> None:
    rejection = ScriptedResponse.error(400, -1021, "Timestamp for this request is outside of the recvWindow.")
    sandbox.script(BRACKETS_PATH, rejection, rejection, rejection)
    client = client_of(sandbox)

    with pytest.raises(TimestampError) as caught:
        brackets(run, client)

    assert caught.value.code == -1021
    assert paths(sandbox) == [BRACKETS_PATH, TIME_PATH, BRACKETS_PATH]
    assert sandbox.pending_scripts(BRACKETS_PATH) == 1  # no loop


def test_clock_measured_eagerly_at_start_and_again_when_old(run: Runner, sandbox: Sandbox) -> None:
    sandbox.clock_skew_ms = 45_000
    eager = client_of(sandbox, sync_time=True)
    brackets(run, eager)
    brackets(run, eager)
    # Measured before the first signed request, then kept: never a -1021.
    assert codes(sandbox) == [(TIME_PATH, 200), (BRACKETS_PATH, 200), (BRACKETS_PATH, 200)]
    assert abs(eager.time_offset_ms - 45_000) < 2_000

    sandbox.clear_requests()
    ageing = client_of(sandbox, sync_time=True, time_max_age=0.0)  # every offset is already old
    brackets(run, ageing)
    brackets(run, ageing)
    assert paths(sandbox) == [TIME_PATH, BRACKETS_PATH, TIME_PATH, BRACKETS_PATH]


def test_explicit_measurement(run: Runner, sandbox: Sandbox) -> None:
    sandbox.clock_skew_ms = -12_000
    client = client_of(sandbox)
    offset = run.measure(client)
    assert offset == client.time_offset_ms
    assert abs(offset + 12_000) < 2_000
    assert client.clock.measured_at is not None
    brackets(run, client)
    assert codes(sandbox) == [(TIME_PATH, 200), (BRACKETS_PATH, 200)]


# -- rate limits ------------------------------------------------------------------------


def test_429_with_a_short_retry_after_is_waited_out(run: Runner, sandbox: Sandbox) -> None:
    sandbox.script(
        BRACKETS_PATH,
        ScriptedResponse.error(
            429, -1003, "Too much request weight used", headers={"Retry-After": "0.01", "X-MBX-USED-WEIGHT-1M": "6001"}
        ),
    )
    client = client_of(sandbox)
    response = brackets(run, client)
    assert response.status_code == 200
    assert codes(sandbox) == [(BRACKETS_PATH, 429), (BRACKETS_PATH, 200)]
    # The usage of the last answer is what the client exposes.
    assert client.rate_limits["x-mbx-used-weight-1m"].used == response.weights["x-mbx-used-weight-1m"].used


@pytest.mark.parametrize("status, family", [(429, RateLimitError), (418, IPBannedError)])
def test_a_long_retry_after_raises_with_the_wait_and_holds_the_host(
    run: Runner, sandbox: Sandbox, status: int, family: type[RateLimitError]
) -> None:
    sandbox.script(BRACKETS_PATH, ScriptedResponse.error(status, -1003, "Way too much", headers={"Retry-After": "120"}))
    client = client_of(sandbox, max_retry_wait=10.0)

    with pytest.raises(family) as caught:
        brackets(run, client)
    assert type(caught.value) is family
    assert caught.value.retry_after == 120
    assert caught.value.status_code == status
    assert len(sandbox.requests) == 1

    # Every later call to that host is refused locally, without sending: no hammering.
    with pytest.raises(family) as again:
        brackets(run, client)
    assert again.value.retry_after is not None and 100 < again.value.retry_after <= 120
    assert again.value.attempts == 0
    assert "not sent" in str(again.value)
    assert len(sandbox.requests) == 1


def test_418_without_retry_after_is_never_retried_nor_followed(run: Runner, sandbox: Sandbox) -> None:
    sandbox.script(BRACKETS_PATH, ScriptedResponse.error(418, -1003, "IP banned"))
    client = client_of(sandbox, max_retries=5)
    with pytest.raises(IPBannedError) as caught:
        brackets(run, client)
    assert caught.value.attempts == 1
    with pytest.raises(IPBannedError):
        brackets(run, client)
    assert len(sandbox.requests) == 1


def test_short_418_is_waited_out_then_sent_again(run: Runner, sandbox: Sandbox) -> None:
    sandbox.script(BRACKETS_PATH, ScriptedResponse.error(418, -1003, "IP banned", headers={"Retry-After": "0.01"}))
    client = client_of(sandbox)
    assert brackets(run, client).status_code == 200
    assert codes(sandbox) == [(BRACKETS_PATH, 418), (BRACKETS_PATH, 200)]


def test_the_sandbox_rate_limit_surfaces_as_a_typed_error(run: Runner, sandbox: Sandbox) -> None:
    sandbox.rate_limit = 1
    client = client_of(sandbox, max_retry_wait=0.0)
    brackets(run, client)
    with pytest.raises(RateLimitError) as caught:
        brackets(run, client)
    assert caught.value.code == -1003
    assert caught.value.retry_after is not None and caught.value.retry_after >= 1
    assert client.rate_limits["x-mbx-used-weight-1m"].used == 2


# -- server errors ----------------------------------------------------------------------


def test_5xx_then_success_is_retried_with_a_fresh_signature(run: Runner, sandbox: Sandbox) -> None:
    sandbox.script(BRACKETS_PATH, ScriptedResponse.error(503, -1000, "busy"))
    client = client_of(sandbox)
    assert brackets(run, client).status_code == 200
    failed, succeeded = sandbox.requests
    assert (failed.status, succeeded.status) == (503, 200)
    assert int(succeeded.params["timestamp"]) >= int(failed.params["timestamp"])
    assert failed.params["signature"] != succeeded.params["signature"]


def test_5xx_forever_is_bounded_then_a_clear_error(run: Runner, sandbox: Sandbox) -> None:
    sandbox.script(BRACKETS_PATH, *[ScriptedResponse(502, b"Bad Gateway", {"Content-Type": "text/plain"})] * 5)
    client = client_of(sandbox, max_retries=2)
    with pytest.raises(ServerError) as caught:
        brackets(run, client)
    assert type(caught.value) is ServerError
    assert caught.value.attempts == 3
    assert caught.value.status_code == 502
    assert "Bad Gateway" in str(caught.value)
    assert len(sandbox.requests) == 3
    assert sandbox.pending_scripts(BRACKETS_PATH) == 2


def _send_post(run: Runner, client: BinanceClient) -> Any:
    if run.mode == "sync":
        return client.send(POST_OPERATION, {"symbol": "ETHUSDT"})
    assert run._portal is not None
    run(get_um_leverage_brackets, client, symbol="ETHUSDT")  # registers the client for closing
    return run._portal.call(client.asend, POST_OPERATION, {"symbol": "ETHUSDT"})


def test_5xx_on_a_non_get_is_never_retried_and_says_the_outcome_is_unknown(run: Runner, sandbox: Sandbox) -> None:
    sandbox.script(POST_OPERATION.path, *[ScriptedResponse.error(500, -1000, "internal")] * 3)
    client = client_of(sandbox, max_retries=5)
    with pytest.raises(OutcomeUnknownError) as caught:
        _send_post(run, client)
    assert "outcome unknown" in str(caught.value)
    assert caught.value.attempts == 1
    assert [r.method for r in sandbox.requests].count("POST") == 1


def test_lost_answer_to_a_non_get_is_never_retried(run: Runner, sandbox: Sandbox) -> None:
    sandbox.script(POST_OPERATION.path, *[ScriptedResponse.json({}, cut_after=1)] * 3)
    client = client_of(sandbox, max_retries=5)
    with pytest.raises(ConnectionFailedError, match="outcome unknown") as caught:
        _send_post(run, client)
    assert caught.value.attempts == 1
    assert [r.method for r in sandbox.requests].count("POST") == 1


# -- transport faults and malformed answers ----------------------------------------------


def test_connection_refused_is_bounded_and_typed(run: Runner) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Nothing listens on the port any more.
    client = BinanceClient(
        "key", "secret", base_url=f"http://127.0.0.1:{port}", papi_base_url=f"http://127.0.0.1:{port}", **BACKOFF
    )
    with pytest.raises(ConnectionFailedError, match="could not connect after 3 attempt") as caught:
        brackets(run, client)
    assert caught.value.attempts == 3


def test_body_cut_mid_way_is_retried_on_a_get(run: Runner, sandbox: Sandbox) -> None:
    body = b'[{"symbol":"ETHUSDT","brackets":[]}]'
    sandbox.script(BRACKETS_PATH, ScriptedResponse(200, body, cut_after=10))
    client = client_of(sandbox)
    assert brackets(run, client).status_code == 200
    assert len(sandbox.requests) == 2


def test_body_cut_every_time_ends_in_a_connection_error(run: Runner, sandbox: Sandbox) -> None:
    body = b'[{"symbol":"ETHUSDT","brackets":[]}]'
    sandbox.script(BRACKETS_PATH, *[ScriptedResponse(200, body, cut_after=10)] * 3)
    client = client_of(sandbox, max_retries=2)
    with pytest.raises(ConnectionFailedError, match="no answer after 3 attempt") as caught:
        brackets(run, client)
    assert caught.value.attempts == 3


def test_undecodable_body_is_retried_on_a_get_then_typed(run: Runner, sandbox: Sandbox) -> None:
    broken = ScriptedResponse(200, b"this is not gzip", {"Content-Encoding": "gzip"})
    sandbox.script(BRACKETS_PATH, broken, broken, broken)
    client = client_of(sandbox, max_retries=2)
    with pytest.raises(ConnectionFailedError, match="DecodingError") as caught:
        brackets(run, client)
    assert caught.value.attempts == 3


def test_read_timeout_on_a_get_is_bounded(run: Runner, sandbox: Sandbox) -> None:
    sandbox.script(BRACKETS_PATH, *[ScriptedResponse.json([], delay=30.0)] * 2)
    client = client_of(sandbox, max_retries=1, timeout=0.2)
    with pytest.raises(ConnectionFailedError, match="ReadTimeout") as caught:
        brackets(run, client)
    assert caught.value.attempts == 2


def test_non_json_success_body_is_a_parse_error_not_retried(run: Runner, sandbox: Sandbox) -> None:
    sandbox.script(BRACKETS_PATH, ScriptedResponse(200, b"OK, but not JSON", {"Content-Type": "text/plain"}))
    client = client_of(sandbox)
    with pytest.raises(ResponseParseError, match="not JSON"):
        brackets(run, client)
    assert len(sandbox.requests) == 1


def test_html_403_from_the_waf_is_typed_and_not_retried(run: Runner, sandbox: Sandbox) -> None:
    sandbox.script(BRACKETS_PATH, ScriptedResponse(403, WAF_PAGE, {"Content-Type": "text/html"}))
    client = client_of(sandbox, max_retries=5)
    with pytest.raises(WAFLimitError) as caught:
        brackets(run, client)
    assert caught.value.code is None
    assert caught.value.status_code == 403
    assert "text/html" in caught.value.msg
    assert len(sandbox.requests) == 1


def test_errors_carry_the_weight_headers(run: Runner, sandbox: Sandbox) -> None:
    sandbox.script(
        BRACKETS_PATH, ScriptedResponse.error(400, -1121, "Invalid symbol.", headers={"X-MBX-USED-WEIGHT-1M": "77"})
    )
    client = client_of(sandbox)
    with pytest.raises(BinanceAPIError) as caught:
        brackets(run, client)
    assert caught.value.code == -1121
    assert caught.value.headers["x-mbx-used-weight-1m"] == "77"
    assert client.rate_limits["x-mbx-used-weight-1m"].used == 77


def test_retries_and_resyncs_are_logged_without_secrets(
    run: Runner, sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    sandbox.clock_skew_ms = 20_000
    sandbox.script(BRACKETS_PATH, ScriptedResponse.error(503, -1000, "busy"))
    client = client_of(sandbox)
    assert brackets(run, client).status_code == 200
    messages = [record.getMessage() for record in caplog.records if record.name == "binance_pm"]
    assert messages[0] == "getUmLeverageBrackets: HTTP 503; attempt 2 of 3 in " + messages[0].rsplit(" in ", 1)[1]
    assert messages[1].startswith("getUmLeverageBrackets: -1021 (timestamp outside recvWindow); clock offset now")
    assert sandbox.api_secret is not None and sandbox.api_secret not in caplog.text


async def test_concurrent_calls_on_a_skewed_clock_all_recover(sandbox: Sandbox) -> None:
    # Every call gets a -1021 before any measurement is back: each must still end in
    # success after at most one retry, not in a retry signed with the stale offset.
    import anyio

    sandbox.clock_skew_ms = -25_000
    results: list[int] = []
    async with client_of(sandbox) as client:

        async def one() -> None:
            response = await get_um_leverage_brackets.asyncio_detailed(client=client, symbol="ETHUSDT")
            results.append(response.status_code)

        async with anyio.create_task_group() as group:
            for _ in range(12):
                group.start_soon(one)
    assert results == [200] * 12
    signed = [request for request in sandbox.requests if request.path == BRACKETS_PATH]
    assert len(signed) <= 24
    assert sum(request.path == TIME_PATH for request in sandbox.requests) <= 12
