"""The sandbox's ASGI application and the state it answers from.

``SandboxState`` holds everything that can change while the server runs (keys, clock skew,
rate-limit counters, scripted answers, body overrides, the request log) behind one lock, so
a test thread may change it while the server thread answers. ``SandboxState.answer`` is the
whole Binance behaviour as a plain function of one request; ``create_app`` wraps it in a
Starlette application.

Checks, in Binance's order, for an operation of the spec:

1. API key header (if the operation's security has the ``ApiKey`` scheme): missing or empty
   -> 401 ``-2014``; not registered -> 401 ``-2015``.
2. Request weight (``x-binance-weight``), counted per minute per IP (or per API key for
   ``per: UID``); over the limit -> 429 ``-1003`` with ``Retry-After``.
3. Parameters: a duplicate -> 400 ``-1101``; a required one missing or empty, or
   ``timestamp`` / ``signature`` missing on a SIGNED operation -> 400 ``-1102``.
4. SIGNED only: ``recvWindow`` not an integer -> ``-1100``, over the spec's maximum ->
   ``-1131``; ``timestamp`` ahead of the server clock by the spec's tolerance or older than
   ``recvWindow`` -> ``-1021``; signature not valid over the raw query bytes -> ``-1022``.
5. ``symbol`` not among the symbols of the answer's body -> 400 ``-1121``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from .signing import split_signature, verify_signature
from .spec import OperationSpec, SandboxSpec, collect_symbols, dump_json

__all__ = [
    "DEFAULT_RATE_LIMITS",
    "Answer",
    "ConnectionCut",
    "Credential",
    "RecordedRequest",
    "SandboxState",
    "ScriptedResponse",
    "create_app",
]

JSON_CONTENT_TYPE = "application/json;charset=UTF-8"

#: Binance's published per-minute limits, per counter, used when no ``rate_limit`` is set.
DEFAULT_RATE_LIMITS: Mapping[str, int] = {
    "X-MBX-USED-WEIGHT-1M": 6000,
    "X-SAPI-USED-IP-WEIGHT-1M": 12000,
    "X-SAPI-USED-UID-WEIGHT-1M": 180000,
}

#: The two endpoints outside the spec that every client needs (server time, connectivity).
SERVER_TIME_PATH = "/api/v3/time"
PING_PATH = "/papi/v1/ping"


class ConnectionCut(Exception):
    """Raised after a scripted answer sent part of its body: makes the server drop the connection."""


class _DropCutTracebacks(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], ConnectionCut))


_cut_filter = _DropCutTracebacks()
for _name in ("uvicorn.error", "uvicorn"):
    if _cut_filter not in logging.getLogger(_name).filters:
        logging.getLogger(_name).addFilter(_cut_filter)


@dataclass(frozen=True, slots=True)
class Credential:
    """What an API key signs with: an HMAC secret or a PEM public key (RSA or Ed25519)."""

    secret: str | None = field(default=None, repr=False)
    public_key_pem: bytes | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if (self.secret is None) == (self.public_key_pem is None):
            raise ValueError("a key needs exactly one of secret and public_key_pem")

    def __repr__(self) -> str:
        kind = "hmac" if self.secret is not None else "public-key"
        return f"Credential({kind}, <redacted>)"


@dataclass(frozen=True, slots=True)
class ScriptedResponse:
    """An answer served instead of the normal handling, for the next request to a path.

    Attributes:
        status: the HTTP status.
        body: the body bytes, sent as they are.
        headers: extra headers (``Content-Type`` defaults to JSON).
        cut_after: when set, ``Content-Length`` announces the whole ``body`` but only its
            first ``cut_after`` bytes are sent, then the connection is closed.
        delay: seconds to wait before answering (the sandbox's stop cuts it short).
    """

    status: int = 200
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    cut_after: int | None = None
    delay: float = 0.0

    @classmethod
    def json(cls, value: Any, status: int = 200, **kwargs: Any) -> ScriptedResponse:
        """An answer whose body is ``value`` as compact JSON (Decimal written exactly)."""
        return cls(status=status, body=dump_json(value), **kwargs)

    @classmethod
    def error(cls, status: int, code: int, msg: str, **kwargs: Any) -> ScriptedResponse:
        """A Binance error answer: ``{"code": code, "msg": msg}``."""
        return cls(status=status, body=dump_json({"code": code, "msg": msg}), **kwargs)


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request as the sandbox received it, and what it answered.

    Attributes:
        method, path: as received (path percent-decoded by the server).
        raw_query: the query string's raw bytes, exactly as sent.
        headers: (lower-case name, value) pairs, in order.
        body: the request body.
        status: the HTTP status answered.
        code: Binance's error code answered, or None for a success or a scripted answer.
        scripted: answered by a ``ScriptedResponse``.
        server_time_ms: the sandbox clock (skew included) when the request was answered.
    """

    method: str
    path: str
    raw_query: bytes
    headers: tuple[tuple[str, str], ...]
    body: bytes
    status: int
    code: int | None
    scripted: bool
    server_time_ms: int

    def header(self, name: str) -> str | None:
        """The first value of a header, case-insensitively, or None."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key == wanted), None)

    @property
    def params(self) -> dict[str, str]:
        """The query parameters, percent-decoded (the last value of a repeated one)."""
        return dict(_parse_params(self.raw_query))

    def __repr__(self) -> str:
        return f"RecordedRequest({self.method} {self.path}?{self.raw_query.decode('latin-1')} -> {self.status})"


@dataclass(frozen=True, slots=True)
class Answer:
    """What ``SandboxState.answer`` decided: status, body and headers (weights included)."""

    status: int
    body: bytes
    headers: dict[str, str]
    code: int | None = None


@dataclass(frozen=True, slots=True)
class _Body:
    raw: bytes
    symbols: frozenset[str]
    by_symbol: Mapping[str, bytes]

    @classmethod
    def of(cls, raw: bytes) -> _Body:
        try:
            value = json.loads(raw, parse_float=Decimal)
        except ValueError:
            return cls(raw, frozenset(), {})
        symbols = frozenset(collect_symbols(value))
        by_symbol: dict[str, bytes] = {}
        if isinstance(value, list):
            for symbol in symbols:
                by_symbol[symbol] = dump_json([item for item in value if _symbol_of(item) == symbol])
        return cls(raw, symbols, by_symbol)


def _symbol_of(item: object) -> object:
    return item.get("symbol") if isinstance(item, dict) else None


def _parse_params(raw: bytes) -> list[tuple[str, str]]:
    return parse_qsl(raw.decode("latin-1"), keep_blank_values=True, encoding="utf-8", errors="replace")


def _error(status: int, code: int, msg: str, headers: dict[str, str] | None = None) -> Answer:
    return Answer(status, dump_json({"code": code, "msg": msg}), headers or {}, code)


def _mandatory(name: str) -> str:
    return f"Mandatory parameter '{name}' was not sent, was empty/null, or malformed."


class SandboxState:
    """Everything the sandbox answers from; every method is safe to call from any thread.

    Args:
        spec: the operations to serve.
        keys: API key -> ``Credential``.
        rate_limit: the per-minute weight limit of every counter; None for Binance's own
            (``DEFAULT_RATE_LIMITS``).
        clock_skew_ms: added to this machine's clock to make the server's.
        max_logged_requests: how many recent requests the log keeps.
    """

    def __init__(
        self,
        spec: SandboxSpec,
        keys: Mapping[str, Credential] | None = None,
        *,
        rate_limit: int | None = None,
        clock_skew_ms: int = 0,
        max_logged_requests: int = 10000,
    ) -> None:
        self.spec = spec
        self._lock = threading.Lock()
        self._keys: dict[str, Credential] = dict(keys or {})
        self._rate_limit = rate_limit
        self._clock_skew_ms = clock_skew_ms
        self._weights: dict[tuple[str, str], tuple[int, int]] = {}
        self._scripts: dict[str, deque[ScriptedResponse]] = {}
        self._bodies: dict[str, _Body] = {op.path: _Body.of(op.example_body) for op in spec.operations}
        self._log: deque[RecordedRequest] = deque(maxlen=max_logged_requests)
        self.closing = threading.Event()
        #: Seconds since the epoch, for the per-minute weight windows only (not the server
        #: clock); tests may pin it so that no minute boundary falls inside a test.
        self.weight_clock: Callable[[], float] = time.time

    # -- controls --------------------------------------------------------------------

    @property
    def clock_skew_ms(self) -> int:
        return self._clock_skew_ms

    @clock_skew_ms.setter
    def clock_skew_ms(self, value: int) -> None:
        self._clock_skew_ms = int(value)

    @property
    def rate_limit(self) -> int | None:
        return self._rate_limit

    @rate_limit.setter
    def rate_limit(self, value: int | None) -> None:
        self._rate_limit = value

    def server_time_ms(self) -> int:
        """The sandbox clock: this machine's, plus ``clock_skew_ms``."""
        return time.time_ns() // 1_000_000 + self._clock_skew_ms

    def add_key(self, api_key: str, *, secret: str | None = None, public_key_pem: bytes | None = None) -> None:
        """Registers an API key with its HMAC secret or PEM public key (RSA or Ed25519)."""
        credential = Credential(secret=secret, public_key_pem=public_key_pem)
        with self._lock:
            self._keys[api_key] = credential

    def remove_key(self, api_key: str) -> None:
        with self._lock:
            self._keys.pop(api_key, None)

    def path_of(self, path_or_operation_id: str) -> str:
        """A path as it is, or the path of the operation with this operationId."""
        if path_or_operation_id.startswith("/"):
            return path_or_operation_id
        return self.spec.resolve(path_or_operation_id).path

    def script(self, path_or_operation_id: str, *responses: ScriptedResponse) -> None:
        """Queues answers for the next requests to a path, served in order before normal handling."""
        path = self.path_of(path_or_operation_id)
        with self._lock:
            self._scripts.setdefault(path, deque()).extend(responses)

    def pending_scripts(self, path_or_operation_id: str | None = None) -> int:
        """How many scripted answers are still queued (for one path, or in all)."""
        with self._lock:
            if path_or_operation_id is None:
                return sum(len(queue) for queue in self._scripts.values())
            return len(self._scripts.get(self.path_of(path_or_operation_id), ()))

    def clear_scripts(self) -> None:
        with self._lock:
            self._scripts.clear()

    def set_body(self, path_or_operation_id: str, body: bytes | Any | None) -> None:
        """Overrides the success body of an operation (bytes as they are, else compact JSON);
        None restores the spec's example. Valid ``symbol`` values follow the new body."""
        op = self.spec.resolve(path_or_operation_id)
        raw = op.example_body if body is None else body if isinstance(body, bytes) else dump_json(body)
        parsed = _Body.of(raw)
        with self._lock:
            self._bodies[op.path] = parsed

    def reset_weights(self) -> None:
        with self._lock:
            self._weights.clear()

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._log)

    def clear_requests(self) -> None:
        with self._lock:
            self._log.clear()

    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._log.append(request)

    def next_script(self, path: str) -> ScriptedResponse | None:
        with self._lock:
            queue = self._scripts.get(path)
            if not queue:
                return None
            return queue.popleft()

    # -- behaviour -------------------------------------------------------------------

    def _count(self, header: str, subject: str, weight: int) -> tuple[int, int, int]:
        """Adds ``weight`` to a counter; returns (used this minute, limit, seconds left in it)."""
        now = self.weight_clock()
        minute = int(now // 60)
        with self._lock:
            window, used = self._weights.get((header, subject), (minute, 0))
            if window != minute:
                used = 0
            used += weight
            self._weights[(header, subject)] = (minute, used)
        limit = self._rate_limit if self._rate_limit is not None else DEFAULT_RATE_LIMITS[header]
        return used, limit, max(1, math.ceil((minute + 1) * 60 - now))

    def _weigh(
        self, family: str, per: str, weight: int, client: str, api_key: str
    ) -> tuple[dict[str, str], Answer | None]:
        if family == "sapi":
            header = "X-SAPI-USED-UID-WEIGHT-1M" if per == "UID" else "X-SAPI-USED-IP-WEIGHT-1M"
        else:
            header = "X-MBX-USED-WEIGHT-1M"
        subject = api_key if per == "UID" else client
        used, limit, retry_after = self._count(header, f"{family}:{subject}", weight)
        headers = {header: str(used)}
        if used > limit:
            msg = (
                f"Too much request weight used; current limit is {limit} request weight per 1 MINUTE. "
                "Please use WebSocket Streams for live updates to avoid polling the API."
            )
            return headers, _error(429, -1003, msg, {**headers, "Retry-After": str(retry_after)})
        return headers, None

    def answer(
        self,
        method: str,
        path: str,
        raw_query: bytes,
        headers: Mapping[str, str],
        body: bytes = b"",
        client: str = "127.0.0.1",
    ) -> Answer:
        """Binance's answer to one request (scripted answers are not consulted here)."""
        if method == "GET" and path == SERVER_TIME_PATH:
            weights, refused = self._weigh("api", "IP", 1, client, "")
            return refused or Answer(200, dump_json({"serverTime": self.server_time_ms()}), weights)
        if method == "GET" and path == PING_PATH:
            weights, refused = self._weigh("papi", "IP", 1, client, "")
            return refused or Answer(200, b"{}", weights)
        op = self.spec.find(method, path)
        if op is None:
            return _error(404, -1000, f"Unknown endpoint {method} {path} on this sandbox.")
        return self._answer_operation(op, raw_query, headers, body, client)

    def _answer_operation(
        self, op: OperationSpec, raw_query: bytes, headers: Mapping[str, str], body: bytes, client: str
    ) -> Answer:
        spec = self.spec
        api_key = ""
        credential: Credential | None = None
        if op.api_key_header is not None:
            api_key = headers.get(op.api_key_header.lower(), "").strip()
            if not api_key:
                return _error(401, -2014, "API-key format invalid.")
            with self._lock:
                credential = self._keys.get(api_key)
            if credential is None:
                return _error(401, -2015, "Invalid API-key, IP, or permissions for action.")

        weights, refused = self._weigh(op.family, op.weight_per, op.weight, client, api_key)
        if refused is not None:
            return refused

        def fail(code: int, msg: str, status: int = 400) -> Answer:
            return _error(status, code, msg, weights)

        pairs = _parse_params(raw_query) + (_parse_params(body) if body else [])
        params: dict[str, str] = {}
        for name, value in pairs:
            if name in params:
                return fail(-1101, "Duplicate values for a parameter detected.")
            params[name] = value

        required = list(op.required_params)
        if op.signed:
            required += [p for p in (spec.timestamp_parameter, spec.signature_parameter) if p not in required]
        for name in required:
            if not params.get(name):
                return fail(-1102, _mandatory(name))

        if op.signed:
            assert credential is not None or op.api_key_header is None
            refused = self._check_signed(params, raw_query, body, credential, fail)
            if refused is not None:
                return refused

        served = self._body(op.path)
        symbol = params.get("symbol")
        if symbol is not None and "symbol" in op.params:
            if symbol not in served.symbols:
                return fail(-1121, "Invalid symbol.")
            return Answer(200, served.by_symbol.get(symbol, served.raw), weights)
        return Answer(200, served.raw, weights)

    def _body(self, path: str) -> _Body:
        with self._lock:
            return self._bodies[path]

    def _check_signed(
        self,
        params: Mapping[str, str],
        raw_query: bytes,
        body: bytes,
        credential: Credential | None,
        fail: Callable[[int, str], Answer],
    ) -> Answer | None:
        spec = self.spec
        recv_window = spec.recv_window_default
        raw_window = params.get(spec.recv_window_parameter)
        if raw_window is not None:
            if not raw_window.isdigit() or len(raw_window) > 20:
                return fail(
                    -1100,
                    f"Illegal characters found in parameter '{spec.recv_window_parameter}'; "
                    "legal range is '^[0-9]{1,20}$'.",
                )
            recv_window = int(raw_window)
            if recv_window > spec.recv_window_max or recv_window <= 0:
                return fail(-1131, f"recvWindow must be less than {spec.recv_window_max}.")

        raw_timestamp = params[spec.timestamp_parameter]
        if not raw_timestamp.isdigit() or len(raw_timestamp) > 20:
            return fail(-1102, _mandatory(spec.timestamp_parameter))
        timestamp = int(raw_timestamp)
        now = self.server_time_ms()
        if timestamp >= now + spec.timestamp_max_ahead_ms:
            return fail(
                -1021, f"Timestamp for this request was {spec.timestamp_max_ahead_ms}ms ahead of the server's time."
            )
        if now - timestamp > recv_window:
            return fail(-1021, "Timestamp for this request is outside of the recvWindow.")

        if credential is None or not _signature_valid(raw_query, body, credential):
            return fail(-1022, "Signature for this request is not valid.")
        return None


def _signature_valid(raw_query: bytes, body: bytes, credential: Credential) -> bool:
    if split_signature(raw_query) is None and body:
        # The signature travels in the body: totalParams is the query followed by the body.
        return verify_signature(raw_query + body, secret=credential.secret, public_key_pem=credential.public_key_pem)
    return verify_signature(raw_query, secret=credential.secret, public_key_pem=credential.public_key_pem, body=body)


class _CutResponse(Response):
    """Announces the whole body's length, sends only its start, then drops the connection."""

    def __init__(self, body: bytes, cut_after: int, status_code: int, headers: Mapping[str, str]) -> None:
        super().__init__(body, status_code=status_code, headers=headers)
        self._cut_after = cut_after

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        await send({"type": "http.response.body", "body": self.body[: self._cut_after], "more_body": True})
        raise ConnectionCut("scripted cut")


def _headers_of(request: Request) -> tuple[tuple[str, str], ...]:
    return tuple((key.decode("latin-1").lower(), value.decode("latin-1")) for key, value in request.scope["headers"])


async def _sleep(state: SandboxState, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not state.closing.is_set():
        left = deadline - time.monotonic()
        if left <= 0:
            return
        await asyncio.sleep(min(left, 0.05))


def _response(status: int, body: bytes, headers: Mapping[str, str], cut_after: int | None = None) -> Response:
    merged = {"Content-Type": JSON_CONTENT_TYPE, **headers}
    if cut_after is not None:
        return _CutResponse(body, cut_after, status, merged)
    return Response(body, status_code=status, headers=merged)


def create_app(state: SandboxState) -> Starlette:
    """The Starlette application answering every path from ``state``."""

    async def handle(request: Request) -> Response:
        raw_query: bytes = request.scope.get("query_string", b"")
        path: str = request.scope["path"]
        method = request.method
        headers = _headers_of(request)
        body = await request.body()

        scripted = state.next_script(path)
        if scripted is not None:
            if scripted.delay:
                await _sleep(state, scripted.delay)
            state.record(
                RecordedRequest(
                    method, path, raw_query, headers, body, scripted.status, None, True, state.server_time_ms()
                )
            )
            return _response(scripted.status, scripted.body, scripted.headers, scripted.cut_after)

        client = request.client.host if request.client is not None else "unknown"
        answer = state.answer(method, path, raw_query, dict(headers), body, client)
        state.record(
            RecordedRequest(
                method, path, raw_query, headers, body, answer.status, answer.code, False, state.server_time_ms()
            )
        )
        return _response(answer.status, answer.body, answer.headers)

    methods = ["GET", "POST", "PUT", "DELETE", "PATCH"]
    app = Starlette(routes=[Route("/{path:path}", handle, methods=methods)])
    app.state.sandbox = state
    return app
