"""Account Balance (USER_DATA): ``GET /papi/v1/balance`` on the papi host.

Security type USER_DATA; weight 20 per IP.
"""

from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation
from ..._params import check_int, check_str
from ..._values import parse_list
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.pm_balance import PmBalance
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="accountBalance",
    method="GET",
    path="/papi/v1/balance",
    host="papi",
    security_type="USER_DATA",
    needs_api_key=True,
    signed=True,
    weight=20,
    weight_per="IP",
    summary="Account Balance (USER_DATA)",
)


def _params(
    *,
    asset: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if not isinstance(asset, Unset):
        params["asset"] = check_str("asset", asset, min_length=1, max_length=20, pattern="^[A-Za-z0-9]{1,20}$")
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    return params


def _parse(sent: Sent) -> list[PmBalance] | PmBalance:
    with gc_paused():
        data = decode_json(sent.response)
        try:

            def _parse_response_200(data: object) -> list[PmBalance] | PmBalance:
                if isinstance(data, dict):
                    response_200_type_0 = PmBalance.from_dict(data)

                    return response_200_type_0
                if type(data) is list:
                    _response_200_type_1 = data
                    response_200_type_1 = [
                        PmBalance.from_dict(item) for item in parse_list(_response_200_type_1, "response_200_type_1")
                    ]

                    return response_200_type_1
                raise ResponseParseError(
                    "a " + type(data).__name__ + " is none of the types the spec allows here",
                    field="response_200",
                )

            response_200 = _parse_response_200(data)

        except ResponseParseError as exc:
            raise exc.within("accountBalance") from None
    return response_200


def _build_response(sent: Sent) -> Response[list[PmBalance] | PmBalance]:
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
    asset: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[list[PmBalance] | PmBalance]:
    """Account Balance (USER_DATA)

    Balances of the Portfolio Margin account per asset, split into the cross-margin,
    UM and CM parts. With `asset` the answer is a single object for that asset;
    without it, a list with one element per asset.

    Args:
        client: the ``BinanceClient`` to send with.
        asset: Only this asset; the answer is then one object instead of a list.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[list[PmBalance] | PmBalance]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        asset=asset,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    asset: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> list[PmBalance] | PmBalance:
    """Account Balance (USER_DATA)

    Balances of the Portfolio Margin account per asset, split into the cross-margin,
    UM and CM parts. With `asset` the answer is a single object for that asset;
    without it, a list with one element per asset.

    Args:
        client: the ``BinanceClient`` to send with.
        asset: Only this asset; the answer is then one object instead of a list.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        list[PmBalance] | PmBalance
    """

    params = _params(
        asset=asset,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    asset: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[list[PmBalance] | PmBalance]:
    """Account Balance (USER_DATA)

    Balances of the Portfolio Margin account per asset, split into the cross-margin,
    UM and CM parts. With `asset` the answer is a single object for that asset;
    without it, a list with one element per asset.

    Args:
        client: the ``BinanceClient`` to send with.
        asset: Only this asset; the answer is then one object instead of a list.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[list[PmBalance] | PmBalance]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        asset=asset,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    asset: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> list[PmBalance] | PmBalance:
    """Account Balance (USER_DATA)

    Balances of the Portfolio Margin account per asset, split into the cross-margin,
    UM and CM parts. With `asset` the answer is a single object for that asset;
    without it, a list with one element per asset.

    Args:
        client: the ``BinanceClient`` to send with.
        asset: Only this asset; the answer is then one object instead of a list.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        list[PmBalance] | PmBalance
    """

    params = _params(
        asset=asset,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
