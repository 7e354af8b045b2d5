"""Get User Commission Rate for UM (USER_DATA): ``GET /papi/v1/um/commissionRate`` on the papi host.

Security type USER_DATA; weight 20 per IP.
"""

from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation
from ..._params import check_int, check_str
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.pm_commission_rate import PmCommissionRate
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="getUserCommissionRateForUm",
    method="GET",
    path="/papi/v1/um/commissionRate",
    host="papi",
    security_type="USER_DATA",
    needs_api_key=True,
    signed=True,
    weight=20,
    weight_per="IP",
    summary="Get User Commission Rate for UM (USER_DATA)",
)


def _params(
    *,
    symbol: str,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    params["symbol"] = check_str("symbol", symbol, min_length=1, max_length=20, pattern="^[A-Z0-9-_.]{1,20}$")
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    return params


def _parse(sent: Sent) -> PmCommissionRate:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded here on
    # the first answer); any other is parsed the general way below, which keeps extra fields
    # and names what does not fit.
    from ..._fast_path.get_user_commission_rate_for_um import parse as parse_typed

    with gc_paused():
        parsed = parse_typed(sent.response.content)
        if parsed is not None:
            return parsed
        data = decode_json(sent.response)
        try:
            response_200 = PmCommissionRate.from_dict(data)

        except ResponseParseError as exc:
            raise exc.within("getUserCommissionRateForUm") from None
    return response_200


def _build_response(sent: Sent) -> Response[PmCommissionRate]:
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
    symbol: str,
    recv_window: int | Unset = UNSET,
) -> Response[PmCommissionRate]:
    """Get User Commission Rate for UM (USER_DATA)

    The maker and taker commission rates the account pays on one UM symbol.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The UM symbol, such as `BTCUSDT`.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[PmCommissionRate]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    symbol: str,
    recv_window: int | Unset = UNSET,
) -> PmCommissionRate:
    """Get User Commission Rate for UM (USER_DATA)

    The maker and taker commission rates the account pays on one UM symbol.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The UM symbol, such as `BTCUSDT`.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        PmCommissionRate
    """

    params = _params(
        symbol=symbol,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    symbol: str,
    recv_window: int | Unset = UNSET,
) -> Response[PmCommissionRate]:
    """Get User Commission Rate for UM (USER_DATA)

    The maker and taker commission rates the account pays on one UM symbol.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The UM symbol, such as `BTCUSDT`.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[PmCommissionRate]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    symbol: str,
    recv_window: int | Unset = UNSET,
) -> PmCommissionRate:
    """Get User Commission Rate for UM (USER_DATA)

    The maker and taker commission rates the account pays on one UM symbol.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The UM symbol, such as `BTCUSDT`.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        PmCommissionRate
    """

    params = _params(
        symbol=symbol,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
