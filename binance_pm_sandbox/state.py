"""``SandboxState``: one running sandbox, and its answer to one request as a plain function.

It puts the parts together; none of them knows about HTTP:

* ``controls`` (``controls.Controls``): keys, clock skew, scripts, body overrides, the log;
* ``limits`` (``ratelimit.RateLimits``): request weights and order counts;
* ``gate`` (``gate.Gate``): security, parameters and weights, in Binance's order;
* ``exchange`` (``exchange.Exchange``): accounts, orders, positions, balances, marks, on
  the exchange clock (``exchange_now_ms``: the server clock plus ``exchange_offset_ms``,
  which ``advance_clock_ms`` moves without moving the clock signatures are checked by);
* ``handlers.HANDLERS``: operations answered from the exchange; the others answer their
  spec example;
* ``streams`` (``streams.StreamHub``): listenKeys and the user data stream connections,
  the exchange's ``EventSink``.

``answer()`` is the whole Binance behaviour for one request; ``app.create_app`` serves it
over HTTP.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from .bodies import ServedBody
from .controls import Controls, Credential
from .errors import BinanceError, unknown_endpoint
from .events import DISCARD, EventSink, fan_out
from .exchange import DEFAULT_FUNDING, SYMBOLS_BY_MARKET, Exchange, Store
from .gate import Admitted, Gate
from .handlers import HANDLERS, Call
from .ratelimit import RateLimits
from .spec import OperationSpec, SandboxSpec, dump_json
from .streams import StreamHub

__all__ = ["PING_PATH", "SERVER_TIME_PATH", "Answer", "SandboxState"]

#: The server-time endpoint every client needs, outside the spec (``x-binance-time-path``).
SERVER_TIME_PATH = "/api/v3/time"
#: Connectivity check, answered even by a spec that does not list it.
PING_PATH = "/papi/v1/ping"


@dataclass(frozen=True, slots=True)
class Answer:
    """What ``SandboxState.answer`` decided: status, body and headers (weights included)."""

    status: int
    body: bytes
    headers: dict[str, str]
    code: int | None = None

    @classmethod
    def error(cls, error: BinanceError, headers: Mapping[str, str] | None = None) -> Answer:
        return cls(error.status, dump_json({"code": error.code, "msg": error.msg}), dict(headers or {}), error.code)


class SandboxState:
    """Everything the sandbox answers from; safe to use from any thread.

    Args:
        spec: the operations to serve.
        keys: API key -> ``Credential``.
        rate_limit: the per-minute weight limit of every counter; None for Binance's own.
        clock_skew_ms: added to this machine's clock to make the server's.
        max_logged_requests: how many recent requests the log keeps.
        events: where the exchange publishes user data stream events.
        store: where the exchange keeps its state (default: memory only).
        funding: what a new account starts with, per wallet (default: ``DEFAULT_FUNDING``).
    """

    def __init__(
        self,
        spec: SandboxSpec,
        keys: Mapping[str, Credential] | None = None,
        *,
        rate_limit: int | None = None,
        clock_skew_ms: int = 0,
        max_logged_requests: int = 10000,
        events: EventSink = DISCARD,
        store: Store | None = None,
        funding: Mapping[str, Mapping[str, Decimal]] = DEFAULT_FUNDING,
    ) -> None:
        self.spec = spec
        #: How far the exchange clock runs ahead of the server clock, in ms.
        self.exchange_offset_ms = 0
        self.controls = Controls(spec, keys, clock_skew_ms=clock_skew_ms, max_logged_requests=max_logged_requests)
        self.limits = RateLimits(rate_limit)
        self.gate = Gate(spec, self.controls, self.limits)
        stream = spec.stream
        if stream is None:
            self.streams = StreamHub(self.exchange_now_ms)
        else:
            self.streams = StreamHub(
                self.exchange_now_ms, validity_ms=stream.listen_key_validity_ms, expired_event=stream.expired_event
            )
        # The listenKey operations, answered by the stream hub (the key is found from the API key).
        self._stream_operations: dict[str, Callable[[str], dict[str, str]]] = {}
        if stream is not None:
            self._stream_operations = {
                stream.start_operation: self._start_listen_key,
                stream.keepalive_operation: self._keep_listen_key_alive,
                stream.close_operation: self._close_listen_key,
            }
        # The stream hub hears every event first; a sink given by the caller hears it too.
        self.exchange = Exchange(
            clock=self.exchange_now_ms, events=fan_out(self.streams, events), store=store, funding=funding
        )
        self._examples = {op.operation_id: ServedBody.of(op.example_body) for op in spec.operations}
        self._market_symbols = dict(spec.symbols_by_market)
        for market, table in SYMBOLS_BY_MARKET.items():
            self._market_symbols[market] = self._market_symbols.get(market, frozenset()) | frozenset(table)

    def _start_listen_key(self, api_key: str) -> dict[str, str]:
        return {"listenKey": self.streams.start_key(api_key)}

    def _keep_listen_key_alive(self, api_key: str) -> dict[str, str]:
        self.streams.keep_alive(api_key)
        return {}

    def _close_listen_key(self, api_key: str) -> dict[str, str]:
        self.streams.close_key(api_key)
        return {}

    @property
    def closing(self) -> threading.Event:
        """Set while the server stops: scripted delays end early."""
        return self.controls.closing

    @property
    def weight_clock(self) -> Callable[[], float]:
        """Seconds since the epoch for the weight and order-count windows (tests may pin it)."""
        return self.limits.clock

    @weight_clock.setter
    def weight_clock(self, clock: Callable[[], float]) -> None:
        self.limits.clock = clock

    def server_time_ms(self) -> int:
        """The server clock: what ``/api/v3/time`` answers and signatures' timestamps are checked by."""
        return self.controls.server_time_ms()

    def exchange_now_ms(self) -> int:
        """The exchange clock, in ms: order, trade and event times, GTD expiry, listen key expiry."""
        return self.controls.server_time_ms() + self.exchange_offset_ms

    def advance_clock_ms(self, milliseconds: int) -> None:
        """Moves the exchange clock forward (never the server clock) and expires what is due."""
        if milliseconds < 0:
            raise ValueError("the exchange clock only moves forward")
        self.exchange_offset_ms += int(milliseconds)
        self.exchange.expire_due()

    def symbols_for(self, operation_id: str) -> frozenset[str]:
        """The ``symbol`` values the operation accepts now (empty: any)."""
        op = self.spec.resolve(operation_id)
        if op.operation_id in HANDLERS and op.market in SYMBOLS_BY_MARKET:
            return frozenset(SYMBOLS_BY_MARKET[op.market])
        served = self.controls.body_override(op.operation_id) or self._examples[op.operation_id]
        return served.accepted_symbols(self._market_symbols.get(op.market, frozenset()))

    def reset(self) -> None:
        """Forgets the weights and order counts used, every account and the exchange clock's lead."""
        self.limits.reset()
        self.exchange_offset_ms = 0
        self.exchange.reset()
        self.streams.reset()

    # -- behaviour -------------------------------------------------------------------

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
            weights, over = self.limits.weigh("api", "IP", 1, client, "")
            if over is not None:
                return Answer.error(over, weights)
            return Answer(200, dump_json({"serverTime": self.server_time_ms()}), weights)
        op = self.spec.find(method, path)
        if op is None:
            if method == "GET" and path == PING_PATH:
                weights, over = self.limits.weigh("papi", "IP", 1, client, "")
                return Answer.error(over, weights) if over is not None else Answer(200, b"{}", weights)
            return Answer.error(unknown_endpoint(method, path))
        admitted = self.gate.admit(op, raw_query, headers, body, client)
        if not isinstance(admitted, Admitted):
            return Answer.error(admitted.error, admitted.headers)
        try:
            served = self._serve(op, admitted)
        except BinanceError as error:
            return Answer.error(error, admitted.headers)
        answer_headers = admitted.headers
        if op.places_orders:
            answer_headers = {**answer_headers, **self.limits.count_order(admitted.api_key)}
        return Answer(200, served, answer_headers)

    def _serve(self, op: OperationSpec, admitted: Admitted) -> bytes:
        symbol = admitted.params.get("symbol") if "symbol" in op.params else None
        override = self.controls.body_override(op.operation_id)
        stream_operation = self._stream_operations.get(op.operation_id)
        if override is None and stream_operation is not None:
            return dump_json(stream_operation(admitted.api_key))
        handler = HANDLERS.get(op.operation_id)
        if override is None and handler is not None:
            call = Call(op, admitted.params, admitted.api_key, self.exchange)
            value = handler(call)
            return value if isinstance(value, bytes) else dump_json(value)
        served = override or self._examples[op.operation_id]
        return served.answer(symbol, self._market_symbols.get(op.market, frozenset()))
