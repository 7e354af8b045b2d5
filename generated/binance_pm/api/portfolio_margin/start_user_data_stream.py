"""Start User Data Stream (USER_STREAM): ``POST /papi/v1/listenKey`` on the papi host.

Security type USER_STREAM; weight 1 per IP.
"""

from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.pm_listen_key import PmListenKey
from ...types import Response

OPERATION = Operation(
    operation_id="startUserDataStream",
    method="POST",
    path="/papi/v1/listenKey",
    host="papi",
    security_type="USER_STREAM",
    needs_api_key=True,
    signed=False,
    weight=1,
    weight_per="IP",
    summary="Start User Data Stream (USER_STREAM)",
)


def _params() -> dict[str, Any]:
    params: dict[str, Any] = {}
    return params


def _parse(sent: Sent) -> PmListenKey:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded here on
    # the first answer); any other is parsed the general way below, which keeps extra fields
    # and names what does not fit.
    from ..._fast_path.start_user_data_stream import parse as parse_typed

    with gc_paused():
        parsed = parse_typed(sent.response.content)
        if parsed is not None:
            return parsed
        data = decode_json(sent.response)
        try:
            response_200 = PmListenKey.from_dict(data)

        except ResponseParseError as exc:
            raise exc.within("startUserDataStream") from None
    return response_200


def _build_response(sent: Sent) -> Response[PmListenKey]:
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
) -> Response[PmListenKey]:
    """Start User Data Stream (USER_STREAM)

    Opens a user data stream and returns its `listenKey`; connect to
    `wss://fstream.binance.com/pm/ws/<listenKey>` to receive the account's events. A
    listenKey stays valid for 60 minutes unless it is kept alive with
    `PUT /papi/v1/listenKey`. If the account already has an active listenKey, that same
    key is returned and its validity is pushed back to 60 minutes from now. Only the API
    key is needed; the request is not signed.

    Args:
        client: the ``BinanceClient`` to send with.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[PmListenKey]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params()
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
) -> PmListenKey:
    """Start User Data Stream (USER_STREAM)

    Opens a user data stream and returns its `listenKey`; connect to
    `wss://fstream.binance.com/pm/ws/<listenKey>` to receive the account's events. A
    listenKey stays valid for 60 minutes unless it is kept alive with
    `PUT /papi/v1/listenKey`. If the account already has an active listenKey, that same
    key is returned and its validity is pushed back to 60 minutes from now. Only the API
    key is needed; the request is not signed.

    Args:
        client: the ``BinanceClient`` to send with.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        PmListenKey
    """

    params = _params()
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
) -> Response[PmListenKey]:
    """Start User Data Stream (USER_STREAM)

    Opens a user data stream and returns its `listenKey`; connect to
    `wss://fstream.binance.com/pm/ws/<listenKey>` to receive the account's events. A
    listenKey stays valid for 60 minutes unless it is kept alive with
    `PUT /papi/v1/listenKey`. If the account already has an active listenKey, that same
    key is returned and its validity is pushed back to 60 minutes from now. Only the API
    key is needed; the request is not signed.

    Args:
        client: the ``BinanceClient`` to send with.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[PmListenKey]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params()
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
) -> PmListenKey:
    """Start User Data Stream (USER_STREAM)

    Opens a user data stream and returns its `listenKey`; connect to
    `wss://fstream.binance.com/pm/ws/<listenKey>` to receive the account's events. A
    listenKey stays valid for 60 minutes unless it is kept alive with
    `PUT /papi/v1/listenKey`. If the account already has an active listenKey, that same
    key is returned and its validity is pushed back to 60 minutes from now. Only the API
    key is needed; the request is not signed.

    Args:
        client: the ``BinanceClient`` to send with.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        PmListenKey
    """

    params = _params()
    return _parse(await client.asend(OPERATION, params))
