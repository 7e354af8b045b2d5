"""Margin Account New OCO (TRADE): ``POST /papi/v1/margin/order/oco`` on the papi host.

Security type TRADE; weight 1 per IP.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..._json import STDLIB, TYPED, decode_json, gc_paused, parse_path
from ..._operation import Operation, OrderLookup
from ..._params import check_decimal, check_enum, check_int, check_str
from ..._params import new_client_order_id as _new_client_order_id
from ...errors import ResponseParseError
from ...models.response_type import ResponseType
from ...models.side import Side
from ...models.side_effect_type import SideEffectType
from ...models.time_in_force import TimeInForce
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._answer_shape import Shape
    from ...client import BinanceClient, Sent
    from ...models.margin_order_list import MarginOrderList

OPERATION = Operation(
    operation_id="marginAccountNewOco",
    method="POST",
    path="/papi/v1/margin/order/oco",
    host="papi",
    security_type="TRADE",
    needs_api_key=True,
    signed=True,
    weight=1,
    weight_per="IP",
    summary="Margin Account New OCO (TRADE)",
    client_order_id="listClientOrderId",
    lookup=OrderLookup(
        module="binance_pm.api.portfolio_margin.query_margin_accounts_oco",
        id_parameter="origClientOrderId",
        copy=(),
        not_found_codes=(-2013,),
    ),
)

# What a success answer must be for the models to surely accept it, said without them (see
# binance_pm._answer_shape); None: only the models can tell.
ANSWER_SHAPE: Shape | None = None


def _params(
    *,
    symbol: str,
    list_client_order_id: str | Unset = UNSET,
    side: Side | str,
    quantity: Decimal | str | int,
    limit_client_order_id: str | Unset = UNSET,
    price: Decimal | str | int,
    limit_iceberg_qty: Decimal | str | int | Unset = UNSET,
    stop_client_order_id: str | Unset = UNSET,
    stop_price: Decimal | str | int,
    stop_limit_price: Decimal | str | int | Unset = UNSET,
    stop_iceberg_qty: Decimal | str | int | Unset = UNSET,
    stop_limit_time_in_force: TimeInForce | str | Unset = UNSET,
    new_order_resp_type: ResponseType | str | Unset = UNSET,
    side_effect_type: SideEffectType | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    params["symbol"] = check_str("symbol", symbol, min_length=1, max_length=20, pattern="^[A-Z0-9-_.]{1,20}$")
    # Every order goes out with a client order id, made here when the caller gave none,
    # so that an answer lost on the way back can still be matched to the order.
    params["listClientOrderId"] = (
        _new_client_order_id()
        if isinstance(list_client_order_id, Unset)
        else check_str(
            "list_client_order_id",
            list_client_order_id,
            min_length=1,
            max_length=32,
            pattern="^[\\.A-Z\\:/a-z0-9_-]{1,32}$",
        )
    )
    params["side"] = check_enum("side", side, Side)
    params["quantity"] = check_decimal("quantity", quantity)
    if not isinstance(limit_client_order_id, Unset):
        params["limitClientOrderId"] = check_str(
            "limit_client_order_id",
            limit_client_order_id,
            min_length=1,
            max_length=32,
            pattern="^[\\.A-Z\\:/a-z0-9_-]{1,32}$",
        )
    params["price"] = check_decimal("price", price)
    if not isinstance(limit_iceberg_qty, Unset):
        params["limitIcebergQty"] = check_decimal("limit_iceberg_qty", limit_iceberg_qty)
    if not isinstance(stop_client_order_id, Unset):
        params["stopClientOrderId"] = check_str(
            "stop_client_order_id",
            stop_client_order_id,
            min_length=1,
            max_length=32,
            pattern="^[\\.A-Z\\:/a-z0-9_-]{1,32}$",
        )
    params["stopPrice"] = check_decimal("stop_price", stop_price)
    if not isinstance(stop_limit_price, Unset):
        params["stopLimitPrice"] = check_decimal("stop_limit_price", stop_limit_price)
    if not isinstance(stop_iceberg_qty, Unset):
        params["stopIcebergQty"] = check_decimal("stop_iceberg_qty", stop_iceberg_qty)
    if not isinstance(stop_limit_time_in_force, Unset):
        params["stopLimitTimeInForce"] = check_enum("stop_limit_time_in_force", stop_limit_time_in_force, TimeInForce)
    if not isinstance(new_order_resp_type, Unset):
        params["newOrderRespType"] = check_enum("new_order_resp_type", new_order_resp_type, ResponseType)
    if not isinstance(side_effect_type, Unset):
        params["sideEffectType"] = check_enum("side_effect_type", side_effect_type, SideEffectType)
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
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
        raise exc.within("marginAccountNewOco") from None
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
    list_client_order_id: str | Unset = UNSET,
    side: Side | str,
    quantity: Decimal | str | int,
    limit_client_order_id: str | Unset = UNSET,
    price: Decimal | str | int,
    limit_iceberg_qty: Decimal | str | int | Unset = UNSET,
    stop_client_order_id: str | Unset = UNSET,
    stop_price: Decimal | str | int,
    stop_limit_price: Decimal | str | int | Unset = UNSET,
    stop_iceberg_qty: Decimal | str | int | Unset = UNSET,
    stop_limit_time_in_force: TimeInForce | str | Unset = UNSET,
    new_order_resp_type: ResponseType | str | Unset = UNSET,
    side_effect_type: SideEffectType | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[MarginOrderList]:
    """Margin Account New OCO (TRADE)

    Places a cross-margin OCO: a limit order and a stop-loss (or stop-loss-limit) order
    of the same quantity, where one filling cancels the other. Prices must satisfy
    limit price > last price > stop price for SELL and limit price < last price < stop
    price for BUY; iceberg quantities of the legs may differ. An OCO counts as 2 orders
    against the order rate limit. If `stopLimitPrice` is sent, `stopLimitTimeInForce`
    must be sent too. The borrow fields appear only when the OCO borrowed.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The margin symbol, such as `LTCBTC`.
        list_client_order_id: Client id for the whole OCO, unique among open order lists. A client should
            send one (binance-pm always does) so that a lost answer can be looked up by it.
        side: BUY or SELL, for both legs.
        quantity: Quantity of each leg, in the base asset.
        limit_client_order_id: Client order id for the limit leg.
        price: Price of the limit leg.
        limit_iceberg_qty: Visible quantity of the limit leg (iceberg).
        stop_client_order_id: Client order id for the stop-loss or stop-loss-limit leg.
        stop_price: Trigger price of the stop leg.
        stop_limit_price: Limit price of the stop leg, making it a stop-loss-limit order; then
            `stopLimitTimeInForce` is needed too.
        stop_iceberg_qty: Visible quantity of the stop leg (iceberg).
        stop_limit_time_in_force: Time in force of a stop-loss-limit leg; GTC, FOK or IOC.
        new_order_resp_type: How much the answer says about the orders.
        side_effect_type: Borrowing and repaying done with the OCO (NO_SIDE_EFFECT, MARGIN_BUY or AUTO_REPAY);
            defaults to NO_SIDE_EFFECT.
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
        Response[MarginOrderList]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        list_client_order_id=list_client_order_id,
        side=side,
        quantity=quantity,
        limit_client_order_id=limit_client_order_id,
        price=price,
        limit_iceberg_qty=limit_iceberg_qty,
        stop_client_order_id=stop_client_order_id,
        stop_price=stop_price,
        stop_limit_price=stop_limit_price,
        stop_iceberg_qty=stop_iceberg_qty,
        stop_limit_time_in_force=stop_limit_time_in_force,
        new_order_resp_type=new_order_resp_type,
        side_effect_type=side_effect_type,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    symbol: str,
    list_client_order_id: str | Unset = UNSET,
    side: Side | str,
    quantity: Decimal | str | int,
    limit_client_order_id: str | Unset = UNSET,
    price: Decimal | str | int,
    limit_iceberg_qty: Decimal | str | int | Unset = UNSET,
    stop_client_order_id: str | Unset = UNSET,
    stop_price: Decimal | str | int,
    stop_limit_price: Decimal | str | int | Unset = UNSET,
    stop_iceberg_qty: Decimal | str | int | Unset = UNSET,
    stop_limit_time_in_force: TimeInForce | str | Unset = UNSET,
    new_order_resp_type: ResponseType | str | Unset = UNSET,
    side_effect_type: SideEffectType | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> MarginOrderList:
    """Margin Account New OCO (TRADE)

    Places a cross-margin OCO: a limit order and a stop-loss (or stop-loss-limit) order
    of the same quantity, where one filling cancels the other. Prices must satisfy
    limit price > last price > stop price for SELL and limit price < last price < stop
    price for BUY; iceberg quantities of the legs may differ. An OCO counts as 2 orders
    against the order rate limit. If `stopLimitPrice` is sent, `stopLimitTimeInForce`
    must be sent too. The borrow fields appear only when the OCO borrowed.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The margin symbol, such as `LTCBTC`.
        list_client_order_id: Client id for the whole OCO, unique among open order lists. A client should
            send one (binance-pm always does) so that a lost answer can be looked up by it.
        side: BUY or SELL, for both legs.
        quantity: Quantity of each leg, in the base asset.
        limit_client_order_id: Client order id for the limit leg.
        price: Price of the limit leg.
        limit_iceberg_qty: Visible quantity of the limit leg (iceberg).
        stop_client_order_id: Client order id for the stop-loss or stop-loss-limit leg.
        stop_price: Trigger price of the stop leg.
        stop_limit_price: Limit price of the stop leg, making it a stop-loss-limit order; then
            `stopLimitTimeInForce` is needed too.
        stop_iceberg_qty: Visible quantity of the stop leg (iceberg).
        stop_limit_time_in_force: Time in force of a stop-loss-limit leg; GTC, FOK or IOC.
        new_order_resp_type: How much the answer says about the orders.
        side_effect_type: Borrowing and repaying done with the OCO (NO_SIDE_EFFECT, MARGIN_BUY or AUTO_REPAY);
            defaults to NO_SIDE_EFFECT.
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
        MarginOrderList
    """

    params = _params(
        symbol=symbol,
        list_client_order_id=list_client_order_id,
        side=side,
        quantity=quantity,
        limit_client_order_id=limit_client_order_id,
        price=price,
        limit_iceberg_qty=limit_iceberg_qty,
        stop_client_order_id=stop_client_order_id,
        stop_price=stop_price,
        stop_limit_price=stop_limit_price,
        stop_iceberg_qty=stop_iceberg_qty,
        stop_limit_time_in_force=stop_limit_time_in_force,
        new_order_resp_type=new_order_resp_type,
        side_effect_type=side_effect_type,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    symbol: str,
    list_client_order_id: str | Unset = UNSET,
    side: Side | str,
    quantity: Decimal | str | int,
    limit_client_order_id: str | Unset = UNSET,
    price: Decimal | str | int,
    limit_iceberg_qty: Decimal | str | int | Unset = UNSET,
    stop_client_order_id: str | Unset = UNSET,
    stop_price: Decimal | str | int,
    stop_limit_price: Decimal | str | int | Unset = UNSET,
    stop_iceberg_qty: Decimal | str | int | Unset = UNSET,
    stop_limit_time_in_force: TimeInForce | str | Unset = UNSET,
    new_order_resp_type: ResponseType | str | Unset = UNSET,
    side_effect_type: SideEffectType | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[MarginOrderList]:
    """Margin Account New OCO (TRADE)

    Places a cross-margin OCO: a limit order and a stop-loss (or stop-loss-limit) order
    of the same quantity, where one filling cancels the other. Prices must satisfy
    limit price > last price > stop price for SELL and limit price < last price < stop
    price for BUY; iceberg quantities of the legs may differ. An OCO counts as 2 orders
    against the order rate limit. If `stopLimitPrice` is sent, `stopLimitTimeInForce`
    must be sent too. The borrow fields appear only when the OCO borrowed.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The margin symbol, such as `LTCBTC`.
        list_client_order_id: Client id for the whole OCO, unique among open order lists. A client should
            send one (binance-pm always does) so that a lost answer can be looked up by it.
        side: BUY or SELL, for both legs.
        quantity: Quantity of each leg, in the base asset.
        limit_client_order_id: Client order id for the limit leg.
        price: Price of the limit leg.
        limit_iceberg_qty: Visible quantity of the limit leg (iceberg).
        stop_client_order_id: Client order id for the stop-loss or stop-loss-limit leg.
        stop_price: Trigger price of the stop leg.
        stop_limit_price: Limit price of the stop leg, making it a stop-loss-limit order; then
            `stopLimitTimeInForce` is needed too.
        stop_iceberg_qty: Visible quantity of the stop leg (iceberg).
        stop_limit_time_in_force: Time in force of a stop-loss-limit leg; GTC, FOK or IOC.
        new_order_resp_type: How much the answer says about the orders.
        side_effect_type: Borrowing and repaying done with the OCO (NO_SIDE_EFFECT, MARGIN_BUY or AUTO_REPAY);
            defaults to NO_SIDE_EFFECT.
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
        Response[MarginOrderList]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        list_client_order_id=list_client_order_id,
        side=side,
        quantity=quantity,
        limit_client_order_id=limit_client_order_id,
        price=price,
        limit_iceberg_qty=limit_iceberg_qty,
        stop_client_order_id=stop_client_order_id,
        stop_price=stop_price,
        stop_limit_price=stop_limit_price,
        stop_iceberg_qty=stop_iceberg_qty,
        stop_limit_time_in_force=stop_limit_time_in_force,
        new_order_resp_type=new_order_resp_type,
        side_effect_type=side_effect_type,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    symbol: str,
    list_client_order_id: str | Unset = UNSET,
    side: Side | str,
    quantity: Decimal | str | int,
    limit_client_order_id: str | Unset = UNSET,
    price: Decimal | str | int,
    limit_iceberg_qty: Decimal | str | int | Unset = UNSET,
    stop_client_order_id: str | Unset = UNSET,
    stop_price: Decimal | str | int,
    stop_limit_price: Decimal | str | int | Unset = UNSET,
    stop_iceberg_qty: Decimal | str | int | Unset = UNSET,
    stop_limit_time_in_force: TimeInForce | str | Unset = UNSET,
    new_order_resp_type: ResponseType | str | Unset = UNSET,
    side_effect_type: SideEffectType | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> MarginOrderList:
    """Margin Account New OCO (TRADE)

    Places a cross-margin OCO: a limit order and a stop-loss (or stop-loss-limit) order
    of the same quantity, where one filling cancels the other. Prices must satisfy
    limit price > last price > stop price for SELL and limit price < last price < stop
    price for BUY; iceberg quantities of the legs may differ. An OCO counts as 2 orders
    against the order rate limit. If `stopLimitPrice` is sent, `stopLimitTimeInForce`
    must be sent too. The borrow fields appear only when the OCO borrowed.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The margin symbol, such as `LTCBTC`.
        list_client_order_id: Client id for the whole OCO, unique among open order lists. A client should
            send one (binance-pm always does) so that a lost answer can be looked up by it.
        side: BUY or SELL, for both legs.
        quantity: Quantity of each leg, in the base asset.
        limit_client_order_id: Client order id for the limit leg.
        price: Price of the limit leg.
        limit_iceberg_qty: Visible quantity of the limit leg (iceberg).
        stop_client_order_id: Client order id for the stop-loss or stop-loss-limit leg.
        stop_price: Trigger price of the stop leg.
        stop_limit_price: Limit price of the stop leg, making it a stop-loss-limit order; then
            `stopLimitTimeInForce` is needed too.
        stop_iceberg_qty: Visible quantity of the stop leg (iceberg).
        stop_limit_time_in_force: Time in force of a stop-loss-limit leg; GTC, FOK or IOC.
        new_order_resp_type: How much the answer says about the orders.
        side_effect_type: Borrowing and repaying done with the OCO (NO_SIDE_EFFECT, MARGIN_BUY or AUTO_REPAY);
            defaults to NO_SIDE_EFFECT.
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
        MarginOrderList
    """

    params = _params(
        symbol=symbol,
        list_client_order_id=list_client_order_id,
        side=side,
        quantity=quantity,
        limit_client_order_id=limit_client_order_id,
        price=price,
        limit_iceberg_qty=limit_iceberg_qty,
        stop_client_order_id=stop_client_order_id,
        stop_price=stop_price,
        stop_limit_price=stop_limit_price,
        stop_iceberg_qty=stop_iceberg_qty,
        stop_limit_time_in_force=stop_limit_time_in_force,
        new_order_resp_type=new_order_resp_type,
        side_effect_type=side_effect_type,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
