"""New UM Algo Order (TRADE): ``POST /papi/v1/um/algo/order`` on the papi host.

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
from ...models.position_side import PositionSide
from ...models.price_match import PriceMatch
from ...models.response_type import ResponseType
from ...models.self_trade_prevention_mode import SelfTradePreventionMode
from ...models.side import Side
from ...models.time_in_force import TimeInForce
from ...models.um_algo_order_type import UmAlgoOrderType
from ...models.um_algo_type import UmAlgoType
from ...models.working_type import WorkingType
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._answer_shape import Shape
    from ...client import BinanceClient, Sent
    from ...models.um_algo_order import UmAlgoOrder

OPERATION = Operation(
    operation_id="newUmAlgoOrder",
    method="POST",
    path="/papi/v1/um/algo/order",
    host="papi",
    security_type="TRADE",
    needs_api_key=True,
    signed=True,
    weight=1,
    weight_per="IP",
    summary="New UM Algo Order (TRADE)",
    rules=(
        Rule(
            kind="require",
            parameters=(("goodTillDate", "good_till_date"),),
            when=(("timeInForce", ("GTD",)),),
            description="A GTD order needs goodTillDate.",
        ),
        Rule(
            kind="exclusive",
            parameters=(("price", "price"), ("priceMatch", "price_match")),
            description="Send either price or priceMatch, not both.",
        ),
        Rule(
            kind="forbid",
            parameters=(("priceMatch", "price_match"),),
            when=(("type", ("STOP_MARKET", "TAKE_PROFIT_MARKET", "TRAILING_STOP_MARKET")),),
            description="priceMatch is only accepted for STOP and TAKE_PROFIT algo orders.",
        ),
    ),
    client_order_id="clientAlgoId",
    lookup=OrderLookup(
        module="binance_pm.api.portfolio_margin.query_current_um_open_algo_order",
        id_parameter="clientAlgoId",
        copy=(),
        not_found_codes=(-2013,),
    ),
)

# What a success answer must be for the models to surely accept it, said without them (see
# binance_pm._answer_shape); None: only the models can tell.
ANSWER_SHAPE: Shape | None = None


def _params(
    *,
    algo_type: UmAlgoType | str,
    symbol: str,
    side: Side | str,
    position_side: PositionSide | str | Unset = UNSET,
    type: UmAlgoOrderType | str,
    time_in_force: TimeInForce | str | Unset = UNSET,
    quantity: Decimal | str | int,
    price: Decimal | str | int | Unset = UNSET,
    trigger_price: Decimal | str | int | Unset = UNSET,
    working_type: WorkingType | str | Unset = UNSET,
    price_match: PriceMatch | str | Unset = UNSET,
    price_protect: bool | Unset = UNSET,
    reduce_only: bool | Unset = UNSET,
    activate_price: Decimal | str | int | Unset = UNSET,
    callback_rate: Decimal | str | int | Unset = UNSET,
    client_algo_id: str | Unset = UNSET,
    new_order_resp_type: ResponseType | str | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | str | Unset = UNSET,
    good_till_date: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    params["algoType"] = check_enum("algo_type", algo_type, UmAlgoType)
    params["symbol"] = check_str("symbol", symbol, min_length=1, max_length=20, pattern="^[A-Z0-9-_.]{1,20}$")
    params["side"] = check_enum("side", side, Side)
    if not isinstance(position_side, Unset):
        params["positionSide"] = check_enum("position_side", position_side, PositionSide)
    params["type"] = check_enum("type", type, UmAlgoOrderType)
    if not isinstance(time_in_force, Unset):
        params["timeInForce"] = check_enum("time_in_force", time_in_force, TimeInForce)
    params["quantity"] = check_decimal("quantity", quantity)
    if not isinstance(price, Unset):
        params["price"] = check_decimal("price", price)
    if not isinstance(trigger_price, Unset):
        params["triggerPrice"] = check_decimal("trigger_price", trigger_price)
    if not isinstance(working_type, Unset):
        params["workingType"] = check_enum("working_type", working_type, WorkingType)
    if not isinstance(price_match, Unset):
        params["priceMatch"] = check_enum("price_match", price_match, PriceMatch)
    if not isinstance(price_protect, Unset):
        params["priceProtect"] = check_bool("price_protect", price_protect)
    if not isinstance(reduce_only, Unset):
        params["reduceOnly"] = check_bool("reduce_only", reduce_only)
    if not isinstance(activate_price, Unset):
        params["activatePrice"] = check_decimal("activate_price", activate_price)
    if not isinstance(callback_rate, Unset):
        params["callbackRate"] = check_decimal("callback_rate", callback_rate)
    # Every order goes out with a client order id, made here when the caller gave none,
    # so that an answer lost on the way back can still be matched to the order.
    params["clientAlgoId"] = (
        _new_client_order_id()
        if isinstance(client_algo_id, Unset)
        else check_str(
            "client_algo_id", client_algo_id, min_length=1, max_length=32, pattern="^[\\.A-Z\\:/a-z0-9_-]{1,32}$"
        )
    )
    if not isinstance(new_order_resp_type, Unset):
        params["newOrderRespType"] = check_enum("new_order_resp_type", new_order_resp_type, ResponseType)
    if not isinstance(self_trade_prevention_mode, Unset):
        params["selfTradePreventionMode"] = check_enum(
            "self_trade_prevention_mode", self_trade_prevention_mode, SelfTradePreventionMode
        )
    if not isinstance(good_till_date, Unset):
        params["goodTillDate"] = check_int("good_till_date", good_till_date)
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
        raise exc.within("newUmAlgoOrder") from None
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
    algo_type: UmAlgoType | str,
    symbol: str,
    side: Side | str,
    position_side: PositionSide | str | Unset = UNSET,
    type: UmAlgoOrderType | str,
    time_in_force: TimeInForce | str | Unset = UNSET,
    quantity: Decimal | str | int,
    price: Decimal | str | int | Unset = UNSET,
    trigger_price: Decimal | str | int | Unset = UNSET,
    working_type: WorkingType | str | Unset = UNSET,
    price_match: PriceMatch | str | Unset = UNSET,
    price_protect: bool | Unset = UNSET,
    reduce_only: bool | Unset = UNSET,
    activate_price: Decimal | str | int | Unset = UNSET,
    callback_rate: Decimal | str | int | Unset = UNSET,
    client_algo_id: str | Unset = UNSET,
    new_order_resp_type: ResponseType | str | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | str | Unset = UNSET,
    good_till_date: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[UmAlgoOrder]:
    """New UM Algo Order (TRADE)

    Places a UM conditional order through Binance's algo service (`algoType`
    CONDITIONAL). The order waits there until its trigger condition is met and is then
    sent to the matching engine as a normal order. Trigger rules: `STOP`/`STOP_MARKET`
    fire for a BUY when the latest price rises to `triggerPrice` or above and for a
    SELL when it falls to `triggerPrice` or below; `TAKE_PROFIT`/`TAKE_PROFIT_MARKET`
    the other way round; `TRAILING_STOP_MARKET` arms once the price reaches
    `activatePrice` and fires when the price turns back by `callbackRate` percent from
    the best price seen since. `STOP` and `TAKE_PROFIT` orders may carry
    `timeInForce` (GTC when omitted). `selfTradePreventionMode` only takes effect with
    time in force IOC, GTC or GTD. A trailing stop whose activation price is already
    passed is rejected with -2021 ("Order would immediately trigger").

    Args:
        client: the ``BinanceClient`` to send with.
        algo_type: Kind of algo order; only `CONDITIONAL` is accepted.
        symbol: The UM symbol, such as `BNBUSDT`.
        side: Order side.
        position_side: Position side. `BOTH` (the default) in one-way mode; in hedge mode it must be
            sent, as `LONG` or `SHORT`.
        type: The conditional order type.
        time_in_force: Time in force of the order placed when the condition fires: GTC (the default),
            IOC, FOK, GTX or GTD.
        quantity: Order quantity, in the base asset.
        price: Limit price of the order placed when a `STOP` or `TAKE_PROFIT` fires.
        trigger_price: The price that fires the order (not used by trailing stops).
        working_type: Which price is compared with `triggerPrice`; `CONTRACT_PRICE` when omitted.
        price_match: Let the book set the limit price (OPPONENT..., QUEUE...) instead of `price`.
            Only for `STOP` and `TAKE_PROFIT`; never together with `price`.
        price_protect: Price protection for `STOP_MARKET` and `TAKE_PROFIT_MARKET` orders; `false`
            when omitted. When on, the order does not fire while the gap between mark
            price and contract price exceeds the symbol's price-protection threshold.
        reduce_only: Only reduce the position; `false` when omitted. Not accepted in hedge mode.
        activate_price: Activation price of a `TRAILING_STOP_MARKET` order; the latest price (by
            `workingType`) when omitted.
        callback_rate: Callback rate of a `TRAILING_STOP_MARKET` order, in percent (1 means 1%), from
            0.1 to 10.
        client_algo_id: Client-chosen id of the algo order, unique among open orders. Binance makes one
            up when it is missing, but a client should send its own (binance-pm always does)
            so that a lost answer can be looked up by it. (Binance accepts up to 36
            characters here; this spec keeps to the shared 32-character client id.)
        new_order_resp_type: Answer detail, `ACK` (the default) or `RESULT`.
        self_trade_prevention_mode: Self-trade prevention: `EXPIRE_TAKER`, `EXPIRE_MAKER` or `EXPIRE_BOTH`; `NONE`
            when omitted.
        good_till_date: Cancel time (ms) of a GTD order; required when `timeInForce` is GTD.
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
        Response[UmAlgoOrder]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        algo_type=algo_type,
        symbol=symbol,
        side=side,
        position_side=position_side,
        type=type,
        time_in_force=time_in_force,
        quantity=quantity,
        price=price,
        trigger_price=trigger_price,
        working_type=working_type,
        price_match=price_match,
        price_protect=price_protect,
        reduce_only=reduce_only,
        activate_price=activate_price,
        callback_rate=callback_rate,
        client_algo_id=client_algo_id,
        new_order_resp_type=new_order_resp_type,
        self_trade_prevention_mode=self_trade_prevention_mode,
        good_till_date=good_till_date,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    algo_type: UmAlgoType | str,
    symbol: str,
    side: Side | str,
    position_side: PositionSide | str | Unset = UNSET,
    type: UmAlgoOrderType | str,
    time_in_force: TimeInForce | str | Unset = UNSET,
    quantity: Decimal | str | int,
    price: Decimal | str | int | Unset = UNSET,
    trigger_price: Decimal | str | int | Unset = UNSET,
    working_type: WorkingType | str | Unset = UNSET,
    price_match: PriceMatch | str | Unset = UNSET,
    price_protect: bool | Unset = UNSET,
    reduce_only: bool | Unset = UNSET,
    activate_price: Decimal | str | int | Unset = UNSET,
    callback_rate: Decimal | str | int | Unset = UNSET,
    client_algo_id: str | Unset = UNSET,
    new_order_resp_type: ResponseType | str | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | str | Unset = UNSET,
    good_till_date: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> UmAlgoOrder:
    """New UM Algo Order (TRADE)

    Places a UM conditional order through Binance's algo service (`algoType`
    CONDITIONAL). The order waits there until its trigger condition is met and is then
    sent to the matching engine as a normal order. Trigger rules: `STOP`/`STOP_MARKET`
    fire for a BUY when the latest price rises to `triggerPrice` or above and for a
    SELL when it falls to `triggerPrice` or below; `TAKE_PROFIT`/`TAKE_PROFIT_MARKET`
    the other way round; `TRAILING_STOP_MARKET` arms once the price reaches
    `activatePrice` and fires when the price turns back by `callbackRate` percent from
    the best price seen since. `STOP` and `TAKE_PROFIT` orders may carry
    `timeInForce` (GTC when omitted). `selfTradePreventionMode` only takes effect with
    time in force IOC, GTC or GTD. A trailing stop whose activation price is already
    passed is rejected with -2021 ("Order would immediately trigger").

    Args:
        client: the ``BinanceClient`` to send with.
        algo_type: Kind of algo order; only `CONDITIONAL` is accepted.
        symbol: The UM symbol, such as `BNBUSDT`.
        side: Order side.
        position_side: Position side. `BOTH` (the default) in one-way mode; in hedge mode it must be
            sent, as `LONG` or `SHORT`.
        type: The conditional order type.
        time_in_force: Time in force of the order placed when the condition fires: GTC (the default),
            IOC, FOK, GTX or GTD.
        quantity: Order quantity, in the base asset.
        price: Limit price of the order placed when a `STOP` or `TAKE_PROFIT` fires.
        trigger_price: The price that fires the order (not used by trailing stops).
        working_type: Which price is compared with `triggerPrice`; `CONTRACT_PRICE` when omitted.
        price_match: Let the book set the limit price (OPPONENT..., QUEUE...) instead of `price`.
            Only for `STOP` and `TAKE_PROFIT`; never together with `price`.
        price_protect: Price protection for `STOP_MARKET` and `TAKE_PROFIT_MARKET` orders; `false`
            when omitted. When on, the order does not fire while the gap between mark
            price and contract price exceeds the symbol's price-protection threshold.
        reduce_only: Only reduce the position; `false` when omitted. Not accepted in hedge mode.
        activate_price: Activation price of a `TRAILING_STOP_MARKET` order; the latest price (by
            `workingType`) when omitted.
        callback_rate: Callback rate of a `TRAILING_STOP_MARKET` order, in percent (1 means 1%), from
            0.1 to 10.
        client_algo_id: Client-chosen id of the algo order, unique among open orders. Binance makes one
            up when it is missing, but a client should send its own (binance-pm always does)
            so that a lost answer can be looked up by it. (Binance accepts up to 36
            characters here; this spec keeps to the shared 32-character client id.)
        new_order_resp_type: Answer detail, `ACK` (the default) or `RESULT`.
        self_trade_prevention_mode: Self-trade prevention: `EXPIRE_TAKER`, `EXPIRE_MAKER` or `EXPIRE_BOTH`; `NONE`
            when omitted.
        good_till_date: Cancel time (ms) of a GTD order; required when `timeInForce` is GTD.
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
        UmAlgoOrder
    """

    params = _params(
        algo_type=algo_type,
        symbol=symbol,
        side=side,
        position_side=position_side,
        type=type,
        time_in_force=time_in_force,
        quantity=quantity,
        price=price,
        trigger_price=trigger_price,
        working_type=working_type,
        price_match=price_match,
        price_protect=price_protect,
        reduce_only=reduce_only,
        activate_price=activate_price,
        callback_rate=callback_rate,
        client_algo_id=client_algo_id,
        new_order_resp_type=new_order_resp_type,
        self_trade_prevention_mode=self_trade_prevention_mode,
        good_till_date=good_till_date,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    algo_type: UmAlgoType | str,
    symbol: str,
    side: Side | str,
    position_side: PositionSide | str | Unset = UNSET,
    type: UmAlgoOrderType | str,
    time_in_force: TimeInForce | str | Unset = UNSET,
    quantity: Decimal | str | int,
    price: Decimal | str | int | Unset = UNSET,
    trigger_price: Decimal | str | int | Unset = UNSET,
    working_type: WorkingType | str | Unset = UNSET,
    price_match: PriceMatch | str | Unset = UNSET,
    price_protect: bool | Unset = UNSET,
    reduce_only: bool | Unset = UNSET,
    activate_price: Decimal | str | int | Unset = UNSET,
    callback_rate: Decimal | str | int | Unset = UNSET,
    client_algo_id: str | Unset = UNSET,
    new_order_resp_type: ResponseType | str | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | str | Unset = UNSET,
    good_till_date: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[UmAlgoOrder]:
    """New UM Algo Order (TRADE)

    Places a UM conditional order through Binance's algo service (`algoType`
    CONDITIONAL). The order waits there until its trigger condition is met and is then
    sent to the matching engine as a normal order. Trigger rules: `STOP`/`STOP_MARKET`
    fire for a BUY when the latest price rises to `triggerPrice` or above and for a
    SELL when it falls to `triggerPrice` or below; `TAKE_PROFIT`/`TAKE_PROFIT_MARKET`
    the other way round; `TRAILING_STOP_MARKET` arms once the price reaches
    `activatePrice` and fires when the price turns back by `callbackRate` percent from
    the best price seen since. `STOP` and `TAKE_PROFIT` orders may carry
    `timeInForce` (GTC when omitted). `selfTradePreventionMode` only takes effect with
    time in force IOC, GTC or GTD. A trailing stop whose activation price is already
    passed is rejected with -2021 ("Order would immediately trigger").

    Args:
        client: the ``BinanceClient`` to send with.
        algo_type: Kind of algo order; only `CONDITIONAL` is accepted.
        symbol: The UM symbol, such as `BNBUSDT`.
        side: Order side.
        position_side: Position side. `BOTH` (the default) in one-way mode; in hedge mode it must be
            sent, as `LONG` or `SHORT`.
        type: The conditional order type.
        time_in_force: Time in force of the order placed when the condition fires: GTC (the default),
            IOC, FOK, GTX or GTD.
        quantity: Order quantity, in the base asset.
        price: Limit price of the order placed when a `STOP` or `TAKE_PROFIT` fires.
        trigger_price: The price that fires the order (not used by trailing stops).
        working_type: Which price is compared with `triggerPrice`; `CONTRACT_PRICE` when omitted.
        price_match: Let the book set the limit price (OPPONENT..., QUEUE...) instead of `price`.
            Only for `STOP` and `TAKE_PROFIT`; never together with `price`.
        price_protect: Price protection for `STOP_MARKET` and `TAKE_PROFIT_MARKET` orders; `false`
            when omitted. When on, the order does not fire while the gap between mark
            price and contract price exceeds the symbol's price-protection threshold.
        reduce_only: Only reduce the position; `false` when omitted. Not accepted in hedge mode.
        activate_price: Activation price of a `TRAILING_STOP_MARKET` order; the latest price (by
            `workingType`) when omitted.
        callback_rate: Callback rate of a `TRAILING_STOP_MARKET` order, in percent (1 means 1%), from
            0.1 to 10.
        client_algo_id: Client-chosen id of the algo order, unique among open orders. Binance makes one
            up when it is missing, but a client should send its own (binance-pm always does)
            so that a lost answer can be looked up by it. (Binance accepts up to 36
            characters here; this spec keeps to the shared 32-character client id.)
        new_order_resp_type: Answer detail, `ACK` (the default) or `RESULT`.
        self_trade_prevention_mode: Self-trade prevention: `EXPIRE_TAKER`, `EXPIRE_MAKER` or `EXPIRE_BOTH`; `NONE`
            when omitted.
        good_till_date: Cancel time (ms) of a GTD order; required when `timeInForce` is GTD.
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
        Response[UmAlgoOrder]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        algo_type=algo_type,
        symbol=symbol,
        side=side,
        position_side=position_side,
        type=type,
        time_in_force=time_in_force,
        quantity=quantity,
        price=price,
        trigger_price=trigger_price,
        working_type=working_type,
        price_match=price_match,
        price_protect=price_protect,
        reduce_only=reduce_only,
        activate_price=activate_price,
        callback_rate=callback_rate,
        client_algo_id=client_algo_id,
        new_order_resp_type=new_order_resp_type,
        self_trade_prevention_mode=self_trade_prevention_mode,
        good_till_date=good_till_date,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    algo_type: UmAlgoType | str,
    symbol: str,
    side: Side | str,
    position_side: PositionSide | str | Unset = UNSET,
    type: UmAlgoOrderType | str,
    time_in_force: TimeInForce | str | Unset = UNSET,
    quantity: Decimal | str | int,
    price: Decimal | str | int | Unset = UNSET,
    trigger_price: Decimal | str | int | Unset = UNSET,
    working_type: WorkingType | str | Unset = UNSET,
    price_match: PriceMatch | str | Unset = UNSET,
    price_protect: bool | Unset = UNSET,
    reduce_only: bool | Unset = UNSET,
    activate_price: Decimal | str | int | Unset = UNSET,
    callback_rate: Decimal | str | int | Unset = UNSET,
    client_algo_id: str | Unset = UNSET,
    new_order_resp_type: ResponseType | str | Unset = UNSET,
    self_trade_prevention_mode: SelfTradePreventionMode | str | Unset = UNSET,
    good_till_date: int | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> UmAlgoOrder:
    """New UM Algo Order (TRADE)

    Places a UM conditional order through Binance's algo service (`algoType`
    CONDITIONAL). The order waits there until its trigger condition is met and is then
    sent to the matching engine as a normal order. Trigger rules: `STOP`/`STOP_MARKET`
    fire for a BUY when the latest price rises to `triggerPrice` or above and for a
    SELL when it falls to `triggerPrice` or below; `TAKE_PROFIT`/`TAKE_PROFIT_MARKET`
    the other way round; `TRAILING_STOP_MARKET` arms once the price reaches
    `activatePrice` and fires when the price turns back by `callbackRate` percent from
    the best price seen since. `STOP` and `TAKE_PROFIT` orders may carry
    `timeInForce` (GTC when omitted). `selfTradePreventionMode` only takes effect with
    time in force IOC, GTC or GTD. A trailing stop whose activation price is already
    passed is rejected with -2021 ("Order would immediately trigger").

    Args:
        client: the ``BinanceClient`` to send with.
        algo_type: Kind of algo order; only `CONDITIONAL` is accepted.
        symbol: The UM symbol, such as `BNBUSDT`.
        side: Order side.
        position_side: Position side. `BOTH` (the default) in one-way mode; in hedge mode it must be
            sent, as `LONG` or `SHORT`.
        type: The conditional order type.
        time_in_force: Time in force of the order placed when the condition fires: GTC (the default),
            IOC, FOK, GTX or GTD.
        quantity: Order quantity, in the base asset.
        price: Limit price of the order placed when a `STOP` or `TAKE_PROFIT` fires.
        trigger_price: The price that fires the order (not used by trailing stops).
        working_type: Which price is compared with `triggerPrice`; `CONTRACT_PRICE` when omitted.
        price_match: Let the book set the limit price (OPPONENT..., QUEUE...) instead of `price`.
            Only for `STOP` and `TAKE_PROFIT`; never together with `price`.
        price_protect: Price protection for `STOP_MARKET` and `TAKE_PROFIT_MARKET` orders; `false`
            when omitted. When on, the order does not fire while the gap between mark
            price and contract price exceeds the symbol's price-protection threshold.
        reduce_only: Only reduce the position; `false` when omitted. Not accepted in hedge mode.
        activate_price: Activation price of a `TRAILING_STOP_MARKET` order; the latest price (by
            `workingType`) when omitted.
        callback_rate: Callback rate of a `TRAILING_STOP_MARKET` order, in percent (1 means 1%), from
            0.1 to 10.
        client_algo_id: Client-chosen id of the algo order, unique among open orders. Binance makes one
            up when it is missing, but a client should send its own (binance-pm always does)
            so that a lost answer can be looked up by it. (Binance accepts up to 36
            characters here; this spec keeps to the shared 32-character client id.)
        new_order_resp_type: Answer detail, `ACK` (the default) or `RESULT`.
        self_trade_prevention_mode: Self-trade prevention: `EXPIRE_TAKER`, `EXPIRE_MAKER` or `EXPIRE_BOTH`; `NONE`
            when omitted.
        good_till_date: Cancel time (ms) of a GTD order; required when `timeInForce` is GTD.
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
        UmAlgoOrder
    """

    params = _params(
        algo_type=algo_type,
        symbol=symbol,
        side=side,
        position_side=position_side,
        type=type,
        time_in_force=time_in_force,
        quantity=quantity,
        price=price,
        trigger_price=trigger_price,
        working_type=working_type,
        price_match=price_match,
        price_protect=price_protect,
        reduce_only=reduce_only,
        activate_price=activate_price,
        callback_rate=callback_rate,
        client_algo_id=client_algo_id,
        new_order_resp_type=new_order_resp_type,
        self_trade_prevention_mode=self_trade_prevention_mode,
        good_till_date=good_till_date,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
