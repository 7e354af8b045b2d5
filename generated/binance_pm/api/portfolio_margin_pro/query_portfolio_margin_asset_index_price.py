"""Query Portfolio Margin Asset Index Price (MARKET_DATA): ``GET /sapi/v1/portfolio/asset-index-price`` on the api host.

Security type MARKET_DATA; weight 50 per IP.
"""

from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation
from ..._params import check_str
from ..._values import parse_list
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.pm_pro_asset_index_price import PmProAssetIndexPrice
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="queryPortfolioMarginAssetIndexPrice",
    method="GET",
    path="/sapi/v1/portfolio/asset-index-price",
    host="api",
    security_type="MARKET_DATA",
    needs_api_key=True,
    signed=False,
    weight=50,
    weight_per="IP",
    summary="Query Portfolio Margin Asset Index Price (MARKET_DATA)",
    weight_when_present=(("asset", 1),),
)


def _params(
    *,
    asset: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if not isinstance(asset, Unset):
        params["asset"] = check_str("asset", asset, min_length=1, max_length=20, pattern="^[A-Za-z0-9]{1,20}$")
    return params


def _parse(sent: Sent) -> list[PmProAssetIndexPrice]:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded here on
    # the first answer); any other is parsed the general way below, which keeps extra fields
    # and names what does not fit.
    from ..._fast_path.query_portfolio_margin_asset_index_price import parse as parse_typed

    with gc_paused():
        parsed = parse_typed(sent.response.content)
        if parsed is not None:
            return parsed
        data = decode_json(sent.response)
        try:
            _response_200 = data
            response_200 = [PmProAssetIndexPrice.from_dict(item) for item in parse_list(_response_200, "response_200")]

        except ResponseParseError as exc:
            raise exc.within("queryPortfolioMarginAssetIndexPrice") from None
    return response_200


def _build_response(sent: Sent) -> Response[list[PmProAssetIndexPrice]]:
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
    asset: str | Unset = UNSET,
) -> Response[list[PmProAssetIndexPrice]]:
    """Query Portfolio Margin Asset Index Price (MARKET_DATA)

    The USD index price Portfolio Margin uses for each asset, or for one asset when
    `asset` is sent (which also makes the call much lighter: weight 1 instead of 50).

    Args:
        client: the ``BinanceClient`` to send with.
        asset: Only this asset, such as `BTC`. Omit it for every asset.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[list[PmProAssetIndexPrice]]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        asset=asset,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    asset: str | Unset = UNSET,
) -> list[PmProAssetIndexPrice]:
    """Query Portfolio Margin Asset Index Price (MARKET_DATA)

    The USD index price Portfolio Margin uses for each asset, or for one asset when
    `asset` is sent (which also makes the call much lighter: weight 1 instead of 50).

    Args:
        client: the ``BinanceClient`` to send with.
        asset: Only this asset, such as `BTC`. Omit it for every asset.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        list[PmProAssetIndexPrice]
    """

    params = _params(
        asset=asset,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    asset: str | Unset = UNSET,
) -> Response[list[PmProAssetIndexPrice]]:
    """Query Portfolio Margin Asset Index Price (MARKET_DATA)

    The USD index price Portfolio Margin uses for each asset, or for one asset when
    `asset` is sent (which also makes the call much lighter: weight 1 instead of 50).

    Args:
        client: the ``BinanceClient`` to send with.
        asset: Only this asset, such as `BTC`. Omit it for every asset.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[list[PmProAssetIndexPrice]]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        asset=asset,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    asset: str | Unset = UNSET,
) -> list[PmProAssetIndexPrice]:
    """Query Portfolio Margin Asset Index Price (MARKET_DATA)

    The USD index price Portfolio Margin uses for each asset, or for one asset when
    `asset` is sent (which also makes the call much lighter: weight 1 instead of 50).

    Args:
        client: the ``BinanceClient`` to send with.
        asset: Only this asset, such as `BTC`. Omit it for every asset.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        list[PmProAssetIndexPrice]
    """

    params = _params(
        asset=asset,
    )
    return _parse(await client.asend(OPERATION, params))
