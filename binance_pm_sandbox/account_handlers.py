"""Handlers for what a futures account reports: account details, positions, balances, trades,
income, commission rates, leverage and position mode (UM and CM alike).

Amounts in USD (``accountInformation``) value each asset at the mark of its USDT symbol
(USDT itself at 1), or of its BTC pair times BTC's (LTC: LTCBTC).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from .call import Call, Handler
from .exchange import COMMISSION_RATES, SYMBOLS_BY_MARKET, Desk, SymbolRules, futures
from .exchange.model import ZERO, Position, Trade
from .exchange.wire import money

__all__ = ["ACCOUNT_HANDLERS"]

_MAX_NOTIONAL = "1000000"
_MAX_QTY = "1000"


def _market(call: Call) -> str:
    return call.op.market


def _position_rows(desk: Desk, market: str, symbols: Iterable[SymbolRules]) -> list[tuple[Position, SymbolRules]]:
    """Every position a position report lists: each symbol's BOTH (one-way) or LONG and
    SHORT (hedge), held or not."""
    sides = ("LONG", "SHORT") if desk.account.dual_side.get(market, False) else ("BOTH",)
    rows = []
    for rules in symbols:
        for side in sides:
            held = desk.account.positions.get(f"{market}:{rules.symbol}:{side}")
            rows.append((held or Position(market, rules.symbol, side), rules))
    return rows


def _wallet_assets(desk: Desk, market: str) -> list[str]:
    assets = set(desk.account.wallets[market])
    assets |= {r.margin_asset for r in SYMBOLS_BY_MARKET[market].values() if market == "um"}
    return sorted(assets)


def _asset_row(desk: Desk, market: str, asset: str) -> dict[str, Any]:
    symbols = SYMBOLS_BY_MARKET[market]
    in_positions, in_orders = futures.initial_margin(desk, market, asset, symbols)
    unrealized = sum(
        (
            futures.unrealized_pnl(p, symbols[p.symbol], desk.mark(p.symbol))
            for p in desk.account.positions.values()
            if p.market == market and p.symbol in symbols and symbols[p.symbol].margin_asset == asset
        ),
        ZERO,
    )
    return {
        "asset": asset,
        "crossWalletBalance": money(desk.account.wallet(market, asset)),
        "crossUnPnl": money(unrealized),
        "maintMargin": money(futures.maintenance_margin(desk, market, asset, symbols)),
        "initialMargin": money(in_positions + in_orders),
        "positionInitialMargin": money(in_positions),
        "openOrderInitialMargin": money(in_orders),
        "updateTime": desk.account.update_time,
    }


def _account_position(desk: Desk, market: str, position: Position, rules: SymbolRules, v2: bool) -> dict[str, Any]:
    mark = desk.mark(rules.symbol)
    leverage = desk.leverage(market, rules.symbol)
    value = rules.value(abs(position.amount), mark)
    row: dict[str, Any] = {
        "symbol": rules.symbol,
        "initialMargin": money(value / leverage),
        "maintMargin": money(value * futures.MAINTENANCE_RATE),
        "unrealizedProfit": money(futures.unrealized_pnl(position, rules, mark)),
        "positionSide": position.position_side,
        "positionAmt": format(position.amount, "f"),
        "updateTime": position.update_time,
    }
    if v2:
        row["notional"] = money(value * (1 if position.amount >= 0 else -1))
        return row
    row |= {
        "positionInitialMargin": money(value / leverage),
        "openOrderInitialMargin": "0",
        "leverage": str(leverage),
        "entryPrice": format(futures.entry_price(position, rules), "f"),
    }
    if market == "um":
        row |= {"maxNotional": _MAX_NOTIONAL, "bidNotional": "0", "askNotional": "0"}
    else:
        row["maxQty"] = _MAX_QTY
    return row


def _account_detail(call: Call, *, v2: bool = False) -> dict[str, Any]:
    market = _market(call)
    with call.exchange.account(call.api_key) as desk:
        return {
            "assets": [_asset_row(desk, market, asset) for asset in _wallet_assets(desk, market)],
            "positions": [
                _account_position(desk, market, p, r, v2)
                for p, r in _position_rows(desk, market, SYMBOLS_BY_MARKET[market].values())
            ],
        }


def um_account_detail(call: Call) -> dict[str, Any]:
    return _account_detail(call)


def um_account_detail_v2(call: Call) -> dict[str, Any]:
    return _account_detail(call, v2=True)


def _position_risk(desk: Desk, market: str, position: Position, rules: SymbolRules) -> dict[str, Any]:
    mark = desk.mark(rules.symbol)
    value = rules.value(abs(position.amount), mark)
    row: dict[str, Any] = {
        "symbol": rules.symbol,
        "positionAmt": format(position.amount, "f"),
        "entryPrice": format(futures.entry_price(position, rules), "f"),
        "markPrice": format(mark, "f"),
        "unRealizedProfit": money(futures.unrealized_pnl(position, rules, mark)),
        "liquidationPrice": "0",
        "leverage": str(desk.leverage(market, rules.symbol)),
        "positionSide": position.position_side,
        "updateTime": position.update_time,
    }
    if market == "um":
        row |= {"maxNotionalValue": _MAX_NOTIONAL, "notional": money(value if position.amount >= 0 else -value)}
    else:
        row |= {"maxQty": _MAX_QTY, "notionalValue": money(value if position.amount >= 0 else -value)}
    return row


def position_information(call: Call) -> list[dict[str, Any]]:
    market = _market(call)
    symbols: Iterable[SymbolRules] = SYMBOLS_BY_MARKET[market].values()
    if "symbol" in call.params:
        symbols = [call.rules()]
    pair, margin_asset = call.params.get("pair"), call.params.get("marginAsset")
    symbols = [r for r in symbols if pair in (None, r.pair) and margin_asset in (None, r.margin_asset)]
    with call.exchange.account(call.api_key) as desk:
        return [_position_risk(desk, market, p, r) for p, r in _position_rows(desk, market, symbols)]


def _usd_price(desk: Desk, asset: str) -> Decimal:
    if asset in ("USDT", "USD"):
        return Decimal(1)
    mark = desk.marks.get(asset + "USDT")
    if mark is not None:
        return mark
    # An asset the exchange quotes only in BTC (LTC: LTCBTC) is worth its BTC price in USD.
    in_btc = desk.marks.get(asset + "BTC")
    return in_btc * _usd_price(desk, "BTC") if in_btc is not None else ZERO


def _unrealized(desk: Desk, market: str, asset: str) -> Decimal:
    symbols = SYMBOLS_BY_MARKET[market]
    return sum(
        (
            futures.unrealized_pnl(p, symbols[p.symbol], desk.mark(p.symbol))
            for p in desk.account.positions.values()
            if p.market == market and p.symbol in symbols and symbols[p.symbol].margin_asset == asset
        ),
        ZERO,
    )


def _all_assets(desk: Desk) -> list[str]:
    account = desk.account
    return sorted(set(account.margin) | set(account.wallets["um"]) | set(account.wallets["cm"]))


def _balance_row(desk: Desk, asset: str) -> dict[str, Any]:
    account = desk.account
    margin = account.margin.get(asset)
    free = margin.free if margin else ZERO
    locked = margin.locked if margin else ZERO
    borrowed = margin.borrowed if margin else ZERO
    interest = margin.interest if margin else ZERO
    um, cm = account.wallet("um", asset), account.wallet("cm", asset)
    return {
        "asset": asset,
        "totalWalletBalance": money(free + locked + um + cm),
        "crossMarginAsset": money(free + locked),
        "crossMarginBorrowed": money(borrowed),
        "crossMarginFree": money(free),
        "crossMarginInterest": money(interest),
        "crossMarginLocked": money(locked),
        "umWalletBalance": money(um),
        "umUnrealizedPNL": money(_unrealized(desk, "um", asset)),
        "cmWalletBalance": money(cm),
        "cmUnrealizedPNL": money(_unrealized(desk, "cm", asset)),
        "updateTime": account.update_time,
        "negativeBalance": "0",
    }


def account_balance(call: Call) -> list[dict[str, Any]] | dict[str, Any]:
    wanted = call.params.get("asset")
    with call.exchange.account(call.api_key) as desk:
        if wanted is not None:  # one asset: one object, as Binance answers
            return _balance_row(desk, wanted)
        return [_balance_row(desk, a) for a in _all_assets(desk)]


def account_information(call: Call) -> dict[str, Any]:
    with call.exchange.account(call.api_key) as desk:
        account = desk.account
        equity = initial = maintenance = ZERO
        for asset in _all_assets(desk):
            price = _usd_price(desk, asset)
            margin = account.margin.get(asset)
            net = margin.net if margin else ZERO
            holdings = net + account.wallet("um", asset) + account.wallet("cm", asset)
            holdings += _unrealized(desk, "um", asset) + _unrealized(desk, "cm", asset)
            equity += holdings * price
            for market in ("um", "cm"):
                symbols = SYMBOLS_BY_MARKET[market]
                in_positions, in_orders = futures.initial_margin(desk, market, asset, symbols)
                initial += (in_positions + in_orders) * price
                maintenance += futures.maintenance_margin(desk, market, asset, symbols) * price
        return {
            "uniMMR": money(equity / maintenance) if maintenance else "0",
            "accountEquity": money(equity),
            "actualEquity": money(equity),
            "accountInitialMargin": money(initial),
            "accountMaintMargin": money(maintenance),
            "accountStatus": "NORMAL",
            "virtualMaxWithdrawAmount": money(max(ZERO, equity - initial)),
            "totalAvailableBalance": money(max(ZERO, equity - initial)),
            "totalMarginOpenLoss": "0",
            "updateTime": account.update_time,
        }


def _trade_row(trade: Trade, rules: SymbolRules) -> dict[str, Any]:
    row: dict[str, Any] = {
        "symbol": trade.symbol,
        "id": trade.id,
        "orderId": trade.order_id,
        "side": trade.side,
        "price": rules.price_text(trade.price),
        "qty": rules.quantity_text(trade.qty),
        "realizedPnl": money(trade.realized_pnl),
    }
    if trade.market == "cm":
        row |= {"pair": rules.pair, "marginAsset": rules.margin_asset, "baseQty": money(trade.base_qty)}
    else:
        row["quoteQty"] = format(trade.quote_qty, "f")
    row |= {
        "commission": money(trade.commission),
        "commissionAsset": trade.commission_asset,
        "time": trade.time,
        "buyer": trade.side == "BUY",
        "maker": trade.maker,
        "positionSide": trade.position_side,
    }
    return row


def account_trades(call: Call) -> list[dict[str, Any]]:
    market = _market(call)
    symbols = SYMBOLS_BY_MARKET[market]
    symbol = call.rules().symbol if "symbol" in call.params else None
    pair = call.params.get("pair")
    with call.exchange.account(call.api_key) as desk:
        trades = (
            t
            for t in desk.account.trades
            if t.market == market and symbol in (None, t.symbol) and pair in (None, symbols[t.symbol].pair)
        )
        chosen = call.history(trades, id_param="fromId", id_of=lambda t: t.id, time_of=lambda t: t.time)
        return [_trade_row(t, symbols[t.symbol]) for t in chosen]


def income_history(call: Call) -> list[dict[str, Any]]:
    market = _market(call)
    symbol, kind = call.params.get("symbol"), call.params.get("incomeType")
    start, end = call.integer("startTime"), call.integer("endTime")
    limit = call.integer("limit") or 100
    page = call.integer("page") or 1
    with call.exchange.account(call.api_key) as desk:
        found = [
            i
            for i in desk.account.income
            if i.market == market
            and symbol in (None, i.symbol)
            and kind in (None, i.income_type)
            and (start is None or i.time >= start)
            and (end is None or i.time <= end)
        ]
        chosen = found[(page - 1) * limit : page * limit]
        return [
            {
                "symbol": i.symbol,
                "incomeType": i.income_type,
                "income": money(i.income),
                "asset": i.asset,
                "info": i.info,
                "time": i.time,
                "tranId": str(i.tran_id),
                "tradeId": i.trade_id,
            }
            for i in chosen
        ]


def commission_rate(call: Call) -> dict[str, Any]:
    maker, taker = COMMISSION_RATES[_market(call)]
    return {"symbol": call.rules().symbol, "makerCommissionRate": str(maker), "takerCommissionRate": str(taker)}


def change_leverage(call: Call) -> dict[str, Any]:
    market, rules = _market(call), call.rules()
    leverage = int(call.required("leverage"))
    with call.exchange.account(call.api_key) as desk:
        futures.set_leverage(desk, market, rules.symbol, leverage)
    limit = {"maxNotionalValue": _MAX_NOTIONAL} if market == "um" else {"maxQty": _MAX_QTY}
    return {"leverage": leverage, **limit, "symbol": rules.symbol}


def change_position_mode(call: Call) -> bytes:
    dual = call.required("dualSidePosition") == "true"
    with call.exchange.account(call.api_key) as desk:
        futures.set_dual_side(desk, _market(call), dual)
    return call.op.example_body  # Binance's fixed success message


def current_position_mode(call: Call) -> dict[str, bool]:
    with call.exchange.account(call.api_key) as desk:
        return {"dualSidePosition": desk.account.dual_side.get(_market(call), False)}


ACCOUNT_HANDLERS: Mapping[str, Handler] = {
    "getUmAccountDetail": um_account_detail,
    "getUmAccountDetailV2": um_account_detail_v2,
    "getCmAccountDetail": um_account_detail,
    "queryUmPositionInformation": position_information,
    "queryCmPositionInformation": position_information,
    "accountBalance": account_balance,
    "accountInformation": account_information,
    "umAccountTradeList": account_trades,
    "cmAccountTradeList": account_trades,
    "getUmIncomeHistory": income_history,
    "getCmIncomeHistory": income_history,
    "getUserCommissionRateForUm": commission_rate,
    "getUserCommissionRateForCm": commission_rate,
    "changeUmInitialLeverage": change_leverage,
    "changeCmInitialLeverage": change_leverage,
    "changeUmPositionMode": change_position_mode,
    "changeCmPositionMode": change_position_mode,
    "getUmCurrentPositionMode": current_position_mode,
    "getCmCurrentPositionMode": current_position_mode,
}
