"""Query Current CM Open Conditional Order (USER_DATA): ``GET /papi/v1/cm/conditional/openOrder`` on the papi host.

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
    from ...models.cm_conditional_order import CmConditionalOrder

OPERATION = Operation(
    operation_id="queryCurrentCmOpenConditionalOrder",
    method="GET",
    path="/papi/v1/cm/conditional/openOrder",
    host="papi",
    security_type="USER_DATA",
    needs_api_key=True,
    signed=True,
    weight=1,
    weight_per="IP",
    summary="Query Current CM Open Conditional Order (USER_DATA)",
    rules=(
        Rule(
            kind="require-one-of",
            parameters=(("strategyId", "strategy_id"), ("newClientStrategyId", "new_client_strategy_id")),
            description="Send strategyId or newClientStrategyId.",
        ),
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
    strategy_id: int | Unset = UNSET,
    new_client_strategy_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    params["symbol"] = check_str("symbol", symbol, min_length=1, max_length=20, pattern="^[A-Z0-9-_.]{1,20}$")
    if not isinstance(strategy_id, Unset):
        params["strategyId"] = check_int("strategy_id", strategy_id)
    if not isinstance(new_client_strategy_id, Unset):
        params["newClientStrategyId"] = check_str(
            "new_client_strategy_id",
            new_client_strategy_id,
            min_length=1,
            max_length=32,
            pattern="^[\\.A-Z\\:/a-z0-9_-]{1,32}$",
        )
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
        from ..._fast_path.query_current_cm_open_conditional_order import parse

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
        raise exc.within("queryCurrentCmOpenConditionalOrder") from None
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
    strategy_id: int | Unset = UNSET,
    new_client_strategy_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[CmConditionalOrder]:
    """Query Current CM Open Conditional Order (USER_DATA)

    Looks up one CM conditional order that is still waiting, by `strategyId` or
    `newClientStrategyId`. Once the order has been triggered, cancelled or has expired
    Binance answers with the error "Order does not exist"; use the order history
    operation for those.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The CM symbol.
        strategy_id: The conditional order id Binance assigned.
        new_client_strategy_id: The client id given (or generated) when the conditional order was placed.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[CmConditionalOrder]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        strategy_id=strategy_id,
        new_client_strategy_id=new_client_strategy_id,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    symbol: str,
    strategy_id: int | Unset = UNSET,
    new_client_strategy_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> CmConditionalOrder:
    """Query Current CM Open Conditional Order (USER_DATA)

    Looks up one CM conditional order that is still waiting, by `strategyId` or
    `newClientStrategyId`. Once the order has been triggered, cancelled or has expired
    Binance answers with the error "Order does not exist"; use the order history
    operation for those.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The CM symbol.
        strategy_id: The conditional order id Binance assigned.
        new_client_strategy_id: The client id given (or generated) when the conditional order was placed.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        CmConditionalOrder
    """

    params = _params(
        symbol=symbol,
        strategy_id=strategy_id,
        new_client_strategy_id=new_client_strategy_id,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    symbol: str,
    strategy_id: int | Unset = UNSET,
    new_client_strategy_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[CmConditionalOrder]:
    """Query Current CM Open Conditional Order (USER_DATA)

    Looks up one CM conditional order that is still waiting, by `strategyId` or
    `newClientStrategyId`. Once the order has been triggered, cancelled or has expired
    Binance answers with the error "Order does not exist"; use the order history
    operation for those.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The CM symbol.
        strategy_id: The conditional order id Binance assigned.
        new_client_strategy_id: The client id given (or generated) when the conditional order was placed.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[CmConditionalOrder]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        strategy_id=strategy_id,
        new_client_strategy_id=new_client_strategy_id,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    symbol: str,
    strategy_id: int | Unset = UNSET,
    new_client_strategy_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> CmConditionalOrder:
    """Query Current CM Open Conditional Order (USER_DATA)

    Looks up one CM conditional order that is still waiting, by `strategyId` or
    `newClientStrategyId`. Once the order has been triggered, cancelled or has expired
    Binance answers with the error "Order does not exist"; use the order history
    operation for those.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The CM symbol.
        strategy_id: The conditional order id Binance assigned.
        new_client_strategy_id: The client id given (or generated) when the conditional order was placed.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        CmConditionalOrder
    """

    params = _params(
        symbol=symbol,
        strategy_id=strategy_id,
        new_client_strategy_id=new_client_strategy_id,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
