"""Margin Account Repay (MARGIN): ``POST /papi/v1/repayLoan`` on the papi host.

Security type MARGIN; weight 100 per IP.
"""

from decimal import Decimal
from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation
from ..._params import check_decimal, check_int, check_str
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.margin_loan_transaction import MarginLoanTransaction
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="marginAccountRepay",
    method="POST",
    path="/papi/v1/repayLoan",
    host="papi",
    security_type="MARGIN",
    needs_api_key=True,
    signed=True,
    weight=100,
    weight_per="IP",
    summary="Margin Account Repay (MARGIN)",
)


def _params(
    *,
    asset: str,
    amount: Decimal | str | int,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    params["asset"] = check_str("asset", asset, min_length=1, max_length=20, pattern="^[A-Za-z0-9]{1,20}$")
    params["amount"] = check_decimal("amount", amount)
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    return params


def _parse(sent: Sent) -> MarginLoanTransaction:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded here on
    # the first answer); any other is parsed the general way below, which keeps extra fields
    # and names what does not fit.
    from ..._fast_path.margin_account_repay import parse as parse_typed

    with gc_paused():
        parsed = parse_typed(sent.response.content)
        if parsed is not None:
            return parsed
        data = decode_json(sent.response)
        try:
            response_200 = MarginLoanTransaction.from_dict(data)

        except ResponseParseError as exc:
            raise exc.within("marginAccountRepay") from None
    return response_200


def _build_response(sent: Sent) -> Response[MarginLoanTransaction]:
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
    asset: str,
    amount: Decimal | str | int,
    recv_window: int | Unset = UNSET,
) -> Response[MarginLoanTransaction]:
    """Margin Account Repay (MARGIN)

    Repays an amount of a cross-margin loan in one asset.

    Args:
        client: the ``BinanceClient`` to send with.
        asset: The borrowed asset to repay.
        amount: How much to repay, in the asset.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[MarginLoanTransaction]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        asset=asset,
        amount=amount,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    asset: str,
    amount: Decimal | str | int,
    recv_window: int | Unset = UNSET,
) -> MarginLoanTransaction:
    """Margin Account Repay (MARGIN)

    Repays an amount of a cross-margin loan in one asset.

    Args:
        client: the ``BinanceClient`` to send with.
        asset: The borrowed asset to repay.
        amount: How much to repay, in the asset.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        MarginLoanTransaction
    """

    params = _params(
        asset=asset,
        amount=amount,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    asset: str,
    amount: Decimal | str | int,
    recv_window: int | Unset = UNSET,
) -> Response[MarginLoanTransaction]:
    """Margin Account Repay (MARGIN)

    Repays an amount of a cross-margin loan in one asset.

    Args:
        client: the ``BinanceClient`` to send with.
        asset: The borrowed asset to repay.
        amount: How much to repay, in the asset.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[MarginLoanTransaction]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        asset=asset,
        amount=amount,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    asset: str,
    amount: Decimal | str | int,
    recv_window: int | Unset = UNSET,
) -> MarginLoanTransaction:
    """Margin Account Repay (MARGIN)

    Repays an amount of a cross-margin loan in one asset.

    Args:
        client: the ``BinanceClient`` to send with.
        asset: The borrowed asset to repay.
        amount: How much to repay, in the asset.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        MarginLoanTransaction
    """

    params = _params(
        asset=asset,
        amount=amount,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
