"""Query Current UM Open Algo Order (USER_DATA): ``GET /papi/v1/um/algo/algoOrder`` on the papi host.

Security type USER_DATA; weight 1 per IP.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._json import STDLIB, TYPED, decode_json, gc_paused, parse_path
from ..._operation import Operation, Rule
from ..._params import check_int, check_rules, check_str
from ...errors import ResponseParseError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._answer_shape import Shape
    from ...client import BinanceClient, Sent
    from ...models.um_algo_order import UmAlgoOrder

OPERATION = Operation(
    operation_id="queryCurrentUmOpenAlgoOrder",
    method="GET",
    path="/papi/v1/um/algo/algoOrder",
    host="papi",
    security_type="USER_DATA",
    needs_api_key=True,
    signed=True,
    weight=1,
    weight_per="IP",
    summary="Query Current UM Open Algo Order (USER_DATA)",
    rules=(
        Rule(
            kind="require-one-of",
            parameters=(("algoId", "algo_id"), ("clientAlgoId", "client_algo_id")),
            description="Send algoId or clientAlgoId.",
        ),
    ),
)

# What a success answer must be for the models to surely accept it, said without them (see
# binance_pm._answer_shape); None: only the models can tell.
ANSWER_SHAPE: Shape | None = None


def _params(
    *,
    algo_id: int | Unset = UNSET,
    client_algo_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if not isinstance(algo_id, Unset):
        params["algoId"] = check_int("algo_id", algo_id)
    if not isinstance(client_algo_id, Unset):
        params["clientAlgoId"] = check_str(
            "client_algo_id", client_algo_id, min_length=1, max_length=32, pattern="^[\\.A-Z\\:/a-z0-9_-]{1,32}$"
        )
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    check_rules(OPERATION.rules, params)
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


def _parse(sent: Sent) -> UmAlgoOrder:
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


def _parse_typed(response: httpx.Response) -> UmAlgoOrder:
    return _parse_general(response, typed=True)


def _parse_general(response: httpx.Response, *, typed: bool) -> UmAlgoOrder:
    data = decode_json(response, typed=typed)
    try:
        response_200 = UmAlgoOrder.from_dict(data)

    except ResponseParseError as exc:
        raise exc.within("queryCurrentUmOpenAlgoOrder") from None
    return response_200


def _build_response(sent: Sent) -> Response[UmAlgoOrder]:
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
    algo_id: int | Unset = UNSET,
    client_algo_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[UmAlgoOrder]:
    """Query Current UM Open Algo Order (USER_DATA)

    Looks up one UM algo order by `algoId` or `clientAlgoId` and returns it whatever
    its status. An order is no longer found once it is CANCELED or EXPIRED without any
    fill and more than 3 days old, or once it is more than 90 days old. `algoId`
    increases per symbol.

    Args:
        client: the ``BinanceClient`` to send with.
        algo_id: The algo order id Binance assigned.
        client_algo_id: The client algo id given (or generated) when the order was placed.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[UmAlgoOrder]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        algo_id=algo_id,
        client_algo_id=client_algo_id,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    algo_id: int | Unset = UNSET,
    client_algo_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> UmAlgoOrder:
    """Query Current UM Open Algo Order (USER_DATA)

    Looks up one UM algo order by `algoId` or `clientAlgoId` and returns it whatever
    its status. An order is no longer found once it is CANCELED or EXPIRED without any
    fill and more than 3 days old, or once it is more than 90 days old. `algoId`
    increases per symbol.

    Args:
        client: the ``BinanceClient`` to send with.
        algo_id: The algo order id Binance assigned.
        client_algo_id: The client algo id given (or generated) when the order was placed.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        UmAlgoOrder
    """

    params = _params(
        algo_id=algo_id,
        client_algo_id=client_algo_id,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    algo_id: int | Unset = UNSET,
    client_algo_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[UmAlgoOrder]:
    """Query Current UM Open Algo Order (USER_DATA)

    Looks up one UM algo order by `algoId` or `clientAlgoId` and returns it whatever
    its status. An order is no longer found once it is CANCELED or EXPIRED without any
    fill and more than 3 days old, or once it is more than 90 days old. `algoId`
    increases per symbol.

    Args:
        client: the ``BinanceClient`` to send with.
        algo_id: The algo order id Binance assigned.
        client_algo_id: The client algo id given (or generated) when the order was placed.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[UmAlgoOrder]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        algo_id=algo_id,
        client_algo_id=client_algo_id,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    algo_id: int | Unset = UNSET,
    client_algo_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> UmAlgoOrder:
    """Query Current UM Open Algo Order (USER_DATA)

    Looks up one UM algo order by `algoId` or `clientAlgoId` and returns it whatever
    its status. An order is no longer found once it is CANCELED or EXPIRED without any
    fill and more than 3 days old, or once it is more than 90 days old. `algoId`
    increases per symbol.

    Args:
        client: the ``BinanceClient`` to send with.
        algo_id: The algo order id Binance assigned.
        client_algo_id: The client algo id given (or generated) when the order was placed.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        UmAlgoOrder
    """

    params = _params(
        algo_id=algo_id,
        client_algo_id=client_algo_id,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
