"""Cancel Margin Account OCO Orders (TRADE): ``DELETE /papi/v1/margin/orderList`` on the papi host.

Security type TRADE; weight 2 per IP.
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
    from ...models.margin_order_list import MarginOrderList

OPERATION = Operation(
    operation_id="cancelMarginAccountOcoOrders",
    method="DELETE",
    path="/papi/v1/margin/orderList",
    host="papi",
    security_type="TRADE",
    needs_api_key=True,
    signed=True,
    weight=2,
    weight_per="IP",
    summary="Cancel Margin Account OCO Orders (TRADE)",
    rules=(
        Rule(
            kind="require-one-of",
            parameters=(("orderListId", "order_list_id"), ("listClientOrderId", "list_client_order_id")),
            description="Send orderListId or listClientOrderId.",
        ),
    ),
)

# What a success answer must be for the models to surely accept it, said without them (see
# binance_pm._answer_shape); None: only the models can tell.
ANSWER_SHAPE: Shape | None = None


def _params(
    *,
    symbol: str,
    order_list_id: int | Unset = UNSET,
    list_client_order_id: str | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    params["symbol"] = check_str("symbol", symbol, min_length=1, max_length=20, pattern="^[A-Z0-9-_.]{1,20}$")
    if not isinstance(order_list_id, Unset):
        params["orderListId"] = check_int("order_list_id", order_list_id)
    if not isinstance(list_client_order_id, Unset):
        params["listClientOrderId"] = check_str(
            "list_client_order_id",
            list_client_order_id,
            min_length=1,
            max_length=32,
            pattern="^[\\.A-Z\\:/a-z0-9_-]{1,32}$",
        )
    if not isinstance(new_client_order_id, Unset):
        params["newClientOrderId"] = check_str(
            "new_client_order_id",
            new_client_order_id,
            min_length=1,
            max_length=32,
            pattern="^[\\.A-Z\\:/a-z0-9_-]{1,32}$",
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
    global _answer_loaded, BinanceClient, Sent, MarginOrderList
    from ...client import BinanceClient, Sent
    from ...models.margin_order_list import MarginOrderList

    _answer_loaded = True


def _parse(sent: Sent) -> MarginOrderList:
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


def _parse_typed(response: httpx.Response) -> MarginOrderList:
    return _parse_general(response, typed=True)


def _parse_general(response: httpx.Response, *, typed: bool) -> MarginOrderList:
    data = decode_json(response, typed=typed)
    try:
        response_200 = MarginOrderList.from_dict(data)

    except ResponseParseError as exc:
        raise exc.within("cancelMarginAccountOcoOrders") from None
    return response_200


def _build_response(sent: Sent) -> Response[MarginOrderList]:
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
    order_list_id: int | Unset = UNSET,
    list_client_order_id: str | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[MarginOrderList]:
    """Cancel Margin Account OCO Orders (TRADE)

    Cancels a whole cross-margin OCO, named by `orderListId` or `listClientOrderId`.
    Cancelling either leg of an OCO cancels the entire list.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The margin symbol of the OCO.
        order_list_id: The order list id Binance assigned to the OCO.
        list_client_order_id: The client id given to the whole OCO when it was placed.
        new_client_order_id: An id for this cancel request; generated by Binance when omitted.
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
        Response[MarginOrderList]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        order_list_id=order_list_id,
        list_client_order_id=list_client_order_id,
        new_client_order_id=new_client_order_id,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    symbol: str,
    order_list_id: int | Unset = UNSET,
    list_client_order_id: str | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> MarginOrderList:
    """Cancel Margin Account OCO Orders (TRADE)

    Cancels a whole cross-margin OCO, named by `orderListId` or `listClientOrderId`.
    Cancelling either leg of an OCO cancels the entire list.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The margin symbol of the OCO.
        order_list_id: The order list id Binance assigned to the OCO.
        list_client_order_id: The client id given to the whole OCO when it was placed.
        new_client_order_id: An id for this cancel request; generated by Binance when omitted.
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
        MarginOrderList
    """

    params = _params(
        symbol=symbol,
        order_list_id=order_list_id,
        list_client_order_id=list_client_order_id,
        new_client_order_id=new_client_order_id,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    symbol: str,
    order_list_id: int | Unset = UNSET,
    list_client_order_id: str | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[MarginOrderList]:
    """Cancel Margin Account OCO Orders (TRADE)

    Cancels a whole cross-margin OCO, named by `orderListId` or `listClientOrderId`.
    Cancelling either leg of an OCO cancels the entire list.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The margin symbol of the OCO.
        order_list_id: The order list id Binance assigned to the OCO.
        list_client_order_id: The client id given to the whole OCO when it was placed.
        new_client_order_id: An id for this cancel request; generated by Binance when omitted.
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
        Response[MarginOrderList]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        order_list_id=order_list_id,
        list_client_order_id=list_client_order_id,
        new_client_order_id=new_client_order_id,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    symbol: str,
    order_list_id: int | Unset = UNSET,
    list_client_order_id: str | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> MarginOrderList:
    """Cancel Margin Account OCO Orders (TRADE)

    Cancels a whole cross-margin OCO, named by `orderListId` or `listClientOrderId`.
    Cancelling either leg of an OCO cancels the entire list.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The margin symbol of the OCO.
        order_list_id: The order list id Binance assigned to the OCO.
        list_client_order_id: The client id given to the whole OCO when it was placed.
        new_client_order_id: An id for this cancel request; generated by Binance when omitted.
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
        MarginOrderList
    """

    params = _params(
        symbol=symbol,
        order_list_id=order_list_id,
        list_client_order_id=list_client_order_id,
        new_client_order_id=new_client_order_id,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
