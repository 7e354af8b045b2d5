"""Modify UM Order (TRADE): ``PUT /papi/v1/um/order`` on the papi host.

Security type TRADE; weight 1 per IP.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ... import _json
from ..._json import STDLIB, TYPED, decode_json, gc_paused, parse_path
from ..._operation import Operation, Rule
from ..._params import check_decimal, check_enum, check_int, check_rules, check_str
from ...errors import ResponseParseError
from ...models.price_match import PriceMatch
from ...models.side import Side
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from collections.abc import Callable

    import httpx

    from ..._answer_shape import Shape
    from ...client import BinanceClient, Sent
    from ...models.um_order import UmOrder

OPERATION = Operation(
    operation_id="modifyUmOrder",
    method="PUT",
    path="/papi/v1/um/order",
    host="papi",
    security_type="TRADE",
    needs_api_key=True,
    signed=True,
    weight=1,
    weight_per="IP",
    summary="Modify UM Order (TRADE)",
    rules=(
        Rule(
            kind="require-one-of",
            parameters=(("orderId", "order_id"), ("origClientOrderId", "orig_client_order_id")),
            description="Send orderId or origClientOrderId to name the order to modify.",
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
    order_id: int | Unset = UNSET,
    orig_client_order_id: str | Unset = UNSET,
    symbol: str,
    side: Side | str,
    quantity: Decimal | str | int,
    price: Decimal | str | int,
    price_match: PriceMatch | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
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
    params["symbol"] = check_str("symbol", symbol, min_length=1, max_length=20, pattern="^[A-Z0-9-_.]{1,20}$")
    params["side"] = check_enum("side", side, Side)
    params["quantity"] = check_decimal("quantity", quantity)
    params["price"] = check_decimal("price", price)
    if not isinstance(price_match, Unset):
        params["priceMatch"] = check_enum("price_match", price_match, PriceMatch)
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
        from ..._fast_path.modify_um_order import parse

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
        raise exc.within("modifyUmOrder") from None
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
    order_id: int | Unset = UNSET,
    orig_client_order_id: str | Unset = UNSET,
    symbol: str,
    side: Side | str,
    quantity: Decimal | str | int,
    price: Decimal | str | int,
    price_match: PriceMatch | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[UmOrder]:
    """Modify UM Order (TRADE)

    Changes the price and quantity of an open UM LIMIT order (only LIMIT orders can be
    modified); the modified order goes to the back of the queue at its price. If the new
    values break PRICE_FILTER, PERCENT_FILTER or LOT_SIZE the change is refused and the
    order stays as it was. The order is cancelled instead when it is partially filled and
    the new quantity is not above `executedQty`, or when it is a GTX order that the new
    price would make trade at once. If both `orderId` and `origClientOrderId` are sent,
    `orderId` wins. Binance's page makes both `quantity` and `price` mandatory, yet also
    lists `priceMatch` as a parameter that may not be sent together with `price`.

    Args:
        client: the ``BinanceClient`` to send with.
        order_id: The order id Binance assigned. Wins over `origClientOrderId` when both are sent.
        orig_client_order_id: The client order id given when the order was placed.
        symbol: The UM symbol of the order.
        side: The side of the order, BUY or SELL.
        quantity: The new order quantity.
        price: The new limit price.
        price_match: Lets the order book set the new price (OPPONENT, OPPONENT_5/10/20, QUEUE,
            QUEUE_5/10/20). Binance says it cannot be sent together with `price`, which this
            page also marks mandatory.
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
        Response[UmOrder]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        order_id=order_id,
        orig_client_order_id=orig_client_order_id,
        symbol=symbol,
        side=side,
        quantity=quantity,
        price=price,
        price_match=price_match,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    order_id: int | Unset = UNSET,
    orig_client_order_id: str | Unset = UNSET,
    symbol: str,
    side: Side | str,
    quantity: Decimal | str | int,
    price: Decimal | str | int,
    price_match: PriceMatch | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> UmOrder:
    """Modify UM Order (TRADE)

    Changes the price and quantity of an open UM LIMIT order (only LIMIT orders can be
    modified); the modified order goes to the back of the queue at its price. If the new
    values break PRICE_FILTER, PERCENT_FILTER or LOT_SIZE the change is refused and the
    order stays as it was. The order is cancelled instead when it is partially filled and
    the new quantity is not above `executedQty`, or when it is a GTX order that the new
    price would make trade at once. If both `orderId` and `origClientOrderId` are sent,
    `orderId` wins. Binance's page makes both `quantity` and `price` mandatory, yet also
    lists `priceMatch` as a parameter that may not be sent together with `price`.

    Args:
        client: the ``BinanceClient`` to send with.
        order_id: The order id Binance assigned. Wins over `origClientOrderId` when both are sent.
        orig_client_order_id: The client order id given when the order was placed.
        symbol: The UM symbol of the order.
        side: The side of the order, BUY or SELL.
        quantity: The new order quantity.
        price: The new limit price.
        price_match: Lets the order book set the new price (OPPONENT, OPPONENT_5/10/20, QUEUE,
            QUEUE_5/10/20). Binance says it cannot be sent together with `price`, which this
            page also marks mandatory.
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
        UmOrder
    """

    params = _params(
        order_id=order_id,
        orig_client_order_id=orig_client_order_id,
        symbol=symbol,
        side=side,
        quantity=quantity,
        price=price,
        price_match=price_match,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    order_id: int | Unset = UNSET,
    orig_client_order_id: str | Unset = UNSET,
    symbol: str,
    side: Side | str,
    quantity: Decimal | str | int,
    price: Decimal | str | int,
    price_match: PriceMatch | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[UmOrder]:
    """Modify UM Order (TRADE)

    Changes the price and quantity of an open UM LIMIT order (only LIMIT orders can be
    modified); the modified order goes to the back of the queue at its price. If the new
    values break PRICE_FILTER, PERCENT_FILTER or LOT_SIZE the change is refused and the
    order stays as it was. The order is cancelled instead when it is partially filled and
    the new quantity is not above `executedQty`, or when it is a GTX order that the new
    price would make trade at once. If both `orderId` and `origClientOrderId` are sent,
    `orderId` wins. Binance's page makes both `quantity` and `price` mandatory, yet also
    lists `priceMatch` as a parameter that may not be sent together with `price`.

    Args:
        client: the ``BinanceClient`` to send with.
        order_id: The order id Binance assigned. Wins over `origClientOrderId` when both are sent.
        orig_client_order_id: The client order id given when the order was placed.
        symbol: The UM symbol of the order.
        side: The side of the order, BUY or SELL.
        quantity: The new order quantity.
        price: The new limit price.
        price_match: Lets the order book set the new price (OPPONENT, OPPONENT_5/10/20, QUEUE,
            QUEUE_5/10/20). Binance says it cannot be sent together with `price`, which this
            page also marks mandatory.
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
        Response[UmOrder]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        order_id=order_id,
        orig_client_order_id=orig_client_order_id,
        symbol=symbol,
        side=side,
        quantity=quantity,
        price=price,
        price_match=price_match,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    order_id: int | Unset = UNSET,
    orig_client_order_id: str | Unset = UNSET,
    symbol: str,
    side: Side | str,
    quantity: Decimal | str | int,
    price: Decimal | str | int,
    price_match: PriceMatch | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> UmOrder:
    """Modify UM Order (TRADE)

    Changes the price and quantity of an open UM LIMIT order (only LIMIT orders can be
    modified); the modified order goes to the back of the queue at its price. If the new
    values break PRICE_FILTER, PERCENT_FILTER or LOT_SIZE the change is refused and the
    order stays as it was. The order is cancelled instead when it is partially filled and
    the new quantity is not above `executedQty`, or when it is a GTX order that the new
    price would make trade at once. If both `orderId` and `origClientOrderId` are sent,
    `orderId` wins. Binance's page makes both `quantity` and `price` mandatory, yet also
    lists `priceMatch` as a parameter that may not be sent together with `price`.

    Args:
        client: the ``BinanceClient`` to send with.
        order_id: The order id Binance assigned. Wins over `origClientOrderId` when both are sent.
        orig_client_order_id: The client order id given when the order was placed.
        symbol: The UM symbol of the order.
        side: The side of the order, BUY or SELL.
        quantity: The new order quantity.
        price: The new limit price.
        price_match: Lets the order book set the new price (OPPONENT, OPPONENT_5/10/20, QUEUE,
            QUEUE_5/10/20). Binance says it cannot be sent together with `price`, which this
            page also marks mandatory.
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
        UmOrder
    """

    params = _params(
        order_id=order_id,
        orig_client_order_id=orig_client_order_id,
        symbol=symbol,
        side=side,
        quantity=quantity,
        price=price,
        price_match=price_match,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
