"""Cancel UM Algo Order (TRADE): ``DELETE /papi/v1/um/algo/order`` on the papi host.

Security type TRADE; weight 1 per IP.
"""

from http import HTTPStatus
from typing import Any

from ..._json import decode_json, gc_paused
from ..._operation import Operation, Rule
from ..._params import check_int, check_rules, check_str
from ...client import BinanceClient, Sent
from ...errors import ResponseParseError
from ...models.um_algo_cancel_result import UmAlgoCancelResult
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="cancelUmAlgoOrder",
    method="DELETE",
    path="/papi/v1/um/algo/order",
    host="papi",
    security_type="TRADE",
    needs_api_key=True,
    signed=True,
    weight=1,
    weight_per="IP",
    summary="Cancel UM Algo Order (TRADE)",
    rules=(
        Rule(
            kind="require-one-of",
            parameters=(("algoId", "algo_id"), ("clientAlgoId", "client_algo_id")),
            description="Send algoId or clientAlgoId.",
        ),
    ),
)


def _params(
    *,
    algo_id: int | Unset = UNSET,
    client_algo_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if not isinstance(algo_id, Unset):
        params["algoId"] = check_int("algo_id", algo_id)
    if not isinstance(client_algo_id, Unset):
        params["clientAlgoId"] = check_str(
            "client_algo_id", client_algo_id, min_length=1, max_length=32, pattern="^[\\.A-Z\\:/a-z0-9_-]{1,32}$"
        )
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    check_rules(OPERATION.rules, params)
    return params


def _parse(sent: Sent) -> UmAlgoCancelResult:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded here on
    # the first answer); any other is parsed the general way below, which keeps extra fields
    # and names what does not fit.
    from ..._fast_path.cancel_um_algo_order import parse as parse_typed

    with gc_paused():
        parsed = parse_typed(sent.response.content)
        if parsed is not None:
            return parsed
        data = decode_json(sent.response)
        try:
            response_200 = UmAlgoCancelResult.from_dict(data)

        except ResponseParseError as exc:
            raise exc.within("cancelUmAlgoOrder") from None
    return response_200


def _build_response(sent: Sent) -> Response[UmAlgoCancelResult]:
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
    algo_id: int | Unset = UNSET,
    client_algo_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[UmAlgoCancelResult]:
    """Cancel UM Algo Order (TRADE)

    Cancels one active UM algo order, named by its `algoId` or by its `clientAlgoId`.

    Args:
        client: the ``BinanceClient`` to send with.
        algo_id: The algo order id Binance assigned.
        client_algo_id: The client algo id given (or generated) when the order was placed.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[UmAlgoCancelResult]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        algo_id=algo_id,
        client_algo_id=client_algo_id,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    algo_id: int | Unset = UNSET,
    client_algo_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> UmAlgoCancelResult:
    """Cancel UM Algo Order (TRADE)

    Cancels one active UM algo order, named by its `algoId` or by its `clientAlgoId`.

    Args:
        client: the ``BinanceClient`` to send with.
        algo_id: The algo order id Binance assigned.
        client_algo_id: The client algo id given (or generated) when the order was placed.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        UmAlgoCancelResult
    """

    params = _params(
        algo_id=algo_id,
        client_algo_id=client_algo_id,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    algo_id: int | Unset = UNSET,
    client_algo_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> Response[UmAlgoCancelResult]:
    """Cancel UM Algo Order (TRADE)

    Cancels one active UM algo order, named by its `algoId` or by its `clientAlgoId`.

    Args:
        client: the ``BinanceClient`` to send with.
        algo_id: The algo order id Binance assigned.
        client_algo_id: The client algo id given (or generated) when the order was placed.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[UmAlgoCancelResult]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        algo_id=algo_id,
        client_algo_id=client_algo_id,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    algo_id: int | Unset = UNSET,
    client_algo_id: str | Unset = UNSET,
    recv_window: int | Unset = UNSET,
) -> UmAlgoCancelResult:
    """Cancel UM Algo Order (TRADE)

    Cancels one active UM algo order, named by its `algoId` or by its `clientAlgoId`.

    Args:
        client: the ``BinanceClient`` to send with.
        algo_id: The algo order id Binance assigned.
        client_algo_id: The client algo id given (or generated) when the order was placed.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        UmAlgoCancelResult
    """

    params = _params(
        algo_id=algo_id,
        client_algo_id=client_algo_id,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
