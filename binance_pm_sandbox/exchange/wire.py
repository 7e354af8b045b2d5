"""User data stream events in Binance's Portfolio Margin wire form (field names as Binance
sends them, case-sensitive), built from the exchange's records.

Futures orders: ``ORDER_TRADE_UPDATE`` with ``"fs"`` ``UM`` or ``CM``; conditional orders:
``CONDITIONAL_ORDER_TRADE_UPDATE``; futures balances and
positions: ``ACCOUNT_UPDATE``; margin orders: ``executionReport``; margin balances:
``outboundAccountPosition``; loans: ``liabilityChange``; deposits (the harness's funding):
``balanceUpdate``.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from .model import ConditionalOrder, MarginBalance, Order, Position, Trade
from .symbols import SymbolRules

__all__ = [
    "account_update",
    "balance_update",
    "conditional_order_trade_update",
    "execution_report",
    "liability_change",
    "money",
    "order_trade_update",
    "outbound_account_position",
]

_EIGHT = Decimal("0.00000001")


def money(value: Decimal) -> str:
    """An amount with Binance's 8 decimal places."""
    return format(value.quantize(_EIGHT), "f")


def order_trade_update(
    order: Order, rules: SymbolRules, execution: str, now_ms: int, trade: Trade | None = None
) -> dict[str, Any]:
    last_qty = trade.qty if trade is not None else Decimal(0)
    last_price = trade.price if trade is not None else Decimal(0)
    return {
        "e": "ORDER_TRADE_UPDATE",
        "fs": order.market.upper(),
        "E": now_ms,
        "T": now_ms,
        "i": "",
        "o": {
            "s": order.symbol,
            "c": order.client_order_id,
            "S": order.side,
            "o": order.type,
            "f": order.time_in_force,
            "q": rules.quantity_text(order.orig_qty),
            "p": rules.price_text(order.price),
            "ap": format(order.avg_price, "f") if order.executed_qty else "0",
            "sp": "0",
            "x": execution,
            "X": order.status,
            "i": order.order_id,
            "l": rules.quantity_text(last_qty),
            "z": rules.quantity_text(order.executed_qty),
            "L": rules.price_text(last_price),
            "N": trade.commission_asset if trade is not None else rules.margin_asset,
            "n": money(trade.commission) if trade is not None else "0",
            "T": now_ms,
            "t": trade.id if trade is not None else 0,
            "b": "0",
            "a": "0",
            "m": trade.maker if trade is not None else False,
            "R": order.reduce_only,
            "ps": order.position_side,
            "rp": money(trade.realized_pnl) if trade is not None else "0",
            "V": order.self_trade_prevention_mode,
            "pm": order.price_match,
            "gtd": order.good_till_date,
        },
    }


def conditional_order_trade_update(order: ConditionalOrder, rules: SymbolRules, now_ms: int) -> dict[str, Any]:
    """A conditional order as it stands now; ``"i"`` is the order it placed (0 before it fired)."""
    trailing = order.type == "TRAILING_STOP_MARKET"
    body: dict[str, Any] = {
        "s": order.symbol,
        "c": order.client_id,
        "si": order.strategy_id,
        "S": order.side,
        "st": order.type,
        "f": order.time_in_force,
        "q": rules.quantity_text(order.quantity),
        "p": rules.price_text(order.price),
        "sp": rules.price_text(order.stop_price),
        "os": order.status,
        "T": order.book_time,
        "ut": order.update_time,
        "R": order.reduce_only,
        "wt": order.working_type,
        "ps": order.position_side,
        "cp": False,
    }
    if trailing:
        body |= {"AP": rules.price_text(order.activate_price), "cr": format(order.callback_rate, "f")}
    body |= {"i": order.order_id, "V": order.self_trade_prevention_mode, "gtd": order.good_till_date}
    return {"e": "CONDITIONAL_ORDER_TRADE_UPDATE", "T": now_ms, "E": now_ms, "fs": order.market.upper(), "so": body}


def account_update(
    market: str,
    balances: Iterable[tuple[str, Decimal]],
    positions: Iterable[tuple[Position, Decimal, Decimal]],
    now_ms: int,
    reason: str = "ORDER",
) -> dict[str, Any]:
    """``positions``: (position, entry price, unrealized PnL) each."""
    return {
        "e": "ACCOUNT_UPDATE",
        "fs": market.upper(),
        "E": now_ms,
        "T": now_ms,
        "i": "",
        "a": {
            "m": reason,
            "B": [{"a": asset, "wb": money(balance), "cw": money(balance), "bc": "0"} for asset, balance in balances],
            "P": [
                {
                    "s": p.symbol,
                    "pa": format(p.amount, "f"),
                    "ep": format(entry, "f"),
                    "cr": "0",
                    "up": money(unrealized),
                    "ps": p.position_side,
                    "bep": format(entry, "f"),
                }
                for p, entry, unrealized in positions
            ],
        },
    }


def execution_report(
    order: Order, rules: SymbolRules, execution: str, now_ms: int, trade: Trade | None = None
) -> dict[str, Any]:
    return {
        "e": "executionReport",
        "E": now_ms,
        "s": order.symbol,
        "c": order.client_order_id,
        "S": order.side,
        "o": order.type,
        "f": order.time_in_force,
        "q": rules.quantity_text(order.orig_qty),
        "p": rules.price_text(order.price),
        "P": money(order.stop_price),
        "d": 0,
        "F": "0",
        "g": order.order_list_id,
        "C": "",
        "x": execution,
        "X": order.status,
        "r": "NONE",
        "i": order.order_id,
        "l": rules.quantity_text(trade.qty if trade is not None else Decimal(0)),
        "z": rules.quantity_text(order.executed_qty),
        "L": rules.price_text(trade.price if trade is not None else Decimal(0)),
        "n": money(trade.commission) if trade is not None else "0",
        "N": trade.commission_asset if trade is not None else None,
        "T": now_ms,
        "t": trade.id if trade is not None else -1,
        "v": 0,
        "I": 0,
        "w": order.is_open,
        "m": trade.maker if trade is not None else False,
        "M": False,
        "O": order.time,
        "Z": money(order.cum_quote),
        "Y": money(trade.quote_qty if trade is not None else Decimal(0)),
        "Q": "0",
        "W": order.time,
        "V": order.self_trade_prevention_mode,
    }


def outbound_account_position(balances: Iterable[tuple[str, MarginBalance]], now_ms: int) -> dict[str, Any]:
    return {
        "e": "outboundAccountPosition",
        "E": now_ms,
        "u": now_ms,
        "U": now_ms,
        "B": [{"a": asset, "f": money(b.free), "l": money(b.locked)} for asset, b in balances],
    }


def liability_change(
    asset: str, kind: str, tran_id: int, principal: Decimal, liability: Decimal, now_ms: int
) -> dict[str, Any]:
    return {
        "e": "liabilityChange",
        "E": now_ms,
        "a": asset,
        "t": kind,
        "T": tran_id,
        "p": money(principal),
        "i": "0",
        "l": money(liability),
    }


def balance_update(asset: str, delta: Decimal, now_ms: int) -> dict[str, Any]:
    return {"e": "balanceUpdate", "E": now_ms, "a": asset, "d": money(delta), "U": now_ms, "T": now_ms}
