"""Query Portfolio Margin Asset Index Price (MARKET_DATA): ``GET /sapi/v1/portfolio/asset-index-price`` on the api host.

Security type MARKET_DATA; weight 50 per IP.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import _json
from ..._json import STDLIB, TYPED, decode_json, gc_paused, parse_path
from ..._operation import Operation
from ..._params import check_str
from ..._values import parse_list
from ...errors import ResponseParseError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from collections.abc import Callable

    import httpx

    from ..._answer_shape import Shape
    from ...client import BinanceClient, Sent
    from ...models.pm_pro_asset_index_price import PmProAssetIndexPrice

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

# What a success answer must be for the models to surely accept it, said without them (see
# binance_pm._answer_shape); None: only the models can tell.
ANSWER_SHAPE: Shape | None = (
    "list",
    ("object", True, (("asset", True, "str"), ("assetIndexPrice", True, "decimal"), ("time", True, "int"))),
)


def _params(
    *,
    asset: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if not isinstance(asset, Unset):
        params["asset"] = check_str("asset", asset, min_length=1, max_length=20, pattern="^[A-Za-z0-9]{1,20}$")
    return params


_answer_loaded = False
_typed_parser: Callable[[bytes], list[PmProAssetIndexPrice] | None] | None = None


def _load_answer() -> None:
    # The answer's models (attrs classes) are imported on the first answer, not with the
    # module: importing an operation then costs neither attrs nor its models. The client's
    # names join them for annotations read at run time (typing.get_type_hints).
    global _answer_loaded, BinanceClient, Sent, PmProAssetIndexPrice
    from ...client import BinanceClient, Sent
    from ...models.pm_pro_asset_index_price import PmProAssetIndexPrice

    _answer_loaded = True


def _parse(sent: Sent) -> list[PmProAssetIndexPrice]:
    response = sent.response
    if _typed_parser is not None and _json.stdlib_bytes_left == 0 and len(response.content) < _json.GC_PAUSE_MIN_BYTES:
        # A long-running program's usual answer (models loaded, a small body past the
        # standard library's share): typed, without asking parse_path.
        return _parse_typed(response)
    if not _answer_loaded:
        _load_answer()
    path = parse_path(len(response.content))
    if path == STDLIB:
        return _parse_general(response, typed=False)
    if path == TYPED:
        return _parse_typed(response)
    with gc_paused():
        return _parse_typed(response) if path & TYPED else _parse_general(response, typed=False)


def _parse_typed(response: httpx.Response) -> list[PmProAssetIndexPrice]:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded on the
    # first typed answer); any other is parsed the general way, which keeps extra fields
    # and names what does not fit.
    global _typed_parser
    parser = _typed_parser
    if parser is None:
        from ..._fast_path.query_portfolio_margin_asset_index_price import parse

        parser = _typed_parser = parse
    try:
        parsed = parser(response.content)
    except (ValueError, RecursionError):  # bytes that are not UTF-8, say: the general path says so
        parsed = None
    if parsed is not None:
        return parsed
    return _parse_general(response, typed=True)


def _parse_general(response: httpx.Response, *, typed: bool) -> list[PmProAssetIndexPrice]:
    data = decode_json(response, typed=typed)
    try:
        _response_200 = data
        response_200 = [PmProAssetIndexPrice.from_dict(item) for item in parse_list(_response_200, "response_200")]

    except ResponseParseError as exc:
        raise exc.within("queryPortfolioMarginAssetIndexPrice") from None
    return response_200


def _build_response(sent: Sent) -> Response[list[PmProAssetIndexPrice]]:
    return Response(
        status_code=sent.response.status_code,
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
