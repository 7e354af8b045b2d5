"""Property tests of the retry decision (``_retry.decide``), which the sync and async
clients share: for any policy, method, attempt and outcome, the decision is bounded and
never resends what must not be resent."""

from __future__ import annotations

import httpx
from binance_pm._operation import Operation
from binance_pm._retry import RetryPolicy, decide
from binance_pm.errors import (
    BinanceAPIError,
    ConnectionFailedError,
    IPBannedError,
    OutcomeUnknownError,
    RateLimitError,
    ServerError,
)
from hypothesis import given
from hypothesis import strategies as st

policies = st.builds(
    RetryPolicy,
    max_attempts=st.integers(min_value=1, max_value=10),
    backoff_base=st.floats(min_value=0, max_value=5),
    backoff_max=st.floats(min_value=0, max_value=30),
    max_wait=st.floats(min_value=0, max_value=120),
)
methods = st.sampled_from(["GET", "POST", "PUT", "DELETE"])
retry_after = st.one_of(
    st.none(),
    st.integers(min_value=0, max_value=10_000).map(str),
    st.floats(min_value=0, max_value=500, allow_nan=False).map(repr),
    st.just("garbage"),
)
responses = st.builds(
    lambda status, after, json_body: httpx.Response(
        status,
        headers={} if after is None else {"Retry-After": after},
        content=b'{"code":-1000,"msg":"x"}' if json_body else b"<html>oops</html>",
    ),
    st.sampled_from([200, 204, 400, 401, 403, 404, 418, 429, 500, 502, 503, 504]),
    retry_after,
    st.booleans(),
)
transport_errors = st.sampled_from(
    [
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("slow"),
        httpx.PoolTimeout("pool"),
        httpx.ReadTimeout("read"),
        httpx.ReadError("reset"),
        httpx.WriteError("write"),
        httpx.RemoteProtocolError("cut"),
        httpx.DecodingError("gzip"),
    ]
)
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def _operation(method: str) -> Operation:
    return Operation("op", method, "/papi/v1/x", "papi", "TRADE", True, True, 1, "IP", "x")


@given(policies, methods, st.integers(min_value=1, max_value=12), st.one_of(responses, transport_errors))
def test_every_decision_is_bounded_and_safe(
    policy: RetryPolicy, method: str, attempt: int, outcome: httpx.Response | httpx.RequestError
) -> None:
    step = decide(policy, _operation(method), attempt, outcome)
    decided = [step.response is not None, step.error is not None, step.response is None and step.error is None]
    assert decided.count(True) == 1
    retried = decided[2]

    if retried:
        # Never past the attempt budget, never longer than the larger of the bounds.
        assert attempt < policy.max_attempts
        assert 0 <= step.delay <= max(policy.backoff_max, policy.max_wait)
    if isinstance(outcome, httpx.Response):
        status = outcome.status_code
        if 200 <= status < 300:
            assert step.response is outcome
        if status >= 500 and method != "GET":
            assert not retried
            assert isinstance(step.error, OutcomeUnknownError)
        if status >= 500 and method == "GET" and not retried:
            assert type(step.error) is ServerError
        if 400 <= status < 500 and status not in (418, 429):
            assert not retried
            assert isinstance(step.error, BinanceAPIError)
        if status == 418 and "retry-after" not in outcome.headers:
            assert not retried and isinstance(step.error, IPBannedError)
        if status in (418, 429) and retried:
            assert step.delay <= policy.max_wait
        if status in (418, 429) and step.error is not None:
            assert isinstance(step.error, RateLimitError)
    else:
        if method != "GET" and not isinstance(outcome, NOT_SENT):
            assert not retried  # the request may have been carried out
        if not retried:
            assert isinstance(step.error, ConnectionFailedError)
            assert step.error.attempts == attempt
    if step.error is not None and isinstance(step.error, BinanceAPIError):
        assert step.error.attempts == attempt
