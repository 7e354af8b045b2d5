"""Switch Delta Mode (TRADE): ``POST /sapi/v1/portfolio/delta-mode`` on the api host.

Security type TRADE; weight 1500 per IP.
"""

from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation
from ..._params import check_bool, check_int
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.pm_pro_message import PmProMessage
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="switchDeltaMode",
    method="POST",
    path="/sapi/v1/portfolio/delta-mode",
    host="api",
    security_type="TRADE",
    needs_api_key=True,
    signed=True,
    weight=1500,
    weight_per="IP",
    summary="Switch Delta Mode (TRADE)",
)


def _params(
    *,
    delta_enabled: bool,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    params["deltaEnabled"] = check_bool("delta_enabled", delta_enabled)
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    return params


def _parse(sent: Sent) -> PmProMessage:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded here on
    # the first answer); any other is parsed the general way below, which keeps extra fields
    # and names what does not fit.
    from ..._fast_path.switch_delta_mode import parse as parse_typed

    with gc_paused():
        parsed = parse_typed(sent.response.content)
        if parsed is not None:
            return parsed
        data = decode_json(sent.response)
        try:
            response_200 = PmProMessage.from_dict(data)

        except ResponseParseError as exc:
            raise exc.within("switchDeltaMode") from None
    return response_200


def _build_response(sent: Sent) -> Response[PmProMessage]:
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
    delta_enabled: bool,
    recv_window: int | Unset = UNSET,
) -> Response[PmProMessage]:
    """Switch Delta Mode (TRADE)

    Switches Delta mode on or off for an existing PM PRO or PM RETAIL account.

    Args:
        client: the ``BinanceClient`` to send with.
        delta_enabled: `true` to switch Delta mode on, `false` to switch it off.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[PmProMessage]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        delta_enabled=delta_enabled,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    delta_enabled: bool,
    recv_window: int | Unset = UNSET,
) -> PmProMessage:
    """Switch Delta Mode (TRADE)

    Switches Delta mode on or off for an existing PM PRO or PM RETAIL account.

    Args:
        client: the ``BinanceClient`` to send with.
        delta_enabled: `true` to switch Delta mode on, `false` to switch it off.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        PmProMessage
    """

    params = _params(
        delta_enabled=delta_enabled,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    delta_enabled: bool,
    recv_window: int | Unset = UNSET,
) -> Response[PmProMessage]:
    """Switch Delta Mode (TRADE)

    Switches Delta mode on or off for an existing PM PRO or PM RETAIL account.

    Args:
        client: the ``BinanceClient`` to send with.
        delta_enabled: `true` to switch Delta mode on, `false` to switch it off.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[PmProMessage]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        delta_enabled=delta_enabled,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    delta_enabled: bool,
    recv_window: int | Unset = UNSET,
) -> PmProMessage:
    """Switch Delta Mode (TRADE)

    Switches Delta mode on or off for an existing PM PRO or PM RETAIL account.

    Args:
        client: the ``BinanceClient`` to send with.
        delta_enabled: `true` to switch Delta mode on, `false` to switch it off.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        PmProMessage
    """

    params = _params(
        delta_enabled=delta_enabled,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
