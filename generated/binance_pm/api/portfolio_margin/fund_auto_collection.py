"""Fund Auto-collection (TRADE): ``POST /papi/v1/auto-collection`` on the papi host.

Security type TRADE; weight 750 per IP.
"""

from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation
from ..._params import check_int
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.pm_funds_action_result import PmFundsActionResult
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="fundAutoCollection",
    method="POST",
    path="/papi/v1/auto-collection",
    host="papi",
    security_type="TRADE",
    needs_api_key=True,
    signed=True,
    weight=750,
    weight_per="IP",
    summary="Fund Auto-collection (TRADE)",
)


def _params(
    *,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    return params


def _parse(sent: Sent) -> PmFundsActionResult:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded here on
    # the first answer); any other is parsed the general way below, which keeps extra fields
    # and names what does not fit.
    from ..._fast_path.fund_auto_collection import parse as parse_typed

    with gc_paused():
        parsed = parse_typed(sent.response.content)
        if parsed is not None:
            return parsed
        data = decode_json(sent.response)
        try:
            response_200 = PmFundsActionResult.from_dict(data)

        except ResponseParseError as exc:
            raise exc.within("fundAutoCollection") from None
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
    recv_window: int | Unset = UNSET,
) -> Response[PmFundsActionResult]:
    """Fund Auto-collection (TRADE)

    Sweep every asset held in the UM and CM futures wallets back into the cross-margin
    wallet of the Portfolio Margin account. BNB in the UM wallet is left where it is.
    Binance allows at most 500 calls in any rolling hour.

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
        Response[PmFundsActionResult]: the parsed answer with its status, raw body,
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
) -> PmFundsActionResult:
    """Fund Auto-collection (TRADE)

    Sweep every asset held in the UM and CM futures wallets back into the cross-margin
    wallet of the Portfolio Margin account. BNB in the UM wallet is left where it is.
    Binance allows at most 500 calls in any rolling hour.

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
        PmFundsActionResult
    """

    params = _params(
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    recv_window: int | Unset = UNSET,
) -> Response[PmFundsActionResult]:
    """Fund Auto-collection (TRADE)

    Sweep every asset held in the UM and CM futures wallets back into the cross-margin
    wallet of the Portfolio Margin account. BNB in the UM wallet is left where it is.
    Binance allows at most 500 calls in any rolling hour.

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
        Response[PmFundsActionResult]: the parsed answer with its status, raw body,
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
) -> PmFundsActionResult:
    """Fund Auto-collection (TRADE)

    Sweep every asset held in the UM and CM futures wallets back into the cross-margin
    wallet of the Portfolio Margin account. BNB in the UM wallet is left where it is.
    Binance allows at most 500 calls in any rolling hour.

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
        PmFundsActionResult
    """

    params = _params(
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
