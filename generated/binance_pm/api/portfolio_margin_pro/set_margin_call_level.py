"""Set Margin Call Level (USER_DATA): ``POST /sapi/v1/portfolio/margin-call-level`` on the api host.

Security type USER_DATA; weight 1500 per IP.
"""

from decimal import Decimal
from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation
from ..._params import check_decimal, check_int
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.pm_pro_margin_call_level import PmProMarginCallLevel
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="setMarginCallLevel",
    method="POST",
    path="/sapi/v1/portfolio/margin-call-level",
    host="api",
    security_type="USER_DATA",
    needs_api_key=True,
    signed=True,
    weight=1500,
    weight_per="IP",
    summary="Set Margin Call Level (USER_DATA)",
)


def _params(
    *,
    margin_call_level: Decimal | str | int,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    params["marginCallLevel"] = check_decimal("margin_call_level", margin_call_level)
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    return params


def _parse(sent: Sent) -> PmProMarginCallLevel:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded here on
    # the first answer); any other is parsed the general way below, which keeps extra fields
    # and names what does not fit.
    from ..._fast_path.set_margin_call_level import parse as parse_typed

    with gc_paused():
        parsed = parse_typed(sent.response.content)
        if parsed is not None:
            return parsed
        data = decode_json(sent.response)
        try:
            response_200 = PmProMarginCallLevel.from_dict(data)

        except ResponseParseError as exc:
            raise exc.within("setMarginCallLevel") from None
    return response_200


def _build_response(sent: Sent) -> Response[PmProMarginCallLevel]:
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
    margin_call_level: Decimal | str | int,
    recv_window: int | Unset = UNSET,
) -> Response[PmProMarginCallLevel]:
    """Set Margin Call Level (USER_DATA)

    Sets the uniMMR level at which Binance notifies the owner of the Portfolio Margin
    account by email and SMS. The level must lie between 1.1 and 2.0, both included.

    Args:
        client: the ``BinanceClient`` to send with.
        margin_call_level: The uniMMR level that triggers the notification, from 1.1 to 2.0 inclusive.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[PmProMarginCallLevel]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        margin_call_level=margin_call_level,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    margin_call_level: Decimal | str | int,
    recv_window: int | Unset = UNSET,
) -> PmProMarginCallLevel:
    """Set Margin Call Level (USER_DATA)

    Sets the uniMMR level at which Binance notifies the owner of the Portfolio Margin
    account by email and SMS. The level must lie between 1.1 and 2.0, both included.

    Args:
        client: the ``BinanceClient`` to send with.
        margin_call_level: The uniMMR level that triggers the notification, from 1.1 to 2.0 inclusive.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        PmProMarginCallLevel
    """

    params = _params(
        margin_call_level=margin_call_level,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    margin_call_level: Decimal | str | int,
    recv_window: int | Unset = UNSET,
) -> Response[PmProMarginCallLevel]:
    """Set Margin Call Level (USER_DATA)

    Sets the uniMMR level at which Binance notifies the owner of the Portfolio Margin
    account by email and SMS. The level must lie between 1.1 and 2.0, both included.

    Args:
        client: the ``BinanceClient`` to send with.
        margin_call_level: The uniMMR level that triggers the notification, from 1.1 to 2.0 inclusive.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[PmProMarginCallLevel]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        margin_call_level=margin_call_level,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    margin_call_level: Decimal | str | int,
    recv_window: int | Unset = UNSET,
) -> PmProMarginCallLevel:
    """Set Margin Call Level (USER_DATA)

    Sets the uniMMR level at which Binance notifies the owner of the Portfolio Margin
    account by email and SMS. The level must lie between 1.1 and 2.0, both included.

    Args:
        client: the ``BinanceClient`` to send with.
        margin_call_level: The uniMMR level that triggers the notification, from 1.1 to 2.0 inclusive.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        PmProMarginCallLevel
    """

    params = _params(
        margin_call_level=margin_call_level,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
