"""New CM Conditional Order (TRADE): ``POST /papi/v1/cm/conditional/order`` on the papi host.

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
from ...models.cm_conditional_strategy_type import CmConditionalStrategyType
from ...models.position_side import PositionSide
from ...models.side import Side
from ...models.time_in_force import TimeInForce
from ...models.working_type import WorkingType
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from collections.abc import Callable

    import httpx

    from ..._answer_shape import Shape
    from ...client import BinanceClient, Sent
    from ...models.cm_conditional_order import CmConditionalOrder

OPERATION = Operation(
    operation_id="newCmConditionalOrder",
    method="POST",
    path="/papi/v1/cm/conditional/order",
    host="papi",
    security_type="TRADE",
    needs_api_key=True,
    signed=True,
    weight=1,
    weight_per="IP",
    summary="New CM Conditional Order (TRADE)",
    rules=(
        Rule(
            kind="require",
            parameters=(("quantity", "quantity"), ("price", "price"), ("stopPrice", "stop_price")),
            when=(("strategyType", ("STOP", "TAKE_PROFIT")),),
            description="A STOP or TAKE_PROFIT order needs quantity, price and stopPrice.",
        ),
        Rule(
            kind="require",
            parameters=(("stopPrice", "stop_price"),),
            when=(("strategyType", ("STOP_MARKET", "TAKE_PROFIT_MARKET")),),
            description="A STOP_MARKET or TAKE_PROFIT_MARKET order needs stopPrice.",
        ),
        Rule(
            kind="require",
            parameters=(("callbackRate", "callback_rate"),),
            when=(("strategyType", ("TRAILING_STOP_MARKET",)),),
            description="A TRAILING_STOP_MARKET order needs callbackRate.",
        ),
    ),
    client_order_id="newClientStrategyId",
    lookup=OrderLookup(
        module="binance_pm.api.portfolio_margin.query_cm_conditional_order_history",
        id_parameter="newClientStrategyId",
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
        ("newClientStrategyId", True, "str"),
        ("strategyId", True, "int"),
        ("strategyStatus", True, "str"),
        ("strategyType", True, "str"),
        ("side", True, "str"),
        ("symbol", True, "str"),
        ("origQty", False, "decimal"),
        ("price", False, "decimal"),
        ("reduceOnly", False, "bool"),
        ("positionSide", False, "str"),
        ("stopPrice", False, "decimal"),
        ("pair", False, "str"),
        ("orderId", False, "int"),
        ("status", False, "str"),
        ("type", False, "str"),
        ("bookTime", False, "int"),
        ("updateTime", False, "int"),
        ("triggerTime", False, "int"),
        ("timeInForce", False, "str"),
        ("activatePrice", False, "decimal"),
        ("priceRate", False, "decimal"),
        ("workingType", False, "str"),
        ("priceProtect", False, "bool"),
        ("priceMatch", False, "str"),
        ("selfTradePreventionMode", False, "str"),
        ("goodTillDate", False, "int"),
    ),
)


def _params(
    *,
    symbol: str,
    side: Side | str,
    position_side: PositionSide | str | Unset = UNSET,
    strategy_type: CmConditionalStrategyType | str,
    time_in_force: TimeInForce | str | Unset = UNSET,
    quantity: Decimal | str | int | Unset = UNSET,
    reduce_only: bool | Unset = UNSET,
    price: Decimal | str | int | Unset = UNSET,
    working_type: WorkingType | str | Unset = UNSET,
    price_protect: bool | Unset = UNSET,
    new_client_strategy_id: str | Unset = UNSET,
    stop_price: Decimal | str | int | Unset = UNSET,
    activation_price: Decimal | str | int | Unset = UNSET,
    callback_rate: Decimal | str | int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    params["symbol"] = check_str("symbol", symbol, min_length=1, max_length=20, pattern="^[A-Z0-9-_.]{1,20}$")
    params["side"] = check_enum("side", side, Side)
    if not isinstance(position_side, Unset):
        params["positionSide"] = check_enum("position_side", position_side, PositionSide)
    params["strategyType"] = check_enum("strategy_type", strategy_type, CmConditionalStrategyType)
    if not isinstance(time_in_force, Unset):
        params["timeInForce"] = check_enum("time_in_force", time_in_force, TimeInForce)
    if not isinstance(quantity, Unset):
        params["quantity"] = check_decimal("quantity", quantity)
    if not isinstance(reduce_only, Unset):
        params["reduceOnly"] = check_bool("reduce_only", reduce_only)
    if not isinstance(price, Unset):
        params["price"] = check_decimal("price", price)
    if not isinstance(working_type, Unset):
        params["workingType"] = check_enum("working_type", working_type, WorkingType)
    if not isinstance(price_protect, Unset):
        params["priceProtect"] = check_bool("price_protect", price_protect)
    # Every order goes out with a client order id, made here when the caller gave none,
    # so that an answer lost on the way back can still be matched to the order.
    params["newClientStrategyId"] = (
        _new_client_order_id()
        if isinstance(new_client_strategy_id, Unset)
        else check_str(
            "new_client_strategy_id",
            new_client_strategy_id,
            min_length=1,
            max_length=32,
            pattern="^[\\.A-Z\\:/a-z0-9_-]{1,32}$",
        )
    )
    if not isinstance(stop_price, Unset):
        params["stopPrice"] = check_decimal("stop_price", stop_price)
    if not isinstance(activation_price, Unset):
        params["activationPrice"] = check_decimal("activation_price", activation_price)
    if not isinstance(callback_rate, Unset):
        params["callbackRate"] = check_decimal("callback_rate", callback_rate)
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    check_rules(OPERATION.rules, params)
    return params


_answer_loaded = False
_typed_parser: Callable[[bytes], CmConditionalOrder | None] | None = None


def _load_answer() -> None:
    # The answer's models (attrs classes) are imported on the first answer, not with the
    # module: importing an operation then costs neither attrs nor its models. The client's
    # names join them for annotations read at run time (typing.get_type_hints).
    global _answer_loaded, BinanceClient, Sent, CmConditionalOrder
    from ...client import BinanceClient, Sent
    from ...models.cm_conditional_order import CmConditionalOrder

    _answer_loaded = True


def _parse(sent: Sent) -> CmConditionalOrder:
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


def _parse_typed(response: httpx.Response) -> CmConditionalOrder:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded on the
    # first typed answer); any other is parsed the general way, which keeps extra fields
    # and names what does not fit.
    global _typed_parser
    parser = _typed_parser
    if parser is None:
        from ..._fast_path.new_cm_conditional_order import parse

        parser = _typed_parser = parse
    try:
        parsed = parser(response.content)
    except (ValueError, RecursionError):  # bytes that are not UTF-8, say: the general path says so
        parsed = None
    if parsed is not None:
        return parsed
    return _parse_general(response, typed=True)


def _parse_general(response: httpx.Response, *, typed: bool) -> CmConditionalOrder:
    data = decode_json(response, typed=typed)
    try:
        response_200 = CmConditionalOrder.from_dict(data)

    except ResponseParseError as exc:
        raise exc.within("newCmConditionalOrder") from None
    return response_200


def _build_response(sent: Sent) -> Response[CmConditionalOrder]:
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
    strategy_type: CmConditionalStrategyType | str,
    time_in_force: TimeInForce | str | Unset = UNSET,
    quantity: Decimal | str | int | Unset = UNSET,
    reduce_only: bool | Unset = UNSET,
    price: Decimal | str | int | Unset = UNSET,
    working_type: WorkingType | str | Unset = UNSET,
    price_protect: bool | Unset = UNSET,
    new_client_strategy_id: str | Unset = UNSET,
    stop_price: Decimal | str | int | Unset = UNSET,
    activation_price: Decimal | str | int | Unset = UNSET,
    callback_rate: Decimal | str | int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[CmConditionalOrder]:
    """New CM Conditional Order (TRADE)

    Places a CM conditional (strategy) order. It waits in Binance's strategy service
    and becomes a normal order when its condition is met: `STOP`/`STOP_MARKET` fire
    for a BUY when the mark price rises to `stopPrice` or above and for a SELL when it
    falls to `stopPrice` or below; `TAKE_PROFIT`/`TAKE_PROFIT_MARKET` the other way
    round; `TRAILING_STOP_MARKET` arms once the mark price reaches `activationPrice` and
    fires when it turns back by `callbackRate` percent from the best price seen since.
    `STOP` and `TAKE_PROFIT` orders may carry `timeInForce` (GTC when omitted).

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The CM symbol, such as `BTCUSD_PERP`.
        side: Order side.
        position_side: Position side. `BOTH` (the default) in one-way mode; in hedge mode it must be
            sent, as `LONG` or `SHORT`.
        strategy_type: The conditional order type.
        time_in_force: Time in force of a `STOP` or `TAKE_PROFIT` order: GTC (the default), IOC, FOK or
            GTX. GTD is not accepted here.
        quantity: Order quantity, in contracts.
        reduce_only: Only reduce the position; `false` when omitted. Not accepted in hedge mode.
        price: Limit price of the order placed when a `STOP` or `TAKE_PROFIT` fires.
        working_type: Which price is compared with `stopPrice`; `CONTRACT_PRICE` when omitted.
        price_protect: Price protection for `STOP`/`STOP_MARKET` and `TAKE_PROFIT`/`TAKE_PROFIT_MARKET`
            orders; off when omitted. Binance's page spells the values `TRUE`/`FALSE`.
        new_client_strategy_id: Client-chosen id of the conditional order, unique among open orders. Binance
            makes one up when it is missing, but a client should send its own (binance-pm
            always does) so that a lost answer can be looked up by it. (Binance accepts up to
            36 characters here; this spec keeps to the shared 32-character client id.)
        stop_price: Trigger price of `STOP`/`STOP_MARKET` and `TAKE_PROFIT`/`TAKE_PROFIT_MARKET` orders.
        activation_price: Activation price of a `TRAILING_STOP_MARKET` order; the mark price when omitted.
        callback_rate: Callback rate of a `TRAILING_STOP_MARKET` order, in percent (1 means 1%), from
            0.1 to 5.
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
        Response[CmConditionalOrder]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        side=side,
        position_side=position_side,
        strategy_type=strategy_type,
        time_in_force=time_in_force,
        quantity=quantity,
        reduce_only=reduce_only,
        price=price,
        working_type=working_type,
        price_protect=price_protect,
        new_client_strategy_id=new_client_strategy_id,
        stop_price=stop_price,
        activation_price=activation_price,
        callback_rate=callback_rate,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    symbol: str,
    side: Side | str,
    position_side: PositionSide | str | Unset = UNSET,
    strategy_type: CmConditionalStrategyType | str,
    time_in_force: TimeInForce | str | Unset = UNSET,
    quantity: Decimal | str | int | Unset = UNSET,
    reduce_only: bool | Unset = UNSET,
    price: Decimal | str | int | Unset = UNSET,
    working_type: WorkingType | str | Unset = UNSET,
    price_protect: bool | Unset = UNSET,
    new_client_strategy_id: str | Unset = UNSET,
    stop_price: Decimal | str | int | Unset = UNSET,
    activation_price: Decimal | str | int | Unset = UNSET,
    callback_rate: Decimal | str | int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> CmConditionalOrder:
    """New CM Conditional Order (TRADE)

    Places a CM conditional (strategy) order. It waits in Binance's strategy service
    and becomes a normal order when its condition is met: `STOP`/`STOP_MARKET` fire
    for a BUY when the mark price rises to `stopPrice` or above and for a SELL when it
    falls to `stopPrice` or below; `TAKE_PROFIT`/`TAKE_PROFIT_MARKET` the other way
    round; `TRAILING_STOP_MARKET` arms once the mark price reaches `activationPrice` and
    fires when it turns back by `callbackRate` percent from the best price seen since.
    `STOP` and `TAKE_PROFIT` orders may carry `timeInForce` (GTC when omitted).

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The CM symbol, such as `BTCUSD_PERP`.
        side: Order side.
        position_side: Position side. `BOTH` (the default) in one-way mode; in hedge mode it must be
            sent, as `LONG` or `SHORT`.
        strategy_type: The conditional order type.
        time_in_force: Time in force of a `STOP` or `TAKE_PROFIT` order: GTC (the default), IOC, FOK or
            GTX. GTD is not accepted here.
        quantity: Order quantity, in contracts.
        reduce_only: Only reduce the position; `false` when omitted. Not accepted in hedge mode.
        price: Limit price of the order placed when a `STOP` or `TAKE_PROFIT` fires.
        working_type: Which price is compared with `stopPrice`; `CONTRACT_PRICE` when omitted.
        price_protect: Price protection for `STOP`/`STOP_MARKET` and `TAKE_PROFIT`/`TAKE_PROFIT_MARKET`
            orders; off when omitted. Binance's page spells the values `TRUE`/`FALSE`.
        new_client_strategy_id: Client-chosen id of the conditional order, unique among open orders. Binance
            makes one up when it is missing, but a client should send its own (binance-pm
            always does) so that a lost answer can be looked up by it. (Binance accepts up to
            36 characters here; this spec keeps to the shared 32-character client id.)
        stop_price: Trigger price of `STOP`/`STOP_MARKET` and `TAKE_PROFIT`/`TAKE_PROFIT_MARKET` orders.
        activation_price: Activation price of a `TRAILING_STOP_MARKET` order; the mark price when omitted.
        callback_rate: Callback rate of a `TRAILING_STOP_MARKET` order, in percent (1 means 1%), from
            0.1 to 5.
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
        CmConditionalOrder
    """

    params = _params(
        symbol=symbol,
        side=side,
        position_side=position_side,
        strategy_type=strategy_type,
        time_in_force=time_in_force,
        quantity=quantity,
        reduce_only=reduce_only,
        price=price,
        working_type=working_type,
        price_protect=price_protect,
        new_client_strategy_id=new_client_strategy_id,
        stop_price=stop_price,
        activation_price=activation_price,
        callback_rate=callback_rate,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    symbol: str,
    side: Side | str,
    position_side: PositionSide | str | Unset = UNSET,
    strategy_type: CmConditionalStrategyType | str,
    time_in_force: TimeInForce | str | Unset = UNSET,
    quantity: Decimal | str | int | Unset = UNSET,
    reduce_only: bool | Unset = UNSET,
    price: Decimal | str | int | Unset = UNSET,
    working_type: WorkingType | str | Unset = UNSET,
    price_protect: bool | Unset = UNSET,
    new_client_strategy_id: str | Unset = UNSET,
    stop_price: Decimal | str | int | Unset = UNSET,
    activation_price: Decimal | str | int | Unset = UNSET,
    callback_rate: Decimal | str | int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[CmConditionalOrder]:
    """New CM Conditional Order (TRADE)

    Places a CM conditional (strategy) order. It waits in Binance's strategy service
    and becomes a normal order when its condition is met: `STOP`/`STOP_MARKET` fire
    for a BUY when the mark price rises to `stopPrice` or above and for a SELL when it
    falls to `stopPrice` or below; `TAKE_PROFIT`/`TAKE_PROFIT_MARKET` the other way
    round; `TRAILING_STOP_MARKET` arms once the mark price reaches `activationPrice` and
    fires when it turns back by `callbackRate` percent from the best price seen since.
    `STOP` and `TAKE_PROFIT` orders may carry `timeInForce` (GTC when omitted).

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The CM symbol, such as `BTCUSD_PERP`.
        side: Order side.
        position_side: Position side. `BOTH` (the default) in one-way mode; in hedge mode it must be
            sent, as `LONG` or `SHORT`.
        strategy_type: The conditional order type.
        time_in_force: Time in force of a `STOP` or `TAKE_PROFIT` order: GTC (the default), IOC, FOK or
            GTX. GTD is not accepted here.
        quantity: Order quantity, in contracts.
        reduce_only: Only reduce the position; `false` when omitted. Not accepted in hedge mode.
        price: Limit price of the order placed when a `STOP` or `TAKE_PROFIT` fires.
        working_type: Which price is compared with `stopPrice`; `CONTRACT_PRICE` when omitted.
        price_protect: Price protection for `STOP`/`STOP_MARKET` and `TAKE_PROFIT`/`TAKE_PROFIT_MARKET`
            orders; off when omitted. Binance's page spells the values `TRUE`/`FALSE`.
        new_client_strategy_id: Client-chosen id of the conditional order, unique among open orders. Binance
            makes one up when it is missing, but a client should send its own (binance-pm
            always does) so that a lost answer can be looked up by it. (Binance accepts up to
            36 characters here; this spec keeps to the shared 32-character client id.)
        stop_price: Trigger price of `STOP`/`STOP_MARKET` and `TAKE_PROFIT`/`TAKE_PROFIT_MARKET` orders.
        activation_price: Activation price of a `TRAILING_STOP_MARKET` order; the mark price when omitted.
        callback_rate: Callback rate of a `TRAILING_STOP_MARKET` order, in percent (1 means 1%), from
            0.1 to 5.
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
        Response[CmConditionalOrder]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        side=side,
        position_side=position_side,
        strategy_type=strategy_type,
        time_in_force=time_in_force,
        quantity=quantity,
        reduce_only=reduce_only,
        price=price,
        working_type=working_type,
        price_protect=price_protect,
        new_client_strategy_id=new_client_strategy_id,
        stop_price=stop_price,
        activation_price=activation_price,
        callback_rate=callback_rate,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    symbol: str,
    side: Side | str,
    position_side: PositionSide | str | Unset = UNSET,
    strategy_type: CmConditionalStrategyType | str,
    time_in_force: TimeInForce | str | Unset = UNSET,
    quantity: Decimal | str | int | Unset = UNSET,
    reduce_only: bool | Unset = UNSET,
    price: Decimal | str | int | Unset = UNSET,
    working_type: WorkingType | str | Unset = UNSET,
    price_protect: bool | Unset = UNSET,
    new_client_strategy_id: str | Unset = UNSET,
    stop_price: Decimal | str | int | Unset = UNSET,
    activation_price: Decimal | str | int | Unset = UNSET,
    callback_rate: Decimal | str | int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> CmConditionalOrder:
    """New CM Conditional Order (TRADE)

    Places a CM conditional (strategy) order. It waits in Binance's strategy service
    and becomes a normal order when its condition is met: `STOP`/`STOP_MARKET` fire
    for a BUY when the mark price rises to `stopPrice` or above and for a SELL when it
    falls to `stopPrice` or below; `TAKE_PROFIT`/`TAKE_PROFIT_MARKET` the other way
    round; `TRAILING_STOP_MARKET` arms once the mark price reaches `activationPrice` and
    fires when it turns back by `callbackRate` percent from the best price seen since.
    `STOP` and `TAKE_PROFIT` orders may carry `timeInForce` (GTC when omitted).

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The CM symbol, such as `BTCUSD_PERP`.
        side: Order side.
        position_side: Position side. `BOTH` (the default) in one-way mode; in hedge mode it must be
            sent, as `LONG` or `SHORT`.
        strategy_type: The conditional order type.
        time_in_force: Time in force of a `STOP` or `TAKE_PROFIT` order: GTC (the default), IOC, FOK or
            GTX. GTD is not accepted here.
        quantity: Order quantity, in contracts.
        reduce_only: Only reduce the position; `false` when omitted. Not accepted in hedge mode.
        price: Limit price of the order placed when a `STOP` or `TAKE_PROFIT` fires.
        working_type: Which price is compared with `stopPrice`; `CONTRACT_PRICE` when omitted.
        price_protect: Price protection for `STOP`/`STOP_MARKET` and `TAKE_PROFIT`/`TAKE_PROFIT_MARKET`
            orders; off when omitted. Binance's page spells the values `TRUE`/`FALSE`.
        new_client_strategy_id: Client-chosen id of the conditional order, unique among open orders. Binance
            makes one up when it is missing, but a client should send its own (binance-pm
            always does) so that a lost answer can be looked up by it. (Binance accepts up to
            36 characters here; this spec keeps to the shared 32-character client id.)
        stop_price: Trigger price of `STOP`/`STOP_MARKET` and `TAKE_PROFIT`/`TAKE_PROFIT_MARKET` orders.
        activation_price: Activation price of a `TRAILING_STOP_MARKET` order; the mark price when omitted.
        callback_rate: Callback rate of a `TRAILING_STOP_MARKET` order, in percent (1 means 1%), from
            0.1 to 5.
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
        CmConditionalOrder
    """

    params = _params(
        symbol=symbol,
        side=side,
        position_side=position_side,
        strategy_type=strategy_type,
        time_in_force=time_in_force,
        quantity=quantity,
        reduce_only=reduce_only,
        price=price,
        working_type=working_type,
        price_protect=price_protect,
        new_client_strategy_id=new_client_strategy_id,
        stop_price=stop_price,
        activation_price=activation_price,
        callback_rate=callback_rate,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
