"""Query UM Algo Order History (USER_DATA): ``GET /papi/v1/um/algo/allAlgoOrders`` on the papi host.

Security type USER_DATA; weight 5 per IP.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._json import STDLIB, TYPED, decode_json, gc_paused, parse_path
from ..._operation import Operation
from ..._params import check_int, check_str
from ..._values import parse_list
from ...errors import ResponseParseError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._answer_shape import Shape
    from ...client import BinanceClient, Sent
    from ...models.um_algo_order import UmAlgoOrder

OPERATION = Operation(
    operation_id="queryUmAlgoOrderHistory",
    method="GET",
    path="/papi/v1/um/algo/allAlgoOrders",
    host="papi",
    security_type="USER_DATA",
    needs_api_key=True,
    signed=True,
    weight=5,
    weight_per="IP",
    summary="Query UM Algo Order History (USER_DATA)",
)

# What a success answer must be for the models to surely accept it, said without them (see
# binance_pm._answer_shape); None: only the models can tell.
ANSWER_SHAPE: Shape | None = None


def _params(
    *,
    symbol: str,
    algo_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 500,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    params["symbol"] = check_str("symbol", symbol, min_length=1, max_length=20, pattern="^[A-Z0-9-_.]{1,20}$")
    if not isinstance(algo_id, Unset):
        params["algoId"] = check_int("algo_id", algo_id)
    if not isinstance(start_time, Unset):
        params["startTime"] = check_int("start_time", start_time)
    if not isinstance(end_time, Unset):
        params["endTime"] = check_int("end_time", end_time)
    if not isinstance(limit, Unset):
        params["limit"] = check_int("limit", limit, minimum=1, maximum=1000)
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
        raise exc.within("queryUmAlgoOrderHistory") from None
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
    symbol: str,
    algo_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 500,
    recv_window: int | Unset = UNSET,
) -> Response[list[UmAlgoOrder]]:
    """Query UM Algo Order History (USER_DATA)

    Lists the UM algo orders of one symbol in every status (new, cancelled, triggered,
    finished, ...). With `algoId`, orders from that id upward are returned; otherwise
    the most recent ones. The time range may span at most 7 days and defaults to the
    last 7 days.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The UM symbol.
        algo_id: Return orders with this algo id and later ones.
        start_time: Start of the time range, in ms.
        end_time: End of the time range, in ms.
        limit: Number of orders to return.
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
        symbol=symbol,
        algo_id=algo_id,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    symbol: str,
    algo_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 500,
    recv_window: int | Unset = UNSET,
) -> list[UmAlgoOrder]:
    """Query UM Algo Order History (USER_DATA)

    Lists the UM algo orders of one symbol in every status (new, cancelled, triggered,
    finished, ...). With `algoId`, orders from that id upward are returned; otherwise
    the most recent ones. The time range may span at most 7 days and defaults to the
    last 7 days.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The UM symbol.
        algo_id: Return orders with this algo id and later ones.
        start_time: Start of the time range, in ms.
        end_time: End of the time range, in ms.
        limit: Number of orders to return.
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
        symbol=symbol,
        algo_id=algo_id,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    symbol: str,
    algo_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 500,
    recv_window: int | Unset = UNSET,
) -> Response[list[UmAlgoOrder]]:
    """Query UM Algo Order History (USER_DATA)

    Lists the UM algo orders of one symbol in every status (new, cancelled, triggered,
    finished, ...). With `algoId`, orders from that id upward are returned; otherwise
    the most recent ones. The time range may span at most 7 days and defaults to the
    last 7 days.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The UM symbol.
        algo_id: Return orders with this algo id and later ones.
        start_time: Start of the time range, in ms.
        end_time: End of the time range, in ms.
        limit: Number of orders to return.
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
        symbol=symbol,
        algo_id=algo_id,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    symbol: str,
    algo_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 500,
    recv_window: int | Unset = UNSET,
) -> list[UmAlgoOrder]:
    """Query UM Algo Order History (USER_DATA)

    Lists the UM algo orders of one symbol in every status (new, cancelled, triggered,
    finished, ...). With `algoId`, orders from that id upward are returned; otherwise
    the most recent ones. The time range may span at most 7 days and defaults to the
    last 7 days.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The UM symbol.
        algo_id: Return orders with this algo id and later ones.
        start_time: Start of the time range, in ms.
        end_time: End of the time range, in ms.
        limit: Number of orders to return.
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
        symbol=symbol,
        algo_id=algo_id,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
