"""What to do after each attempt: return, raise, or wait and try again.

The decision is a pure function of the policy, the operation and the outcome, so the sync
and async clients share it and differ only in how they sleep.
"""

from __future__ import annotations

import math
import random
import threading
import time
from dataclasses import dataclass
from typing import NamedTuple

import httpx

from ._operation import Operation
from .errors import (
    AnswerLostError,
    BinanceAPIError,
    BinancePMError,
    ConnectionFailedError,
    IPBannedError,
    ParameterError,
    RateLimitError,
    error_from_response,
)

# Binance's shortest IP ban (418), assumed when a 418 comes without a Retry-After.
IP_BAN_DEFAULT_SECONDS = 120.0

# A failed exchange is an ``httpx.RequestError``: a transport error, or a body that cannot
# be decoded (a broken Content-Encoding); either way no usable answer came back. Of those,
# the failures that happen before the request reaches the server are safe to retry on any
# method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Bounds on retrying.

    Attributes:
        max_attempts: attempts in all, the first included (1 disables retries).
        backoff_base: seconds before the first retry; doubles each time, with jitter.
        backoff_max: the longest backoff, in seconds.
        max_wait: the longest ``Retry-After`` honoured by waiting; a longer one raises.
    """

    max_attempts: int = 3
    backoff_base: float = 0.25
    backoff_max: float = 5.0
    max_wait: float = 10.0

    def __post_init__(self) -> None:
        # A policy is made once (per client, or by ``dataclasses.replace``): checked here,
        # a bad field fails where it is given, not as a TypeError in the middle of a call.
        if isinstance(self.max_attempts, bool) or not isinstance(self.max_attempts, int) or self.max_attempts < 1:
            raise ParameterError("max_attempts", f"expected an integer >= 1, got {self.max_attempts!r}")
        for name in ("backoff_base", "backoff_max", "max_wait"):
            seconds = getattr(self, name)
            if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not 0 <= seconds < math.inf:
                raise ParameterError(name, f"expected a finite number of seconds >= 0, got {seconds!r}")

    def backoff(self, attempt: int) -> float:
        ceiling = min(self.backoff_max, self.backoff_base * 2.0 ** (attempt - 1))
        return ceiling * random.uniform(0.5, 1.0)


class Step(NamedTuple):
    """The decision after one attempt: ``response`` to return, ``error`` to raise, or ``delay`` to wait."""

    response: httpx.Response | None = None
    error: BinancePMError | None = None
    delay: float = 0.0


def _with_attempts(error: BinancePMError, attempt: int) -> BinancePMError:
    if isinstance(error, (BinanceAPIError, ConnectionFailedError)):
        error.attempts = attempt
    return error


def decide(
    policy: RetryPolicy, operation: Operation, attempt: int, outcome: httpx.Response | httpx.RequestError
) -> Step:
    last_attempt = attempt >= policy.max_attempts
    if isinstance(outcome, httpx.RequestError):
        sent = not isinstance(outcome, _NOT_SENT)
        if not last_attempt and (operation.idempotent or not sent):
            return Step(delay=policy.backoff(attempt))
        what = "no answer" if sent else "could not connect"
        message = f"{operation.operation_id}: {what} after {attempt} attempt(s): {type(outcome).__name__}: {outcome}"
        if sent and not operation.idempotent:
            message += " (outcome unknown: the request may have been carried out)"
            return Step(error=AnswerLostError(message, attempts=attempt))
        return Step(error=ConnectionFailedError(message, attempts=attempt))

    status = outcome.status_code
    if 200 <= status < 300:
        return Step(response=outcome)
    error = error_from_response(outcome, retry_safe=operation.idempotent)
    if isinstance(error, RateLimitError):
        wait = error.retry_after
        if wait is None and not isinstance(error, IPBannedError):
            wait = policy.backoff(attempt)
        if wait is not None and wait <= policy.max_wait and not last_attempt:
            return Step(delay=wait)
        return Step(error=_with_attempts(error, attempt))
    if status >= 500 and operation.idempotent and not last_attempt:
        return Step(delay=policy.backoff(attempt))
    return Step(error=_with_attempts(error, attempt))


class Cooldown:
    """Per host, the time before which no request may be sent after a 429 or 418.

    Binance bans IPs that keep sending after a 429; this makes every call on the client
    respect a ``Retry-After``, not just the one that received it.

    Attributes:
        hosts: per host, ``(time.monotonic() until which to wait, the error that said so)``;
            empty when no host is cooling down.
    """

    def __init__(self) -> None:
        self.hosts: dict[str, tuple[float, RateLimitError]] = {}
        self._lock = threading.Lock()

    def note(self, host: str, outcome: httpx.Response | httpx.RequestError) -> None:
        if not isinstance(outcome, httpx.Response) or outcome.status_code not in (418, 429):
            return
        error = error_from_response(outcome)
        if not isinstance(error, RateLimitError):
            return
        wait = error.retry_after
        if wait is None and isinstance(error, IPBannedError):
            # A ban without a Retry-After: hold off for Binance's shortest ban, never hammer.
            wait = IP_BAN_DEFAULT_SECONDS
        if wait:
            with self._lock:
                self.hosts[host] = (time.monotonic() + wait, error)

    def wait_for(self, host: str, policy: RetryPolicy) -> float:
        """Seconds to wait before sending to ``host``; raises if that is over ``policy.max_wait``."""
        if not self.hosts:  # no cooldown anywhere: the usual case (the client checks it first)
            return 0.0
        with self._lock:
            entry = self.hosts.get(host)
        if entry is None:
            return 0.0
        until, cause = entry
        remaining = until - time.monotonic()
        if remaining <= 0:
            with self._lock:
                self.hosts.pop(host, None)
            return 0.0
        if remaining > policy.max_wait:
            held = type(cause)(
                cause.status_code,
                cause.code,
                f"not sent: {host} host in cooldown for {remaining:.1f} s more after: {cause.msg}",
                headers=cause.headers,
                retry_after=remaining,
            )
            held.attempts = 0  # nothing was sent
            raise held
        return remaining
