"""Get UM Current Position Mode (USER_DATA): ``GET /papi/v1/um/positionSide/dual`` on the papi host.

Security type USER_DATA; weight 30 per IP.
"""

from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation
from ..._params import check_int
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.pm_position_mode import PmPositionMode
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="getUmCurrentPositionMode",
    method="GET",
    path="/papi/v1/um/positionSide/dual",
    host="papi",
    security_type="USER_DATA",
    needs_api_key=True,
    signed=True,
    weight=30,
    weight_per="IP",
    summary="Get UM Current Position Mode (USER_DATA)",
)


def _params(
    *,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    return params


def _parse(sent: Sent) -> PmPositionMode:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded here on
    # the first answer); any other is parsed the general way below, which keeps extra fields
    # and names what does not fit.
    from ..._fast_path.get_um_current_position_mode import parse as parse_typed

    with gc_paused():
        parsed = parse_typed(sent.response.content)
        if parsed is not None:
            return parsed
        data = decode_json(sent.response)
        try:
            response_200 = PmPositionMode.from_dict(data)

        except ResponseParseError as exc:
            raise exc.within("getUmCurrentPositionMode") from None
    return response_200


def _build_response(sent: Sent) -> Response[PmPositionMode]:
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
) -> Response[PmPositionMode]:
    """Get UM Current Position Mode (USER_DATA)

    Whether the account's UM symbols are in Hedge Mode or in One-way Mode (the setting
    covers every UM symbol).

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
        Response[PmPositionMode]: the parsed answer with its status, raw body,
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
) -> PmPositionMode:
    """Get UM Current Position Mode (USER_DATA)

    Whether the account's UM symbols are in Hedge Mode or in One-way Mode (the setting
    covers every UM symbol).

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
        PmPositionMode
    """

    params = _params(
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    recv_window: int | Unset = UNSET,
) -> Response[PmPositionMode]:
    """Get UM Current Position Mode (USER_DATA)

    Whether the account's UM symbols are in Hedge Mode or in One-way Mode (the setting
    covers every UM symbol).

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
        Response[PmPositionMode]: the parsed answer with its status, raw body,
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
) -> PmPositionMode:
    """Get UM Current Position Mode (USER_DATA)

    Whether the account's UM symbols are in Hedge Mode or in One-way Mode (the setting
    covers every UM symbol).

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
        PmPositionMode
    """

    params = _params(
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
