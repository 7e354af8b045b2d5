"""BNB transfer (USER_DATA): ``POST /sapi/v1/portfolio/bnb-transfer`` on the api host.

Security type USER_DATA; weight 1500 per IP.
"""

from decimal import Decimal
from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation
from ..._params import check_decimal, check_enum, check_int
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.pm_pro_bnb_transfer_side import PmProBnbTransferSide
from ...models.pm_pro_transaction import PmProTransaction
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="pmProBnbTransfer",
    method="POST",
    path="/sapi/v1/portfolio/bnb-transfer",
    host="api",
    security_type="USER_DATA",
    needs_api_key=True,
    signed=True,
    weight=1500,
    weight_per="IP",
    summary="BNB transfer (USER_DATA)",
)


def _params(
    *,
    amount: Decimal | str | int,
    transfer_side: PmProBnbTransferSide | str,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    params["amount"] = check_decimal("amount", amount)
    params["transferSide"] = check_enum("transfer_side", transfer_side, PmProBnbTransferSide)
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    return params


def _parse(sent: Sent) -> PmProTransaction:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded here on
    # the first answer); any other is parsed the general way below, which keeps extra fields
    # and names what does not fit.
    from ..._fast_path.pm_pro_bnb_transfer import parse as parse_typed

    with gc_paused():
        parsed = parse_typed(sent.response.content)
        if parsed is not None:
            return parsed
        data = decode_json(sent.response)
        try:
            response_200 = PmProTransaction.from_dict(data)

        except ResponseParseError as exc:
            raise exc.within("pmProBnbTransfer") from None
    return response_200


def _build_response(sent: Sent) -> Response[PmProTransaction]:
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
    transfer_side: PmProBnbTransferSide | str,
    recv_window: int | Unset = UNSET,
) -> Response[PmProTransaction]:
    """BNB transfer (USER_DATA)

    Moves BNB between the cross margin wallet and the USDⓈ-M futures wallet of a
    Portfolio Margin Pro account, in the direction `transferSide` gives. Binance allows
    at most 2 calls in any rolling 10 minutes.

    Args:
        client: the ``BinanceClient`` to send with.
        amount: How much BNB to move.
        transfer_side: Which way the BNB goes, into or out of the USDⓈ-M futures wallet.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[PmProTransaction]: the parsed answer with its status, raw body,
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
    transfer_side: PmProBnbTransferSide | str,
    recv_window: int | Unset = UNSET,
) -> PmProTransaction:
    """BNB transfer (USER_DATA)

    Moves BNB between the cross margin wallet and the USDⓈ-M futures wallet of a
    Portfolio Margin Pro account, in the direction `transferSide` gives. Binance allows
    at most 2 calls in any rolling 10 minutes.

    Args:
        client: the ``BinanceClient`` to send with.
        amount: How much BNB to move.
        transfer_side: Which way the BNB goes, into or out of the USDⓈ-M futures wallet.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        PmProTransaction
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
    transfer_side: PmProBnbTransferSide | str,
    recv_window: int | Unset = UNSET,
) -> Response[PmProTransaction]:
    """BNB transfer (USER_DATA)

    Moves BNB between the cross margin wallet and the USDⓈ-M futures wallet of a
    Portfolio Margin Pro account, in the direction `transferSide` gives. Binance allows
    at most 2 calls in any rolling 10 minutes.

    Args:
        client: the ``BinanceClient`` to send with.
        amount: How much BNB to move.
        transfer_side: Which way the BNB goes, into or out of the USDⓈ-M futures wallet.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[PmProTransaction]: the parsed answer with its status, raw body,
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
    transfer_side: PmProBnbTransferSide | str,
    recv_window: int | Unset = UNSET,
) -> PmProTransaction:
    """BNB transfer (USER_DATA)

    Moves BNB between the cross margin wallet and the USDⓈ-M futures wallet of a
    Portfolio Margin Pro account, in the direction `transferSide` gives. Binance allows
    at most 2 calls in any rolling 10 minutes.

    Args:
        client: the ``BinanceClient`` to send with.
        amount: How much BNB to move.
        transfer_side: Which way the BNB goes, into or out of the USDⓈ-M futures wallet.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        PmProTransaction
    """

    params = _params(
        amount=amount,
        transfer_side=transfer_side,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
