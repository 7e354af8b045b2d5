"""Query User's Margin Force Orders (USER_DATA): ``GET /papi/v1/margin/forceOrders`` on the papi host.

Security type USER_DATA; weight 1 per IP.
"""

from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation
from ..._params import check_int
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.margin_force_order_page import MarginForceOrderPage
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="queryUsersMarginForceOrders",
    method="GET",
    path="/papi/v1/margin/forceOrders",
    host="papi",
    security_type="USER_DATA",
    needs_api_key=True,
    signed=True,
    weight=1,
    weight_per="IP",
    summary="Query User's Margin Force Orders (USER_DATA)",
)


def _params(
    *,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = 1,
    size: int | Unset = 10,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if not isinstance(start_time, Unset):
        params["startTime"] = check_int("start_time", start_time)
    if not isinstance(end_time, Unset):
        params["endTime"] = check_int("end_time", end_time)
    if not isinstance(current, Unset):
        params["current"] = check_int("current", current, minimum=1)
    if not isinstance(size, Unset):
        params["size"] = check_int("size", size, maximum=100)
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    return params


def _parse(sent: Sent) -> MarginForceOrderPage:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded here on
    # the first answer); any other is parsed the general way below, which keeps extra fields
    # and names what does not fit.
    from ..._fast_path.query_users_margin_force_orders import parse as parse_typed

    with gc_paused():
        parsed = parse_typed(sent.response.content)
        if parsed is not None:
            return parsed
        data = decode_json(sent.response)
        try:
            response_200 = MarginForceOrderPage.from_dict(data)

        except ResponseParseError as exc:
            raise exc.within("queryUsersMarginForceOrders") from None
    return response_200


def _build_response(sent: Sent) -> Response[MarginForceOrderPage]:
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
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = 1,
    size: int | Unset = 10,
    recv_window: int | Unset = UNSET,
) -> Response[MarginForceOrderPage]:
    """Query User's Margin Force Orders (USER_DATA)

    Lists, one page at a time, the orders the system placed to liquidate the account's
    cross-margin positions.

    Args:
        client: the ``BinanceClient`` to send with.
        start_time: Earliest order time, in milliseconds since the epoch.
        end_time: Latest order time, in milliseconds since the epoch.
        current: Page number, counting from 1.
        size: Rows per page.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[MarginForceOrderPage]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        start_time=start_time,
        end_time=end_time,
        current=current,
        size=size,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = 1,
    size: int | Unset = 10,
    recv_window: int | Unset = UNSET,
) -> MarginForceOrderPage:
    """Query User's Margin Force Orders (USER_DATA)

    Lists, one page at a time, the orders the system placed to liquidate the account's
    cross-margin positions.

    Args:
        client: the ``BinanceClient`` to send with.
        start_time: Earliest order time, in milliseconds since the epoch.
        end_time: Latest order time, in milliseconds since the epoch.
        current: Page number, counting from 1.
        size: Rows per page.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        MarginForceOrderPage
    """

    params = _params(
        start_time=start_time,
        end_time=end_time,
        current=current,
        size=size,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = 1,
    size: int | Unset = 10,
    recv_window: int | Unset = UNSET,
) -> Response[MarginForceOrderPage]:
    """Query User's Margin Force Orders (USER_DATA)

    Lists, one page at a time, the orders the system placed to liquidate the account's
    cross-margin positions.

    Args:
        client: the ``BinanceClient`` to send with.
        start_time: Earliest order time, in milliseconds since the epoch.
        end_time: Latest order time, in milliseconds since the epoch.
        current: Page number, counting from 1.
        size: Rows per page.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[MarginForceOrderPage]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        start_time=start_time,
        end_time=end_time,
        current=current,
        size=size,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = 1,
    size: int | Unset = 10,
    recv_window: int | Unset = UNSET,
) -> MarginForceOrderPage:
    """Query User's Margin Force Orders (USER_DATA)

    Lists, one page at a time, the orders the system placed to liquidate the account's
    cross-margin positions.

    Args:
        client: the ``BinanceClient`` to send with.
        start_time: Earliest order time, in milliseconds since the epoch.
        end_time: Latest order time, in milliseconds since the epoch.
        current: Page number, counting from 1.
        size: Rows per page.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        MarginForceOrderPage
    """

    params = _params(
        start_time=start_time,
        end_time=end_time,
        current=current,
        size=size,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
