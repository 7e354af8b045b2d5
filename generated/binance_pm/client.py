"""``BinanceClient``: credentials, hosts, and the one place every request is sent from.

Each operation module builds its parameters and calls ``BinanceClient.send`` (or
``asend``); signing, retries, rate-limit bookkeeping and error mapping happen here and in
the private modules it uses, identically for sync and async calls.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import os
import threading
import time
from types import TracebackType
from typing import Any, NamedTuple

import httpx

from ._clock import ServerClock
from ._operation import Operation
from ._params import check_int, encode_query
from ._ratelimit import WeightUsage, parse_weight_headers
from ._retry import Cooldown, RetryPolicy, Step, decide
from .auth import QUERY_EXTENSION, BinanceAuth, HmacSigner, Signer, load_private_key_signer
from .errors import (
    BadRequestError,
    BinancePMError,
    ConnectionFailedError,
    OutcomeUnknownError,
    ResponseParseError,
    error_from_response,
)

__all__ = ["BinanceClient", "Sent"]

# Retries are logged here (never a secret: operation, status or error, attempt, delay).
_log = logging.getLogger("binance_pm")

DEFAULT_API_BASE_URL = "https://api.binance.com"
DEFAULT_PAPI_BASE_URL = "https://papi.binance.com"
DEFAULT_RECV_WINDOW = 5000
MAX_RECV_WINDOW = 60000
DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
USER_AGENT = "binance-pm/0.1.0"


class Sent(NamedTuple):
    """A success answer and the rate-limit usage its headers reported."""

    response: httpx.Response
    weights: dict[str, WeightUsage]


def _check_base_url(name: str, url: str) -> str:
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise ValueError(f"{name} must be an http:// or https:// URL, got {url!r}")
    return url.rstrip("/")


async def _async_sleep(seconds: float) -> None:
    # anyio (what httpx's async transport runs on) is imported on first use, not with the
    # package: programs that only make sync calls never load it.
    import anyio

    await anyio.sleep(seconds)


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
    api_secret: str | None,
    private_key: bytes | str | os.PathLike[str] | None,
    private_key_password: str | None,
) -> Signer | None:
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
        api_key: the API key, sent as ``X-MBX-APIKEY``.
        api_secret: the HMAC secret for SIGNED operations.
        private_key: instead of ``api_secret``, an RSA or Ed25519 private key: PEM bytes,
            PEM text, or a file path. Its type is read from the key.
        private_key_password: the password of an encrypted ``private_key``.
        base_url: the api host, for ``/sapi`` and ``/api`` paths.
        papi_base_url: the papi host, for ``/papi`` paths.
        recv_window: default ``recvWindow`` in ms for SIGNED operations (each call may
            override it); 0 < recv_window <= 60000.
        timeout: seconds, or an ``httpx.Timeout``.
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
        transport, async_transport: httpx transports, for proxies or tests.
    """

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        private_key: bytes | str | os.PathLike[str] | None = None,
        private_key_password: str | None = None,
        base_url: str = DEFAULT_API_BASE_URL,
        papi_base_url: str = DEFAULT_PAPI_BASE_URL,
        recv_window: int = DEFAULT_RECV_WINDOW,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
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
        try:
            self._signer = _signer_for(api_secret, private_key, private_key_password)
        except (ValueError, TypeError) as exc:
            failure = exc
        # From here on, no local of this frame holds a secret: a traceback formatted with
        # its locals (of any error below, or of a bad key) cannot show one.
        api_secret = private_key = private_key_password = None
        if failure is not None:
            raise failure.with_traceback(None)
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        for option, seconds in (
            ("retry_backoff", retry_backoff),
            ("retry_backoff_max", retry_backoff_max),
            ("max_retry_wait", max_retry_wait),
            ("time_max_age", time_max_age),
        ):
            if not 0 <= seconds < float("inf"):
                raise ValueError(f"{option} must be a finite number of seconds >= 0, got {seconds!r}")
        if http2 and importlib.util.find_spec("h2") is None:
            raise ImportError("http2=True needs the 'h2' package: pip install 'binance-pm[http2]'")
        self.api_key = api_key
        self.recv_window = check_int(
            "recv_window",
            recv_window,
            maximum=60000,
            exclusive_minimum=0,
        )
        self._base_urls: dict[str, str] = {
            "api": _check_base_url("base_url", base_url),
            "papi": _check_base_url("papi_base_url", papi_base_url),
        }
        self.clock = ServerClock(self._base_urls["api"], max_age=time_max_age, eager=sync_time)
        self.retry_policy = RetryPolicy(
            max_attempts=max_retries + 1,
            backoff_base=retry_backoff,
            backoff_max=retry_backoff_max,
            max_wait=max_retry_wait,
        )
        self.rate_limits: dict[str, WeightUsage] = {}
        self._cooldown = Cooldown()
        self._http_lock = threading.Lock()
        self._auths: dict[str, BinanceAuth] = {}
        self._urls: dict[str, httpx.URL] = {}
        self._httpx_args: dict[str, Any] = {
            "timeout": timeout,
            "http2": http2,
            "headers": {"User-Agent": USER_AGENT},
        }
        self._transport = transport
        self._async_transport = async_transport
        self._http: httpx.Client | None = None
        self._ahttp: httpx.AsyncClient | None = None
        self._ahttp_loop: object | None = None

    @property
    def base_url(self) -> str:
        return self._base_urls["api"]

    @property
    def papi_base_url(self) -> str:
        return self._base_urls["papi"]

    @property
    def time_offset_ms(self) -> int:
        """Binance's clock minus this machine's, in ms, as last measured (0 before)."""
        return self.clock.offset_ms

    def __repr__(self) -> str:
        # Safe on a half-built client too (a traceback shows ``self`` of a failed __init__).
        base_urls: dict[str, str] = getattr(self, "_base_urls", {})
        hosts = "".join(f", {name}={url!r}" for name, url in base_urls.items())
        return f"BinanceClient(api_key={_mask(getattr(self, 'api_key', None))}, signer={getattr(self, '_signer', None)!r}{hosts})"

    def __reduce__(self) -> str | tuple[Any, ...]:
        raise TypeError("BinanceClient holds credentials and cannot be pickled")

    # -- connections -----------------------------------------------------------------

    def _sync_http(self) -> httpx.Client:
        http = self._http
        if http is None:
            # Threads making their first call at once share one pool, not one each.
            with self._http_lock:
                if self._http is None:
                    self._http = httpx.Client(transport=self._transport, **self._httpx_args)
                http = self._http
        return http

    def _async_http(self) -> httpx.AsyncClient:
        # A connection pool belongs to the event loop it was made in: used from another
        # loop (asyncio.run() called again), the client makes a new pool instead of
        # touching connections of a closed loop.
        loop = _running_loop()
        if self._ahttp is None or loop is not self._ahttp_loop:
            self._ahttp = httpx.AsyncClient(transport=self._async_transport, **self._httpx_args)
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

    def _auth(self, operation: Operation) -> BinanceAuth | None:
        if not operation.needs_api_key and not operation.signed:
            return None
        auth = self._auths.get(operation.operation_id)
        if auth is None:
            if self.api_key is None:
                raise ValueError(f"{operation.operation_id} needs an API key: BinanceClient(api_key=...)")
            auth = BinanceAuth(
                operation,
                api_key=self.api_key,
                signer=self._signer,
                clock=self.clock,
                recv_window=self.recv_window,
            )
            self._auths[operation.operation_id] = auth
        return auth

    def _url(self, operation: Operation) -> httpx.URL:
        # Parsed once per operation: httpx takes a URL object as it is, where a str is
        # parsed and validated again on every request.
        url = self._urls.get(operation.operation_id)
        if url is None:
            url = self._urls[operation.operation_id] = httpx.URL(self._base_urls[operation.host] + operation.path)
        return url

    @staticmethod
    def _target(url: httpx.URL, query: str, auth: BinanceAuth | None) -> tuple[httpx.URL, dict[str, Any]]:
        """``(url, request keywords)`` for one attempt. httpx parses a URL in Python, about a
        microsecond a character, so it is parsed once, complete: by the auth flow, which
        adds the key and signature, when there is one; else here."""
        if auth is not None:
            return url, {"auth": auth, "extensions": {QUERY_EXTENSION: query}}
        return (httpx.URL(f"{url}?{query}") if query else url), {}

    def _observe(self, response: httpx.Response) -> dict[str, WeightUsage]:
        weights = parse_weight_headers(response.headers)
        if weights:
            self.rate_limits.update(weights)
        return weights

    def measure_time_offset(self) -> int:
        """Measures the offset to Binance's server time now (``GET /api/v3/time``); returns it in ms.

        Signed calls measure it by themselves when needed; this is for measuring at start,
        or at a moment of the caller's choosing.
        """
        request = self.clock.time_request()
        sent_at = time.time()
        try:
            response = self._sync_http().send(request)
        except httpx.RequestError as exc:
            raise ConnectionFailedError(f"{request.url}: no answer: {type(exc).__name__}: {exc}") from None
        return self._record_time(response, sent_at)

    async def ameasure_time_offset(self) -> int:
        """The async twin of ``measure_time_offset``."""
        request = self.clock.time_request()
        sent_at = time.time()
        try:
            response = await self._async_http().send(request)
        except httpx.RequestError as exc:
            raise ConnectionFailedError(f"{request.url}: no answer: {type(exc).__name__}: {exc}") from None
        return self._record_time(response, sent_at)

    def _record_time(self, response: httpx.Response, sent_at: float) -> int:
        received_at = time.time()
        # Not observed into rate_limits: /api weights count apart from /papi ones under the
        # same header name.
        if not 200 <= response.status_code < 300:
            raise error_from_response(response)
        if not self.clock.record(response, sent_at=sent_at, received_at=received_at):
            raise ResponseParseError(f"{response.url}: no integer serverTime in the answer")
        return self.clock.offset_ms

    def send(self, operation: Operation, params: dict[str, Any]) -> Sent:
        """Sends one operation with retries; returns the success answer or raises a typed error."""
        auth = self._auth(operation)
        url = self._url(operation)
        target, options = self._target(url, encode_query(params), auth)
        http = self._sync_http()
        attempt = 0
        while True:
            attempt += 1
            wait = self._cooldown.wait_for(operation.host, self.retry_policy)
            if wait:
                time.sleep(wait)
            outcome: httpx.Response | httpx.RequestError
            try:
                outcome = http.request(operation.method, target, **options)
            except httpx.RequestError as exc:
                outcome = exc
            step = self._after(operation, params, attempt, outcome)
            if step.response is not None:
                return Sent(step.response, self._observe(step.response))
            if step.error is not None:
                raise step.error
            time.sleep(step.delay)

    async def asend(self, operation: Operation, params: dict[str, Any]) -> Sent:
        """The async twin of ``send``: same retries, same errors."""
        auth = self._auth(operation)
        url = self._url(operation)
        target, options = self._target(url, encode_query(params), auth)
        http = self._async_http()
        attempt = 0
        while True:
            attempt += 1
            wait = self._cooldown.wait_for(operation.host, self.retry_policy)
            if wait:
                await _async_sleep(wait)
            outcome: httpx.Response | httpx.RequestError
            try:
                outcome = await http.request(operation.method, target, **options)
            except httpx.RequestError as exc:
                outcome = exc
            step = self._after(operation, params, attempt, outcome)
            if step.response is not None:
                return Sent(step.response, self._observe(step.response))
            if step.error is not None:
                raise step.error
            await _async_sleep(step.delay)

    # -- unknown outcomes ----------------------------------------------------------------

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
            self._observe(outcome)
            self._cooldown.note(operation.host, outcome)
        step = decide(self.retry_policy, operation, attempt, outcome)
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
                self.retry_policy.max_attempts,
                step.delay,
            )
        return step
