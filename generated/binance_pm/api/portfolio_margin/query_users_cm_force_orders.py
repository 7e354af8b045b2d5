"""Query User's CM Force Orders (USER_DATA): ``GET /papi/v1/cm/forceOrders`` on the papi host.

Security type USER_DATA; weight 50 per IP.
"""

from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation
from ..._params import check_enum, check_int, check_str
from ..._values import parse_list
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.auto_close_type import AutoCloseType
from ...models.cm_force_order import CmForceOrder
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="queryUsersCmForceOrders",
    method="GET",
    path="/papi/v1/cm/forceOrders",
    host="papi",
    security_type="USER_DATA",
    needs_api_key=True,
    signed=True,
    weight=50,
    weight_per="IP",
    summary="Query User's CM Force Orders (USER_DATA)",
    weight_when_present=(("symbol", 20),),
)


def _params(
    *,
    symbol: str | Unset = UNSET,
    auto_close_type: AutoCloseType | str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 50,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if not isinstance(symbol, Unset):
        params["symbol"] = check_str("symbol", symbol, min_length=1, max_length=20, pattern="^[A-Z0-9-_.]{1,20}$")
    if not isinstance(auto_close_type, Unset):
        params["autoCloseType"] = check_enum("auto_close_type", auto_close_type, AutoCloseType)
    if not isinstance(start_time, Unset):
        params["startTime"] = check_int("start_time", start_time)
    if not isinstance(end_time, Unset):
        params["endTime"] = check_int("end_time", end_time)
    if not isinstance(limit, Unset):
        params["limit"] = check_int("limit", limit, minimum=1, maximum=100)
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    return params


def _parse(sent: Sent) -> list[CmForceOrder]:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded here on
    # the first answer); any other is parsed the general way below, which keeps extra fields
    # and names what does not fit.
    from ..._fast_path.query_users_cm_force_orders import parse as parse_typed

    with gc_paused():
        parsed = parse_typed(sent.response.content)
        if parsed is not None:
            return parsed
        data = decode_json(sent.response)
        try:
            _response_200 = data
            response_200 = [CmForceOrder.from_dict(item) for item in parse_list(_response_200, "response_200")]

        except ResponseParseError as exc:
            raise exc.within("queryUsersCmForceOrders") from None
    return response_200


def _build_response(sent: Sent) -> Response[list[CmForceOrder]]:
    return Response(
        status_code=HTTPStatus(sent.response.status_code),
        content=sent.response.content,
        headers=sent.response.headers,
        parsed=_parse(sent),
        weights=sent.weights,
    )


def sync_detailed(
    *,
    client: BinanceClient,
    symbol: str | Unset = UNSET,
    auto_close_type: AutoCloseType | str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 50,
    recv_window: int | Unset = UNSET,
) -> Response[list[CmForceOrder]]:
    """Query User's CM Force Orders (USER_DATA)

    Lists the orders the system placed to close the account's CM positions:
    liquidations and auto-deleveraging (ADL). Without `autoCloseType` both kinds come
    back. Without `startTime`, only the 7 days before `endTime` can be queried.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: Trading symbol, such as `ETHUSDT`. Omit it for every symbol.
        auto_close_type: Only liquidation orders (`LIQUIDATION`) or only ADL orders (`ADL`). Both when left
            out.
        start_time: Start of the time window, in milliseconds since the epoch.
        end_time: End of the time window, in milliseconds since the epoch.
        limit: Maximum number of orders to return.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[list[CmForceOrder]]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        auto_close_type=auto_close_type,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    symbol: str | Unset = UNSET,
    auto_close_type: AutoCloseType | str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 50,
    recv_window: int | Unset = UNSET,
) -> list[CmForceOrder]:
    """Query User's CM Force Orders (USER_DATA)

    Lists the orders the system placed to close the account's CM positions:
    liquidations and auto-deleveraging (ADL). Without `autoCloseType` both kinds come
    back. Without `startTime`, only the 7 days before `endTime` can be queried.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: Trading symbol, such as `ETHUSDT`. Omit it for every symbol.
        auto_close_type: Only liquidation orders (`LIQUIDATION`) or only ADL orders (`ADL`). Both when left
            out.
        start_time: Start of the time window, in milliseconds since the epoch.
        end_time: End of the time window, in milliseconds since the epoch.
        limit: Maximum number of orders to return.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        list[CmForceOrder]
    """

    params = _params(
        symbol=symbol,
        auto_close_type=auto_close_type,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    symbol: str | Unset = UNSET,
    auto_close_type: AutoCloseType | str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 50,
    recv_window: int | Unset = UNSET,
) -> Response[list[CmForceOrder]]:
    """Query User's CM Force Orders (USER_DATA)

    Lists the orders the system placed to close the account's CM positions:
    liquidations and auto-deleveraging (ADL). Without `autoCloseType` both kinds come
    back. Without `startTime`, only the 7 days before `endTime` can be queried.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: Trading symbol, such as `ETHUSDT`. Omit it for every symbol.
        auto_close_type: Only liquidation orders (`LIQUIDATION`) or only ADL orders (`ADL`). Both when left
            out.
        start_time: Start of the time window, in milliseconds since the epoch.
        end_time: End of the time window, in milliseconds since the epoch.
        limit: Maximum number of orders to return.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[list[CmForceOrder]]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        auto_close_type=auto_close_type,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    symbol: str | Unset = UNSET,
    auto_close_type: AutoCloseType | str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 50,
    recv_window: int | Unset = UNSET,
) -> list[CmForceOrder]:
    """Query User's CM Force Orders (USER_DATA)

    Lists the orders the system placed to close the account's CM positions:
    liquidations and auto-deleveraging (ADL). Without `autoCloseType` both kinds come
    back. Without `startTime`, only the 7 days before `endTime` can be queried.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: Trading symbol, such as `ETHUSDT`. Omit it for every symbol.
        auto_close_type: Only liquidation orders (`LIQUIDATION`) or only ADL orders (`ADL`). Both when left
            out.
        start_time: Start of the time window, in milliseconds since the epoch.
        end_time: End of the time window, in milliseconds since the epoch.
        limit: Maximum number of orders to return.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        list[CmForceOrder]
    """

    params = _params(
        symbol=symbol,
        auto_close_type=auto_close_type,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
