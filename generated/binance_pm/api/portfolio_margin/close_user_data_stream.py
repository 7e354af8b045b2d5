"""Close User Data Stream (USER_STREAM): ``DELETE /papi/v1/listenKey`` on the papi host.

Security type USER_STREAM; weight 1 per IP.
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
    operation_id="closeUserDataStream",
    method="DELETE",
    path="/papi/v1/listenKey",
    host="papi",
    security_type="USER_STREAM",
    needs_api_key=True,
    signed=False,
    weight=1,
    weight_per="IP",
    summary="Close User Data Stream (USER_STREAM)",
)


def _params() -> dict[str, Any]:
    params: dict[str, Any] = {}
    return params


def _parse(sent: Sent) -> EmptyObject:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded here on
    # the first answer); any other is parsed the general way below, which keeps extra fields
    # and names what does not fit.
    from ..._fast_path.close_user_data_stream import parse as parse_typed

    with gc_paused():
        parsed = parse_typed(sent.response.content)
        if parsed is not None:
            return parsed
        data = decode_json(sent.response)
        try:
            response_200 = EmptyObject.from_dict(data)

        except ResponseParseError as exc:
            raise exc.within("closeUserDataStream") from None
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
    """Close User Data Stream (USER_STREAM)

    Closes the account's user data stream and invalidates its listenKey. Takes no
    parameters: the key is found from the API key. A listenKey that is never closed
    simply expires 60 minutes after its last start or keepalive. Only the API key is
    needed; the request is not signed.

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
    """Close User Data Stream (USER_STREAM)

    Closes the account's user data stream and invalidates its listenKey. Takes no
    parameters: the key is found from the API key. A listenKey that is never closed
    simply expires 60 minutes after its last start or keepalive. Only the API key is
    needed; the request is not signed.

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
    """Close User Data Stream (USER_STREAM)

    Closes the account's user data stream and invalidates its listenKey. Takes no
    parameters: the key is found from the API key. A listenKey that is never closed
    simply expires 60 minutes after its last start or keepalive. Only the API key is
    needed; the request is not signed.

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
    """Close User Data Stream (USER_STREAM)

    Closes the account's user data stream and invalidates its listenKey. Takes no
    parameters: the key is found from the API key. A listenKey that is never closed
    simply expires 60 minutes after its last start or keepalive. Only the API key is
    needed; the request is not signed.

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
