"""Query Current UM Open Order (USER_DATA): ``GET /papi/v1/um/openOrder`` on the papi host.

Security type USER_DATA; weight 1 per IP.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import _json
from ..._json import STDLIB, TYPED, decode_json, gc_paused, parse_path
from ..._operation import Operation, Rule
from ..._params import check_int, check_rules, check_str
from ...errors import ResponseParseError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from collections.abc import Callable

    import httpx

    from ..._answer_shape import Shape
    from ...client import BinanceClient, Sent
    from ...models.um_order import UmOrder

OPERATION = Operation(
    operation_id="queryCurrentUmOpenOrder",
    method="GET",
    path="/papi/v1/um/openOrder",
    host="papi",
    security_type="USER_DATA",
    needs_api_key=True,
    signed=True,
    weight=1,
    weight_per="IP",
    summary="Query Current UM Open Order (USER_DATA)",
    rules=(
        Rule(
            kind="require-one-of",
            parameters=(("orderId", "order_id"), ("origClientOrderId", "orig_client_order_id")),
            description="Send orderId or origClientOrderId to name the order.",
        ),
    ),
)

# What a success answer must be for the models to surely accept it, said without them (see
# binance_pm._answer_shape); None: only the models can tell.
ANSWER_SHAPE: Shape | None = (
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
)


def _params(
    *,
    symbol: str,
    order_id: int | Unset = UNSET,
    orig_client_order_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    params["symbol"] = check_str("symbol", symbol, min_length=1, max_length=20, pattern="^[A-Z0-9-_.]{1,20}$")
    if not isinstance(order_id, Unset):
        params["orderId"] = check_int("order_id", order_id)
    if not isinstance(orig_client_order_id, Unset):
        params["origClientOrderId"] = check_str(
            "orig_client_order_id",
            orig_client_order_id,
            min_length=1,
            max_length=32,
            pattern="^[\\.A-Z\\:/a-z0-9_-]{1,32}$",
        )
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    check_rules(OPERATION.rules, params)
    return params


_answer_loaded = False
_typed_parser: Callable[[bytes], UmOrder | None] | None = None


def _load_answer() -> None:
    # The answer's models (attrs classes) are imported on the first answer, not with the
    # module: importing an operation then costs neither attrs nor its models. The client's
    # names join them for annotations read at run time (typing.get_type_hints).
    global _answer_loaded, BinanceClient, Sent, UmOrder
    from ...client import BinanceClient, Sent
    from ...models.um_order import UmOrder

    _answer_loaded = True


def _parse(sent: Sent) -> UmOrder:
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


def _parse_typed(response: httpx.Response) -> UmOrder:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded on the
    # first typed answer); any other is parsed the general way, which keeps extra fields
    # and names what does not fit.
    global _typed_parser
    parser = _typed_parser
    if parser is None:
        from ..._fast_path.query_current_um_open_order import parse

        parser = _typed_parser = parse
    try:
        parsed = parser(response.content)
    except (ValueError, RecursionError):  # bytes that are not UTF-8, say: the general path says so
        parsed = None
    if parsed is not None:
        return parsed
    return _parse_general(response, typed=True)


def _parse_general(response: httpx.Response, *, typed: bool) -> UmOrder:
    data = decode_json(response, typed=typed)
    try:
        response_200 = UmOrder.from_dict(data)

    except ResponseParseError as exc:
        raise exc.within("queryCurrentUmOpenOrder") from None
    return response_200


def _build_response(sent: Sent) -> Response[UmOrder]:
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
    orig_client_order_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[UmOrder]:
    """Query Current UM Open Order (USER_DATA)

    Returns one UM order that is still open. For an order that is already filled or
    cancelled Binance answers with the error "Order does not exist".

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The UM symbol of the order.
        order_id: The order id Binance assigned.
        orig_client_order_id: The client order id given when the order was placed.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[UmOrder]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        order_id=order_id,
        orig_client_order_id=orig_client_order_id,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    symbol: str,
    order_id: int | Unset = UNSET,
    orig_client_order_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> UmOrder:
    """Query Current UM Open Order (USER_DATA)

    Returns one UM order that is still open. For an order that is already filled or
    cancelled Binance answers with the error "Order does not exist".

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The UM symbol of the order.
        order_id: The order id Binance assigned.
        orig_client_order_id: The client order id given when the order was placed.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        UmOrder
    """

    params = _params(
        symbol=symbol,
        order_id=order_id,
        orig_client_order_id=orig_client_order_id,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    symbol: str,
    order_id: int | Unset = UNSET,
    orig_client_order_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[UmOrder]:
    """Query Current UM Open Order (USER_DATA)

    Returns one UM order that is still open. For an order that is already filled or
    cancelled Binance answers with the error "Order does not exist".

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The UM symbol of the order.
        order_id: The order id Binance assigned.
        orig_client_order_id: The client order id given when the order was placed.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[UmOrder]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        order_id=order_id,
        orig_client_order_id=orig_client_order_id,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    symbol: str,
    order_id: int | Unset = UNSET,
    orig_client_order_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> UmOrder:
    """Query Current UM Open Order (USER_DATA)

    Returns one UM order that is still open. For an order that is already filled or
    cancelled Binance answers with the error "Order does not exist".

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The UM symbol of the order.
        order_id: The order id Binance assigned.
        orig_client_order_id: The client order id given when the order was placed.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        UmOrder
    """

    params = _params(
        symbol=symbol,
        order_id=order_id,
        orig_client_order_id=orig_client_order_id,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
