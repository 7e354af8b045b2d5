"""UM Account Trade List (USER_DATA): ``GET /papi/v1/um/userTrades`` on the papi host.

Security type USER_DATA; weight 5 per IP.
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
    from ...models.um_trade import UmTrade

OPERATION = Operation(
    operation_id="umAccountTradeList",
    method="GET",
    path="/papi/v1/um/userTrades",
    host="papi",
    security_type="USER_DATA",
    needs_api_key=True,
    signed=True,
    weight=5,
    weight_per="IP",
    summary="UM Account Trade List (USER_DATA)",
    rules=(
        Rule(
            kind="exclusive",
            parameters=(("fromId", "from_id"), ("startTime", "start_time")),
            description="fromId cannot be sent together with startTime.",
        ),
        Rule(
            kind="exclusive",
            parameters=(("fromId", "from_id"), ("endTime", "end_time")),
            description="fromId cannot be sent together with endTime.",
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
            ("symbol", True, "str"),
            ("id", True, "int"),
            ("orderId", True, "int"),
            ("price", True, "decimal"),
            ("qty", True, "decimal"),
            ("side", False, "str"),
            ("quoteQty", False, "decimal"),
            ("realizedPnl", False, "decimal"),
            ("commission", False, "decimal"),
            ("commissionAsset", False, "str"),
            ("time", False, "int"),
            ("buyer", False, "bool"),
            ("maker", False, "bool"),
            ("positionSide", False, "str"),
        ),
    ),
)


def _params(
    *,
    symbol: str,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    from_id: int | Unset = UNSET,
    limit: int | Unset = 500,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    params["symbol"] = check_str("symbol", symbol, min_length=1, max_length=20, pattern="^[A-Z0-9-_.]{1,20}$")
    if not isinstance(start_time, Unset):
        params["startTime"] = check_int("start_time", start_time, minimum=0)
    if not isinstance(end_time, Unset):
        params["endTime"] = check_int("end_time", end_time, minimum=0)
    if not isinstance(from_id, Unset):
        params["fromId"] = check_int("from_id", from_id)
    if not isinstance(limit, Unset):
        params["limit"] = check_int("limit", limit, minimum=1, maximum=1000)
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    check_rules(OPERATION.rules, params)
    return params


_answer_loaded = False
_typed_parser: Callable[[bytes], list[UmTrade] | None] | None = None


def _load_answer() -> None:
    # The answer's models (attrs classes) are imported on the first answer, not with the
    # module: importing an operation then costs neither attrs nor its models. The client's
    # names join them for annotations read at run time (typing.get_type_hints).
    global _answer_loaded, BinanceClient, Sent, UmTrade
    from ...client import BinanceClient, Sent
    from ...models.um_trade import UmTrade

    _answer_loaded = True


def _parse(sent: Sent) -> list[UmTrade]:
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


def _parse_typed(response: httpx.Response) -> list[UmTrade]:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded on the
    # first typed answer); any other is parsed the general way, which keeps extra fields
    # and names what does not fit.
    global _typed_parser
    parser = _typed_parser
    if parser is None:
        from ..._fast_path.um_account_trade_list import parse

        parser = _typed_parser = parse
    try:
        parsed = parser(response.content)
    except (ValueError, RecursionError):  # bytes that are not UTF-8, say: the general path says so
        parsed = None
    if parsed is not None:
        return parsed
    return _parse_general(response, typed=True)


def _parse_general(response: httpx.Response, *, typed: bool) -> list[UmTrade]:
    data = decode_json(response, typed=typed)
    try:
        _response_200 = data
        response_200 = [UmTrade.from_dict(item) for item in parse_list(_response_200, "response_200")]

    except ResponseParseError as exc:
        raise exc.within("umAccountTradeList") from None
    return response_200


def _build_response(sent: Sent) -> Response[list[UmTrade]]:
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
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    from_id: int | Unset = UNSET,
    limit: int | Unset = 500,
    recv_window: int | Unset = UNSET,
) -> Response[list[UmTrade]]:
    """UM Account Trade List (USER_DATA)

    Lists the account's trades (fills) on one UM symbol. Without `startTime` and
    `endTime` the last 7 days come back; the span between them may not exceed 7 days.
    `fromId` cannot be combined with `startTime` or `endTime`.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The UM symbol.
        start_time: Start of the time span, in milliseconds since the epoch.
        end_time: End of the time span, in milliseconds since the epoch.
        from_id: Return trades from this trade id on; by default the most recent trades come back.
        limit: Most trades to return.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[list[UmTrade]]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        start_time=start_time,
        end_time=end_time,
        from_id=from_id,
        limit=limit,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    symbol: str,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    from_id: int | Unset = UNSET,
    limit: int | Unset = 500,
    recv_window: int | Unset = UNSET,
) -> list[UmTrade]:
    """UM Account Trade List (USER_DATA)

    Lists the account's trades (fills) on one UM symbol. Without `startTime` and
    `endTime` the last 7 days come back; the span between them may not exceed 7 days.
    `fromId` cannot be combined with `startTime` or `endTime`.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The UM symbol.
        start_time: Start of the time span, in milliseconds since the epoch.
        end_time: End of the time span, in milliseconds since the epoch.
        from_id: Return trades from this trade id on; by default the most recent trades come back.
        limit: Most trades to return.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        list[UmTrade]
    """

    params = _params(
        symbol=symbol,
        start_time=start_time,
        end_time=end_time,
        from_id=from_id,
        limit=limit,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    symbol: str,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    from_id: int | Unset = UNSET,
    limit: int | Unset = 500,
    recv_window: int | Unset = UNSET,
) -> Response[list[UmTrade]]:
    """UM Account Trade List (USER_DATA)

    Lists the account's trades (fills) on one UM symbol. Without `startTime` and
    `endTime` the last 7 days come back; the span between them may not exceed 7 days.
    `fromId` cannot be combined with `startTime` or `endTime`.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The UM symbol.
        start_time: Start of the time span, in milliseconds since the epoch.
        end_time: End of the time span, in milliseconds since the epoch.
        from_id: Return trades from this trade id on; by default the most recent trades come back.
        limit: Most trades to return.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[list[UmTrade]]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        start_time=start_time,
        end_time=end_time,
        from_id=from_id,
        limit=limit,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    symbol: str,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    from_id: int | Unset = UNSET,
    limit: int | Unset = 500,
    recv_window: int | Unset = UNSET,
) -> list[UmTrade]:
    """UM Account Trade List (USER_DATA)

    Lists the account's trades (fills) on one UM symbol. Without `startTime` and
    `endTime` the last 7 days come back; the span between them may not exceed 7 days.
    `fromId` cannot be combined with `startTime` or `endTime`.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The UM symbol.
        start_time: Start of the time span, in milliseconds since the epoch.
        end_time: End of the time span, in milliseconds since the epoch.
        from_id: Return trades from this trade id on; by default the most recent trades come back.
        limit: Most trades to return.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        list[UmTrade]
    """

    params = _params(
        symbol=symbol,
        start_time=start_time,
        end_time=end_time,
        from_id=from_id,
        limit=limit,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
