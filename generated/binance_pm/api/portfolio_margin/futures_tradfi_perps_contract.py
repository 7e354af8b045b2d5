"""Futures TradFi Perps Contract (USER_DATA): ``POST /papi/v1/um/stock/contract`` on the papi host.

Security type USER_DATA; weight 5 per IP.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import _json
from ..._json import STDLIB, TYPED, decode_json, gc_paused, parse_path
from ..._operation import Operation
from ..._params import check_int
from ...errors import ResponseParseError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from collections.abc import Callable

    import httpx

    from ..._answer_shape import Shape
    from ...client import BinanceClient, Sent
    from ...models.success_result import SuccessResult

OPERATION = Operation(
    operation_id="futuresTradfiPerpsContract",
    method="POST",
    path="/papi/v1/um/stock/contract",
    host="papi",
    security_type="USER_DATA",
    needs_api_key=True,
    signed=True,
    weight=5,
    weight_per="IP",
    summary="Futures TradFi Perps Contract (USER_DATA)",
)

# What a success answer must be for the models to surely accept it, said without them (see
# binance_pm._answer_shape); None: only the models can tell.
ANSWER_SHAPE: Shape | None = ("object", True, (("code", True, "int"), ("msg", True, "str")))


def _params(
    *,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    return params


_answer_loaded = False
_typed_parser: Callable[[bytes], SuccessResult | None] | None = None


def _load_answer() -> None:
    # The answer's models (attrs classes) are imported on the first answer, not with the
    # module: importing an operation then costs neither attrs nor its models. The client's
    # names join them for annotations read at run time (typing.get_type_hints).
    global _answer_loaded, BinanceClient, Sent, SuccessResult
    from ...client import BinanceClient, Sent
    from ...models.success_result import SuccessResult

    _answer_loaded = True


def _parse(sent: Sent) -> SuccessResult:
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


def _parse_typed(response: httpx.Response) -> SuccessResult:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded on the
    # first typed answer); any other is parsed the general way, which keeps extra fields
    # and names what does not fit.
    global _typed_parser
    parser = _typed_parser
    if parser is None:
        from ..._fast_path.futures_tradfi_perps_contract import parse

        parser = _typed_parser = parse
    try:
        parsed = parser(response.content)
    except (ValueError, RecursionError):  # bytes that are not UTF-8, say: the general path says so
        parsed = None
    if parsed is not None:
        return parsed
    return _parse_general(response, typed=True)


def _parse_general(response: httpx.Response, *, typed: bool) -> SuccessResult:
    data = decode_json(response, typed=typed)
    try:
        response_200 = SuccessResult.from_dict(data)

    except ResponseParseError as exc:
        raise exc.within("futuresTradfiPerpsContract") from None
    return response_200


def _build_response(sent: Sent) -> Response[SuccessResult]:
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
    recv_window: int | Unset = UNSET,
) -> Response[SuccessResult]:
    """Futures TradFi Perps Contract (USER_DATA)

    Signs, for the account, Binance's TradFi-Perps agreement contract.

    Args:
        client: the ``BinanceClient`` to send with.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.
        binance_pm.errors.OutcomeUnknownError: a 5XX, or an answer lost after sending: the request
            may have been carried out, and is never resent.

    Returns:
        Response[SuccessResult]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    recv_window: int | Unset = UNSET,
) -> SuccessResult:
    """Futures TradFi Perps Contract (USER_DATA)

    Signs, for the account, Binance's TradFi-Perps agreement contract.

    Args:
        client: the ``BinanceClient`` to send with.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.
        binance_pm.errors.OutcomeUnknownError: a 5XX, or an answer lost after sending: the request
            may have been carried out, and is never resent.

    Returns:
        SuccessResult
    """

    params = _params(
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    recv_window: int | Unset = UNSET,
) -> Response[SuccessResult]:
    """Futures TradFi Perps Contract (USER_DATA)

    Signs, for the account, Binance's TradFi-Perps agreement contract.

    Args:
        client: the ``BinanceClient`` to send with.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.
        binance_pm.errors.OutcomeUnknownError: a 5XX, or an answer lost after sending: the request
            may have been carried out, and is never resent.

    Returns:
        Response[SuccessResult]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    recv_window: int | Unset = UNSET,
) -> SuccessResult:
    """Futures TradFi Perps Contract (USER_DATA)

    Signs, for the account, Binance's TradFi-Perps agreement contract.

    Args:
        client: the ``BinanceClient`` to send with.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.
        binance_pm.errors.OutcomeUnknownError: a 5XX, or an answer lost after sending: the request
            may have been carried out, and is never resent.

    Returns:
        SuccessResult
    """

    params = _params(
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
