"""Test Connectivity: ``GET /papi/v1/ping`` on the papi host.

Security type NONE; weight 1 per IP.
"""

from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.empty_object import EmptyObject
from ...types import Response

OPERATION = Operation(
    operation_id="testConnectivity",
    method="GET",
    path="/papi/v1/ping",
    host="papi",
    security_type="NONE",
    needs_api_key=False,
    signed=False,
    weight=1,
    weight_per="IP",
    summary="Test Connectivity",
)


def _params() -> dict[str, Any]:
    params: dict[str, Any] = {}
    return params


def _parse(sent: Sent) -> EmptyObject:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded here on
    # the first answer); any other is parsed the general way below, which keeps extra fields
    # and names what does not fit.
    from ..._fast_path.test_connectivity import parse as parse_typed

    with gc_paused():
        parsed = parse_typed(sent.response.content)
        if parsed is not None:
            return parsed
        data = decode_json(sent.response)
        try:
            response_200 = EmptyObject.from_dict(data)

        except ResponseParseError as exc:
            raise exc.within("testConnectivity") from None
    return response_200


def _build_response(sent: Sent) -> Response[EmptyObject]:
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
) -> Response[EmptyObject]:
    """Test Connectivity

    Checks that the Portfolio Margin REST API can be reached. Takes no parameters and
    needs no API key; answers an empty object.

    Args:
        client: the ``BinanceClient`` to send with.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[EmptyObject]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params()
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
) -> EmptyObject:
    """Test Connectivity

    Checks that the Portfolio Margin REST API can be reached. Takes no parameters and
    needs no API key; answers an empty object.

    Args:
        client: the ``BinanceClient`` to send with.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        EmptyObject
    """

    params = _params()
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
) -> Response[EmptyObject]:
    """Test Connectivity

    Checks that the Portfolio Margin REST API can be reached. Takes no parameters and
    needs no API key; answers an empty object.

    Args:
        client: the ``BinanceClient`` to send with.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[EmptyObject]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params()
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
) -> EmptyObject:
    """Test Connectivity

    Checks that the Portfolio Margin REST API can be reached. Takes no parameters and
    needs no API key; answers an empty object.

    Args:
        client: the ``BinanceClient`` to send with.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        EmptyObject
    """

    params = _params()
    return _parse(await client.asend(OPERATION, params))
