"""Change Auto-repay-futures Status (TRADE): ``POST /papi/v1/repay-futures-switch`` on the papi host.

Security type TRADE; weight 750 per IP.
"""

from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation
from ..._params import check_bool, check_int
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.pm_funds_action_result import PmFundsActionResult
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="changeAutoRepayFuturesStatus",
    method="POST",
    path="/papi/v1/repay-futures-switch",
    host="papi",
    security_type="TRADE",
    needs_api_key=True,
    signed=True,
    weight=750,
    weight_per="IP",
    summary="Change Auto-repay-futures Status (TRADE)",
)


def _params(
    *,
    auto_repay: bool,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    params["autoRepay"] = check_bool("auto_repay", auto_repay)
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    return params


def _parse(sent: Sent) -> PmFundsActionResult:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded here on
    # the first answer); any other is parsed the general way below, which keeps extra fields
    # and names what does not fit.
    from ..._fast_path.change_auto_repay_futures_status import parse as parse_typed

    with gc_paused():
        parsed = parse_typed(sent.response.content)
        if parsed is not None:
            return parsed
        data = decode_json(sent.response)
        try:
            response_200 = PmFundsActionResult.from_dict(data)

        except ResponseParseError as exc:
            raise exc.within("changeAutoRepayFuturesStatus") from None
    return response_200


def _build_response(sent: Sent) -> Response[PmFundsActionResult]:
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
    auto_repay: bool,
    recv_window: int | Unset = UNSET,
) -> Response[PmFundsActionResult]:
    """Change Auto-repay-futures Status (TRADE)

    Turn on or off the automatic repayment of negative balances in the UM and CM futures
    wallets from the cross-margin wallet.

    Args:
        client: the ``BinanceClient`` to send with.
        auto_repay: `true` to turn automatic repayment of futures negative balances on, `false` to
            turn it off. Binance's table calls `true` the default, yet marks the parameter
            mandatory, so always send it.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[PmFundsActionResult]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        auto_repay=auto_repay,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    auto_repay: bool,
    recv_window: int | Unset = UNSET,
) -> PmFundsActionResult:
    """Change Auto-repay-futures Status (TRADE)

    Turn on or off the automatic repayment of negative balances in the UM and CM futures
    wallets from the cross-margin wallet.

    Args:
        client: the ``BinanceClient`` to send with.
        auto_repay: `true` to turn automatic repayment of futures negative balances on, `false` to
            turn it off. Binance's table calls `true` the default, yet marks the parameter
            mandatory, so always send it.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        PmFundsActionResult
    """

    params = _params(
        auto_repay=auto_repay,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    auto_repay: bool,
    recv_window: int | Unset = UNSET,
) -> Response[PmFundsActionResult]:
    """Change Auto-repay-futures Status (TRADE)

    Turn on or off the automatic repayment of negative balances in the UM and CM futures
    wallets from the cross-margin wallet.

    Args:
        client: the ``BinanceClient`` to send with.
        auto_repay: `true` to turn automatic repayment of futures negative balances on, `false` to
            turn it off. Binance's table calls `true` the default, yet marks the parameter
            mandatory, so always send it.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[PmFundsActionResult]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        auto_repay=auto_repay,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    auto_repay: bool,
    recv_window: int | Unset = UNSET,
) -> PmFundsActionResult:
    """Change Auto-repay-futures Status (TRADE)

    Turn on or off the automatic repayment of negative balances in the UM and CM futures
    wallets from the cross-margin wallet.

    Args:
        client: the ``BinanceClient`` to send with.
        auto_repay: `true` to turn automatic repayment of futures negative balances on, `false` to
            turn it off. Binance's table calls `true` the default, yet marks the parameter
            mandatory, so always send it.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        PmFundsActionResult
    """

    params = _params(
        auto_repay=auto_repay,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
