"""The symbols the exchange trades: every one the spec's answer examples name for its market,
with the filters the README publishes, and cross margin with a BTC quote asset."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from binance_pm_sandbox.errors import BinanceError
from binance_pm_sandbox.exchange import CM_SYMBOLS, MARGIN_SYMBOLS, SYMBOLS_BY_MARKET, Exchange, Order, futures, margin
from binance_pm_sandbox.exchange.futures import NewFuturesOrder, OrderRef
from binance_pm_sandbox.exchange.margin import NewMarginOrder
from binance_pm_spec import iter_operations, load_document, resolve

from .conftest import API_KEY

MARKETS = ("um", "cm", "margin")


def _named(node: Any, field: str) -> Iterator[str]:
    """Every non-empty text under ``field`` anywhere in ``node``."""
    if isinstance(node, list):
        for item in node:
            yield from _named(item, field)
    elif isinstance(node, dict):
        for name, value in node.items():
            if name == field and isinstance(value, str) and value:
                yield value
            else:
                yield from _named(value, field)


def _pairs_of_other_symbols(node: Any) -> Iterator[str]:
    """The ``pair`` of each object whose ``symbol`` is another name (a delivery contract's pair)."""
    if isinstance(node, list):
        for item in node:
            yield from _pairs_of_other_symbols(item)
    elif isinstance(node, dict):
        pair, symbol = node.get("pair"), node.get("symbol")
        if isinstance(pair, str) and isinstance(symbol, str) and pair != symbol:
            yield pair
        for value in node.values():
            yield from _pairs_of_other_symbols(value)


def _examples_by_market() -> dict[str, list[Any]]:
    document = load_document()
    found: dict[str, list[Any]] = {market: [] for market in MARKETS}
    for _method, path, operation, _item in iter_operations(document):
        market = path.split("/")[3] if path.startswith("/papi/v1/") else ""
        if market not in found:
            continue
        answer = resolve(document, operation["responses"]["200"])
        for media in answer.get("content", {}).values():
            found[market].append(media.get("example"))
    return found


EXAMPLES = _examples_by_market()


@pytest.mark.parametrize("market", MARKETS)
def test_every_symbol_an_answer_example_names_is_traded_in_its_market(market: str) -> None:
    named = set(_named(EXAMPLES[market], "symbol"))
    # Some CM examples write BTCUSD, the pair other examples give BTCUSD_200925, as a symbol.
    pairs = set(_pairs_of_other_symbols(EXAMPLES[market]))
    assert named, f"no {market} example names a symbol"
    assert sorted(named - pairs - set(SYMBOLS_BY_MARKET[market])) == []


def test_the_examples_name_the_delivery_contracts_and_btc_pairs() -> None:
    # The test above passes vacuously if the examples change; these are the ones it covers today.
    assert {"BTCUSD_200626", "BTCUSD_200925", "BTCUSD_201225"} <= set(_named(EXAMPLES["cm"], "symbol"))
    assert {"BNBBTC", "LTCBTC"} <= set(_named(EXAMPLES["margin"], "symbol"))


@pytest.mark.parametrize("symbol", ["BTCUSD_200626", "BTCUSD_200925", "BTCUSD_201225"])
def test_a_delivery_contract_trades_like_the_perpetual(exchange: Exchange, symbol: str) -> None:
    rules, perp = CM_SYMBOLS[symbol], CM_SYMBOLS["BTCUSD_PERP"]
    assert (rules.base, rules.tick_size, rules.step_size, rules.contract_size, rules.mark_price) == (
        "BTC",
        perp.tick_size,
        perp.step_size,
        perp.contract_size,
        perp.mark_price,
    )
    with exchange.account(API_KEY) as desk:
        order = futures.place(
            desk,
            NewFuturesOrder(rules=rules, side="BUY", type="LIMIT", quantity=Decimal(1), price=Decimal("29000.0")),
            CM_SYMBOLS,
        )
        assert order.status == "NEW"
        futures.cancel(desk, OrderRef("cm", symbol, order.order_id), rules)
    assert exchange.snapshot(API_KEY)["orders"][str(order.order_id)]["status"] == "CANCELED"


def _margin_order(exchange: Exchange, symbol: str, **fields: Any) -> Order:
    for name in ("quantity", "price"):
        if isinstance(fields.get(name), str):
            fields[name] = Decimal(fields[name])
    with exchange.account(API_KEY) as desk:
        return margin.place(desk, NewMarginOrder(rules=MARGIN_SYMBOLS[symbol], **fields))


def _free(exchange: Exchange, asset: str) -> Decimal:
    return Decimal(exchange.snapshot(API_KEY)["margin"][asset]["free"])


def _locked(exchange: Exchange, asset: str) -> Decimal:
    return Decimal(exchange.snapshot(API_KEY)["margin"][asset]["locked"])


@pytest.mark.parametrize(("symbol", "base"), [("BNBBTC", "BNB"), ("LTCBTC", "LTC")])
def test_a_btc_pair_is_quoted_in_btc(symbol: str, base: str) -> None:
    rules = MARGIN_SYMBOLS[symbol]
    assert (rules.base, rules.quote, rules.pair) == (base, "BTC", symbol)
    assert (rules.tick_size, rules.step_size, rules.min_notional) == (
        Decimal("0.000001"),
        Decimal("0.001"),
        Decimal("0.0001"),
    )


def test_a_market_buy_of_a_btc_pair_spends_btc_and_pays_commission_in_the_base(exchange: Exchange) -> None:
    btc, ltc = _free(exchange, "BTC"), _free(exchange, "LTC")
    order = _margin_order(exchange, "LTCBTC", side="BUY", type="MARKET", quantity="10")
    assert order.status == "FILLED"
    assert _free(exchange, "BTC") == btc - Decimal("10") * Decimal("0.0033")
    assert _free(exchange, "LTC") == ltc + Decimal(10) - Decimal("0.01")  # taker 0.001 of 10 LTC
    (trade,) = exchange.snapshot(API_KEY)["trades"]
    assert (trade["commission_asset"], Decimal(trade["quote_qty"])) == ("LTC", Decimal("0.033"))


def test_a_market_sell_of_a_btc_pair_pays_commission_in_btc(exchange: Exchange) -> None:
    btc, bnb = _free(exchange, "BTC"), _free(exchange, "BNB")
    _margin_order(exchange, "BNBBTC", side="SELL", type="MARKET", quantity="20")
    assert _free(exchange, "BNB") == bnb - Decimal(20)
    assert _free(exchange, "BTC") == btc + Decimal("0.2") - Decimal("0.0002")
    (trade,) = exchange.snapshot(API_KEY)["trades"]
    assert trade["commission_asset"] == "BTC"


def test_a_resting_buy_of_a_btc_pair_locks_btc_until_the_mark_crosses(exchange: Exchange) -> None:
    btc = _free(exchange, "BTC")
    order = _margin_order(exchange, "LTCBTC", side="BUY", type="LIMIT", quantity="100", price="0.003000")
    assert order.status == "NEW"
    assert (_free(exchange, "BTC"), _locked(exchange, "BTC")) == (btc - Decimal("0.3"), Decimal("0.3"))
    exchange.set_mark_price("LTCBTC", "0.002999")
    assert (_free(exchange, "BTC"), _locked(exchange, "BTC")) == (btc - Decimal("0.3"), Decimal(0))
    assert exchange.snapshot(API_KEY)["orders"][str(order.order_id)]["status"] == "FILLED"


def test_the_minimum_notional_of_a_btc_pair_is_in_btc(exchange: Exchange) -> None:
    # 0.01 BNB at 0.0099 BTC is 0.000099 BTC: below 0.0001 BTC, though worth about 3 USDT.
    with pytest.raises(BinanceError) as caught:
        _margin_order(exchange, "BNBBTC", side="BUY", type="LIMIT", quantity="0.010", price="0.009900")
    assert caught.value.code == -1013
    order = _margin_order(exchange, "BNBBTC", side="BUY", type="LIMIT", quantity="0.011", price="0.009900")
    assert order.status == "NEW"


def test_a_btc_pair_refuses_prices_off_its_tick(exchange: Exchange) -> None:
    with pytest.raises(BinanceError) as caught:
        _margin_order(exchange, "LTCBTC", side="BUY", type="LIMIT", quantity="1", price="0.0030005")
    assert caught.value.code == -4014


def test_a_new_account_holds_ltc_for_the_ltcbtc_examples(exchange: Exchange) -> None:
    assert _free(exchange, "LTC") == Decimal(100)
