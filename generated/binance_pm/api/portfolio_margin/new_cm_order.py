"""New CM Order (TRADE): ``POST /papi/v1/cm/order`` on the papi host.

Security type TRADE; weight 1 per IP.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ... import _json
from ..._json import STDLIB, TYPED, decode_json, gc_paused, parse_path
from ..._operation import Operation, OrderLookup, Rule
from ..._params import check_bool, check_decimal, check_enum, check_int, check_rules, check_str
from ..._params import new_client_order_id as _new_client_order_id
from ...errors import ResponseParseError
from ...models.futures_order_type import FuturesOrderType
from ...models.position_side import PositionSide
from ...models.price_match import PriceMatch
from ...models.response_type import ResponseType
from ...models.side import Side
from ...models.time_in_force import TimeInForce
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from collections.abc import Callable

    import httpx

    from ..._answer_shape import Shape
    from ...client import BinanceClient, Sent
    from ...models.cm_order import CmOrder

OPERATION = Operation(
    operation_id="newCmOrder",
    method="POST",
    path="/papi/v1/cm/order",
    host="papi",
    security_type="TRADE",
    needs_api_key=True,
    signed=True,
    weight=1,
    weight_per="IP",
    summary="New CM Order (TRADE)",
    rules=(
        Rule(
            kind="require",
            parameters=(("timeInForce", "time_in_force"), ("quantity", "quantity")),
            when=(("type", ("LIMIT",)),),
            description="A LIMIT order needs timeInForce and quantity.",
        ),
        Rule(
            kind="require-one-of",
            parameters=(("price", "price"), ("priceMatch", "price_match")),
            when=(("type", ("LIMIT",)),),
            description="A LIMIT order needs a price, given as price or as priceMatch.",
        ),
        Rule(
            kind="require",
            parameters=(("quantity", "quantity"),),
            when=(("type", ("MARKET",)),),
            description="A MARKET order needs quantity.",
        ),
        Rule(
            kind="forbid",
            parameters=(("priceMatch", "price_match"),),
            when=(("type", ("MARKET",)),),
            description="priceMatch only applies to LIMIT orders; do not send it with a MARKET order.",
        ),
        Rule(
            kind="exclusive",
            parameters=(("price", "price"), ("priceMatch", "price_match")),
            description="Send either price or priceMatch, not both.",
        ),
    ),
    client_order_id="newClientOrderId",
    lookup=OrderLookup(
        module="binance_pm.api.portfolio_margin.query_cm_order",
        id_parameter="origClientOrderId",
        copy=("symbol",),
        not_found_codes=(-2013,),
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
    symbol: str,
    side: Side | str,
    position_side: PositionSide | str | Unset = UNSET,
    type: FuturesOrderType | str,
    time_in_force: TimeInForce | str | Unset = UNSET,
    quantity: Decimal | str | int | Unset = UNSET,
    reduce_only: bool | Unset = False,
    price: Decimal | str | int | Unset = UNSET,
    price_match: PriceMatch | str | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    new_order_resp_type: ResponseType | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    params["symbol"] = check_str("symbol", symbol, min_length=1, max_length=20, pattern="^[A-Z0-9-_.]{1,20}$")
    params["side"] = check_enum("side", side, Side)
    if not isinstance(position_side, Unset):
        params["positionSide"] = check_enum("position_side", position_side, PositionSide)
    params["type"] = check_enum("type", type, FuturesOrderType)
    if not isinstance(time_in_force, Unset):
        params["timeInForce"] = check_enum("time_in_force", time_in_force, TimeInForce)
    if not isinstance(quantity, Unset):
        params["quantity"] = check_decimal("quantity", quantity)
    if not isinstance(reduce_only, Unset):
        params["reduceOnly"] = check_bool("reduce_only", reduce_only)
    if not isinstance(price, Unset):
        params["price"] = check_decimal("price", price)
    if not isinstance(price_match, Unset):
        params["priceMatch"] = check_enum("price_match", price_match, PriceMatch)
    # Every order goes out with a client order id, made here when the caller gave none,
    # so that an answer lost on the way back can still be matched to the order.
    params["newClientOrderId"] = (
        _new_client_order_id()
        if isinstance(new_client_order_id, Unset)
        else check_str(
            "new_client_order_id",
            new_client_order_id,
            min_length=1,
            max_length=32,
            pattern="^[\\.A-Z\\:/a-z0-9_-]{1,32}$",
        )
    )
    if not isinstance(new_order_resp_type, Unset):
        params["newOrderRespType"] = check_enum("new_order_resp_type", new_order_resp_type, ResponseType)
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
        from ..._fast_path.new_cm_order import parse

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
        raise exc.within("newCmOrder") from None
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
    symbol: str,
    side: Side | str,
    position_side: PositionSide | str | Unset = UNSET,
    type: FuturesOrderType | str,
    time_in_force: TimeInForce | str | Unset = UNSET,
    quantity: Decimal | str | int | Unset = UNSET,
    reduce_only: bool | Unset = False,
    price: Decimal | str | int | Unset = UNSET,
    price_match: PriceMatch | str | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    new_order_resp_type: ResponseType | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[CmOrder]:
    """New CM Order (TRADE)

    Places a plain LIMIT or MARKET order on a COIN-M (CM) futures symbol from the
    Portfolio Margin account. Which other parameters are needed depends on `type`: a
    LIMIT order needs `timeInForce`, `quantity` and a price (either `price` or
    `priceMatch`, never both); a MARKET order needs `quantity`.

    With `newOrderRespType=RESULT` a MARKET order answers with its final FILLED state,
    and a LIMIT order with an immediate time in force (IOC, FOK, GTX) answers with its
    final FILLED or EXPIRED state. With the default ACK the answer is the order as
    accepted.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The CM symbol to trade, such as `BTCUSD_PERP` or `BTCUSD_200925`.
        side: Buy or sell.
        position_side: Position side. In one-way mode it may be left out (it then means `BOTH`, the
            only value allowed there); in hedge mode it is mandatory and must be `LONG` or
            `SHORT`.
        type: Order type; this operation takes only `LIMIT` or `MARKET`.
        time_in_force: How long a LIMIT order stays working (mandatory for LIMIT). CM orders take GTC,
            IOC, FOK or GTX.
        quantity: Order quantity, in contracts. Mandatory for both LIMIT and MARKET orders.
        reduce_only: When `true`, the order may only reduce the position. Defaults to `false`. Not
            accepted in hedge mode.
        price: Limit price. A LIMIT order needs it unless `priceMatch` is sent instead; never send
            both.
        price_match: Let the book set the price of a LIMIT order (OPPONENT, OPPONENT_5/10/20, QUEUE,
            QUEUE_5/10/20) instead of giving `price`. Cannot be combined with `price`.
        new_client_order_id: A client-chosen id for the order, unique among the account's open orders.
            Binance generates one when it is left out, but a client should send its own
            (binance-pm always does) so that a lost answer can be looked up by it.
        new_order_resp_type: How much the answer says; CM orders take `ACK` (the default) or `RESULT`.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.
        binance_pm.errors.OutcomeUnknownError: a 5XX, or an answer lost after sending: the request
            may have been carried out, and is never resent (``client.lookup_order(error)``
            finds the order by its client order id).

    Returns:
        Response[CmOrder]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        side=side,
        position_side=position_side,
        type=type,
        time_in_force=time_in_force,
        quantity=quantity,
        reduce_only=reduce_only,
        price=price,
        price_match=price_match,
        new_client_order_id=new_client_order_id,
        new_order_resp_type=new_order_resp_type,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    symbol: str,
    side: Side | str,
    position_side: PositionSide | str | Unset = UNSET,
    type: FuturesOrderType | str,
    time_in_force: TimeInForce | str | Unset = UNSET,
    quantity: Decimal | str | int | Unset = UNSET,
    reduce_only: bool | Unset = False,
    price: Decimal | str | int | Unset = UNSET,
    price_match: PriceMatch | str | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    new_order_resp_type: ResponseType | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> CmOrder:
    """New CM Order (TRADE)

    Places a plain LIMIT or MARKET order on a COIN-M (CM) futures symbol from the
    Portfolio Margin account. Which other parameters are needed depends on `type`: a
    LIMIT order needs `timeInForce`, `quantity` and a price (either `price` or
    `priceMatch`, never both); a MARKET order needs `quantity`.

    With `newOrderRespType=RESULT` a MARKET order answers with its final FILLED state,
    and a LIMIT order with an immediate time in force (IOC, FOK, GTX) answers with its
    final FILLED or EXPIRED state. With the default ACK the answer is the order as
    accepted.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The CM symbol to trade, such as `BTCUSD_PERP` or `BTCUSD_200925`.
        side: Buy or sell.
        position_side: Position side. In one-way mode it may be left out (it then means `BOTH`, the
            only value allowed there); in hedge mode it is mandatory and must be `LONG` or
            `SHORT`.
        type: Order type; this operation takes only `LIMIT` or `MARKET`.
        time_in_force: How long a LIMIT order stays working (mandatory for LIMIT). CM orders take GTC,
            IOC, FOK or GTX.
        quantity: Order quantity, in contracts. Mandatory for both LIMIT and MARKET orders.
        reduce_only: When `true`, the order may only reduce the position. Defaults to `false`. Not
            accepted in hedge mode.
        price: Limit price. A LIMIT order needs it unless `priceMatch` is sent instead; never send
            both.
        price_match: Let the book set the price of a LIMIT order (OPPONENT, OPPONENT_5/10/20, QUEUE,
            QUEUE_5/10/20) instead of giving `price`. Cannot be combined with `price`.
        new_client_order_id: A client-chosen id for the order, unique among the account's open orders.
            Binance generates one when it is left out, but a client should send its own
            (binance-pm always does) so that a lost answer can be looked up by it.
        new_order_resp_type: How much the answer says; CM orders take `ACK` (the default) or `RESULT`.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.
        binance_pm.errors.OutcomeUnknownError: a 5XX, or an answer lost after sending: the request
            may have been carried out, and is never resent (``client.lookup_order(error)``
            finds the order by its client order id).

    Returns:
        CmOrder
    """

    params = _params(
        symbol=symbol,
        side=side,
        position_side=position_side,
        type=type,
        time_in_force=time_in_force,
        quantity=quantity,
        reduce_only=reduce_only,
        price=price,
        price_match=price_match,
        new_client_order_id=new_client_order_id,
        new_order_resp_type=new_order_resp_type,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    symbol: str,
    side: Side | str,
    position_side: PositionSide | str | Unset = UNSET,
    type: FuturesOrderType | str,
    time_in_force: TimeInForce | str | Unset = UNSET,
    quantity: Decimal | str | int | Unset = UNSET,
    reduce_only: bool | Unset = False,
    price: Decimal | str | int | Unset = UNSET,
    price_match: PriceMatch | str | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    new_order_resp_type: ResponseType | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[CmOrder]:
    """New CM Order (TRADE)

    Places a plain LIMIT or MARKET order on a COIN-M (CM) futures symbol from the
    Portfolio Margin account. Which other parameters are needed depends on `type`: a
    LIMIT order needs `timeInForce`, `quantity` and a price (either `price` or
    `priceMatch`, never both); a MARKET order needs `quantity`.

    With `newOrderRespType=RESULT` a MARKET order answers with its final FILLED state,
    and a LIMIT order with an immediate time in force (IOC, FOK, GTX) answers with its
    final FILLED or EXPIRED state. With the default ACK the answer is the order as
    accepted.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The CM symbol to trade, such as `BTCUSD_PERP` or `BTCUSD_200925`.
        side: Buy or sell.
        position_side: Position side. In one-way mode it may be left out (it then means `BOTH`, the
            only value allowed there); in hedge mode it is mandatory and must be `LONG` or
            `SHORT`.
        type: Order type; this operation takes only `LIMIT` or `MARKET`.
        time_in_force: How long a LIMIT order stays working (mandatory for LIMIT). CM orders take GTC,
            IOC, FOK or GTX.
        quantity: Order quantity, in contracts. Mandatory for both LIMIT and MARKET orders.
        reduce_only: When `true`, the order may only reduce the position. Defaults to `false`. Not
            accepted in hedge mode.
        price: Limit price. A LIMIT order needs it unless `priceMatch` is sent instead; never send
            both.
        price_match: Let the book set the price of a LIMIT order (OPPONENT, OPPONENT_5/10/20, QUEUE,
            QUEUE_5/10/20) instead of giving `price`. Cannot be combined with `price`.
        new_client_order_id: A client-chosen id for the order, unique among the account's open orders.
            Binance generates one when it is left out, but a client should send its own
            (binance-pm always does) so that a lost answer can be looked up by it.
        new_order_resp_type: How much the answer says; CM orders take `ACK` (the default) or `RESULT`.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.
        binance_pm.errors.OutcomeUnknownError: a 5XX, or an answer lost after sending: the request
            may have been carried out, and is never resent (``client.lookup_order(error)``
            finds the order by its client order id).

    Returns:
        Response[CmOrder]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        side=side,
        position_side=position_side,
        type=type,
        time_in_force=time_in_force,
        quantity=quantity,
        reduce_only=reduce_only,
        price=price,
        price_match=price_match,
        new_client_order_id=new_client_order_id,
        new_order_resp_type=new_order_resp_type,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    symbol: str,
    side: Side | str,
    position_side: PositionSide | str | Unset = UNSET,
    type: FuturesOrderType | str,
    time_in_force: TimeInForce | str | Unset = UNSET,
    quantity: Decimal | str | int | Unset = UNSET,
    reduce_only: bool | Unset = False,
    price: Decimal | str | int | Unset = UNSET,
    price_match: PriceMatch | str | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    new_order_resp_type: ResponseType | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> CmOrder:
    """New CM Order (TRADE)

    Places a plain LIMIT or MARKET order on a COIN-M (CM) futures symbol from the
    Portfolio Margin account. Which other parameters are needed depends on `type`: a
    LIMIT order needs `timeInForce`, `quantity` and a price (either `price` or
    `priceMatch`, never both); a MARKET order needs `quantity`.

    With `newOrderRespType=RESULT` a MARKET order answers with its final FILLED state,
    and a LIMIT order with an immediate time in force (IOC, FOK, GTX) answers with its
    final FILLED or EXPIRED state. With the default ACK the answer is the order as
    accepted.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The CM symbol to trade, such as `BTCUSD_PERP` or `BTCUSD_200925`.
        side: Buy or sell.
        position_side: Position side. In one-way mode it may be left out (it then means `BOTH`, the
            only value allowed there); in hedge mode it is mandatory and must be `LONG` or
            `SHORT`.
        type: Order type; this operation takes only `LIMIT` or `MARKET`.
        time_in_force: How long a LIMIT order stays working (mandatory for LIMIT). CM orders take GTC,
            IOC, FOK or GTX.
        quantity: Order quantity, in contracts. Mandatory for both LIMIT and MARKET orders.
        reduce_only: When `true`, the order may only reduce the position. Defaults to `false`. Not
            accepted in hedge mode.
        price: Limit price. A LIMIT order needs it unless `priceMatch` is sent instead; never send
            both.
        price_match: Let the book set the price of a LIMIT order (OPPONENT, OPPONENT_5/10/20, QUEUE,
            QUEUE_5/10/20) instead of giving `price`. Cannot be combined with `price`.
        new_client_order_id: A client-chosen id for the order, unique among the account's open orders.
            Binance generates one when it is left out, but a client should send its own
            (binance-pm always does) so that a lost answer can be looked up by it.
        new_order_resp_type: How much the answer says; CM orders take `ACK` (the default) or `RESULT`.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.
        binance_pm.errors.OutcomeUnknownError: a 5XX, or an answer lost after sending: the request
            may have been carried out, and is never resent (``client.lookup_order(error)``
            finds the order by its client order id).

    Returns:
        CmOrder
    """

    params = _params(
        symbol=symbol,
        side=side,
        position_side=position_side,
        type=type,
        time_in_force=time_in_force,
        quantity=quantity,
        reduce_only=reduce_only,
        price=price,
        price_match=price_match,
        new_client_order_id=new_client_order_id,
        new_order_resp_type=new_order_resp_type,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
