"""New Margin Order (TRADE): ``POST /papi/v1/margin/order`` on the papi host.

Security type TRADE; weight 1 per IP.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..._json import STDLIB, TYPED, decode_json, gc_paused, parse_path
from ..._operation import Operation, OrderLookup, Rule
from ..._params import check_bool, check_decimal, check_enum, check_int, check_rules, check_str
from ..._params import new_client_order_id as _new_client_order_id
from ...errors import ResponseParseError
from ...models.margin_order_type import MarginOrderType
from ...models.response_type import ResponseType
from ...models.self_trade_prevention_mode import SelfTradePreventionMode
from ...models.side import Side
from ...models.side_effect_type import SideEffectType
from ...models.time_in_force import TimeInForce
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._answer_shape import Shape
    from ...client import BinanceClient, Sent
    from ...models.margin_order import MarginOrder

OPERATION = Operation(
    operation_id="newMarginOrder",
    method="POST",
    path="/papi/v1/margin/order",
    host="papi",
    security_type="TRADE",
    needs_api_key=True,
    signed=True,
    weight=1,
    weight_per="IP",
    summary="New Margin Order (TRADE)",
    rules=(
        Rule(
            kind="require",
            parameters=(("timeInForce", "time_in_force"), ("quantity", "quantity"), ("price", "price")),
            when=(("type", ("LIMIT",)),),
            description="A LIMIT order needs timeInForce, quantity and price.",
        ),
        Rule(
            kind="require-one-of",
            parameters=(("quantity", "quantity"), ("quoteOrderQty", "quote_order_qty")),
            when=(("type", ("MARKET",)),),
            description="A MARKET order needs quantity or quoteOrderQty.",
        ),
        Rule(
            kind="require",
            parameters=(("quantity", "quantity"), ("stopPrice", "stop_price")),
            when=(("type", ("STOP_LOSS", "TAKE_PROFIT")),),
            description="A STOP_LOSS or TAKE_PROFIT order needs quantity and stopPrice.",
        ),
        Rule(
            kind="require",
            parameters=(
                ("timeInForce", "time_in_force"),
                ("quantity", "quantity"),
                ("price", "price"),
                ("stopPrice", "stop_price"),
            ),
            when=(("type", ("STOP_LOSS_LIMIT", "TAKE_PROFIT_LIMIT")),),
            description="A STOP_LOSS_LIMIT or TAKE_PROFIT_LIMIT order needs timeInForce, quantity, price and stopPrice.",
        ),
        Rule(
            kind="require",
            parameters=(("quantity", "quantity"), ("price", "price")),
            when=(("type", ("LIMIT_MAKER",)),),
            description="A LIMIT_MAKER order needs quantity and price.",
        ),
    ),
    client_order_id="newClientOrderId",
    lookup=OrderLookup(
        module="binance_pm.api.portfolio_margin.query_margin_account_order",
        id_parameter="origClientOrderId",
        copy=("symbol",),
        not_found_codes=(-2013,),
    ),
)

# What a success answer must be for the models to surely accept it, said without them (see
# binance_pm._answer_shape); None: only the models can tell.
ANSWER_SHAPE: Shape | None = None


def _params(
    *,
    symbol: str,
    side: Side | str,
    type: MarginOrderType | str,
    quantity: Decimal | str | int | Unset = UNSET,
    quote_order_qty: Decimal | str | int | Unset = UNSET,
    price: Decimal | str | int | Unset = UNSET,
    stop_price: Decimal | str | int | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    new_order_resp_type: ResponseType | str | Unset = UNSET,
    iceberg_qty: Decimal | str | int | Unset = UNSET,
    side_effect_type: SideEffectType | str | Unset = UNSET,
    time_in_force: TimeInForce | str | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | str | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = True,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    params["symbol"] = check_str("symbol", symbol, min_length=1, max_length=20, pattern="^[A-Z0-9-_.]{1,20}$")
    params["side"] = check_enum("side", side, Side)
    params["type"] = check_enum("type", type, MarginOrderType)
    if not isinstance(quantity, Unset):
        params["quantity"] = check_decimal("quantity", quantity)
    if not isinstance(quote_order_qty, Unset):
        params["quoteOrderQty"] = check_decimal("quote_order_qty", quote_order_qty)
    if not isinstance(price, Unset):
        params["price"] = check_decimal("price", price)
    if not isinstance(stop_price, Unset):
        params["stopPrice"] = check_decimal("stop_price", stop_price)
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
    if not isinstance(iceberg_qty, Unset):
        params["icebergQty"] = check_decimal("iceberg_qty", iceberg_qty)
    if not isinstance(side_effect_type, Unset):
        params["sideEffectType"] = check_enum("side_effect_type", side_effect_type, SideEffectType)
    if not isinstance(time_in_force, Unset):
        params["timeInForce"] = check_enum("time_in_force", time_in_force, TimeInForce)
    if not isinstance(self_trade_prevention_mode, Unset):
        params["selfTradePreventionMode"] = check_enum(
            "self_trade_prevention_mode", self_trade_prevention_mode, SelfTradePreventionMode
        )
    if not isinstance(auto_repay_at_cancel, Unset):
        params["autoRepayAtCancel"] = check_bool("auto_repay_at_cancel", auto_repay_at_cancel)
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    check_rules(OPERATION.rules, params)
    return params


_answer_loaded = False


def _load_answer() -> None:
    # The answer's models (attrs classes) are imported on the first answer, not with the
    # module: importing an operation then costs neither attrs nor its models. The client's
    # names join them for annotations read at run time (typing.get_type_hints).
    global _answer_loaded, BinanceClient, Sent, MarginOrder
    from ...client import BinanceClient, Sent
    from ...models.margin_order import MarginOrder

    _answer_loaded = True


def _parse(sent: Sent) -> MarginOrder:
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


def _parse_typed(response: httpx.Response) -> MarginOrder:
    return _parse_general(response, typed=True)


def _parse_general(response: httpx.Response, *, typed: bool) -> MarginOrder:
    data = decode_json(response, typed=typed)
    try:
        response_200 = MarginOrder.from_dict(data)

    except ResponseParseError as exc:
        raise exc.within("newMarginOrder") from None
    return response_200


def _build_response(sent: Sent) -> Response[MarginOrder]:
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
    type: MarginOrderType | str,
    quantity: Decimal | str | int | Unset = UNSET,
    quote_order_qty: Decimal | str | int | Unset = UNSET,
    price: Decimal | str | int | Unset = UNSET,
    stop_price: Decimal | str | int | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    new_order_resp_type: ResponseType | str | Unset = UNSET,
    iceberg_qty: Decimal | str | int | Unset = UNSET,
    side_effect_type: SideEffectType | str | Unset = UNSET,
    time_in_force: TimeInForce | str | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | str | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = True,
    recv_window: int | Unset = UNSET,
) -> Response[MarginOrder]:
    """New Margin Order (TRADE)

    Places an order in the cross-margin account of a Portfolio Margin account. Which of
    `quantity`, `quoteOrderQty`, `price`, `stopPrice` and `timeInForce` must be sent
    depends on `type` (see the rules). When `newOrderRespType` is omitted, LIMIT and
    MARKET orders answer FULL (with fills) and the other types ACK (ids only); the
    borrow fields appear only when the order borrowed.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The margin symbol, such as `BTCUSDT`.
        side: BUY or SELL.
        type: The order type; it decides which other parameters are needed.
        quantity: Order quantity, in the base asset.
        quote_order_qty: For MARKET orders, the amount of quote asset to spend or receive instead of a base
            quantity.
        price: Limit price.
        stop_price: Trigger price, for STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT and TAKE_PROFIT_LIMIT
            orders.
        new_client_order_id: Client order id for the new order, unique among open orders. Binance generates
            one when it is omitted, but a client should send its own (binance-pm always
            does) so that a lost answer can be looked up by it.
        new_order_resp_type: How much the answer says: ACK, RESULT or FULL. Defaults to FULL for MARKET and
            LIMIT orders and to ACK for the other types.
        iceberg_qty: Visible quantity, making a LIMIT, STOP_LOSS_LIMIT or TAKE_PROFIT_LIMIT order an
            iceberg order.
        side_effect_type: Borrowing and repaying done with the order; defaults to NO_SIDE_EFFECT.
        time_in_force: GTC, IOC or FOK; needed by the limit types.
        self_trade_prevention_mode: What to do when the order would match one of the account's own orders (NONE,
            EXPIRE_TAKER, EXPIRE_MAKER or EXPIRE_BOTH).
        auto_repay_at_cancel: Only for MARGIN_BUY and AUTO_BORROW_REPAY orders: whether the loan the order
            created is repaid when the order is cancelled. Defaults to true.
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
        Response[MarginOrder]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        side=side,
        type=type,
        quantity=quantity,
        quote_order_qty=quote_order_qty,
        price=price,
        stop_price=stop_price,
        new_client_order_id=new_client_order_id,
        new_order_resp_type=new_order_resp_type,
        iceberg_qty=iceberg_qty,
        side_effect_type=side_effect_type,
        time_in_force=time_in_force,
        self_trade_prevention_mode=self_trade_prevention_mode,
        auto_repay_at_cancel=auto_repay_at_cancel,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    symbol: str,
    side: Side | str,
    type: MarginOrderType | str,
    quantity: Decimal | str | int | Unset = UNSET,
    quote_order_qty: Decimal | str | int | Unset = UNSET,
    price: Decimal | str | int | Unset = UNSET,
    stop_price: Decimal | str | int | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    new_order_resp_type: ResponseType | str | Unset = UNSET,
    iceberg_qty: Decimal | str | int | Unset = UNSET,
    side_effect_type: SideEffectType | str | Unset = UNSET,
    time_in_force: TimeInForce | str | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | str | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = True,
    recv_window: int | Unset = UNSET,
) -> MarginOrder:
    """New Margin Order (TRADE)

    Places an order in the cross-margin account of a Portfolio Margin account. Which of
    `quantity`, `quoteOrderQty`, `price`, `stopPrice` and `timeInForce` must be sent
    depends on `type` (see the rules). When `newOrderRespType` is omitted, LIMIT and
    MARKET orders answer FULL (with fills) and the other types ACK (ids only); the
    borrow fields appear only when the order borrowed.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The margin symbol, such as `BTCUSDT`.
        side: BUY or SELL.
        type: The order type; it decides which other parameters are needed.
        quantity: Order quantity, in the base asset.
        quote_order_qty: For MARKET orders, the amount of quote asset to spend or receive instead of a base
            quantity.
        price: Limit price.
        stop_price: Trigger price, for STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT and TAKE_PROFIT_LIMIT
            orders.
        new_client_order_id: Client order id for the new order, unique among open orders. Binance generates
            one when it is omitted, but a client should send its own (binance-pm always
            does) so that a lost answer can be looked up by it.
        new_order_resp_type: How much the answer says: ACK, RESULT or FULL. Defaults to FULL for MARKET and
            LIMIT orders and to ACK for the other types.
        iceberg_qty: Visible quantity, making a LIMIT, STOP_LOSS_LIMIT or TAKE_PROFIT_LIMIT order an
            iceberg order.
        side_effect_type: Borrowing and repaying done with the order; defaults to NO_SIDE_EFFECT.
        time_in_force: GTC, IOC or FOK; needed by the limit types.
        self_trade_prevention_mode: What to do when the order would match one of the account's own orders (NONE,
            EXPIRE_TAKER, EXPIRE_MAKER or EXPIRE_BOTH).
        auto_repay_at_cancel: Only for MARGIN_BUY and AUTO_BORROW_REPAY orders: whether the loan the order
            created is repaid when the order is cancelled. Defaults to true.
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
        MarginOrder
    """

    params = _params(
        symbol=symbol,
        side=side,
        type=type,
        quantity=quantity,
        quote_order_qty=quote_order_qty,
        price=price,
        stop_price=stop_price,
        new_client_order_id=new_client_order_id,
        new_order_resp_type=new_order_resp_type,
        iceberg_qty=iceberg_qty,
        side_effect_type=side_effect_type,
        time_in_force=time_in_force,
        self_trade_prevention_mode=self_trade_prevention_mode,
        auto_repay_at_cancel=auto_repay_at_cancel,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    symbol: str,
    side: Side | str,
    type: MarginOrderType | str,
    quantity: Decimal | str | int | Unset = UNSET,
    quote_order_qty: Decimal | str | int | Unset = UNSET,
    price: Decimal | str | int | Unset = UNSET,
    stop_price: Decimal | str | int | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    new_order_resp_type: ResponseType | str | Unset = UNSET,
    iceberg_qty: Decimal | str | int | Unset = UNSET,
    side_effect_type: SideEffectType | str | Unset = UNSET,
    time_in_force: TimeInForce | str | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | str | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = True,
    recv_window: int | Unset = UNSET,
) -> Response[MarginOrder]:
    """New Margin Order (TRADE)

    Places an order in the cross-margin account of a Portfolio Margin account. Which of
    `quantity`, `quoteOrderQty`, `price`, `stopPrice` and `timeInForce` must be sent
    depends on `type` (see the rules). When `newOrderRespType` is omitted, LIMIT and
    MARKET orders answer FULL (with fills) and the other types ACK (ids only); the
    borrow fields appear only when the order borrowed.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The margin symbol, such as `BTCUSDT`.
        side: BUY or SELL.
        type: The order type; it decides which other parameters are needed.
        quantity: Order quantity, in the base asset.
        quote_order_qty: For MARKET orders, the amount of quote asset to spend or receive instead of a base
            quantity.
        price: Limit price.
        stop_price: Trigger price, for STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT and TAKE_PROFIT_LIMIT
            orders.
        new_client_order_id: Client order id for the new order, unique among open orders. Binance generates
            one when it is omitted, but a client should send its own (binance-pm always
            does) so that a lost answer can be looked up by it.
        new_order_resp_type: How much the answer says: ACK, RESULT or FULL. Defaults to FULL for MARKET and
            LIMIT orders and to ACK for the other types.
        iceberg_qty: Visible quantity, making a LIMIT, STOP_LOSS_LIMIT or TAKE_PROFIT_LIMIT order an
            iceberg order.
        side_effect_type: Borrowing and repaying done with the order; defaults to NO_SIDE_EFFECT.
        time_in_force: GTC, IOC or FOK; needed by the limit types.
        self_trade_prevention_mode: What to do when the order would match one of the account's own orders (NONE,
            EXPIRE_TAKER, EXPIRE_MAKER or EXPIRE_BOTH).
        auto_repay_at_cancel: Only for MARGIN_BUY and AUTO_BORROW_REPAY orders: whether the loan the order
            created is repaid when the order is cancelled. Defaults to true.
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
        Response[MarginOrder]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        side=side,
        type=type,
        quantity=quantity,
        quote_order_qty=quote_order_qty,
        price=price,
        stop_price=stop_price,
        new_client_order_id=new_client_order_id,
        new_order_resp_type=new_order_resp_type,
        iceberg_qty=iceberg_qty,
        side_effect_type=side_effect_type,
        time_in_force=time_in_force,
        self_trade_prevention_mode=self_trade_prevention_mode,
        auto_repay_at_cancel=auto_repay_at_cancel,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    symbol: str,
    side: Side | str,
    type: MarginOrderType | str,
    quantity: Decimal | str | int | Unset = UNSET,
    quote_order_qty: Decimal | str | int | Unset = UNSET,
    price: Decimal | str | int | Unset = UNSET,
    stop_price: Decimal | str | int | Unset = UNSET,
    new_client_order_id: str | Unset = UNSET,
    new_order_resp_type: ResponseType | str | Unset = UNSET,
    iceberg_qty: Decimal | str | int | Unset = UNSET,
    side_effect_type: SideEffectType | str | Unset = UNSET,
    time_in_force: TimeInForce | str | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | str | Unset = UNSET,
    auto_repay_at_cancel: bool | Unset = True,
    recv_window: int | Unset = UNSET,
) -> MarginOrder:
    """New Margin Order (TRADE)

    Places an order in the cross-margin account of a Portfolio Margin account. Which of
    `quantity`, `quoteOrderQty`, `price`, `stopPrice` and `timeInForce` must be sent
    depends on `type` (see the rules). When `newOrderRespType` is omitted, LIMIT and
    MARKET orders answer FULL (with fills) and the other types ACK (ids only); the
    borrow fields appear only when the order borrowed.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The margin symbol, such as `BTCUSDT`.
        side: BUY or SELL.
        type: The order type; it decides which other parameters are needed.
        quantity: Order quantity, in the base asset.
        quote_order_qty: For MARKET orders, the amount of quote asset to spend or receive instead of a base
            quantity.
        price: Limit price.
        stop_price: Trigger price, for STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT and TAKE_PROFIT_LIMIT
            orders.
        new_client_order_id: Client order id for the new order, unique among open orders. Binance generates
            one when it is omitted, but a client should send its own (binance-pm always
            does) so that a lost answer can be looked up by it.
        new_order_resp_type: How much the answer says: ACK, RESULT or FULL. Defaults to FULL for MARKET and
            LIMIT orders and to ACK for the other types.
        iceberg_qty: Visible quantity, making a LIMIT, STOP_LOSS_LIMIT or TAKE_PROFIT_LIMIT order an
            iceberg order.
        side_effect_type: Borrowing and repaying done with the order; defaults to NO_SIDE_EFFECT.
        time_in_force: GTC, IOC or FOK; needed by the limit types.
        self_trade_prevention_mode: What to do when the order would match one of the account's own orders (NONE,
            EXPIRE_TAKER, EXPIRE_MAKER or EXPIRE_BOTH).
        auto_repay_at_cancel: Only for MARGIN_BUY and AUTO_BORROW_REPAY orders: whether the loan the order
            created is repaid when the order is cancelled. Defaults to true.
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
        MarginOrder
    """

    params = _params(
        symbol=symbol,
        side=side,
        type=type,
        quantity=quantity,
        quote_order_qty=quote_order_qty,
        price=price,
        stop_price=stop_price,
        new_client_order_id=new_client_order_id,
        new_order_resp_type=new_order_resp_type,
        iceberg_qty=iceberg_qty,
        side_effect_type=side_effect_type,
        time_in_force=time_in_force,
        self_trade_prevention_mode=self_trade_prevention_mode,
        auto_repay_at_cancel=auto_repay_at_cancel,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
