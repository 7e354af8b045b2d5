"""``BinanceClient``: credentials, hosts, and the one place every request is sent from.

Each operation module builds its parameters and calls ``BinanceClient.send`` (or
``asend``); signing, retries, rate-limit bookkeeping and error mapping happen here and in
the private modules it uses, identically for sync and async calls.
"""

from __future__ import annotations

import importlib
import logging
import os
import threading
import time
from types import TracebackType
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import httpx

from . import _settings
from ._clock import RoundTrip, ServerClock
from ._deadline import DEADLINE, SYNC_DEADLINE
from ._operation import Operation
from ._params import check_int, encode_query
from ._retry import Cooldown, RetryPolicy, Step, decide
from ._route import Route, no_cookies
from .auth import BinanceAuth, HmacSigner, Signer, load_private_key_signer
from .errors import (
    BadRequestError,
    BinancePMError,
    ConnectionFailedError,
    OutcomeUnknownError,
    ParameterError,
    ResponseParseError,
    error_code,
    error_from_response,
)

if TYPE_CHECKING:
    from ._ratelimit import WeightUsage
    from .stream import UserStream

__all__ = ["BinanceClient", "Sent"]

# Retries are logged here (never a secret: operation, status or error, attempt, delay).
_log = logging.getLogger("binance_pm")

DEFAULT_API_BASE_URL = "https://api.binance.com"
DEFAULT_PAPI_BASE_URL = "https://papi.binance.com"
DEFAULT_RECV_WINDOW = 5000
MAX_RECV_WINDOW = 60000
DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
# The longest one attempt may take, connecting and reading the whole answer included:
# httpx's timeouts bound each read, and a server can drip an answer a byte at a time.
DEFAULT_CALL_TIMEOUT = 30.0
_TIMESTAMP_ERROR_CODE = -1021
USER_AGENT = "binance-pm/0.1.0"


class Sent(NamedTuple):
    """A success answer, and when it arrived (``time.time()``)."""

    response: httpx.Response
    seen_at: float

    @property
    def weights(self) -> dict[str, WeightUsage]:
        """The rate-limit usage the answer's headers reported, read when asked for."""
        from ._ratelimit import parse_weight_headers  # imported when first asked for, not by a call

        return parse_weight_headers(self.response.headers, seen_at=self.seen_at)


# Builds a Sent in C, without the NamedTuple's Python-level __new__: one per call.
_new_sent = tuple.__new__


def _timestamp_rejected(outcome: httpx.Response | httpx.RequestError) -> bool:
    """Whether Binance answered -1021: the request's timestamp was outside recvWindow."""
    return (
        type(outcome) is httpx.Response and outcome.status_code == 400 and error_code(outcome) == _TIMESTAMP_ERROR_CODE
    )


_Http = TypeVar("_Http", httpx.Client, httpx.AsyncClient)


def _with_deadlines(http: _Http) -> _Http:
    """``http`` with ``call_timeout`` kept by the connections of its httpx transports
    (the default one, proxies from the environment, or one given; see ``_deadline``)."""
    from . import _deadline

    is_async = isinstance(http, httpx.AsyncClient)
    mounts: dict[Any, Any] = getattr(http, "_mounts", {})
    for transport in (getattr(http, "_transport", None), *mounts.values()):
        if transport is not None:
            _deadline.install(transport, is_async=is_async)
    return http


async def _async_sleep(seconds: float) -> None:
    # anyio (what httpx's async transport runs on) is imported on first use, not with the
    # package: programs that only make sync calls never load it.
    import anyio

    await anyio.sleep(seconds)


def _missing(package: str) -> bool:
    # importlib.util is imported only when an optional package is asked for.
    import importlib.util

    return importlib.util.find_spec(package) is None


def _running_loop() -> object | None:
    """The running asyncio loop; None under another async library (one pool for its life)."""
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _mask(api_key: str | None) -> str:
    if api_key is None:
        return "None"
    return f"'{api_key[:4]}...'" if len(api_key) > 8 else "'...'"


def _signer_for(
    api_secret: str | bytes | None,
    private_key: bytes | str | os.PathLike[str] | None,
    private_key_password: str | bytes | None,
) -> Signer | None:
    _settings.check_credential_types(api_secret, private_key, private_key_password)
    if api_secret is not None and private_key is not None:
        raise ValueError("give api_secret or private_key, not both")
    if private_key is not None:
        return load_private_key_signer(private_key, private_key_password)
    if api_secret is not None:
        return HmacSigner(api_secret)
    return None


def _with_context(error: BinancePMError, operation: Operation, params: dict[str, Any]) -> None:
    """Names the failed call on its error; an unknown outcome also keeps what was sent,
    which is what ``lookup_order`` needs to find the order."""
    error.operation_id = operation.operation_id
    if operation.client_order_id is not None:
        error.client_order_id = params.get(operation.client_order_id)
    if isinstance(error, OutcomeUnknownError):
        error.request_params = dict(params)
        error.order_lookup = operation.lookup


def _lookup_request(error: OutcomeUnknownError) -> tuple[Any, dict[str, Any], tuple[int, ...]]:
    """The query operation's module, its parameters, and its not-found codes for ``error``."""
    lookup = error.order_lookup
    if lookup is None or error.client_order_id is None:
        raise ValueError(
            f"{error.operation_id or 'this call'} placed no order that can be looked up by client order id"
        )
    params = {name: error.request_params[name] for name in lookup.copy if name in error.request_params}
    params[lookup.id_parameter] = error.client_order_id
    return importlib.import_module(lookup.module), params, lookup.not_found_codes


class BinanceClient:
    """A client for Binance's Portfolio Margin REST API, for sync and async calls.

    Args:
        api_key: the API key, sent as ``X-MBX-APIKEY``: printable ASCII,
            no whitespace (None for a client that only calls operations needing no key).
        api_secret: the HMAC secret for SIGNED operations (str or bytes).
        private_key: instead of ``api_secret``, an RSA or Ed25519 private key: PEM bytes,
            PEM text, or a file path. Its type is read from the key.
        private_key_password: the password of an encrypted ``private_key`` (str or bytes).
        base_url: the api host, for ``/sapi`` and ``/api`` paths.
        papi_base_url: the papi host, for ``/papi`` paths. Base URLs are http(s) with a
            host and no user info, query or fragment.
        recv_window: default ``recvWindow`` in ms for SIGNED operations (each call may
            override it); 0 < recv_window <= 60000.
        timeout: seconds, or an ``httpx.Timeout``: the bound on each connect, read and write.
        call_timeout: seconds one attempt may take in all, the whole answer included
            (None: no bound beyond ``timeout``). A server that sends an answer slowly, a
            byte at a time, cannot hold a call longer. Kept by the connections of
            httpx's own transports (the default, or an ``httpx.HTTPTransport`` given for
            a proxy), not by other transports; an HTTP/2 connection, which many calls
            share, is bounded by ``timeout`` per read only.
        max_retries: retries after a connection error or a 5XX (GET only), or a 429
            with a short enough ``Retry-After``; each retry is signed anew.
        retry_backoff: seconds before the first retry; doubles, with jitter.
        retry_backoff_max: the longest backoff between retries, in seconds.
        max_retry_wait: the longest ``Retry-After`` waited out; a longer one raises
            ``RateLimitError`` (or ``IPBannedError``) carrying the wait.
        sync_time: measure the offset to Binance's clock before the first SIGNED request
            (it is measured anyway after a -1021 answer).
        time_max_age: seconds after which a measured offset is measured again.
        http2: use HTTP/2 (needs ``pip install 'binance-pm[http2]'``).
        transport: an httpx transport for the sync calls, for proxies or tests.
        async_transport: an httpx transport for the async calls, for proxies or tests.

    Every option is checked here: a wrong type or value raises ``ParameterError`` (a
    ``ValueError``) naming it. ``api_key``, ``recv_window`` and ``retry_policy`` may be
    set later, and are checked then; they apply to the calls that follow. Other settings
    are fixed: setting them, or any name the client does not have, raises
    ``AttributeError`` rather than being silently ignored.

    The client keeps no cookies: Binance authenticates each request by its key and
    signature, and a cookie a server sets is not sent back.
    """

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | bytes | None = None,
        *,
        private_key: bytes | str | os.PathLike[str] | None = None,
        private_key_password: str | bytes | None = None,
        base_url: str = DEFAULT_API_BASE_URL,
        papi_base_url: str = DEFAULT_PAPI_BASE_URL,
        recv_window: int = DEFAULT_RECV_WINDOW,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        call_timeout: float | None = DEFAULT_CALL_TIMEOUT,
        max_retries: int = 2,
        retry_backoff: float = 0.25,
        retry_backoff_max: float = 5.0,
        max_retry_wait: float = 10.0,
        sync_time: bool = False,
        time_max_age: float = 600.0,
        http2: bool = False,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        failure: Exception | None = None
        checked_key: str | None = None
        try:
            self._signer = _signer_for(api_secret, private_key, private_key_password)
            checked_key = _settings.check_api_key(api_key)
        except (ValueError, TypeError) as exc:
            failure = exc
        # From here on, no local of this frame holds a secret (nor a key that was refused):
        # a traceback formatted with its locals (of any error below, or of a bad key)
        # cannot show one.
        api_secret = private_key = private_key_password = api_key = None
        if failure is not None:
            raise failure.with_traceback(None)
        self._api_key = checked_key
        self._recv_window = check_int(
            "recv_window",
            recv_window,
            maximum=60000,
            exclusive_minimum=0,
        )
        self._base_urls: dict[str, str] = {
            "api": _settings.check_base_url("base_url", base_url),
            "papi": _settings.check_base_url("papi_base_url", papi_base_url),
        }
        retries = _settings.check_count("max_retries", max_retries)
        backoff = _settings.check_seconds("retry_backoff", retry_backoff)
        backoff_max = _settings.check_seconds("retry_backoff_max", retry_backoff_max)
        max_wait = _settings.check_seconds("max_retry_wait", max_retry_wait)
        max_age = _settings.check_seconds("time_max_age", time_max_age)
        self._call_timeout = (
            None if call_timeout is None else _settings.check_seconds("call_timeout", call_timeout, positive=True)
        )
        _settings.check_transport("transport", transport, httpx.BaseTransport)
        _settings.check_transport("async_transport", async_transport, httpx.AsyncBaseTransport)
        if _settings.check_flag("http2", http2) and _missing("h2"):
            raise ImportError("http2=True needs the 'h2' package: pip install 'binance-pm[http2]'")
        self._clock = ServerClock(
            self._base_urls["api"], max_age=max_age, eager=_settings.check_flag("sync_time", sync_time)
        )
        self._retry_policy = RetryPolicy(
            max_attempts=retries + 1,
            backoff_base=backoff,
            backoff_max=backoff_max,
            max_wait=max_wait,
        )
        self._rate_limits: dict[str, WeightUsage] = {}
        # The headers of each operation's latest success answer, not yet read into
        # rate_limits: a call only keeps them, and rate_limits reads them when asked for.
        # An operation's success answers carry the same weight headers, so the latest one
        # holds everything its earlier ones reported.
        self._unread_weights: dict[str, tuple[float, httpx.Headers]] = {}
        self._cooldown = Cooldown()
        self._http_lock = threading.Lock()
        self._routes: dict[str, Route] = {}
        # Every httpx client is made with these (and a jar that keeps no cookies): the
        # routes' request templates rely on nothing else changing between calls.
        self._httpx_args: dict[str, Any] = {
            "timeout": _settings.check_timeout(timeout),
            "http2": http2,
            "headers": {"User-Agent": USER_AGENT},
        }
        self._transport = transport
        self._async_transport = async_transport
        self._http: httpx.Client | None = None
        self._ahttp: httpx.AsyncClient | None = None
        self._ahttp_loop: object | None = None

    def __setattr__(self, name: str, value: Any) -> None:
        # Options are given to the constructor; a public name the class does not define
        # (``client.timeout = 5``, ``client.max_retries = 0``) would otherwise be stored and
        # never read. Properties without a setter refuse by themselves. Subclasses are free.
        if not name.startswith("_") and type(self) is BinanceClient and not hasattr(BinanceClient, name):
            raise AttributeError(
                f"BinanceClient has no setting {name!r}: options are given to BinanceClient(...); "
                "api_key, recv_window and retry_policy can be set later"
            )
        try:
            object.__setattr__(self, name, value)
        except ParameterError as exc:
            value = None  # a refused api_key is not left in this frame's locals
            raise exc.with_traceback(None) from None

    # -- settings --------------------------------------------------------------------

    @property
    def api_key(self) -> str | None:
        """The API key; setting it (checked as in the constructor) applies to the calls that follow."""
        return self._api_key

    @api_key.setter
    def api_key(self, value: str | None) -> None:
        checked: str | None = None
        failure: ValueError | None = None
        try:
            checked = _settings.check_api_key(value)
        except ValueError as exc:
            failure = exc
        value = None  # a refused key is not left in this frame's locals
        if failure is not None:
            raise failure.with_traceback(None)
        self._api_key = checked
        self._routes = {}

    @property
    def recv_window(self) -> int:
        """The default ``recvWindow`` (ms) of SIGNED calls; setting it (checked as in the
        constructor) applies to the calls that follow."""
        return self._recv_window

    @recv_window.setter
    def recv_window(self, value: int) -> None:
        self._recv_window = check_int(
            "recv_window",
            value,
            maximum=60000,
            exclusive_minimum=0,
        )
        self._routes = {}

    @property
    def retry_policy(self) -> RetryPolicy:
        """The retry bounds (from ``max_retries``, ``retry_backoff``, ...); a new
        ``RetryPolicy`` may be set, and applies to the calls that follow."""
        return self._retry_policy

    @retry_policy.setter
    def retry_policy(self, value: RetryPolicy) -> None:
        if not isinstance(value, RetryPolicy):
            raise ParameterError("retry_policy", f"expected a RetryPolicy, got {type(value).__name__}")
        self._retry_policy = value

    @property
    def clock(self) -> ServerClock:
        """The offset to Binance's clock, shared by every call of this client."""
        return self._clock

    @property
    def rate_limits(self) -> dict[str, WeightUsage]:
        """The rate-limit usage last reported per header, updated by every answer."""
        from ._ratelimit import parse_weight_headers

        unread = self._unread_weights
        while unread:
            try:
                seen_at, headers = unread.popitem()[1]
            except KeyError:  # emptied by another thread meanwhile
                break
            self._note_weights(parse_weight_headers(headers, seen_at=seen_at))
        return self._rate_limits

    @property
    def call_timeout(self) -> float | None:
        """Seconds one attempt may take in all (None: no bound beyond ``timeout``)."""
        return self._call_timeout

    @property
    def base_url(self) -> str:
        return self._base_urls["api"]

    @property
    def papi_base_url(self) -> str:
        return self._base_urls["papi"]

    @property
    def time_offset_ms(self) -> int:
        """Binance's clock minus this machine's, in ms, as last measured (0 before)."""
        return self._clock.offset_ms

    def __repr__(self) -> str:
        # Safe on a half-built client too (a traceback shows ``self`` of a failed __init__).
        base_urls: dict[str, str] = getattr(self, "_base_urls", {})
        hosts = "".join(f", {name}={url!r}" for name, url in base_urls.items())
        return f"BinanceClient(api_key={_mask(getattr(self, '_api_key', None))}, signer={getattr(self, '_signer', None)!r}{hosts})"

    def __reduce__(self) -> str | tuple[Any, ...]:
        raise TypeError("BinanceClient holds credentials and cannot be pickled")

    # -- connections -----------------------------------------------------------------

    def _sync_http(self) -> httpx.Client:
        http = self._http
        if http is None:
            # Threads making their first call at once share one pool, not one each.
            with self._http_lock:
                if self._http is None:
                    self._http = _with_deadlines(
                        httpx.Client(transport=self._transport, cookies=no_cookies(), **self._httpx_args)
                    )
                http = self._http
        return http

    def _async_http(self) -> httpx.AsyncClient:
        # A connection pool belongs to the event loop it was made in: used from another
        # loop (asyncio.run() called again), the client makes a new pool instead of
        # touching connections of a closed loop.
        loop = _running_loop()
        if self._ahttp is None or loop is not self._ahttp_loop:
            self._ahttp = _with_deadlines(
                httpx.AsyncClient(transport=self._async_transport, cookies=no_cookies(), **self._httpx_args)
            )
            self._ahttp_loop = loop
        return self._ahttp

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    async def aclose(self) -> None:
        ahttp, self._ahttp = self._ahttp, None
        # Connections of another (closed) loop cannot be closed from this one: dropped.
        if ahttp is not None and self._ahttp_loop is _running_loop():
            await ahttp.aclose()

    def __enter__(self) -> BinanceClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> BinanceClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    # -- sending ---------------------------------------------------------------------

    def _route(self, operation: Operation, http: httpx.Client | httpx.AsyncClient) -> Route:
        """The operation's request template and auth, made on its first call (and again
        after ``api_key`` or ``recv_window`` is set). The sync and async httpx clients are
        made with the same options, so either one's template serves both."""
        url = self._base_urls[operation.host] + operation.path
        auth = None
        if operation.needs_api_key or operation.signed:
            if self._api_key is None:
                raise ValueError(f"{operation.operation_id} needs an API key: BinanceClient(api_key=...)")
            auth = BinanceAuth(
                operation,
                api_key=self._api_key,
                signer=self._signer,
                clock=self._clock,
                recv_window=self._recv_window,
            )
        route = self._routes[operation.operation_id] = Route(operation.method, url, auth, http)
        return route

    def _success(self, operation: Operation, response: httpx.Response) -> Sent:
        seen_at = time.time()
        self._unread_weights[operation.operation_id] = (seen_at, response.headers)
        sent: Sent = _new_sent(Sent, (response, seen_at))
        return sent

    def _note_weights(self, weights: dict[str, WeightUsage]) -> None:
        # The newest report of a header wins, whichever order the answers are read in.
        held = self._rate_limits
        for name, usage in weights.items():
            known = held.get(name)
            if known is None or known.seen_at <= usage.seen_at:
                held[name] = usage

    def _deadline(self) -> float | None:
        return None if self._call_timeout is None else time.monotonic() + self._call_timeout

    # -- Binance's clock -------------------------------------------------------------

    def measure_time_offset(self) -> int:
        """Measures the offset to Binance's server time now (``GET /api/v3/time``); returns it in ms.

        Signed calls measure it by themselves when needed; this is for measuring at start,
        or at a moment of the caller's choosing.
        """
        round_trip = RoundTrip()
        request = self._clock.time_request(round_trip.note)
        held = SYNC_DEADLINE.at
        SYNC_DEADLINE.at = self._deadline()
        started = time.time()
        try:
            response = self._sync_http().send(request)
        except httpx.RequestError as exc:
            raise ConnectionFailedError(f"{request.url}: no answer: {type(exc).__name__}: {exc}") from None
        finally:
            SYNC_DEADLINE.at = held
        return self._record_time(response, round_trip, started)

    async def ameasure_time_offset(self) -> int:
        """The async twin of ``measure_time_offset``."""
        round_trip = RoundTrip()
        request = self._clock.time_request(round_trip.anote)
        token = DEADLINE.set(self._deadline())
        started = time.time()
        try:
            response = await self._async_http().send(request)
        except httpx.RequestError as exc:
            raise ConnectionFailedError(f"{request.url}: no answer: {type(exc).__name__}: {exc}") from None
        finally:
            DEADLINE.reset(token)
        return self._record_time(response, round_trip, started)

    def _record_time(self, response: httpx.Response, round_trip: RoundTrip, started: float) -> int:
        finished = time.time()
        # Not observed into rate_limits: /api weights count apart from /papi ones under the
        # same header name.
        if not 200 <= response.status_code < 300:
            raise error_from_response(response)
        sent_at = round_trip.sent_at if round_trip.sent_at is not None else started
        received_at = round_trip.received_at if round_trip.received_at is not None else finished
        if not self._clock.record(response, sent_at=sent_at, received_at=received_at):
            raise ResponseParseError(f"{response.url}: no integer serverTime in the answer")
        return self._clock.offset_ms

    def _measure_for(self, operation: Operation) -> None:
        """A measurement a call needs; a failure is logged, and the call signs with the
        offset it has (Binance's -1021, if it is wrong, is then what the caller sees)."""
        try:
            self.measure_time_offset()
        except BinancePMError as exc:
            _log.warning("%s: server time not measured: %s", operation.operation_id, exc)

    async def _ameasure_for(self, operation: Operation) -> None:
        try:
            await self.ameasure_time_offset()
        except BinancePMError as exc:
            _log.warning("%s: server time not measured: %s", operation.operation_id, exc)

    def _resynced(self, operation: Operation, signed_at: int) -> bool:
        """After a -1021 to a request signed at clock generation ``signed_at``: whether an
        offset measured since then is there to sign the one retry with."""
        self._clock.refresh(lambda: self._measure_for(operation), signed_at, self._call_timeout)
        return self._note_resync(operation, signed_at)

    async def _aresynced(self, operation: Operation, signed_at: int) -> bool:
        await self._clock.arefresh(lambda: self._ameasure_for(operation), signed_at, self._call_timeout)
        return self._note_resync(operation, signed_at)

    def _note_resync(self, operation: Operation, signed_at: int) -> bool:
        if self._clock.generation == signed_at:
            return False
        _log.warning(
            "%s: -1021 (timestamp outside recvWindow); clock offset now %d ms; retrying once",
            operation.operation_id,
            self._clock.offset_ms,
        )
        return True

    # -- one call --------------------------------------------------------------------

    def send(self, operation: Operation, params: dict[str, Any]) -> Sent:
        """Sends one operation with retries; returns the success answer or raises a typed error."""
        http = self._http or self._sync_http()
        route = self._routes.get(operation.operation_id) or self._route(operation, http)
        query = encode_query(params) if params else ""
        clock = self._clock if operation.signed else None
        attempt = 0
        while True:
            attempt += 1
            if self._cooldown.hosts:
                wait = self._cooldown.wait_for(operation.host, self._retry_policy)
                if wait:
                    time.sleep(wait)
            signed_at = 0
            if clock is not None:
                signed_at = clock.generation_to_sign()
                if signed_at < 0:
                    clock.refresh(lambda: self._measure_for(operation), None, self._call_timeout)
                    signed_at = clock.generation
            outcome = self._attempt(http, route, query)
            if type(outcome) is httpx.Response and 200 <= outcome.status_code < 300:
                # The common case, answered before any retry bookkeeping.
                return self._success(operation, outcome)
            if clock is not None and _timestamp_rejected(outcome) and self._resynced(operation, signed_at):
                # One re-signed retry, never more; it does not count as an attempt.
                outcome = self._attempt(http, route, query)
            step = self._after(operation, params, attempt, outcome)
            if step.response is not None:
                return self._success(operation, step.response)
            if step.error is not None:
                raise step.error
            time.sleep(step.delay)

    def _attempt(self, http: httpx.Client, route: Route, query: str) -> httpx.Response | httpx.RequestError:
        """One exchange, bounded by ``call_timeout``; a failed one is returned, not raised."""
        held = SYNC_DEADLINE.at
        SYNC_DEADLINE.at = self._deadline()
        try:
            return http.send(route.request(query), auth=route.auth)
        except httpx.RequestError as exc:
            return exc
        finally:
            SYNC_DEADLINE.at = held

    async def asend(self, operation: Operation, params: dict[str, Any]) -> Sent:
        """The async twin of ``send``: same retries, same errors."""
        http = self._async_http()
        route = self._routes.get(operation.operation_id) or self._route(operation, http)
        query = encode_query(params) if params else ""
        clock = self._clock if operation.signed else None
        attempt = 0
        while True:
            attempt += 1
            if self._cooldown.hosts:
                wait = self._cooldown.wait_for(operation.host, self._retry_policy)
                if wait:
                    await _async_sleep(wait)
            signed_at = 0
            if clock is not None:
                signed_at = clock.generation_to_sign()
                if signed_at < 0:
                    await clock.arefresh(lambda: self._ameasure_for(operation), None, self._call_timeout)
                    signed_at = clock.generation
            outcome = await self._aattempt(http, route, query)
            if type(outcome) is httpx.Response and 200 <= outcome.status_code < 300:
                return self._success(operation, outcome)
            if clock is not None and _timestamp_rejected(outcome) and await self._aresynced(operation, signed_at):
                outcome = await self._aattempt(http, route, query)
            step = self._after(operation, params, attempt, outcome)
            if step.response is not None:
                return self._success(operation, step.response)
            if step.error is not None:
                raise step.error
            await _async_sleep(step.delay)

    async def _aattempt(self, http: httpx.AsyncClient, route: Route, query: str) -> httpx.Response | httpx.RequestError:
        token = DEADLINE.set(self._deadline())
        try:
            return await http.send(route.request(query), auth=route.auth)
        except httpx.RequestError as exc:
            return exc
        finally:
            DEADLINE.reset(token)

    # -- unknown outcomes ----------------------------------------------------------------

    def user_stream(self, **options: Any) -> UserStream:
        """The account's user data stream, a ``binance_pm.stream.UserStream``:
        ``async with client.user_stream() as stream: async for event in stream: ...``
        (or ``with`` and ``for`` from sync code). Needs ``pip install 'binance-pm[stream]'``.

        ``url`` defaults to Binance's stream, or, when ``papi_base_url`` is not Binance's
        (the sandbox, say), to the same host's stream path; ``options`` are ``UserStream``'s.
        """
        from .stream import DEFAULT_STREAM_URL, UserStream

        if "url" not in options and self._base_urls["papi"] != DEFAULT_PAPI_BASE_URL:
            papi = httpx.URL(self._base_urls["papi"])
            options["url"] = str(
                papi.copy_with(
                    scheme="wss" if papi.scheme == "https" else "ws", path=httpx.URL(DEFAULT_STREAM_URL).path
                )
            )
        return UserStream(self, **options)

    def lookup_order(self, error: OutcomeUnknownError) -> Any:
        """Settles an ``OutcomeUnknownError`` of an order: looks the order up by the client
        order id it was sent with.

        Returns the order as Binance now has it (the model the operation's query returns,
        such as ``UmOrder``), or None when Binance has no order with that id: the order
        was not placed, and placing it again is safe. Raises ``ValueError`` when the error
        is not about an order, and the usual errors when the lookup itself fails (a GET,
        so it is retried like any other). Give the exchange a moment first: an order
        still in flight is not found yet.
        """
        module, params, not_found = _lookup_request(error)
        try:
            sent = self.send(module.OPERATION, params)
        except BadRequestError as exc:
            if exc.code in not_found:
                return None
            raise
        return module._parse(sent)

    async def alookup_order(self, error: OutcomeUnknownError) -> Any:
        """The async twin of ``lookup_order``."""
        module, params, not_found = _lookup_request(error)
        try:
            sent = await self.asend(module.OPERATION, params)
        except BadRequestError as exc:
            if exc.code in not_found:
                return None
            raise
        return module._parse(sent)

    def _after(
        self, operation: Operation, params: dict[str, Any], attempt: int, outcome: httpx.Response | httpx.RequestError
    ) -> Step:
        if isinstance(outcome, httpx.Response) and not 200 <= outcome.status_code < 300:
            from ._ratelimit import parse_weight_headers

            self._note_weights(parse_weight_headers(outcome.headers))
            self._cooldown.note(operation.host, outcome)
        step = decide(self._retry_policy, operation, attempt, outcome)
        if step.error is not None:
            _with_context(step.error, operation, params)
        if step.response is None and step.error is None:
            what = (
                f"HTTP {outcome.status_code}"
                if isinstance(outcome, httpx.Response)
                else f"{type(outcome).__name__}: {outcome}"
            )
            _log.warning(
                "%s: %s; attempt %d of %d in %.3f s",
                operation.operation_id,
                what,
                attempt + 1,
                self._retry_policy.max_attempts,
                step.delay,
            )
        return step
