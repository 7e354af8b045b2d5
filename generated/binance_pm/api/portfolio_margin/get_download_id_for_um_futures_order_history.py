"""Get Download Id For UM Futures Order History (USER_DATA): ``GET /papi/v1/um/order/asyn`` on the papi host.

Security type USER_DATA; weight 1500 per IP.
"""

from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation
from ..._params import check_int
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.um_download_id import UmDownloadId
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="getDownloadIdForUmFuturesOrderHistory",
    method="GET",
    path="/papi/v1/um/order/asyn",
    host="papi",
    security_type="USER_DATA",
    needs_api_key=True,
    signed=True,
    weight=1500,
    weight_per="IP",
    summary="Get Download Id For UM Futures Order History (USER_DATA)",
)


def _params(
    *,
    start_time: int,
    end_time: int,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    params["startTime"] = check_int("start_time", start_time)
    params["endTime"] = check_int("end_time", end_time)
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    return params


def _parse(sent: Sent) -> UmDownloadId:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded here on
    # the first answer); any other is parsed the general way below, which keeps extra fields
    # and names what does not fit.
    from ..._fast_path.get_download_id_for_um_futures_order_history import parse as parse_typed

    with gc_paused():
        parsed = parse_typed(sent.response.content)
        if parsed is not None:
            return parsed
        data = decode_json(sent.response)
        try:
            response_200 = UmDownloadId.from_dict(data)

        except ResponseParseError as exc:
            raise exc.within("getDownloadIdForUmFuturesOrderHistory") from None
    return response_200


def _build_response(sent: Sent) -> Response[UmDownloadId]:
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
    start_time: int,
    end_time: int,
    recv_window: int | Unset = UNSET,
) -> Response[UmDownloadId]:
    """Get Download Id For UM Futures Order History (USER_DATA)

    Asks Binance to prepare a file of the account's UM futures order history between
    `startTime` and `endTime` (at most one year apart) and returns the id of that
    download; fetch the link later with `GET /papi/v1/um/order/asyn/id`. Binance allows
    10 such requests per month, counted together with downloads started from its web
    page. The weight is high (1500), so call it sparingly.

    Args:
        client: the ``BinanceClient`` to send with.
        start_time: Start of the period to export, in milliseconds since the epoch.
        end_time: End of the period to export, in milliseconds since the epoch; at most one year after
            `startTime`.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[UmDownloadId]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        start_time=start_time,
        end_time=end_time,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    start_time: int,
    end_time: int,
    recv_window: int | Unset = UNSET,
) -> UmDownloadId:
    """Get Download Id For UM Futures Order History (USER_DATA)

    Asks Binance to prepare a file of the account's UM futures order history between
    `startTime` and `endTime` (at most one year apart) and returns the id of that
    download; fetch the link later with `GET /papi/v1/um/order/asyn/id`. Binance allows
    10 such requests per month, counted together with downloads started from its web
    page. The weight is high (1500), so call it sparingly.

    Args:
        client: the ``BinanceClient`` to send with.
        start_time: Start of the period to export, in milliseconds since the epoch.
        end_time: End of the period to export, in milliseconds since the epoch; at most one year after
            `startTime`.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        UmDownloadId
    """

    params = _params(
        start_time=start_time,
        end_time=end_time,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    start_time: int,
    end_time: int,
    recv_window: int | Unset = UNSET,
) -> Response[UmDownloadId]:
    """Get Download Id For UM Futures Order History (USER_DATA)

    Asks Binance to prepare a file of the account's UM futures order history between
    `startTime` and `endTime` (at most one year apart) and returns the id of that
    download; fetch the link later with `GET /papi/v1/um/order/asyn/id`. Binance allows
    10 such requests per month, counted together with downloads started from its web
    page. The weight is high (1500), so call it sparingly.

    Args:
        client: the ``BinanceClient`` to send with.
        start_time: Start of the period to export, in milliseconds since the epoch.
        end_time: End of the period to export, in milliseconds since the epoch; at most one year after
            `startTime`.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[UmDownloadId]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        start_time=start_time,
        end_time=end_time,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    start_time: int,
    end_time: int,
    recv_window: int | Unset = UNSET,
) -> UmDownloadId:
    """Get Download Id For UM Futures Order History (USER_DATA)

    Asks Binance to prepare a file of the account's UM futures order history between
    `startTime` and `endTime` (at most one year apart) and returns the id of that
    download; fetch the link later with `GET /papi/v1/um/order/asyn/id`. Binance allows
    10 such requests per month, counted together with downloads started from its web
    page. The weight is high (1500), so call it sparingly.

    Args:
        client: the ``BinanceClient`` to send with.
        start_time: Start of the period to export, in milliseconds since the epoch.
        end_time: End of the period to export, in milliseconds since the epoch; at most one year after
            `startTime`.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        UmDownloadId
    """

    params = _params(
        start_time=start_time,
        end_time=end_time,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
