"""Portfolio Margin Collateral Rate (MARKET_DATA): ``GET /sapi/v1/portfolio/collateralRate`` on the api host.

Security type MARKET_DATA; weight 50 per IP.
"""

from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation
from ..._values import parse_list
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.collateral_rate import CollateralRate
from ...types import Response

OPERATION = Operation(
    operation_id="getClassicCollateralRate",
    method="GET",
    path="/sapi/v1/portfolio/collateralRate",
    host="api",
    security_type="MARKET_DATA",
    needs_api_key=True,
    signed=False,
    weight=50,
    weight_per="IP",
    summary="Portfolio Margin Collateral Rate (MARKET_DATA)",
)


def _params() -> dict[str, Any]:
    params: dict[str, Any] = {}
    return params


def _parse(sent: Sent) -> list[CollateralRate]:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded here on
    # the first answer); any other is parsed the general way below, which keeps extra fields
    # and names what does not fit.
    from ..._fast_path.get_classic_collateral_rate import parse as parse_typed

    with gc_paused():
        parsed = parse_typed(sent.response.content)
        if parsed is not None:
            return parsed
        data = decode_json(sent.response)
        try:
            _response_200 = data
            response_200 = [CollateralRate.from_dict(item) for item in parse_list(_response_200, "response_200")]

        except ResponseParseError as exc:
            raise exc.within("getClassicCollateralRate") from None
    return response_200


def _build_response(sent: Sent) -> Response[list[CollateralRate]]:
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
) -> Response[list[CollateralRate]]:
    """Portfolio Margin Collateral Rate (MARKET_DATA)

    Portfolio Margin Collateral Rate: the collateral rate of every asset in a classic
    Portfolio Margin account.

    Args:
        client: the ``BinanceClient`` to send with.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[list[CollateralRate]]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params()
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
) -> list[CollateralRate]:
    """Portfolio Margin Collateral Rate (MARKET_DATA)

    Portfolio Margin Collateral Rate: the collateral rate of every asset in a classic
    Portfolio Margin account.

    Args:
        client: the ``BinanceClient`` to send with.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        list[CollateralRate]
    """

    params = _params()
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
) -> Response[list[CollateralRate]]:
    """Portfolio Margin Collateral Rate (MARKET_DATA)

    Portfolio Margin Collateral Rate: the collateral rate of every asset in a classic
    Portfolio Margin account.

    Args:
        client: the ``BinanceClient`` to send with.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[list[CollateralRate]]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params()
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
) -> list[CollateralRate]:
    """Portfolio Margin Collateral Rate (MARKET_DATA)

    Portfolio Margin Collateral Rate: the collateral rate of every asset in a classic
    Portfolio Margin account.

    Args:
        client: the ``BinanceClient`` to send with.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        list[CollateralRate]
    """

    params = _params()
    return _parse(await client.asend(OPERATION, params))
