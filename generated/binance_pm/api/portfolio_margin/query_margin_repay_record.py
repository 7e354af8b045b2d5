"""Query Margin repay Record (USER_DATA): ``GET /papi/v1/margin/repayLoan`` on the papi host.

Security type USER_DATA; weight 10 per IP.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import _json
from ..._json import STDLIB, TYPED, decode_json, gc_paused, parse_path
from ..._operation import Operation, Rule
from ..._params import check_bool, check_int, check_rules, check_str
from ...errors import ResponseParseError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from collections.abc import Callable

    import httpx

    from ..._answer_shape import Shape
    from ...client import BinanceClient, Sent
    from ...models.pm_margin_repay_record_page import PmMarginRepayRecordPage

OPERATION = Operation(
    operation_id="queryMarginRepayRecord",
    method="GET",
    path="/papi/v1/margin/repayLoan",
    host="papi",
    security_type="USER_DATA",
    needs_api_key=True,
    signed=True,
    weight=10,
    weight_per="IP",
    summary="Query Margin repay Record (USER_DATA)",
    rules=(
        Rule(
            kind="require-one-of",
            parameters=(("txId", "tx_id"), ("startTime", "start_time")),
            description="Send txId or startTime.",
        ),
    ),
)

# What a success answer must be for the models to surely accept it, said without them (see
# binance_pm._answer_shape); None: only the models can tell.
ANSWER_SHAPE: Shape | None = (
    "object",
    True,
    (
        (
            "rows",
            True,
            (
                "list",
                (
                    "object",
                    True,
                    (
                        ("txId", True, "int"),
                        ("asset", True, "str"),
                        ("amount", True, "decimal"),
                        ("timestamp", True, "int"),
                        ("principal", False, "decimal"),
                        ("interest", False, "decimal"),
                        ("status", False, "str"),
                    ),
                ),
            ),
        ),
        ("total", True, "int"),
    ),
)


def _params(
    *,
    asset: str,
    tx_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = 1,
    size: int | Unset = 10,
    archived: bool | Unset = False,
    recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    params["asset"] = check_str("asset", asset, min_length=1, max_length=20, pattern="^[A-Za-z0-9]{1,20}$")
    if not isinstance(tx_id, Unset):
        params["txId"] = check_int("tx_id", tx_id)
    if not isinstance(start_time, Unset):
        params["startTime"] = check_int("start_time", start_time)
    if not isinstance(end_time, Unset):
        params["endTime"] = check_int("end_time", end_time)
    if not isinstance(current, Unset):
        params["current"] = check_int("current", current, minimum=1)
    if not isinstance(size, Unset):
        params["size"] = check_int("size", size, minimum=1, maximum=100)
    if not isinstance(archived, Unset):
        params["archived"] = check_bool("archived", archived)
    if not isinstance(recv_window, Unset):
        params["recvWindow"] = check_int("recv_window", recv_window, maximum=60000, exclusive_minimum=0)
    check_rules(OPERATION.rules, params)
    return params


_answer_loaded = False
_typed_parser: Callable[[bytes], PmMarginRepayRecordPage | None] | None = None


def _load_answer() -> None:
    # The answer's models (attrs classes) are imported on the first answer, not with the
    # module: importing an operation then costs neither attrs nor its models. The client's
    # names join them for annotations read at run time (typing.get_type_hints).
    global _answer_loaded, BinanceClient, Sent, PmMarginRepayRecordPage
    from ...client import BinanceClient, Sent
    from ...models.pm_margin_repay_record_page import PmMarginRepayRecordPage

    _answer_loaded = True


def _parse(sent: Sent) -> PmMarginRepayRecordPage:
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


def _parse_typed(response: httpx.Response) -> PmMarginRepayRecordPage:
    # Answers that match the spec exactly take the typed fast path (msgspec, loaded on the
    # first typed answer); any other is parsed the general way, which keeps extra fields
    # and names what does not fit.
    global _typed_parser
    parser = _typed_parser
    if parser is None:
        from ..._fast_path.query_margin_repay_record import parse

        parser = _typed_parser = parse
    try:
        parsed = parser(response.content)
    except (ValueError, RecursionError):  # bytes that are not UTF-8, say: the general path says so
        parsed = None
    if parsed is not None:
        return parsed
    return _parse_general(response, typed=True)


def _parse_general(response: httpx.Response, *, typed: bool) -> PmMarginRepayRecordPage:
    data = decode_json(response, typed=typed)
    try:
        response_200 = PmMarginRepayRecordPage.from_dict(data)

    except ResponseParseError as exc:
        raise exc.within("queryMarginRepayRecord") from None
    return response_200


def _build_response(sent: Sent) -> Response[PmMarginRepayRecordPage]:
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
    asset: str,
    tx_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = 1,
    size: int | Unset = 10,
    archived: bool | Unset = False,
    recv_window: int | Unset = UNSET,
) -> Response[PmMarginRepayRecordPage]:
    """Query Margin repay Record (USER_DATA)

    Cross-margin repayments of one asset, newest first, one page at a time. Look one up
    by `txId` (which wins over the time range) or give a range of at most 30 days; with
    neither `startTime` nor `endTime` Binance uses the last 7 days. Records older than 6
    months need `archived=true`.

    Args:
        client: the ``BinanceClient`` to send with.
        asset: The repaid asset, such as `BNB`.
        tx_id: The `tranId` that Margin Account Repay (`POST /papi/v1/repayLoan`) returned.
        start_time: Earliest repayment time to return, in milliseconds since the epoch.
        end_time: Latest repayment time to return, in milliseconds since the epoch.
        current: The page to return, counting from 1.
        size: Records per page.
        archived: `true` to search the archive of records older than 6 months.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[PmMarginRepayRecordPage]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        asset=asset,
        tx_id=tx_id,
        start_time=start_time,
        end_time=end_time,
        current=current,
        size=size,
        archived=archived,
        recv_window=recv_window,
    )
    return _build_response(client.send(OPERATION, params))


def sync(
    *,
    client: BinanceClient,
    asset: str,
    tx_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = 1,
    size: int | Unset = 10,
    archived: bool | Unset = False,
    recv_window: int | Unset = UNSET,
) -> PmMarginRepayRecordPage:
    """Query Margin repay Record (USER_DATA)

    Cross-margin repayments of one asset, newest first, one page at a time. Look one up
    by `txId` (which wins over the time range) or give a range of at most 30 days; with
    neither `startTime` nor `endTime` Binance uses the last 7 days. Records older than 6
    months need `archived=true`.

    Args:
        client: the ``BinanceClient`` to send with.
        asset: The repaid asset, such as `BNB`.
        tx_id: The `tranId` that Margin Account Repay (`POST /papi/v1/repayLoan`) returned.
        start_time: Earliest repayment time to return, in milliseconds since the epoch.
        end_time: Latest repayment time to return, in milliseconds since the epoch.
        current: The page to return, counting from 1.
        size: Records per page.
        archived: `true` to search the archive of records older than 6 months.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        PmMarginRepayRecordPage
    """

    params = _params(
        asset=asset,
        tx_id=tx_id,
        start_time=start_time,
        end_time=end_time,
        current=current,
        size=size,
        archived=archived,
        recv_window=recv_window,
    )
    return _parse(client.send(OPERATION, params))


async def asyncio_detailed(
    *,
    client: BinanceClient,
    asset: str,
    tx_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = 1,
    size: int | Unset = 10,
    archived: bool | Unset = False,
    recv_window: int | Unset = UNSET,
) -> Response[PmMarginRepayRecordPage]:
    """Query Margin repay Record (USER_DATA)

    Cross-margin repayments of one asset, newest first, one page at a time. Look one up
    by `txId` (which wins over the time range) or give a range of at most 30 days; with
    neither `startTime` nor `endTime` Binance uses the last 7 days. Records older than 6
    months need `archived=true`.

    Args:
        client: the ``BinanceClient`` to send with.
        asset: The repaid asset, such as `BNB`.
        tx_id: The `tranId` that Margin Account Repay (`POST /papi/v1/repayLoan`) returned.
        start_time: Earliest repayment time to return, in milliseconds since the epoch.
        end_time: Latest repayment time to return, in milliseconds since the epoch.
        current: The page to return, counting from 1.
        size: Records per page.
        archived: `true` to search the archive of records older than 6 months.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        Response[PmMarginRepayRecordPage]: the parsed answer with its status, raw body,
        headers and rate-limit usage.
    """

    params = _params(
        asset=asset,
        tx_id=tx_id,
        start_time=start_time,
        end_time=end_time,
        current=current,
        size=size,
        archived=archived,
        recv_window=recv_window,
    )
    return _build_response(await client.asend(OPERATION, params))


async def asyncio(
    *,
    client: BinanceClient,
    asset: str,
    tx_id: int | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    current: int | Unset = 1,
    size: int | Unset = 10,
    archived: bool | Unset = False,
    recv_window: int | Unset = UNSET,
) -> PmMarginRepayRecordPage:
    """Query Margin repay Record (USER_DATA)

    Cross-margin repayments of one asset, newest first, one page at a time. Look one up
    by `txId` (which wins over the time range) or give a range of at most 30 days; with
    neither `startTime` nor `endTime` Binance uses the last 7 days. Records older than 6
    months need `archived=true`.

    Args:
        client: the ``BinanceClient`` to send with.
        asset: The repaid asset, such as `BNB`.
        tx_id: The `tranId` that Margin Account Repay (`POST /papi/v1/repayLoan`) returned.
        start_time: Earliest repayment time to return, in milliseconds since the epoch.
        end_time: Latest repayment time to return, in milliseconds since the epoch.
        current: The page to return, counting from 1.
        size: Records per page.
        archived: `true` to search the archive of records older than 6 months.
        recv_window: Milliseconds after `timestamp` during which the request is valid. The server
            default is 5000; the maximum is 60000.

    Raises:
        binance_pm.errors.ParameterError: an argument is invalid (nothing was sent).
        binance_pm.errors.BinanceAPIError: Binance answered with an error (see its subclasses).
        binance_pm.errors.ConnectionFailedError: no answer, after the allowed retries.
        binance_pm.errors.ResponseParseError: the answer does not match the spec.

    Returns:
        PmMarginRepayRecordPage
    """

    params = _params(
        asset=asset,
        tx_id=tx_id,
        start_time=start_time,
        end_time=end_time,
        current=current,
        size=size,
        archived=archived,
        recv_window=recv_window,
    )
    return _parse(await client.asend(OPERATION, params))
