"""Query All CM Orders (USER_DATA): ``GET /papi/v1/cm/allOrders`` on the papi host.

Security type USER_DATA; weight 40 per IP.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import _json
from ..._json import STDLIB, TYPED, decode_json, gc_paused, parse_path
from ..._operation import Operation, Rule
from ..._params import check_int, check_rules, check_str
from ..._values import parse_list
from ...errors import ResponseParseError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from collections.abc import Callable

    import httpx

    from ..._answer_shape import Shape
    from ...client import BinanceClient, Sent
    from ...models.cm_order import CmOrder

OPERATION = Operation(
    operation_id="queryAllCmOrders",
    method="GET",
    path="/papi/v1/cm/allOrders",
    host="papi",
    security_type="USER_DATA",
    needs_api_key=True,
    signed=True,
    weight=40,
    weight_per="IP",
    summary="Query All CM Orders (USER_DATA)",
    weight_when_present=(("symbol", 20),),
    rules=(
        Rule(
            kind="require-one-of",
            parameters=(("symbol", "symbol"), ("pair", "pair")),
            description="Send symbol or pair.",
        ),
    ),
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
            ("symbol", False, "str"),
            ("pair", False, "str"),
            ("status", False, "str"),
            ("side", False, "str"),
            ("positionSide", False, "str"),
            ("type", False, "str"),
            ("origType", False, "str"),
            ("timeInForce", False, "str"),
            ("reduceOnly", False, "bool"),
            ("price", False, "decimal"),
            ("avgPrice", False, "decimal"),
            ("origQty", False, "decimal"),
            ("executedQty", False, "decimal"),
            ("cumQty", False, "decimal"),
            ("cumBase", False, "decimal"),
            ("time", False, "int"),
            ("updateTime", False, "int"),
        ),
    ),
)


def _params(
    *,
    symbol: str | Unset = UNSET,
    pair: str | Unset = UNSET,
    order_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 50,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if not isinstance(symbol, Unset):
        params["symbol"] = check_str("symbol", symbol, min_length=1, max_length=20, pattern="^[A-Z0-9-_.]{1,20}$")
    if not isinstance(pair, Unset):
        params["pair"] = check_str("pair", pair, min_length=1, max_length=20)
    if not isinstance(order_id, Unset):
        params["orderId"] = check_int("order_id", order_id)
    if not isinstance(start_time, Unset):
        params["startTime"] = check_int("start_time", start_time)
    if not isinstance(end_time, Unset):
        params["endTime"] = check_int("end_time", end_time)
    if not isinstance(limit, Unset):
        params["limit"] = check_int("limit", limit, minimum=1, maximum=100)
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    check_rules(OPERATION.rules, params)
    return params


_answer_loaded = False
_typed_parser: Callable[[bytes], list[CmOrder] | None] | None = None


def _load_answer() -> None:
    # The answer's models (attrs classes) are imported on the first answer, not with the
    # module: importing an operation then costs neither attrs nor its models. The client's
    # names join them for annotations read at run time (typing.get_type_hints).
    global _answer_loaded, BinanceClient, Sent, CmOrder
    from ...client import BinanceClient, Sent
    from ...models.cm_order import CmOrder

    _answer_loaded = True


def _parse(sent: Sent) -> list[CmOrder]:
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


def _parse_typed(response: httpx.Response) -> list[CmOrder]:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded on the
    # first typed answer); any other is parsed the general way, which keeps extra fields
    # and names what does not fit.
    global _typed_parser
    parser = _typed_parser
    if parser is None:
        from ..._fast_path.query_all_cm_orders import parse

        parser = _typed_parser = parse
    try:
        parsed = parser(response.content)
    except (ValueError, RecursionError):  # bytes that are not UTF-8, say: the general path says so
        parsed = None
    if parsed is not None:
        return parsed
    return _parse_general(response, typed=True)


def _parse_general(response: httpx.Response, *, typed: bool) -> list[CmOrder]:
    data = decode_json(response, typed=typed)
    try:
        _response_200 = data
        response_200 = [CmOrder.from_dict(item) for item in parse_list(_response_200, "response_200")]

    except ResponseParseError as exc:
        raise exc.within("queryAllCmOrders") from None
    return response_200


def _build_response(sent: Sent) -> Response[list[CmOrder]]:
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
    symbol: str | Unset = UNSET,
    pair: str | Unset = UNSET,
    order_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 50,
    recv_window: int | Unset = UNSET,
) -> Response[list[CmOrder]]:
    """Query All CM Orders (USER_DATA)

    Lists the account's CM orders of any status (open, cancelled, filled), for one
    symbol or for every symbol of a pair; send `symbol` or `pair`. With `orderId`, the
    list starts at that order id (inclusive); without it the most recent orders come
    back. An order is no longer listed when it is CANCELED or EXPIRED, never traded,
    and was created more than 3 days ago.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The CM symbol whose orders are listed. Binance's table marks it mandatory, but its
            notes accept `pair` in its place: send this or `pair`.
        pair: A CM pair, such as `BTCUSD`; the orders of all its symbols are listed. Send this or
            `symbol`.
        order_id: List orders whose id is greater than or equal to this one.
        start_time: Start of the time window, in milliseconds since the epoch.
        end_time: End of the time window, in milliseconds since the epoch.
        limit: Maximum number of orders to return.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[list[CmOrder]]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        pair=pair,
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
    symbol: str | Unset = UNSET,
    pair: str | Unset = UNSET,
    order_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 50,
    recv_window: int | Unset = UNSET,
) -> list[CmOrder]:
    """Query All CM Orders (USER_DATA)

    Lists the account's CM orders of any status (open, cancelled, filled), for one
    symbol or for every symbol of a pair; send `symbol` or `pair`. With `orderId`, the
    list starts at that order id (inclusive); without it the most recent orders come
    back. An order is no longer listed when it is CANCELED or EXPIRED, never traded,
    and was created more than 3 days ago.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The CM symbol whose orders are listed. Binance's table marks it mandatory, but its
            notes accept `pair` in its place: send this or `pair`.
        pair: A CM pair, such as `BTCUSD`; the orders of all its symbols are listed. Send this or
            `symbol`.
        order_id: List orders whose id is greater than or equal to this one.
        start_time: Start of the time window, in milliseconds since the epoch.
        end_time: End of the time window, in milliseconds since the epoch.
        limit: Maximum number of orders to return.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        list[CmOrder]
    """

    params = _params(
        symbol=symbol,
        pair=pair,
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
    symbol: str | Unset = UNSET,
    pair: str | Unset = UNSET,
    order_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 50,
    recv_window: int | Unset = UNSET,
) -> Response[list[CmOrder]]:
    """Query All CM Orders (USER_DATA)

    Lists the account's CM orders of any status (open, cancelled, filled), for one
    symbol or for every symbol of a pair; send `symbol` or `pair`. With `orderId`, the
    list starts at that order id (inclusive); without it the most recent orders come
    back. An order is no longer listed when it is CANCELED or EXPIRED, never traded,
    and was created more than 3 days ago.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The CM symbol whose orders are listed. Binance's table marks it mandatory, but its
            notes accept `pair` in its place: send this or `pair`.
        pair: A CM pair, such as `BTCUSD`; the orders of all its symbols are listed. Send this or
            `symbol`.
        order_id: List orders whose id is greater than or equal to this one.
        start_time: Start of the time window, in milliseconds since the epoch.
        end_time: End of the time window, in milliseconds since the epoch.
        limit: Maximum number of orders to return.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[list[CmOrder]]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        pair=pair,
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
    symbol: str | Unset = UNSET,
    pair: str | Unset = UNSET,
    order_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 50,
    recv_window: int | Unset = UNSET,
) -> list[CmOrder]:
    """Query All CM Orders (USER_DATA)

    Lists the account's CM orders of any status (open, cancelled, filled), for one
    symbol or for every symbol of a pair; send `symbol` or `pair`. With `orderId`, the
    list starts at that order id (inclusive); without it the most recent orders come
    back. An order is no longer listed when it is CANCELED or EXPIRED, never traded,
    and was created more than 3 days ago.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The CM symbol whose orders are listed. Binance's table marks it mandatory, but its
            notes accept `pair` in its place: send this or `pair`.
        pair: A CM pair, such as `BTCUSD`; the orders of all its symbols are listed. Send this or
            `symbol`.
        order_id: List orders whose id is greater than or equal to this one.
        start_time: Start of the time window, in milliseconds since the epoch.
        end_time: End of the time window, in milliseconds since the epoch.
        limit: Maximum number of orders to return.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        list[CmOrder]
    """

    params = _params(
        symbol=symbol,
        pair=pair,
        order_id=order_id,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
