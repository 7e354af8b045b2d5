"""Account Balance (USER_DATA): ``GET /papi/v1/balance`` on the papi host.

Security type USER_DATA; weight 20 per IP.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._json import STDLIB, TYPED, decode_json, gc_paused, parse_path
from ..._operation import Operation
from ..._params import check_int, check_str
from ..._values import parse_list
from ...errors import ResponseParseError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._answer_shape import Shape
    from ...client import BinanceClient, Sent
    from ...models.pm_balance import PmBalance

OPERATION = Operation(
    operation_id="accountBalance",
    method="GET",
    path="/papi/v1/balance",
    host="papi",
    security_type="USER_DATA",
    needs_api_key=True,
    signed=True,
    weight=20,
    weight_per="IP",
    summary="Account Balance (USER_DATA)",
)

# What a success answer must be for the models to surely accept it, said without them (see
# binance_pm._answer_shape); None: only the models can tell.
ANSWER_SHAPE: Shape | None = None


def _params(
    *,
    asset: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if not isinstance(asset, Unset):
        params["asset"] = check_str("asset", asset, min_length=1, max_length=20, pattern="^[A-Za-z0-9]{1,20}$")
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    return params


_answer_loaded = False


def _load_answer() -> None:
    # The answer's models (attrs classes) are imported on the first answer, not with the
    # module: importing an operation then costs neither attrs nor its models. The client's
    # names join them for annotations read at run time (typing.get_type_hints).
    global _answer_loaded, BinanceClient, Sent, PmBalance
    from ...client import BinanceClient, Sent
    from ...models.pm_balance import PmBalance

    _answer_loaded = True


def _parse(sent: Sent) -> list[PmBalance] | PmBalance:
    response = sent.response
    if not _answer_loaded:
        _load_answer()
    path = parse_path(len(response.content))
    if path == STDLIB:
        return _parse_general(response, typed=False)
    if path == TYPED:
        return _parse_typed(response)
    with gc_paused():
        return _parse_typed(response) if path & TYPED else _parse_general(response, typed=False)


def _parse_typed(response: httpx.Response) -> list[PmBalance] | PmBalance:
    return _parse_general(response, typed=True)


def _parse_general(response: httpx.Response, *, typed: bool) -> list[PmBalance] | PmBalance:
    data = decode_json(response, typed=typed)
    try:

        def _parse_response_200(data: object) -> list[PmBalance] | PmBalance:
            if isinstance(data, dict):
                response_200_type_0 = PmBalance.from_dict(data)

                return response_200_type_0
            if type(data) is list:
                _response_200_type_1 = data
                response_200_type_1 = [
                    PmBalance.from_dict(item) for item in parse_list(_response_200_type_1, "response_200_type_1")
                ]

                return response_200_type_1
            raise ResponseParseError(
                "a " + type(data).__name__ + " is none of the types the spec allows here",
                field="response_200",
            )

        response_200 = _parse_response_200(data)

    except ResponseParseError as exc:
        raise exc.within("accountBalance") from None
    return response_200


def _build_response(sent: Sent) -> Response[list[PmBalance] | PmBalance]:
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
    recv_window: int | Unset = UNSET,
) -> Response[list[PmBalance] | PmBalance]:
    """Account Balance (USER_DATA)

    Balances of the Portfolio Margin account per asset, split into the cross-margin,
    UM and CM parts. With `asset` the answer is a single object for that asset;
    without it, a list with one element per asset.

    Args:
        client: the ``BinanceClient`` to send with.
        asset: Only this asset; the answer is then one object instead of a list.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[list[PmBalance] | PmBalance]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        asset=asset,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    asset: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> list[PmBalance] | PmBalance:
    """Account Balance (USER_DATA)

    Balances of the Portfolio Margin account per asset, split into the cross-margin,
    UM and CM parts. With `asset` the answer is a single object for that asset;
    without it, a list with one element per asset.

    Args:
        client: the ``BinanceClient`` to send with.
        asset: Only this asset; the answer is then one object instead of a list.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        list[PmBalance] | PmBalance
    """

    params = _params(
        asset=asset,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    asset: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[list[PmBalance] | PmBalance]:
    """Account Balance (USER_DATA)

    Balances of the Portfolio Margin account per asset, split into the cross-margin,
    UM and CM parts. With `asset` the answer is a single object for that asset;
    without it, a list with one element per asset.

    Args:
        client: the ``BinanceClient`` to send with.
        asset: Only this asset; the answer is then one object instead of a list.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[list[PmBalance] | PmBalance]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        asset=asset,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    asset: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> list[PmBalance] | PmBalance:
    """Account Balance (USER_DATA)

    Balances of the Portfolio Margin account per asset, split into the cross-margin,
    UM and CM parts. With `asset` the answer is a single object for that asset;
    without it, a list with one element per asset.

    Args:
        client: the ``BinanceClient`` to send with.
        asset: Only this asset; the answer is then one object instead of a list.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        list[PmBalance] | PmBalance
    """

    params = _params(
        asset=asset,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
