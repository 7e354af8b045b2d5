"""Query Margin Account's all OCO (USER_DATA): ``GET /papi/v1/margin/allOrderList`` on the papi host.

Security type USER_DATA; weight 100 per IP.
"""

from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation, Rule
from ..._params import check_int, check_rules
from ..._values import parse_list
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.margin_order_list import MarginOrderList
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="queryMarginAccountsAllOco",
    method="GET",
    path="/papi/v1/margin/allOrderList",
    host="papi",
    security_type="USER_DATA",
    needs_api_key=True,
    signed=True,
    weight=100,
    weight_per="IP",
    summary="Query Margin Account's all OCO (USER_DATA)",
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


def _params(
    *,
    from_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 500,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if not isinstance(from_id, Unset):
        params["fromId"] = check_int("from_id", from_id)
    if not isinstance(start_time, Unset):
        params["startTime"] = check_int("start_time", start_time)
    if not isinstance(end_time, Unset):
        params["endTime"] = check_int("end_time", end_time)
    if not isinstance(limit, Unset):
        params["limit"] = check_int("limit", limit, maximum=500)
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    check_rules(OPERATION.rules, params)
    return params


def _parse(sent: Sent) -> list[MarginOrderList]:
    with gc_paused():
        data = decode_json(sent.response)
        try:
            _response_200 = data
            response_200 = [MarginOrderList.from_dict(item) for item in parse_list(_response_200, "response_200")]

        except ResponseParseError as exc:
            raise exc.within("queryMarginAccountsAllOco") from None
    return response_200


def _build_response(sent: Sent) -> Response[list[MarginOrderList]]:
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
    from_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 500,
    recv_window: int | Unset = UNSET,
) -> Response[list[MarginOrderList]]:
    """Query Margin Account's all OCO (USER_DATA)

    Lists the account's cross-margin OCOs, whatever their status, by id (`fromId`) or by
    time. `fromId` cannot be combined with `startTime` or `endTime`.

    Args:
        client: the ``BinanceClient`` to send with.
        from_id: Order list id to start from; not allowed with startTime or endTime.
        start_time: Earliest list time, in milliseconds since the epoch.
        end_time: Latest list time, in milliseconds since the epoch.
        limit: How many OCOs to return at most.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[list[MarginOrderList]]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        from_id=from_id,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    from_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 500,
    recv_window: int | Unset = UNSET,
) -> list[MarginOrderList]:
    """Query Margin Account's all OCO (USER_DATA)

    Lists the account's cross-margin OCOs, whatever their status, by id (`fromId`) or by
    time. `fromId` cannot be combined with `startTime` or `endTime`.

    Args:
        client: the ``BinanceClient`` to send with.
        from_id: Order list id to start from; not allowed with startTime or endTime.
        start_time: Earliest list time, in milliseconds since the epoch.
        end_time: Latest list time, in milliseconds since the epoch.
        limit: How many OCOs to return at most.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        list[MarginOrderList]
    """

    params = _params(
        from_id=from_id,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    from_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 500,
    recv_window: int | Unset = UNSET,
) -> Response[list[MarginOrderList]]:
    """Query Margin Account's all OCO (USER_DATA)

    Lists the account's cross-margin OCOs, whatever their status, by id (`fromId`) or by
    time. `fromId` cannot be combined with `startTime` or `endTime`.

    Args:
        client: the ``BinanceClient`` to send with.
        from_id: Order list id to start from; not allowed with startTime or endTime.
        start_time: Earliest list time, in milliseconds since the epoch.
        end_time: Latest list time, in milliseconds since the epoch.
        limit: How many OCOs to return at most.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[list[MarginOrderList]]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        from_id=from_id,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    from_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    limit: int | Unset = 500,
    recv_window: int | Unset = UNSET,
) -> list[MarginOrderList]:
    """Query Margin Account's all OCO (USER_DATA)

    Lists the account's cross-margin OCOs, whatever their status, by id (`fromId`) or by
    time. `fromId` cannot be combined with `startTime` or `endTime`.

    Args:
        client: the ``BinanceClient`` to send with.
        from_id: Order list id to start from; not allowed with startTime or endTime.
        start_time: Earliest list time, in milliseconds since the epoch.
        end_time: Latest list time, in milliseconds since the epoch.
        limit: How many OCOs to return at most.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        list[MarginOrderList]
    """

    params = _params(
        from_id=from_id,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
