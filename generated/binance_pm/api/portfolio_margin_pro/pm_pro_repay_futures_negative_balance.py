"""Repay futures Negative Balance (USER_DATA): ``POST /sapi/v1/portfolio/repay-futures-negative-balance`` on the api host.

Security type USER_DATA; weight 1500 per IP.
"""

from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation
from ..._params import check_enum, check_int
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.pm_pro_message import PmProMessage
from ...models.pm_pro_repay_source import PmProRepaySource
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="pmProRepayFuturesNegativeBalance",
    method="POST",
    path="/sapi/v1/portfolio/repay-futures-negative-balance",
    host="api",
    security_type="USER_DATA",
    needs_api_key=True,
    signed=True,
    weight=1500,
    weight_per="IP",
    summary="Repay futures Negative Balance (USER_DATA)",
)


def _params(
    *,
    from_: PmProRepaySource | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if not isinstance(from_, Unset):
        params["from"] = check_enum("from_", from_, PmProRepaySource)
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    return params


def _parse(sent: Sent) -> PmProMessage:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded here on
    # the first answer); any other is parsed the general way below, which keeps extra fields
    # and names what does not fit.
    from ..._fast_path.pm_pro_repay_futures_negative_balance import parse as parse_typed

    with gc_paused():
        parsed = parse_typed(sent.response.content)
        if parsed is not None:
            return parsed
        data = decode_json(sent.response)
        try:
            response_200 = PmProMessage.from_dict(data)

        except ResponseParseError as exc:
            raise exc.within("pmProRepayFuturesNegativeBalance") from None
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
    from_: PmProRepaySource | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[PmProMessage]:
    """Repay futures Negative Balance (USER_DATA)

    Covers the negative balances of the futures wallets of the Portfolio Margin Pro
    account at once, from the spot wallet (the default) or the margin wallet.

    Args:
        client: the ``BinanceClient`` to send with.
        from_: The wallet the repayment is taken from; `SPOT` when omitted.
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
        from_=from_,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    from_: PmProRepaySource | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> PmProMessage:
    """Repay futures Negative Balance (USER_DATA)

    Covers the negative balances of the futures wallets of the Portfolio Margin Pro
    account at once, from the spot wallet (the default) or the margin wallet.

    Args:
        client: the ``BinanceClient`` to send with.
        from_: The wallet the repayment is taken from; `SPOT` when omitted.
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
        from_=from_,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    from_: PmProRepaySource | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[PmProMessage]:
    """Repay futures Negative Balance (USER_DATA)

    Covers the negative balances of the futures wallets of the Portfolio Margin Pro
    account at once, from the spot wallet (the default) or the margin wallet.

    Args:
        client: the ``BinanceClient`` to send with.
        from_: The wallet the repayment is taken from; `SPOT` when omitted.
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
        from_=from_,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    from_: PmProRepaySource | str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> PmProMessage:
    """Repay futures Negative Balance (USER_DATA)

    Covers the negative balances of the futures wallets of the Portfolio Margin Pro
    account at once, from the spot wallet (the default) or the margin wallet.

    Args:
        client: the ``BinanceClient`` to send with.
        from_: The wallet the repayment is taken from; `SPOT` when omitted.
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
        from_=from_,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
