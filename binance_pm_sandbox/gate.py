"""The gate: Binance's checks on a request before any handler sees it.

``Gate.admit`` takes one request to an operation of the spec and returns either
``Admitted`` (the parameters, decoded, and the weight headers) or ``Refused`` (Binance's
error and the headers to send with it). In Binance's order:

1. API key header, if the operation's security needs one (MARKET_DATA, USER_STREAM and the
   SIGNED types; NONE checks nothing): missing or empty -> 401 ``-2014``; not registered
   -> 401 ``-2015``.
2. Request weight (``OperationFacts.weight_for`` the parameters sent), counted per minute
   per IP, or per API key for ``per: UID``; over the limit -> 429 ``-1003``, ``Retry-After``.
3. A parameter sent twice -> ``-1101``; a required one missing or empty, or ``timestamp`` /
   ``signature`` missing on a SIGNED operation -> ``-1102``.
4. SIGNED only (GET, POST, PUT and DELETE alike): ``recvWindow`` not 1 to 20 ASCII digits
   -> ``-1100``, 0 or over the spec's maximum -> ``-1131``; ``timestamp`` not 1 to 20 ASCII
   digits -> ``-1102``; ``timestamp`` ahead of the server clock
   by the spec's tolerance or older than ``recvWindow`` -> ``-1021``; a signature that does
   not verify over the raw query bytes (plus the body) -> ``-1022``.
5. Each value against its schema (``params.check_value``), then price and quantity
   precision on UM symbols (``-1111``), then the spec's ``x-binance-rules`` (``-1102`` /
   ``-1106``).

Whether a ``symbol`` exists (``-1121``) is the handler's question: it depends on what the
operation serves.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from . import errors
from .controls import Controls, Credential, parse_params
from .errors import BinanceError
from .exchange.symbols import SYMBOLS_BY_MARKET
from .params import check_precision, check_rules, check_value, parse_integer
from .ratelimit import RateLimits
from .signing import split_signature, verify_signature
from .spec import OperationSpec, SandboxSpec

__all__ = ["Admitted", "Gate", "Refused"]


@dataclass(frozen=True, slots=True)
class Admitted:
    """A request that passed the gate.

    Attributes:
        params: every parameter sent with a non-empty value, percent-decoded.
        api_key: the caller's API key ("" for an operation without security).
        headers: the weight headers to answer with.
    """

    params: dict[str, str]
    api_key: str
    headers: dict[str, str]


@dataclass(frozen=True, slots=True)
class Refused:
    """A request the gate turned away: Binance's error and the headers to send with it."""

    error: BinanceError
    headers: dict[str, str]


class Gate:
    def __init__(self, spec: SandboxSpec, controls: Controls, limits: RateLimits) -> None:
        self.spec = spec
        self.controls = controls
        self.limits = limits

    def admit(
        self, op: OperationSpec, raw_query: bytes, headers: Mapping[str, str], body: bytes, client: str
    ) -> Admitted | Refused:
        api_key = ""
        credential: Credential | None = None
        if op.api_key_header is not None:
            api_key = headers.get(op.api_key_header.lower(), "").strip()
            if not api_key:
                return Refused(errors.api_key_format_invalid(), {})
            credential = self.controls.credential(api_key)
            if credential is None:
                return Refused(errors.invalid_api_key(), {})

        pairs = parse_params(raw_query) + (parse_params(body) if body else [])
        sent = dict(pairs)
        weights, over = self.limits.weigh(op.family, op.weight_per, op.weight_for(sent), client, api_key)
        if over is not None:
            return Refused(over, weights)
        try:
            params = self._params(op, pairs, raw_query, body, credential)
        except BinanceError as error:
            return Refused(error, weights)
        return Admitted(params, api_key, weights)

    def _params(
        self,
        op: OperationSpec,
        pairs: list[tuple[str, str]],
        raw_query: bytes,
        body: bytes,
        credential: Credential | None,
    ) -> dict[str, str]:
        spec = self.spec
        params: dict[str, str] = {}
        for name, value in pairs:
            if name in params:
                raise errors.duplicate_parameter()
            params[name] = value

        required = list(op.required_params)
        if op.signed:
            required += [p for p in (spec.timestamp_parameter, spec.signature_parameter) if p not in required]
        for name in required:
            if not params.get(name):
                raise errors.mandatory_missing(name)

        if op.signed:
            self._check_signed(params, raw_query, body, credential)

        sent = {name: value for name, value in params.items() if value}
        # A SIGNED operation's timing parameters were judged with the signature, above.
        timing = (spec.timestamp_parameter, spec.recv_window_parameter) if op.signed else ()
        for parameter in op.parameters:
            given = sent.get(parameter.name)
            invalid = None if given is None or parameter.name in timing else check_value(parameter, given)
            if invalid is not None:
                raise invalid
        symbol = SYMBOLS_BY_MARKET.get(op.market, {}).get(sent.get("symbol", ""))
        refused = (check_precision(symbol, sent) if symbol is not None else None) or check_rules(op.rules, sent)
        if refused is not None:
            raise refused
        return sent

    def _check_signed(
        self, params: Mapping[str, str], raw_query: bytes, body: bytes, credential: Credential | None
    ) -> None:
        spec = self.spec
        recv_window = spec.recv_window_default
        raw_window = params.get(spec.recv_window_parameter)
        if raw_window is not None:
            parsed_window = parse_integer(raw_window)
            if parsed_window is None:
                raise errors.illegal_characters(spec.recv_window_parameter, errors.INTEGER_RANGE)
            if parsed_window <= 0:
                raise errors.recv_window_not_positive()
            if parsed_window > spec.recv_window_max:
                raise errors.recv_window_too_large(spec.recv_window_max)
            recv_window = parsed_window

        timestamp = parse_integer(params[spec.timestamp_parameter])
        if timestamp is None:
            raise errors.mandatory_missing(spec.timestamp_parameter)
        now = self.controls.server_time_ms()
        if timestamp >= now + spec.timestamp_max_ahead_ms:
            raise errors.timestamp_ahead(spec.timestamp_max_ahead_ms)
        if now - timestamp > recv_window:
            raise errors.timestamp_outside_recv_window()

        if credential is None or not _signature_valid(raw_query, body, credential):
            raise errors.bad_signature()


def _signature_valid(raw_query: bytes, body: bytes, credential: Credential) -> bool:
    secret, public_key_pem = credential.secret, credential.public_key_pem
    if split_signature(raw_query) is None and body:
        # The signature travels in the body: totalParams is the query followed by the body.
        return verify_signature(raw_query + body, secret=secret, public_key_pem=public_key_pem)
    return verify_signature(raw_query, secret=secret, public_key_pem=public_key_pem, body=body)
