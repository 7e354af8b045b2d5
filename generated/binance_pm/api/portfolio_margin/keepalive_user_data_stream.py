"""Keepalive User Data Stream (USER_STREAM): ``PUT /papi/v1/listenKey`` on the papi host.

Security type USER_STREAM; weight 1 per IP.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import _json
from ..._json import STDLIB, TYPED, decode_json, gc_paused, parse_path
from ..._operation import Operation
from ...errors import ResponseParseError
from ...types import Response

if TYPE_CHECKING:
    from collections.abc import Callable

    import httpx

    from ..._answer_shape import Shape
    from ...client import BinanceClient, Sent
    from ...models.empty_object import EmptyObject

OPERATION = Operation(
    operation_id="keepaliveUserDataStream",
    method="PUT",
    path="/papi/v1/listenKey",
    host="papi",
    security_type="USER_STREAM",
    needs_api_key=True,
    signed=False,
    weight=1,
    weight_per="IP",
    summary="Keepalive User Data Stream (USER_STREAM)",
)

# What a success answer must be for the models to surely accept it, said without them (see
# binance_pm._answer_shape); None: only the models can tell.
ANSWER_SHAPE: Shape | None = ("object", True, ())


def _params() -> dict[str, Any]:
    params: dict[str, Any] = {}
    return params


_answer_loaded = False
_typed_parser: Callable[[bytes], EmptyObject | None] | None = None


def _load_answer() -> None:
    # The answer's models (attrs classes) are imported on the first answer, not with the
    # module: importing an operation then costs neither attrs nor its models. The client's
    # names join them for annotations read at run time (typing.get_type_hints).
    global _answer_loaded, BinanceClient, Sent, EmptyObject
    from ...client import BinanceClient, Sent
    from ...models.empty_object import EmptyObject

    _answer_loaded = True


def _parse(sent: Sent) -> EmptyObject:
    response = sent.response
    if _typed_parser is not None and _json.stdlib_bytes_left == 0 and len(response.content) < _json.GC_PAUSE_MIN_BYTES:
        # A long-running program's usual answer (models loaded, a small body past the
        # standard library's share): typed, without asking parse_path.
        return _parse_typed(response)
    if not _answer_loaded:
        _load_answer()
    path = parse_path(len(response.content))
    if path == STDLIB:
        return _parse_general(response, typed=False)
    if path == TYPED:
        return _parse_typed(response)
    with gc_paused():
        return _parse_typed(response) if path & TYPED else _parse_general(response, typed=False)


def _parse_typed(response: httpx.Response) -> EmptyObject:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded on the
    # first typed answer); any other is parsed the general way, which keeps extra fields
    # and names what does not fit.
    global _typed_parser
    parser = _typed_parser
    if parser is None:
        from ..._fast_path.keepalive_user_data_stream import parse

        parser = _typed_parser = parse
    try:
        parsed = parser(response.content)
    except (ValueError, RecursionError):  # bytes that are not UTF-8, say: the general path says so
        parsed = None
    if parsed is not None:
        return parsed
    return _parse_general(response, typed=True)


def _parse_general(response: httpx.Response, *, typed: bool) -> EmptyObject:
    data = decode_json(response, typed=typed)
    try:
        response_200 = EmptyObject.from_dict(data)

    except ResponseParseError as exc:
        raise exc.within("keepaliveUserDataStream") from None
    return response_200


def _build_response(sent: Sent) -> Response[EmptyObject]:
    return Response(
        status_code=sent.response.status_code,
        content=sent.response.content,
        headers=sent.response.headers,
        parsed=_parse(sent),
        weights=sent.weights,
    )


def sync_detailed(
    *,
    client: BinanceClient,
) -> Response[EmptyObject]:
    """Keepalive User Data Stream (USER_STREAM)

    Extends the account's active listenKey so that it stays valid for another 60
    minutes from now; without a keepalive the stream closes 60 minutes after it was
    opened or last extended. Send one well within every 60 minutes. Takes no
    parameters: the key is found from the API key. If Binance answers -1125 (the
    listenKey does not exist), open a new one with `POST /papi/v1/listenKey`. Only the
    API key is needed; the request is not signed.

    Args:
        client: the ``BinanceClient`` to send with.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.
        binance_pm.errors.OutcomeUnknownError: a 5XX, or an answer lost after sending: the request
            may have been carried out, and is never resent.

    Returns:
        Response[EmptyObject]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params()
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
) -> EmptyObject:
    """Keepalive User Data Stream (USER_STREAM)

    Extends the account's active listenKey so that it stays valid for another 60
    minutes from now; without a keepalive the stream closes 60 minutes after it was
    opened or last extended. Send one well within every 60 minutes. Takes no
    parameters: the key is found from the API key. If Binance answers -1125 (the
    listenKey does not exist), open a new one with `POST /papi/v1/listenKey`. Only the
    API key is needed; the request is not signed.

    Args:
        client: the ``BinanceClient`` to send with.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.
        binance_pm.errors.OutcomeUnknownError: a 5XX, or an answer lost after sending: the request
            may have been carried out, and is never resent.

    Returns:
        EmptyObject
    """

    params = _params()
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
) -> Response[EmptyObject]:
    """Keepalive User Data Stream (USER_STREAM)

    Extends the account's active listenKey so that it stays valid for another 60
    minutes from now; without a keepalive the stream closes 60 minutes after it was
    opened or last extended. Send one well within every 60 minutes. Takes no
    parameters: the key is found from the API key. If Binance answers -1125 (the
    listenKey does not exist), open a new one with `POST /papi/v1/listenKey`. Only the
    API key is needed; the request is not signed.

    Args:
        client: the ``BinanceClient`` to send with.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.
        binance_pm.errors.OutcomeUnknownError: a 5XX, or an answer lost after sending: the request
            may have been carried out, and is never resent.

    Returns:
        Response[EmptyObject]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params()
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
) -> EmptyObject:
    """Keepalive User Data Stream (USER_STREAM)

    Extends the account's active listenKey so that it stays valid for another 60
    minutes from now; without a keepalive the stream closes 60 minutes after it was
    opened or last extended. Send one well within every 60 minutes. Takes no
    parameters: the key is found from the API key. If Binance answers -1125 (the
    listenKey does not exist), open a new one with `POST /papi/v1/listenKey`. Only the
    API key is needed; the request is not signed.

    Args:
        client: the ``BinanceClient`` to send with.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.
        binance_pm.errors.OutcomeUnknownError: a 5XX, or an answer lost after sending: the request
            may have been carried out, and is never resent.

    Returns:
        EmptyObject
    """

    params = _params()
    return _parse(await client.asend(OPERATION, params))
