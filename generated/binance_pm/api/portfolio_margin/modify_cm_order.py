"""Modify CM Order (TRADE): ``PUT /papi/v1/cm/order`` on the papi host.

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
    from ...models.cm_order import CmOrder

OPERATION = Operation(
    operation_id="modifyCmOrder",
    method="PUT",
    path="/papi/v1/cm/order",
    host="papi",
    security_type="TRADE",
    needs_api_key=True,
    signed=True,
    weight=1,
    weight_per="IP",
    summary="Modify CM Order (TRADE)",
    rules=(
        Rule(
            kind="require-one-of",
            parameters=(("orderId", "order_id"), ("origClientOrderId", "orig_client_order_id")),
            description="Send orderId or origClientOrderId to say which order to modify.",
        ),
        Rule(
            kind="require-one-of",
            parameters=(("price", "price"), ("priceMatch", "price_match")),
            description="Send the new price, as price or as priceMatch.",
        ),
        Rule(
            kind="exclusive",
            parameters=(("price", "price"), ("priceMatch", "price_match")),
            description="Send either price or priceMatch, not both.",
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
)


def _params(
    *,
    order_id: int | Unset = UNSET,
    orig_client_order_id: str | Unset = UNSET,
    symbol: str,
    side: Side | str,
    quantity: Decimal | str | int,
    price: Decimal | str | int | Unset = UNSET,
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
    if not isinstance(price, Unset):
        params["price"] = check_decimal("price", price)
    if not isinstance(price_match, Unset):
        params["priceMatch"] = check_enum("price_match", price_match, PriceMatch)
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    check_rules(OPERATION.rules, params)
    return params


_answer_loaded = False
_typed_parser: Callable[[bytes], CmOrder | None] | None = None


def _load_answer() -> None:
    # The answer's models (attrs classes) are imported on the first answer, not with the
    # module: importing an operation then costs neither attrs nor its models. The client's
    # names join them for annotations read at run time (typing.get_type_hints).
    global _answer_loaded, BinanceClient, Sent, CmOrder
    from ...client import BinanceClient, Sent
    from ...models.cm_order import CmOrder

    _answer_loaded = True


def _parse(sent: Sent) -> CmOrder:
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


def _parse_typed(response: httpx.Response) -> CmOrder:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded on the
    # first typed answer); any other is parsed the general way, which keeps extra fields
    # and names what does not fit.
    global _typed_parser
    parser = _typed_parser
    if parser is None:
        from ..._fast_path.modify_cm_order import parse

        parser = _typed_parser = parse
    try:
        parsed = parser(response.content)
    except (ValueError, RecursionError):  # bytes that are not UTF-8, say: the general path says so
        parsed = None
    if parsed is not None:
        return parsed
    return _parse_general(response, typed=True)


def _parse_general(response: httpx.Response, *, typed: bool) -> CmOrder:
    data = decode_json(response, typed=typed)
    try:
        response_200 = CmOrder.from_dict(data)

    except ResponseParseError as exc:
        raise exc.within("modifyCmOrder") from None
    return response_200


def _build_response(sent: Sent) -> Response[CmOrder]:
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
    price: Decimal | str | int | Unset = UNSET,
    price_match: PriceMatch | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[CmOrder]:
    """Modify CM Order (TRADE)

    Changes the quantity and price of an open CM LIMIT order (only LIMIT orders can be
    modified); the modified order loses its place and is queued again. Identify the
    order by `orderId` or `origClientOrderId` (`orderId` wins if both are sent); `side`
    must match the original order. An order may be modified at most 10,000 times.

    If the new values break the PRICE_FILTER, PERCENT_FILTER or LOT_SIZE filters, the
    modification is rejected and the order is left unchanged. The modification cancels
    the order instead when the order is partly filled and the new quantity is not above
    `executedQty`, or when a GTX order's new price would execute at once.

    Args:
        client: the ``BinanceClient`` to send with.
        order_id: The order id Binance assigned. Takes precedence over `origClientOrderId`.
        orig_client_order_id: The client order id given when the order was placed.
        symbol: The CM symbol of the order.
        side: The order's side; it must be the same as the original order's.
        quantity: The new order quantity, in contracts.
        price: The new limit price. Binance's page lists it as mandatory, but also says it
            cannot be sent together with `priceMatch`; send one of the two.
        price_match: Let the book set the new price (OPPONENT, OPPONENT_5/10/20, QUEUE, QUEUE_5/10/20)
            instead of giving `price`. Cannot be combined with `price`.
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
        Response[CmOrder]: the parsed answer with its status, raw body,
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
    price: Decimal | str | int | Unset = UNSET,
    price_match: PriceMatch | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> CmOrder:
    """Modify CM Order (TRADE)

    Changes the quantity and price of an open CM LIMIT order (only LIMIT orders can be
    modified); the modified order loses its place and is queued again. Identify the
    order by `orderId` or `origClientOrderId` (`orderId` wins if both are sent); `side`
    must match the original order. An order may be modified at most 10,000 times.

    If the new values break the PRICE_FILTER, PERCENT_FILTER or LOT_SIZE filters, the
    modification is rejected and the order is left unchanged. The modification cancels
    the order instead when the order is partly filled and the new quantity is not above
    `executedQty`, or when a GTX order's new price would execute at once.

    Args:
        client: the ``BinanceClient`` to send with.
        order_id: The order id Binance assigned. Takes precedence over `origClientOrderId`.
        orig_client_order_id: The client order id given when the order was placed.
        symbol: The CM symbol of the order.
        side: The order's side; it must be the same as the original order's.
        quantity: The new order quantity, in contracts.
        price: The new limit price. Binance's page lists it as mandatory, but also says it
            cannot be sent together with `priceMatch`; send one of the two.
        price_match: Let the book set the new price (OPPONENT, OPPONENT_5/10/20, QUEUE, QUEUE_5/10/20)
            instead of giving `price`. Cannot be combined with `price`.
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
        CmOrder
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
    price: Decimal | str | int | Unset = UNSET,
    price_match: PriceMatch | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[CmOrder]:
    """Modify CM Order (TRADE)

    Changes the quantity and price of an open CM LIMIT order (only LIMIT orders can be
    modified); the modified order loses its place and is queued again. Identify the
    order by `orderId` or `origClientOrderId` (`orderId` wins if both are sent); `side`
    must match the original order. An order may be modified at most 10,000 times.

    If the new values break the PRICE_FILTER, PERCENT_FILTER or LOT_SIZE filters, the
    modification is rejected and the order is left unchanged. The modification cancels
    the order instead when the order is partly filled and the new quantity is not above
    `executedQty`, or when a GTX order's new price would execute at once.

    Args:
        client: the ``BinanceClient`` to send with.
        order_id: The order id Binance assigned. Takes precedence over `origClientOrderId`.
        orig_client_order_id: The client order id given when the order was placed.
        symbol: The CM symbol of the order.
        side: The order's side; it must be the same as the original order's.
        quantity: The new order quantity, in contracts.
        price: The new limit price. Binance's page lists it as mandatory, but also says it
            cannot be sent together with `priceMatch`; send one of the two.
        price_match: Let the book set the new price (OPPONENT, OPPONENT_5/10/20, QUEUE, QUEUE_5/10/20)
            instead of giving `price`. Cannot be combined with `price`.
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
        Response[CmOrder]: the parsed answer with its status, raw body,
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
    price: Decimal | str | int | Unset = UNSET,
    price_match: PriceMatch | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> CmOrder:
    """Modify CM Order (TRADE)

    Changes the quantity and price of an open CM LIMIT order (only LIMIT orders can be
    modified); the modified order loses its place and is queued again. Identify the
    order by `orderId` or `origClientOrderId` (`orderId` wins if both are sent); `side`
    must match the original order. An order may be modified at most 10,000 times.

    If the new values break the PRICE_FILTER, PERCENT_FILTER or LOT_SIZE filters, the
    modification is rejected and the order is left unchanged. The modification cancels
    the order instead when the order is partly filled and the new quantity is not above
    `executedQty`, or when a GTX order's new price would execute at once.

    Args:
        client: the ``BinanceClient`` to send with.
        order_id: The order id Binance assigned. Takes precedence over `origClientOrderId`.
        orig_client_order_id: The client order id given when the order was placed.
        symbol: The CM symbol of the order.
        side: The order's side; it must be the same as the original order's.
        quantity: The new order quantity, in contracts.
        price: The new limit price. Binance's page lists it as mandatory, but also says it
            cannot be sent together with `priceMatch`; send one of the two.
        price_match: Let the book set the new price (OPPONENT, OPPONENT_5/10/20, QUEUE, QUEUE_5/10/20)
            instead of giving `price`. Cannot be combined with `price`.
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
        CmOrder
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
