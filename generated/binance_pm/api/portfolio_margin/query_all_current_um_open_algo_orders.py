"""Query All Current UM Open Algo Orders (USER_DATA): ``GET /papi/v1/um/algo/openAlgoOrders`` on the papi host.

Security type USER_DATA; weight 40 per IP.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._json import STDLIB, TYPED, decode_json, gc_paused, parse_path
from ..._operation import Operation
from ..._params import check_enum, check_int, check_str
from ..._values import parse_list
from ...errors import ResponseParseError
from ...models.um_algo_type import UmAlgoType
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._answer_shape import Shape
    from ...client import BinanceClient, Sent
    from ...models.um_algo_order import UmAlgoOrder

OPERATION = Operation(
    operation_id="queryAllCurrentUmOpenAlgoOrders",
    method="GET",
    path="/papi/v1/um/algo/openAlgoOrders",
    host="papi",
    security_type="USER_DATA",
    needs_api_key=True,
    signed=True,
    weight=40,
    weight_per="IP",
    summary="Query All Current UM Open Algo Orders (USER_DATA)",
    weight_when_present=(("symbol", 1),),
)

# What a success answer must be for the models to surely accept it, said without them (see
# binance_pm._answer_shape); None: only the models can tell.
ANSWER_SHAPE: Shape | None = None


def _params(
    *,
    algo_type: UmAlgoType | str | Unset = UNSET,
    symbol: str | Unset = UNSET,
    algo_id: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if not isinstance(algo_type, Unset):
        params["algoType"] = check_enum("algo_type", algo_type, UmAlgoType)
    if not isinstance(symbol, Unset):
        params["symbol"] = check_str("symbol", symbol, min_length=1, max_length=20, pattern="^[A-Z0-9-_.]{1,20}$")
    if not isinstance(algo_id, Unset):
        params["algoId"] = check_int("algo_id", algo_id)
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    return params


_answer_loaded = False


def _load_answer() -> None:
    # The answer's models (attrs classes) are imported on the first answer, not with the
    # module: importing an operation then costs neither attrs nor its models. The client's
    # names join them for annotations read at run time (typing.get_type_hints).
    global _answer_loaded, BinanceClient, Sent, UmAlgoOrder
    from ...client import BinanceClient, Sent
    from ...models.um_algo_order import UmAlgoOrder

    _answer_loaded = True


def _parse(sent: Sent) -> list[UmAlgoOrder]:
    response = sent.response
    if not _answer_loaded:
        _load_answer()
    path = parse_path(len(response.content))
    if path == STDLIB:
        return _parse_general(response, typed=False)
    if path == TYPED:
        return _parse_typed(response)
    with gc_paused():
        return _parse_typed(response) if path & TYPED else _parse_general(response, typed=False)


def _parse_typed(response: httpx.Response) -> list[UmAlgoOrder]:
    return _parse_general(response, typed=True)


def _parse_general(response: httpx.Response, *, typed: bool) -> list[UmAlgoOrder]:
    data = decode_json(response, typed=typed)
    try:
        _response_200 = data
        response_200 = [UmAlgoOrder.from_dict(item) for item in parse_list(_response_200, "response_200")]

    except ResponseParseError as exc:
        raise exc.within("queryAllCurrentUmOpenAlgoOrders") from None
    return response_200


def _build_response(sent: Sent) -> Response[list[UmAlgoOrder]]:
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
    algo_type: UmAlgoType | str | Unset = UNSET,
    symbol: str | Unset = UNSET,
    algo_id: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[list[UmAlgoOrder]]:
    """Query All Current UM Open Algo Orders (USER_DATA)

    Lists the open UM algo orders of one symbol, or of every symbol when `symbol` is
    omitted (which costs far more weight).

    Args:
        client: the ``BinanceClient`` to send with.
        algo_type: Only algo orders of this kind (`CONDITIONAL`).
        symbol: Trading symbol, such as `ETHUSDT`. Omit it for every symbol.
        algo_id: Only the algo order with this id.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[list[UmAlgoOrder]]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        algo_type=algo_type,
        symbol=symbol,
        algo_id=algo_id,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    algo_type: UmAlgoType | str | Unset = UNSET,
    symbol: str | Unset = UNSET,
    algo_id: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> list[UmAlgoOrder]:
    """Query All Current UM Open Algo Orders (USER_DATA)

    Lists the open UM algo orders of one symbol, or of every symbol when `symbol` is
    omitted (which costs far more weight).

    Args:
        client: the ``BinanceClient`` to send with.
        algo_type: Only algo orders of this kind (`CONDITIONAL`).
        symbol: Trading symbol, such as `ETHUSDT`. Omit it for every symbol.
        algo_id: Only the algo order with this id.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        list[UmAlgoOrder]
    """

    params = _params(
        algo_type=algo_type,
        symbol=symbol,
        algo_id=algo_id,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    algo_type: UmAlgoType | str | Unset = UNSET,
    symbol: str | Unset = UNSET,
    algo_id: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[list[UmAlgoOrder]]:
    """Query All Current UM Open Algo Orders (USER_DATA)

    Lists the open UM algo orders of one symbol, or of every symbol when `symbol` is
    omitted (which costs far more weight).

    Args:
        client: the ``BinanceClient`` to send with.
        algo_type: Only algo orders of this kind (`CONDITIONAL`).
        symbol: Trading symbol, such as `ETHUSDT`. Omit it for every symbol.
        algo_id: Only the algo order with this id.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[list[UmAlgoOrder]]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        algo_type=algo_type,
        symbol=symbol,
        algo_id=algo_id,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    algo_type: UmAlgoType | str | Unset = UNSET,
    symbol: str | Unset = UNSET,
    algo_id: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> list[UmAlgoOrder]:
    """Query All Current UM Open Algo Orders (USER_DATA)

    Lists the open UM algo orders of one symbol, or of every symbol when `symbol` is
    omitted (which costs far more weight).

    Args:
        client: the ``BinanceClient`` to send with.
        algo_type: Only algo orders of this kind (`CONDITIONAL`).
        symbol: Trading symbol, such as `ETHUSDT`. Omit it for every symbol.
        algo_id: Only the algo order with this id.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        list[UmAlgoOrder]
    """

    params = _params(
        algo_type=algo_type,
        symbol=symbol,
        algo_id=algo_id,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
