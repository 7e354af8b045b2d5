"""Query Portfolio Margin Pro Negative Balance Interest History (USER_DATA): ``GET /sapi/v1/portfolio/interest-history`` on the api host.

Security type USER_DATA; weight 50 per IP.
"""

from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation
from ..._params import check_int, check_str
from ..._values import parse_list
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.pm_pro_negative_balance_interest import PmProNegativeBalanceInterest
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="queryPortfolioMarginProNegativeBalanceInterestHistory",
    method="GET",
    path="/sapi/v1/portfolio/interest-history",
    host="api",
    security_type="USER_DATA",
    needs_api_key=True,
    signed=True,
    weight=50,
    weight_per="IP",
    summary="Query Portfolio Margin Pro Negative Balance Interest History (USER_DATA)",
)


def _params(
    *,
    asset: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    size: int | Unset = 10,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if not isinstance(asset, Unset):
        params["asset"] = check_str("asset", asset, min_length=1, max_length=20, pattern="^[A-Za-z0-9]{1,20}$")
    if not isinstance(start_time, Unset):
        params["startTime"] = check_int("start_time", start_time)
    if not isinstance(end_time, Unset):
        params["endTime"] = check_int("end_time", end_time)
    if not isinstance(size, Unset):
        params["size"] = check_int("size", size, minimum=1, maximum=100)
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    return params


def _parse(sent: Sent) -> list[PmProNegativeBalanceInterest]:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded here on
    # the first answer); any other is parsed the general way below, which keeps extra fields
    # and names what does not fit.
    from ..._fast_path.query_portfolio_margin_pro_negative_balance_interest_history import parse as parse_typed

    with gc_paused():
        parsed = parse_typed(sent.response.content)
        if parsed is not None:
            return parsed
        data = decode_json(sent.response)
        try:
            _response_200 = data
            response_200 = [
                PmProNegativeBalanceInterest.from_dict(item) for item in parse_list(_response_200, "response_200")
            ]

        except ResponseParseError as exc:
            raise exc.within("queryPortfolioMarginProNegativeBalanceInterestHistory") from None
    return response_200


def _build_response(sent: Sent) -> Response[list[PmProNegativeBalanceInterest]]:
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
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    size: int | Unset = 10,
    recv_window: int | Unset = UNSET,
) -> Response[list[PmProNegativeBalanceInterest]]:
    """Query Portfolio Margin Pro Negative Balance Interest History (USER_DATA)

    Lists the interest charged on negative balances of the Portfolio Margin Pro
    account, optionally for one asset and a time window.

    Args:
        client: the ``BinanceClient`` to send with.
        asset: Only this asset, such as `USDT`. Omit it for every asset.
        start_time: Earliest accrual time to include, in milliseconds since the epoch.
        end_time: Latest accrual time to include, in milliseconds since the epoch.
        size: How many records to return.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[list[PmProNegativeBalanceInterest]]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        asset=asset,
        start_time=start_time,
        end_time=end_time,
        size=size,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    asset: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    size: int | Unset = 10,
    recv_window: int | Unset = UNSET,
) -> list[PmProNegativeBalanceInterest]:
    """Query Portfolio Margin Pro Negative Balance Interest History (USER_DATA)

    Lists the interest charged on negative balances of the Portfolio Margin Pro
    account, optionally for one asset and a time window.

    Args:
        client: the ``BinanceClient`` to send with.
        asset: Only this asset, such as `USDT`. Omit it for every asset.
        start_time: Earliest accrual time to include, in milliseconds since the epoch.
        end_time: Latest accrual time to include, in milliseconds since the epoch.
        size: How many records to return.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        list[PmProNegativeBalanceInterest]
    """

    params = _params(
        asset=asset,
        start_time=start_time,
        end_time=end_time,
        size=size,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    asset: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    size: int | Unset = 10,
    recv_window: int | Unset = UNSET,
) -> Response[list[PmProNegativeBalanceInterest]]:
    """Query Portfolio Margin Pro Negative Balance Interest History (USER_DATA)

    Lists the interest charged on negative balances of the Portfolio Margin Pro
    account, optionally for one asset and a time window.

    Args:
        client: the ``BinanceClient`` to send with.
        asset: Only this asset, such as `USDT`. Omit it for every asset.
        start_time: Earliest accrual time to include, in milliseconds since the epoch.
        end_time: Latest accrual time to include, in milliseconds since the epoch.
        size: How many records to return.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[list[PmProNegativeBalanceInterest]]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        asset=asset,
        start_time=start_time,
        end_time=end_time,
        size=size,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    asset: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    size: int | Unset = 10,
    recv_window: int | Unset = UNSET,
) -> list[PmProNegativeBalanceInterest]:
    """Query Portfolio Margin Pro Negative Balance Interest History (USER_DATA)

    Lists the interest charged on negative balances of the Portfolio Margin Pro
    account, optionally for one asset and a time window.

    Args:
        client: the ``BinanceClient`` to send with.
        asset: Only this asset, such as `USDT`. Omit it for every asset.
        start_time: Earliest accrual time to include, in milliseconds since the epoch.
        end_time: Latest accrual time to include, in milliseconds since the epoch.
        size: How many records to return.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        list[PmProNegativeBalanceInterest]
    """

    params = _params(
        asset=asset,
        start_time=start_time,
        end_time=end_time,
        size=size,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
