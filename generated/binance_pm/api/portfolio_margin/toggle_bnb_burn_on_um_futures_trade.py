"""Toggle BNB Burn On UM Futures Trade (TRADE): ``POST /papi/v1/um/feeBurn`` on the papi host.

Security type TRADE; weight 1 per IP.
"""

from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation
from ..._params import check_bool, check_int
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.success_result import SuccessResult
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="toggleBnbBurnOnUmFuturesTrade",
    method="POST",
    path="/papi/v1/um/feeBurn",
    host="papi",
    security_type="TRADE",
    needs_api_key=True,
    signed=True,
    weight=1,
    weight_per="IP",
    summary="Toggle BNB Burn On UM Futures Trade (TRADE)",
)


def _params(
    *,
    fee_burn: bool,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    params["feeBurn"] = check_bool("fee_burn", fee_burn)
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    return params


def _parse(sent: Sent) -> SuccessResult:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded here on
    # the first answer); any other is parsed the general way below, which keeps extra fields
    # and names what does not fit.
    from ..._fast_path.toggle_bnb_burn_on_um_futures_trade import parse as parse_typed

    with gc_paused():
        parsed = parse_typed(sent.response.content)
        if parsed is not None:
            return parsed
        data = decode_json(sent.response)
        try:
            response_200 = SuccessResult.from_dict(data)

        except ResponseParseError as exc:
            raise exc.within("toggleBnbBurnOnUmFuturesTrade") from None
    return response_200


def _build_response(sent: Sent) -> Response[SuccessResult]:
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
    fee_burn: bool,
    recv_window: int | Unset = UNSET,
) -> Response[SuccessResult]:
    """Toggle BNB Burn On UM Futures Trade (TRADE)

    Turns the BNB fee discount for UM futures on or off; the setting applies to every
    symbol. The BNB is not moved from the UM-PM account into the Portfolio Margin account
    for this.

    Args:
        client: the ``BinanceClient`` to send with.
        fee_burn: true turns the BNB fee discount on, false turns it off (sent as `true`/`false`).
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[SuccessResult]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        fee_burn=fee_burn,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    fee_burn: bool,
    recv_window: int | Unset = UNSET,
) -> SuccessResult:
    """Toggle BNB Burn On UM Futures Trade (TRADE)

    Turns the BNB fee discount for UM futures on or off; the setting applies to every
    symbol. The BNB is not moved from the UM-PM account into the Portfolio Margin account
    for this.

    Args:
        client: the ``BinanceClient`` to send with.
        fee_burn: true turns the BNB fee discount on, false turns it off (sent as `true`/`false`).
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        SuccessResult
    """

    params = _params(
        fee_burn=fee_burn,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    fee_burn: bool,
    recv_window: int | Unset = UNSET,
) -> Response[SuccessResult]:
    """Toggle BNB Burn On UM Futures Trade (TRADE)

    Turns the BNB fee discount for UM futures on or off; the setting applies to every
    symbol. The BNB is not moved from the UM-PM account into the Portfolio Margin account
    for this.

    Args:
        client: the ``BinanceClient`` to send with.
        fee_burn: true turns the BNB fee discount on, false turns it off (sent as `true`/`false`).
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[SuccessResult]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        fee_burn=fee_burn,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    fee_burn: bool,
    recv_window: int | Unset = UNSET,
) -> SuccessResult:
    """Toggle BNB Burn On UM Futures Trade (TRADE)

    Turns the BNB fee discount for UM futures on or off; the setting applies to every
    symbol. The BNB is not moved from the UM-PM account into the Portfolio Margin account
    for this.

    Args:
        client: the ``BinanceClient`` to send with.
        fee_burn: true turns the BNB fee discount on, false turns it off (sent as `true`/`false`).
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        SuccessResult
    """

    params = _params(
        fee_burn=fee_burn,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
