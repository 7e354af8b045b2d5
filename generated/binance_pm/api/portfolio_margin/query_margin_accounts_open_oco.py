"""Query Margin Account's Open OCO (USER_DATA): ``GET /papi/v1/margin/openOrderList`` on the papi host.

Security type USER_DATA; weight 5 per IP.
"""

from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation
from ..._params import check_int
from ..._values import parse_list
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.margin_order_list import MarginOrderList
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="queryMarginAccountsOpenOco",
    method="GET",
    path="/papi/v1/margin/openOrderList",
    host="papi",
    security_type="USER_DATA",
    needs_api_key=True,
    signed=True,
    weight=5,
    weight_per="IP",
    summary="Query Margin Account's Open OCO (USER_DATA)",
)


def _params(
    *,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    return params


def _parse(sent: Sent) -> list[MarginOrderList]:
    with gc_paused():
        data = decode_json(sent.response)
        try:
            _response_200 = data
            response_200 = [MarginOrderList.from_dict(item) for item in parse_list(_response_200, "response_200")]

        except ResponseParseError as exc:
            raise exc.within("queryMarginAccountsOpenOco") from None
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
    recv_window: int | Unset = UNSET,
) -> Response[list[MarginOrderList]]:
    """Query Margin Account's Open OCO (USER_DATA)

    Lists the account's cross-margin OCOs that are still working.

    Args:
        client: the ``BinanceClient`` to send with.
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
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    recv_window: int | Unset = UNSET,
) -> list[MarginOrderList]:
    """Query Margin Account's Open OCO (USER_DATA)

    Lists the account's cross-margin OCOs that are still working.

    Args:
        client: the ``BinanceClient`` to send with.
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
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    recv_window: int | Unset = UNSET,
) -> Response[list[MarginOrderList]]:
    """Query Margin Account's Open OCO (USER_DATA)

    Lists the account's cross-margin OCOs that are still working.

    Args:
        client: the ``BinanceClient`` to send with.
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
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    recv_window: int | Unset = UNSET,
) -> list[MarginOrderList]:
    """Query Margin Account's Open OCO (USER_DATA)

    Lists the account's cross-margin OCOs that are still working.

    Args:
        client: the ``BinanceClient`` to send with.
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
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
