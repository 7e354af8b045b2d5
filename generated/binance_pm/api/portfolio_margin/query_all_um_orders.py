"""Query All UM Orders (USER_DATA): ``GET /papi/v1/um/allOrders`` on the papi host.

Security type USER_DATA; weight 5 per IP.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import _json
from ..._json import STDLIB, TYPED, decode_json, gc_paused, parse_path
from ..._operation import Operation
from ..._params import check_int, check_str
from ..._values import parse_list
from ...errors import ResponseParseError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from collections.abc import Callable

    import httpx

    from ..._answer_shape import Shape
    from ...client import BinanceClient, Sent
    from ...models.um_order import UmOrder

OPERATION = Operation(
    operation_id="queryAllUmOrders",
    method="GET",
    path="/papi/v1/um/allOrders",
    host="papi",
    security_type="USER_DATA",
    needs_api_key=True,
    signed=True,
    weight=5,
    weight_per="IP",
    summary="Query All UM Orders (USER_DATA)",
)

# What a success answer must be for the models to surely accept it, said without them (see
# binance_pm._answer_shape); None: only the models can tell.
ANSWER_SHAPE: Shape | None = (
    "list",
    (
        "object",
        True,
        (
            ("orderId", True, "int"),
            ("clientOrderId", True, "str"),
            ("symbol", True, "str"),
            ("status", False, "str"),
            ("side", False, "str"),
            ("positionSide", False, "str"),
            ("type", False, "str"),
            ("origType", False, "str"),
            ("timeInForce", False, "str"),
            ("price", False, "decimal"),
            ("avgPrice", False, "decimal"),
            ("origQty", False, "decimal"),
            ("executedQty", False, "decimal"),
            ("cumQty", False, "decimal"),
            ("cumQuote", False, "decimal"),
            ("reduceOnly", False, "bool"),
            ("selfTradePreventionMode", False, "str"),
            ("priceMatch", False, "str"),
            ("goodTillDate", False, "int"),
            ("time", False, "int"),
            ("updateTime", False, "int"),
        ),
    ),
)


def _params(
    *,
    symbol: str,
    order_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 500,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    params["symbol"] = check_str("symbol", symbol, min_length=1, max_length=20, pattern="^[A-Z0-9-_.]{1,20}$")
    if not isinstance(order_id, Unset):
        params["orderId"] = check_int("order_id", order_id)
    if not isinstance(start_time, Unset):
        params["startTime"] = check_int("start_time", start_time, minimum=0)
    if not isinstance(end_time, Unset):
        params["endTime"] = check_int("end_time", end_time, minimum=0)
    if not isinstance(limit, Unset):
        params["limit"] = check_int("limit", limit, minimum=1, maximum=1000)
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    return params


_answer_loaded = False
_typed_parser: Callable[[bytes], list[UmOrder] | None] | None = None


def _load_answer() -> None:
    # The answer's models (attrs classes) are imported on the first answer, not with the
    # module: importing an operation then costs neither attrs nor its models. The client's
    # names join them for annotations read at run time (typing.get_type_hints).
    global _answer_loaded, BinanceClient, Sent, UmOrder
    from ...client import BinanceClient, Sent
    from ...models.um_order import UmOrder

    _answer_loaded = True


def _parse(sent: Sent) -> list[UmOrder]:
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


def _parse_typed(response: httpx.Response) -> list[UmOrder]:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded on the
    # first typed answer); any other is parsed the general way, which keeps extra fields
    # and names what does not fit.
    global _typed_parser
    parser = _typed_parser
    if parser is None:
        from ..._fast_path.query_all_um_orders import parse

        parser = _typed_parser = parse
    try:
        parsed = parser(response.content)
    except (ValueError, RecursionError):  # bytes that are not UTF-8, say: the general path says so
        parsed = None
    if parsed is not None:
        return parsed
    return _parse_general(response, typed=True)


def _parse_general(response: httpx.Response, *, typed: bool) -> list[UmOrder]:
    data = decode_json(response, typed=typed)
    try:
        _response_200 = data
        response_200 = [UmOrder.from_dict(item) for item in parse_list(_response_200, "response_200")]

    except ResponseParseError as exc:
        raise exc.within("queryAllUmOrders") from None
    return response_200


def _build_response(sent: Sent) -> Response[list[UmOrder]]:
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
    order_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 500,
    recv_window: int | Unset = UNSET,
) -> Response[list[UmOrder]]:
    """Query All UM Orders (USER_DATA)

    Lists the account's UM orders on one symbol, whatever their state (open, cancelled or
    filled). With `orderId` the list starts at that order id (inclusive); without it the
    most recent orders come back. The time span queried must be under 7 days and defaults
    to the last 7 days. Orders that are CANCELED or EXPIRED, never had a fill and were
    created more than 3 days ago are no longer returned.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The UM symbol.
        order_id: Return orders whose id is this one or higher.
        start_time: Start of the time span, in milliseconds since the epoch.
        end_time: End of the time span, in milliseconds since the epoch.
        limit: Most orders to return.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[list[UmOrder]]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        order_id=order_id,
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
    order_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 500,
    recv_window: int | Unset = UNSET,
) -> list[UmOrder]:
    """Query All UM Orders (USER_DATA)

    Lists the account's UM orders on one symbol, whatever their state (open, cancelled or
    filled). With `orderId` the list starts at that order id (inclusive); without it the
    most recent orders come back. The time span queried must be under 7 days and defaults
    to the last 7 days. Orders that are CANCELED or EXPIRED, never had a fill and were
    created more than 3 days ago are no longer returned.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The UM symbol.
        order_id: Return orders whose id is this one or higher.
        start_time: Start of the time span, in milliseconds since the epoch.
        end_time: End of the time span, in milliseconds since the epoch.
        limit: Most orders to return.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        list[UmOrder]
    """

    params = _params(
        symbol=symbol,
        order_id=order_id,
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
    order_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 500,
    recv_window: int | Unset = UNSET,
) -> Response[list[UmOrder]]:
    """Query All UM Orders (USER_DATA)

    Lists the account's UM orders on one symbol, whatever their state (open, cancelled or
    filled). With `orderId` the list starts at that order id (inclusive); without it the
    most recent orders come back. The time span queried must be under 7 days and defaults
    to the last 7 days. Orders that are CANCELED or EXPIRED, never had a fill and were
    created more than 3 days ago are no longer returned.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The UM symbol.
        order_id: Return orders whose id is this one or higher.
        start_time: Start of the time span, in milliseconds since the epoch.
        end_time: End of the time span, in milliseconds since the epoch.
        limit: Most orders to return.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[list[UmOrder]]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        order_id=order_id,
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
    order_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 500,
    recv_window: int | Unset = UNSET,
) -> list[UmOrder]:
    """Query All UM Orders (USER_DATA)

    Lists the account's UM orders on one symbol, whatever their state (open, cancelled or
    filled). With `orderId` the list starts at that order id (inclusive); without it the
    most recent orders come back. The time span queried must be under 7 days and defaults
    to the last 7 days. Orders that are CANCELED or EXPIRED, never had a fill and were
    created more than 3 days ago are no longer returned.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The UM symbol.
        order_id: Return orders whose id is this one or higher.
        start_time: Start of the time span, in milliseconds since the epoch.
        end_time: End of the time span, in milliseconds since the epoch.
        limit: Most orders to return.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        list[UmOrder]
    """

    params = _params(
        symbol=symbol,
        order_id=order_id,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
