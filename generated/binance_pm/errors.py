"""Exceptions raised by binance_pm: one class per failure family.

``BinancePMError`` is the root of everything the package raises on purpose.
``BinanceAPIError`` is an answer from Binance that is not a success; its subclasses say
which family it belongs to, so callers can catch exactly what they handle. No message,
``repr`` or attribute here ever holds the API secret or a private key.

The tree::

    BinancePMError                      operation_id, client_order_id of the failed call
    +-- ParameterError (ValueError)     a bad argument, client option or setting, or a
    |                                   broken rule; nothing was sent
    +-- ResponseParseError (ValueError) a success answer the spec does not describe (or
    |                                   JSON nested too deeply to read)
    +-- ConnectionFailedError           no answer at all (refused, reset, timed out)
    |   +-- AnswerLostError (*)         sent, then the answer was lost
    +-- BinanceAPIError                 Binance answered with an error
    |   +-- BadRequestError             4XX
    |   |   +-- AuthenticationError     -2014, -2015, 401
    |   |   +-- InvalidSignatureError   -1022
    |   |   +-- TimestampError          -1021
    |   +-- WAFLimitError               403
    |   +-- RateLimitError              429
    |   |   +-- IPBannedError           418
    |   +-- ServerError                 5XX
    |       +-- ServerOutcomeUnknownError (*)  5XX on a request that changes state
    +-- OutcomeUnknownError             (*) both marked: the request may have been
                                        carried out; ``BinanceClient.lookup_order``
                                        settles it for an order
"""

from __future__ import annotations

import datetime
import email.utils
import json
import math
from collections.abc import Mapping
from types import MappingProxyType

import httpx

from ._operation import OrderLookup

__all__ = [
    "AnswerLostError",
    "AuthenticationError",
    "BadRequestError",
    "BinanceAPIError",
    "BinancePMError",
    "ConnectionFailedError",
    "IPBannedError",
    "InvalidSignatureError",
    "OutcomeUnknownError",
    "ParameterError",
    "RateLimitError",
    "ResponseParseError",
    "ServerError",
    "ServerOutcomeUnknownError",
    "TimestampError",
    "WAFLimitError",
]


class BinancePMError(Exception):
    """Root of every exception binance_pm raises on purpose.

    Attributes:
        operation_id: the operation whose call failed (its spec operationId), when the
            error comes from a call.
        client_order_id: the client order id the call sent, for operations that place
            an order: the handle to find that order again.
    """

    operation_id: str | None = None
    client_order_id: str | None = None


class ParameterError(BinancePMError, ValueError):
    """A call's argument, or an option or setting of the client, is invalid; raised before
    anything is sent. ``parameter`` is its name; the message never shows a secret or key."""

    def __init__(self, parameter: str, problem: str) -> None:
        self.parameter = parameter
        self.problem = problem
        super().__init__(f"parameter {parameter!r}: {problem}")


class ResponseParseError(BinancePMError, ValueError):
    """A success answer from Binance does not have the shape the spec describes.

    Attributes:
        problem: what is wrong.
        field: the JSON field at fault, when one is.
        location: where, outermost first (model names, then the field).
    """

    def __init__(self, problem: str, *, field: str | None = None, location: tuple[str, ...] | None = None) -> None:
        self.problem = problem
        self.field = field
        self.location = location if location is not None else ((field,) if field else ())
        super().__init__(f"{' > '.join(self.location)}: {problem}" if self.location else problem)

    def within(self, where: str) -> ResponseParseError:
        """The same error, located inside ``where`` (a model name)."""
        return ResponseParseError(self.problem, field=self.field, location=(where, *self.location))


class ConnectionFailedError(BinancePMError):
    """No answer was received: connection refused or reset, timeout, body cut short."""

    def __init__(self, message: str, *, attempts: int = 1) -> None:
        self.attempts = attempts
        super().__init__(message)


class OutcomeUnknownError(BinancePMError):
    """A request that changes state was sent and no verdict came back (a 5XX, or the
    answer was lost): it may have been carried out. It is never resent.

    Catch this one class for both cases. For an order, ``client_order_id`` is the id
    that was sent, and ``BinanceClient.lookup_order(error)`` (``alookup_order``) finds
    the order by it, or returns None when Binance has no such order.

    Attributes:
        operation_id: the operation that was sent.
        client_order_id: the client order id it carried (None for operations that place
            no order).
        request_params: the parameters as sent, signature, timestamp and key excluded.
        attempts: attempts made (always 1: such a request is never resent).
    """

    attempts: int
    request_params: Mapping[str, str] = MappingProxyType({})
    order_lookup: OrderLookup | None = None


class BinanceAPIError(BinancePMError):
    """Binance answered with an error.

    Attributes:
        status_code: the HTTP status.
        code: Binance's error code (such as -1021), or None when the body carried none
            (an HTML page from the WAF, a proxy error).
        msg: Binance's message, or a description of the body that came instead.
        headers: the response headers (rate-limit usage, Retry-After).
        attempts: how many attempts were made before giving up (retries included).
    """

    def __init__(
        self,
        status_code: int,
        code: int | None,
        msg: str,
        *,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.status_code = status_code
        self.code = code
        self.msg = msg
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.attempts = 1
        super().__init__(self._describe())

    def _describe(self) -> str:
        code = "" if self.code is None else f" code={self.code}"
        return f"HTTP {self.status_code}{code}: {self.msg}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code!r}, code={self.code!r}, msg={self.msg!r})"


class BadRequestError(BinanceAPIError):
    """4XX: Binance rejected the request as malformed (bad parameter, unknown symbol...)."""


class AuthenticationError(BadRequestError):
    """-2014 / -2015 (or 401): the API key is malformed, unknown, or lacks permission or IP."""


class InvalidSignatureError(BadRequestError):
    """-1022: the signature does not match the request (wrong secret or key)."""


class TimestampError(BadRequestError):
    """-1021: the timestamp is outside recvWindow or ahead of Binance's clock."""


class WAFLimitError(BinanceAPIError):
    """403: Binance's web application firewall blocked the request."""


class RateLimitError(BinanceAPIError):
    """429: a rate limit was broken. ``retry_after`` is Binance's wait, in seconds."""

    def __init__(
        self,
        status_code: int,
        code: int | None,
        msg: str,
        *,
        headers: Mapping[str, str] | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.retry_after = retry_after
        super().__init__(status_code, code, msg, headers=headers)

    def _describe(self) -> str:
        wait = "" if self.retry_after is None else f" (retry after {self.retry_after:g} s)"
        return super()._describe() + wait


class IPBannedError(RateLimitError):
    """418: the IP is banned for continuing past 429s. Do not send until ``retry_after``."""


class ServerError(BinanceAPIError):
    """5XX: a server-side problem. The request's outcome is UNKNOWN, not failed."""


class ServerOutcomeUnknownError(ServerError, OutcomeUnknownError):
    """5XX on a request that changes state: it may have been carried out, so it is not retried."""

    def _describe(self) -> str:
        return super()._describe() + " (outcome unknown: the request may have been carried out; not retried)"


class AnswerLostError(ConnectionFailedError, OutcomeUnknownError):
    """A request that changes state was sent and its answer was lost (connection cut,
    timeout while reading): it may have been carried out, so it is not resent."""


_CODE_FAMILIES: dict[int, type[BadRequestError]] = {
    -1021: TimestampError,
    -1022: InvalidSignatureError,
    -2014: AuthenticationError,
    -2015: AuthenticationError,
}

_BODY_EXCERPT = 200


def parse_retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds from a ``Retry-After`` header, or None when absent or not a number."""
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        # The other form HTTP allows: a date.
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            return None
        seconds = max(0.0, (when - datetime.datetime.now(datetime.UTC)).total_seconds())
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


_NESTED_TOO_DEEPLY = "too deeply nested"


def _binance_body(response: httpx.Response) -> tuple[int, str] | str | None:
    """``(code, msg)`` when the body is Binance's JSON error body; ``_NESTED_TOO_DEEPLY``
    when it is JSON nested past the recursion limit; else None."""
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    except RecursionError:
        return _NESTED_TOO_DEEPLY
    if isinstance(body, dict) and isinstance(body.get("code"), int):
        return body["code"], str(body.get("msg", ""))
    return None


def error_code(response: httpx.Response) -> int | None:
    """Binance's error code in an answer, or None when its body carries none."""
    found = _binance_body(response)
    return found[0] if isinstance(found, tuple) else None


def _code_and_msg(response: httpx.Response) -> tuple[int | None, str]:
    found = _binance_body(response)
    if isinstance(found, tuple):
        return found
    text = response.content[:_BODY_EXCERPT].decode("utf-8", "replace").strip()
    kind = response.headers.get("content-type", "unknown content type")
    if found is _NESTED_TOO_DEEPLY:
        return None, f"JSON error body ({kind}) nested too deeply to read: {text[:40]!r}..."
    return None, f"non-JSON error body ({kind}): {text!r}" if text else f"empty error body ({kind})"


def error_from_response(response: httpx.Response, *, retry_safe: bool = True) -> BinanceAPIError:
    """The exception for a non-success answer; ``retry_safe`` is False for state-changing requests."""
    status = response.status_code
    code, msg = _code_and_msg(response)
    headers = response.headers
    if status in (418, 429):
        family: type[RateLimitError] = IPBannedError if status == 418 else RateLimitError
        return family(status, code, msg, headers=headers, retry_after=parse_retry_after(headers))
    if status >= 500:
        server_family = ServerError if retry_safe else ServerOutcomeUnknownError
        return server_family(status, code, msg, headers=headers)
    if status == 403 and code is None:
        return WAFLimitError(status, code, msg, headers=headers)
    if status == 401:
        return AuthenticationError(status, code, msg, headers=headers)
    if 400 <= status < 500:
        family_4xx = _CODE_FAMILIES.get(code, BadRequestError) if code is not None else BadRequestError
        return family_4xx(status, code, msg, headers=headers)
    return BinanceAPIError(status, code, msg, headers=headers)
