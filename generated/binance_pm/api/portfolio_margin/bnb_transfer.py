"""BNB transfer (TRADE): ``POST /papi/v1/bnb-transfer`` on the papi host.

Security type TRADE; weight 750 per IP.
"""

from decimal import Decimal
from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation
from ..._params import check_decimal, check_enum, check_int
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.pm_bnb_transfer_result import PmBnbTransferResult
from ...models.pm_bnb_transfer_side import PmBnbTransferSide
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="bnbTransfer",
    method="POST",
    path="/papi/v1/bnb-transfer",
    host="papi",
    security_type="TRADE",
    needs_api_key=True,
    signed=True,
    weight=750,
    weight_per="IP",
    summary="BNB transfer (TRADE)",
)


def _params(
    *,
    amount: Decimal | str | int,
    transfer_side: PmBnbTransferSide | str,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    params["amount"] = check_decimal("amount", amount)
    params["transferSide"] = check_enum("transfer_side", transfer_side, PmBnbTransferSide)
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    return params


def _parse(sent: Sent) -> PmBnbTransferResult:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded here on
    # the first answer); any other is parsed the general way below, which keeps extra fields
    # and names what does not fit.
    from ..._fast_path.bnb_transfer import parse as parse_typed

    with gc_paused():
        parsed = parse_typed(sent.response.content)
        if parsed is not None:
            return parsed
        data = decode_json(sent.response)
        try:
            response_200 = PmBnbTransferResult.from_dict(data)

        except ResponseParseError as exc:
            raise exc.within("bnbTransfer") from None
    return response_200


def _build_response(sent: Sent) -> Response[PmBnbTransferResult]:
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
    amount: Decimal | str | int,
    transfer_side: PmBnbTransferSide | str,
    recv_window: int | Unset = UNSET,
) -> Response[PmBnbTransferResult]:
    """BNB transfer (TRADE)

    Move BNB between the cross-margin wallet and the UM futures wallet of a classic
    Portfolio Margin account (BNB in the UM wallet earns the futures fee discount).
    Binance allows at most 10 calls in any rolling 10 minutes.

    Args:
        client: the ``BinanceClient`` to send with.
        amount: How much BNB to move.
        transfer_side: The direction of the move, into or out of the UM wallet.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[PmBnbTransferResult]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        amount=amount,
        transfer_side=transfer_side,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    amount: Decimal | str | int,
    transfer_side: PmBnbTransferSide | str,
    recv_window: int | Unset = UNSET,
) -> PmBnbTransferResult:
    """BNB transfer (TRADE)

    Move BNB between the cross-margin wallet and the UM futures wallet of a classic
    Portfolio Margin account (BNB in the UM wallet earns the futures fee discount).
    Binance allows at most 10 calls in any rolling 10 minutes.

    Args:
        client: the ``BinanceClient`` to send with.
        amount: How much BNB to move.
        transfer_side: The direction of the move, into or out of the UM wallet.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        PmBnbTransferResult
    """

    params = _params(
        amount=amount,
        transfer_side=transfer_side,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    amount: Decimal | str | int,
    transfer_side: PmBnbTransferSide | str,
    recv_window: int | Unset = UNSET,
) -> Response[PmBnbTransferResult]:
    """BNB transfer (TRADE)

    Move BNB between the cross-margin wallet and the UM futures wallet of a classic
    Portfolio Margin account (BNB in the UM wallet earns the futures fee discount).
    Binance allows at most 10 calls in any rolling 10 minutes.

    Args:
        client: the ``BinanceClient`` to send with.
        amount: How much BNB to move.
        transfer_side: The direction of the move, into or out of the UM wallet.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[PmBnbTransferResult]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        amount=amount,
        transfer_side=transfer_side,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    amount: Decimal | str | int,
    transfer_side: PmBnbTransferSide | str,
    recv_window: int | Unset = UNSET,
) -> PmBnbTransferResult:
    """BNB transfer (TRADE)

    Move BNB between the cross-margin wallet and the UM futures wallet of a classic
    Portfolio Margin account (BNB in the UM wallet earns the futures fee discount).
    Binance allows at most 10 calls in any rolling 10 minutes.

    Args:
        client: the ``BinanceClient`` to send with.
        amount: How much BNB to move.
        transfer_side: The direction of the move, into or out of the UM wallet.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        PmBnbTransferResult
    """

    params = _params(
        amount=amount,
        transfer_side=transfer_side,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
