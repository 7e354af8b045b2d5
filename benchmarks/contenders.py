"""The clients compared, each making the same three calls against the same local server.

A contender is built from a ``Server`` and offers ``small`` (signed GET of the tiered
collateral rate), ``brackets`` (signed GET of every UM symbol's leverage brackets) and
``order`` (signed POST of a new UM order: ``ORDER`` with a fresh client order id per call),
each returning the parsed answer. Third-party clients are only built when installed
(``pip install -e '.[bench]'``); each is pointed at the local server, never at Binance.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from .server import BRACKETS_PATH, ORDER_PATH, TIERED_PATH, Server

RECV_WINDOW = 5000

# The order every contender places, as Binance's parameters and the text sent for them.
ORDER = {
    "symbol": "BTCUSDT",
    "side": "BUY",
    "type": "LIMIT",
    "timeInForce": "GTC",
    "quantity": "0.001",
    "price": "30000",
}
_ORDER_QUERY = "&".join(f"{name}={value}" for name, value in ORDER.items())


@dataclass
class Contender:
    name: str
    small: Callable[[], Any]
    brackets: Callable[[], Any]
    order: Callable[[], Any]
    close: Callable[[], None]


@dataclass
class AsyncContender:
    """Runs ``calls`` requests with at most ``concurrency`` in flight, from one event loop."""

    name: str
    small: Callable[[], Awaitable[Any]]
    brackets: Callable[[], Awaitable[Any]]
    order: Callable[[], Awaitable[Any]]
    close: Callable[[], Awaitable[None]]


def binance_pm_order(client_order_id: str) -> dict[str, Any]:
    """The benchmark's order as binance_pm's keyword arguments (``ORDER`` in snake case)."""
    return {
        "symbol": ORDER["symbol"],
        "side": ORDER["side"],
        "type": ORDER["type"],
        "time_in_force": ORDER["timeInForce"],
        "quantity": ORDER["quantity"],
        "price": ORDER["price"],
        "new_client_order_id": client_order_id,
    }


def client_order_ids() -> Callable[[], str]:
    """A new id per order, as a trading program makes them (the same cheap counter for all)."""
    counter = itertools.count(1)
    return lambda: f"bench-{next(counter)}"


class _RawSigner:
    def __init__(self, server: Server) -> None:
        self._mac = hmac.new(server.api_secret.encode(), digestmod=hashlib.sha256)

    def query(self, params: str = "") -> str:
        """``params`` (already encoded) then recvWindow, timestamp and the signature of it all."""
        query = f"{params}{'&' if params else ''}recvWindow={RECV_WINDOW}&timestamp={time.time_ns() // 1_000_000}"
        mac = self._mac.copy()
        mac.update(query.encode())
        return f"{query}&signature={mac.hexdigest()}"


def raw_httpx(server: Server) -> Contender:
    """The floor: httpx.Client, a pre-keyed HMAC, json.loads; no checks, no models."""
    import httpx  # imported here: the other contenders' clean venvs have no httpx

    http = httpx.Client(headers={"X-MBX-APIKEY": server.api_key})
    signer = _RawSigner(server)
    next_id = client_order_ids()

    def get(path: str) -> Any:
        response = http.get(f"{server.url}{path}?{signer.query()}")
        response.raise_for_status()
        return json.loads(response.content)

    def order() -> Any:
        query = signer.query(f"{_ORDER_QUERY}&newClientOrderId={next_id()}")
        response = http.post(f"{server.url}{ORDER_PATH}?{query}")
        response.raise_for_status()
        return json.loads(response.content)

    return Contender("raw httpx (floor)", lambda: get(TIERED_PATH), lambda: get(BRACKETS_PATH), order, http.close)


def raw_httpx_async(server: Server) -> AsyncContender:
    import httpx

    http = httpx.AsyncClient(headers={"X-MBX-APIKEY": server.api_key})
    signer = _RawSigner(server)
    next_id = client_order_ids()

    async def get(path: str) -> Any:
        response = await http.get(f"{server.url}{path}?{signer.query()}")
        response.raise_for_status()
        return json.loads(response.content)

    async def order() -> Any:
        query = signer.query(f"{_ORDER_QUERY}&newClientOrderId={next_id()}")
        response = await http.post(f"{server.url}{ORDER_PATH}?{query}")
        response.raise_for_status()
        return json.loads(response.content)

    return AsyncContender(
        "raw httpx async (floor)", lambda: get(TIERED_PATH), lambda: get(BRACKETS_PATH), order, http.aclose
    )


def binance_pm_sync(server: Server) -> Contender:
    from binance_pm import BinanceClient
    from binance_pm.api.portfolio_margin import get_um_leverage_brackets, new_um_order
    from binance_pm.api.portfolio_margin_pro import get_tiered_collateral_rate as tiered

    client = BinanceClient(server.api_key, server.api_secret, base_url=server.url, papi_base_url=server.url)
    next_id = client_order_ids()

    def order() -> Any:
        return new_um_order.sync(client=client, **binance_pm_order(next_id()))

    return Contender(
        "binance_pm sync",
        lambda: tiered.sync(client=client),
        lambda: get_um_leverage_brackets.sync(client=client),
        order,
        client.close,
    )


def binance_pm_async(server: Server) -> AsyncContender:
    from binance_pm import BinanceClient
    from binance_pm.api.portfolio_margin import get_um_leverage_brackets, new_um_order
    from binance_pm.api.portfolio_margin_pro import get_tiered_collateral_rate as tiered

    client = BinanceClient(server.api_key, server.api_secret, base_url=server.url, papi_base_url=server.url)
    next_id = client_order_ids()

    def order() -> Awaitable[Any]:
        return new_um_order.asyncio(client=client, **binance_pm_order(next_id()))

    return AsyncContender(
        "binance_pm async",
        lambda: tiered.asyncio(client=client),
        lambda: get_um_leverage_brackets.asyncio(client=client),
        order,
        client.aclose,
    )


def official_sdks(server: Server) -> Contender | None:
    """Binance's official Portfolio Margin Pro SDK (tiered rate) and Portfolio Margin SDK
    (brackets, new order)."""
    try:
        from binance_common.configuration import ConfigurationRestAPI
        from binance_sdk_derivatives_trading_portfolio_margin.derivatives_trading_portfolio_margin import (
            DerivativesTradingPortfolioMargin,
        )
        from binance_sdk_derivatives_trading_portfolio_margin.rest_api.models import (
            NewUmOrderSideEnum,
            NewUmOrderTimeInForceEnum,
            NewUmOrderTypeEnum,
        )
        from binance_sdk_derivatives_trading_portfolio_margin_pro.derivatives_trading_portfolio_margin_pro import (
            DerivativesTradingPortfolioMarginPro,
        )
    except ImportError:
        return None

    def config() -> Any:
        # base_path replaces the production URL; every request goes to the local server.
        return ConfigurationRestAPI(api_key=server.api_key, api_secret=server.api_secret, base_path=server.url)

    pro = DerivativesTradingPortfolioMarginPro(config_rest_api=config()).rest_api
    pm = DerivativesTradingPortfolioMargin(config_rest_api=config()).rest_api
    next_id = client_order_ids()
    side = NewUmOrderSideEnum(ORDER["side"])
    type_ = NewUmOrderTypeEnum(ORDER["type"])
    time_in_force = NewUmOrderTimeInForceEnum(ORDER["timeInForce"])
    # The SDK types quantity and price as float, so its price goes out as "30000.0".
    quantity, price = float(ORDER["quantity"]), float(ORDER["price"])

    def order() -> Any:
        return pm.new_um_order(
            symbol=ORDER["symbol"],
            side=side,
            type=type_,
            time_in_force=time_in_force,
            quantity=quantity,
            price=price,
            new_client_order_id=next_id(),
        ).data()

    return Contender(
        "official SDKs",
        lambda: pro.portfolio_margin_pro_tiered_collateral_rate().data(),
        lambda: pm.um_notional_and_leverage_brackets().data(),
        order,
        lambda: None,
    )


def python_binance(server: Server) -> Contender | None:
    try:
        from binance.client import Client
    except ImportError:
        return None
    # ping=False: no request at construction; the URLs are then pointed at the local server.
    client = Client(server.api_key, server.api_secret, ping=False)
    client.MARGIN_API_URL = f"{server.url}/sapi"
    client.PAPI_URL = f"{server.url}/papi"
    client.API_URL = f"{server.url}/api"
    next_id = client_order_ids()

    def order() -> Any:
        # Its only PM new-order call; it sends the parameters and signature as a form body.
        return client.papi_create_um_order(**ORDER, newClientOrderId=next_id())

    return Contender(
        "python-binance",
        client.margin_v2_get_portfolio_collateral_rate,
        client.papi_get_um_leverage_bracket,
        order,
        client.close_connection,
    )


# Each contender by name, with the clean venv (benchmarks.venvs) it runs in.
SYNC: dict[str, tuple[Callable[[Server], Contender | None], str]] = {
    "raw httpx (floor)": (raw_httpx, "httpx"),
    "binance_pm sync": (binance_pm_sync, "binance_pm"),
    "official SDKs": (official_sdks, "official"),
    "python-binance": (python_binance, "python-binance"),
}
ASYNC: dict[str, tuple[Callable[[Server], AsyncContender], str]] = {
    "raw httpx async (floor)": (raw_httpx_async, "httpx"),
    "binance_pm async": (binance_pm_async, "binance_pm"),
}


def sync_contenders(server: Server) -> list[Contender]:
    found = [raw_httpx(server), binance_pm_sync(server), official_sdks(server), python_binance(server)]
    return [contender for contender in found if contender is not None]


def async_contenders(server: Server) -> list[AsyncContender]:
    return [raw_httpx_async(server), binance_pm_async(server)]


async def gather_calls(call: Callable[[], Awaitable[Any]], calls: int, concurrency: int) -> None:
    """``calls`` awaits of ``call`` with at most ``concurrency`` in flight."""
    limit = asyncio.Semaphore(concurrency)

    async def one() -> None:
        async with limit:
            await call()

    await asyncio.gather(*(one() for _ in range(calls)))
