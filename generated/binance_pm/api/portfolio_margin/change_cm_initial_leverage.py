"""Change CM Initial Leverage (TRADE): ``POST /papi/v1/cm/leverage`` on the papi host.

Security type TRADE; weight 1 per IP.
"""

from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation
from ..._params import check_int, check_str
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.cm_leverage_change import CmLeverageChange
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="changeCmInitialLeverage",
    method="POST",
    path="/papi/v1/cm/leverage",
    host="papi",
    security_type="TRADE",
    needs_api_key=True,
    signed=True,
    weight=1,
    weight_per="IP",
    summary="Change CM Initial Leverage (TRADE)",
)


def _params(
    *,
    symbol: str,
    leverage: int,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    params["symbol"] = check_str("symbol", symbol, min_length=1, max_length=20, pattern="^[A-Z0-9-_.]{1,20}$")
    params["leverage"] = check_int("leverage", leverage, minimum=1, maximum=125)
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    return params


def _parse(sent: Sent) -> CmLeverageChange:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded here on
    # the first answer); any other is parsed the general way below, which keeps extra fields
    # and names what does not fit.
    from ..._fast_path.change_cm_initial_leverage import parse as parse_typed

    with gc_paused():
        parsed = parse_typed(sent.response.content)
        if parsed is not None:
            return parsed
        data = decode_json(sent.response)
        try:
            response_200 = CmLeverageChange.from_dict(data)

        except ResponseParseError as exc:
            raise exc.within("changeCmInitialLeverage") from None
    return response_200


def _build_response(sent: Sent) -> Response[CmLeverageChange]:
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
    leverage: int,
    recv_window: int | Unset = UNSET,
) -> Response[CmLeverageChange]:
    """Change CM Initial Leverage (TRADE)

    Sets the initial leverage the account uses for one CM symbol, and answers the new
    leverage with the largest position (in contracts of the base asset) it allows.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The CM symbol, such as `BTCUSD_PERP`.
        leverage: The new initial leverage, a whole number from 1 to 125.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[CmLeverageChange]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        leverage=leverage,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    symbol: str,
    leverage: int,
    recv_window: int | Unset = UNSET,
) -> CmLeverageChange:
    """Change CM Initial Leverage (TRADE)

    Sets the initial leverage the account uses for one CM symbol, and answers the new
    leverage with the largest position (in contracts of the base asset) it allows.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The CM symbol, such as `BTCUSD_PERP`.
        leverage: The new initial leverage, a whole number from 1 to 125.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        CmLeverageChange
    """

    params = _params(
        symbol=symbol,
        leverage=leverage,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    symbol: str,
    leverage: int,
    recv_window: int | Unset = UNSET,
) -> Response[CmLeverageChange]:
    """Change CM Initial Leverage (TRADE)

    Sets the initial leverage the account uses for one CM symbol, and answers the new
    leverage with the largest position (in contracts of the base asset) it allows.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The CM symbol, such as `BTCUSD_PERP`.
        leverage: The new initial leverage, a whole number from 1 to 125.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[CmLeverageChange]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        symbol=symbol,
        leverage=leverage,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    symbol: str,
    leverage: int,
    recv_window: int | Unset = UNSET,
) -> CmLeverageChange:
    """Change CM Initial Leverage (TRADE)

    Sets the initial leverage the account uses for one CM symbol, and answers the new
    leverage with the largest position (in contracts of the base asset) it allows.

    Args:
        client: the ``BinanceClient`` to send with.
        symbol: The CM symbol, such as `BTCUSD_PERP`.
        leverage: The new initial leverage, a whole number from 1 to 125.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        CmLeverageChange
    """

    params = _params(
        symbol=symbol,
        leverage=leverage,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
