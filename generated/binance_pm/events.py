"""The user data stream's events: a model per event type, and one dispatch on ``e``.

``decode_event(message)`` turns one stream message (bytes or text) into its event model. The
event type is the message's ``"e"`` field, read case-sensitively (``"E"`` is the
event time, a different field). A message whose type this version does not know, or that
does not fit its model, comes back as an ``UnknownEvent`` holding the decoded data: no
message is ever dropped.

Like the answers' fast path (``binance_pm._fast_path``), msgspec first decodes the message
into structs that mirror the spec exactly, one tagged union over every event type, and the
structs are copied into the attrs models; a message they do not fit (an extra field, a value
an enum does not list) is parsed the general way, by the model's ``from_dict``, which keeps
extra fields and accepts unknown enum values. Both ways give the same models.

Generated from ``x-binance-user-data-stream`` in the spec: edit the spec or
``generator/templates/runtime/events.py.jinja``, not this file.
"""

from __future__ import annotations

import json
import logging
from decimal import Decimal
from typing import Any, TypeAlias

import msgspec
from attrs import define

from ._fast_path import Mismatch, new_instance
from .errors import ResponseParseError
from .models.account_config_update_event import AccountConfigUpdateEvent
from .models.account_update_balance import AccountUpdateBalance
from .models.account_update_data import AccountUpdateData
from .models.account_update_event import AccountUpdateEvent
from .models.account_update_position import AccountUpdatePosition
from .models.algo_order_update import AlgoOrderUpdate
from .models.algo_status import AlgoStatus
from .models.algo_update_event import AlgoUpdateEvent
from .models.balance_update_event import BalanceUpdateEvent
from .models.conditional_order_trade_update_event import ConditionalOrderTradeUpdateEvent
from .models.conditional_order_update import ConditionalOrderUpdate
from .models.execution_report_event import ExecutionReportEvent
from .models.execution_type import ExecutionType
from .models.futures_business_unit import FuturesBusinessUnit
from .models.futures_order_type import FuturesOrderType
from .models.futures_order_update import FuturesOrderUpdate
from .models.leverage_update import LeverageUpdate
from .models.liability_change_event import LiabilityChangeEvent
from .models.listen_key_expired_event import ListenKeyExpiredEvent
from .models.margin_balance import MarginBalance
from .models.margin_order_type import MarginOrderType
from .models.open_order_loss_event import OpenOrderLossEvent
from .models.open_order_loss_item import OpenOrderLossItem
from .models.order_status import OrderStatus
from .models.order_trade_update_event import OrderTradeUpdateEvent
from .models.outbound_account_position_event import OutboundAccountPositionEvent
from .models.position_side import PositionSide
from .models.price_match import PriceMatch
from .models.risk_level import RiskLevel
from .models.risk_level_change_event import RiskLevelChangeEvent
from .models.self_trade_prevention_mode import SelfTradePreventionMode
from .models.side import Side
from .models.time_in_force import TimeInForce
from .models.working_type import WorkingType
from .types import UNSET

__all__ = [
    "EVENT_MODELS",
    "EVENT_TIME_FIELD",
    "EVENT_TYPE_FIELD",
    "Event",
    "UnknownEvent",
    "decode_event",
    "parse_event",
]

_log = logging.getLogger("binance_pm.stream")

EVENT_TYPE_FIELD = "e"
EVENT_TIME_FIELD = "E"


@define
class UnknownEvent:
    """A stream message that is not one of the known events, kept whole.

    Attributes:
        event_type: its ``e`` field, if it is a JSON object with a text one.
        data: the decoded message (a JSON object as a dict; None if it is not JSON).
        raw: the message as received.
        reason: why it is not typed: an event type this version does not know, or what in
            a known event does not fit its model.
    """

    event_type: str | None
    data: Any
    raw: bytes | str
    reason: str


#: Every known event type and its model.
EVENT_MODELS: dict[str, type[Any]] = {
    "ORDER_TRADE_UPDATE": OrderTradeUpdateEvent,
    "ACCOUNT_UPDATE": AccountUpdateEvent,
    "CONDITIONAL_ORDER_TRADE_UPDATE": ConditionalOrderTradeUpdateEvent,
    "ALGO_UPDATE": AlgoUpdateEvent,
    "ACCOUNT_CONFIG_UPDATE": AccountConfigUpdateEvent,
    "executionReport": ExecutionReportEvent,
    "outboundAccountPosition": OutboundAccountPositionEvent,
    "balanceUpdate": BalanceUpdateEvent,
    "liabilityChange": LiabilityChangeEvent,
    "openOrderLoss": OpenOrderLossEvent,
    "riskLevelChange": RiskLevelChangeEvent,
    "listenKeyExpired": ListenKeyExpiredEvent,
}

Event: TypeAlias = (
    OrderTradeUpdateEvent
    | AccountUpdateEvent
    | ConditionalOrderTradeUpdateEvent
    | AlgoUpdateEvent
    | AccountConfigUpdateEvent
    | ExecutionReportEvent
    | OutboundAccountPositionEvent
    | BalanceUpdateEvent
    | LiabilityChangeEvent
    | OpenOrderLossEvent
    | RiskLevelChangeEvent
    | ListenKeyExpiredEvent
    | UnknownEvent
)


class FuturesOrderUpdateWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str = msgspec.field(name="s")
    order_id: int = msgspec.field(name="i")
    client_order_id: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="c")
    side: Side | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="S")
    order_type: FuturesOrderType | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="o")
    time_in_force: TimeInForce | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="f")
    original_quantity: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="q")
    original_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="p")
    average_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="ap")
    stop_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="sp")
    execution_type: ExecutionType | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="x")
    order_status: OrderStatus | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="X")
    last_filled_quantity: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="l")
    cumulative_filled_quantity: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="z")
    last_filled_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="L")
    commission_asset: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="N")
    commission: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="n")
    trade_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="T")
    trade_id: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="t")
    bids_notional: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="b")
    ask_notional: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="a")
    is_maker: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="m")
    is_reduce_only: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="R")
    position_side: PositionSide | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="ps")
    realized_profit: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="rp")
    strategy_type: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="st")
    strategy_id: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="si")
    self_trade_prevention_mode: SelfTradePreventionMode | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="V"
    )
    price_match: PriceMatch | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="pm")
    good_till_date: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="gtd")


class AccountUpdateBalanceWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str = msgspec.field(name="a")
    wallet_balance: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="wb")
    cross_wallet_balance: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="cw")
    balance_change: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="bc")


class AccountUpdatePositionWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str = msgspec.field(name="s")
    position_amount: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="pa")
    entry_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="ep")
    accumulated_realized: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="cr")
    unrealized_profit: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="up")
    position_side: PositionSide | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="ps")
    breakeven_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="bep")


class AccountUpdateDataWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    reason: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="m")
    balances: list[AccountUpdateBalanceWire] | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="B")
    positions: list[AccountUpdatePositionWire] | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="P")


class ConditionalOrderUpdateWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str = msgspec.field(name="s")
    strategy_id: int = msgspec.field(name="si")
    strategy_client_order_id: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="c")
    side: Side | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="S")
    strategy_type: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="st")
    time_in_force: TimeInForce | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="f")
    quantity: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="q")
    price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="p")
    stop_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="sp")
    strategy_status: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="os")
    book_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="T")
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="ut")
    is_reduce_only: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="R")
    working_type: WorkingType | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="wt")
    position_side: PositionSide | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="ps")
    is_close_all: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="cp")
    activation_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="AP")
    callback_rate: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="cr")
    order_id: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="i")
    self_trade_prevention_mode: SelfTradePreventionMode | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="V"
    )
    good_till_date: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="gtd")


class AlgoOrderUpdateWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    algo_id: int = msgspec.field(name="aid")
    client_algo_id: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="caid")
    algo_type: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="at")
    order_type: FuturesOrderType | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="o")
    symbol: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="s")
    side: Side | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="S")
    position_side: PositionSide | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="ps")
    time_in_force: TimeInForce | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="f")
    quantity: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="q")
    algo_status: AlgoStatus | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="X")
    actual_order_id: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="ai")
    actual_average_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="ap")
    actual_executed_quantity: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="aq")
    actual_order_type: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="act")
    trigger_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="tp")
    price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="p")
    self_trade_prevention_mode: SelfTradePreventionMode | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="V"
    )
    working_type: WorkingType | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="wt")
    price_match: PriceMatch | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="pm")
    is_close_all: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="cp")
    price_protect: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="pP")
    is_reduce_only: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="R")
    trigger_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="tt")
    good_till_date: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="gtd")
    failure_reason: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="rm")


class LeverageUpdateWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str = msgspec.field(name="s")
    leverage: int = msgspec.field(name="l")


class MarginBalanceWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str = msgspec.field(name="a")
    free: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="f")
    locked: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="l")


class OpenOrderLossItemWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str = msgspec.field(name="a")
    amount: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="o")


class OrderTradeUpdateEventWire(
    msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False, tag_field="e", tag="ORDER_TRADE_UPDATE"
):
    event_time: int = msgspec.field(name="E")
    order: FuturesOrderUpdateWire = msgspec.field(name="o")
    business_unit: FuturesBusinessUnit | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="fs")
    transaction_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="T")
    account_alias: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="i")


class AccountUpdateEventWire(
    msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False, tag_field="e", tag="ACCOUNT_UPDATE"
):
    event_time: int = msgspec.field(name="E")
    update: AccountUpdateDataWire = msgspec.field(name="a")
    business_unit: FuturesBusinessUnit | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="fs")
    transaction_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="T")
    account_alias: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="i")


class ConditionalOrderTradeUpdateEventWire(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
    tag_field="e",
    tag="CONDITIONAL_ORDER_TRADE_UPDATE",
):
    event_time: int = msgspec.field(name="E")
    strategy_order: ConditionalOrderUpdateWire = msgspec.field(name="so")
    business_unit: FuturesBusinessUnit | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="fs")
    transaction_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="T")


class AlgoUpdateEventWire(
    msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False, tag_field="e", tag="ALGO_UPDATE"
):
    event_time: int = msgspec.field(name="E")
    algo_order: AlgoOrderUpdateWire = msgspec.field(name="o")
    transaction_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="T")
    business_unit: FuturesBusinessUnit | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="fs")


class AccountConfigUpdateEventWire(
    msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False, tag_field="e", tag="ACCOUNT_CONFIG_UPDATE"
):
    event_time: int = msgspec.field(name="E")
    business_unit: FuturesBusinessUnit | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="fs")
    transaction_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="T")
    leverage_update: LeverageUpdateWire | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="ac")


class ExecutionReportEventWire(
    msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False, tag_field="e", tag="executionReport"
):
    event_time: int = msgspec.field(name="E")
    symbol: str = msgspec.field(name="s")
    order_id: int = msgspec.field(name="i")
    client_order_id: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="c")
    side: Side | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="S")
    order_type: MarginOrderType | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="o")
    time_in_force: TimeInForce | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="f")
    quantity: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="q")
    price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="p")
    stop_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="P")
    trailing_delta: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="d")
    iceberg_quantity: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="F")
    order_list_id: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="g")
    original_client_order_id: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="C")
    execution_type: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="x")
    order_status: OrderStatus | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="X")
    reject_reason: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="r")
    last_executed_quantity: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="l")
    cumulative_filled_quantity: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="z")
    last_executed_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="L")
    commission: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="n")
    commission_asset: str | msgspec.UnsetType | None = msgspec.field(default=msgspec.UNSET, name="N")
    transaction_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="T")
    trade_id: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="t")
    prevented_match_id: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="v")
    update_id: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="I")
    is_on_book: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="w")
    is_maker: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="m")
    ignore: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="M")
    order_creation_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="O")
    cumulative_quote_quantity: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="Z")
    last_quote_quantity: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="Y")
    quote_order_quantity: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="Q")
    working_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="W")
    self_trade_prevention_mode: SelfTradePreventionMode | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="V"
    )


class OutboundAccountPositionEventWire(
    msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False, tag_field="e", tag="outboundAccountPosition"
):
    event_time: int = msgspec.field(name="E")
    last_update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="u")
    update_id: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="U")
    balances: list[MarginBalanceWire] | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="B")


class BalanceUpdateEventWire(
    msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False, tag_field="e", tag="balanceUpdate"
):
    event_time: int = msgspec.field(name="E")
    asset: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="a")
    balance_delta: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="d")
    update_id: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="U")
    clear_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="T")


class LiabilityChangeEventWire(
    msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False, tag_field="e", tag="liabilityChange"
):
    event_time: int = msgspec.field(name="E")
    asset: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="a")
    liability_type: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="t")
    transaction_id: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="T")
    principal: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="p")
    interest: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="i")
    total_liability: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="l")


class OpenOrderLossEventWire(
    msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False, tag_field="e", tag="openOrderLoss"
):
    event_time: int = msgspec.field(name="E")
    losses: list[OpenOrderLossItemWire] | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="O")


class RiskLevelChangeEventWire(
    msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False, tag_field="e", tag="riskLevelChange"
):
    event_time: int = msgspec.field(name="E")
    uni_mmr: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="u")
    risk_level: RiskLevel | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="s")
    account_equity: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="eq")
    actual_equity: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="ae")
    maintenance_margin: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="m")


class ListenKeyExpiredEventWire(
    msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False, tag_field="e", tag="listenKeyExpired"
):
    event_time: int = msgspec.field(name="E")
    listen_key: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="listenKey")


def _futures_order_update(w: FuturesOrderUpdateWire) -> FuturesOrderUpdate:
    if not (
        (w.original_quantity is msgspec.UNSET or w.original_quantity.is_finite())
        and (w.original_price is msgspec.UNSET or w.original_price.is_finite())
        and (w.average_price is msgspec.UNSET or w.average_price.is_finite())
        and (w.stop_price is msgspec.UNSET or w.stop_price.is_finite())
        and (w.last_filled_quantity is msgspec.UNSET or w.last_filled_quantity.is_finite())
        and (w.cumulative_filled_quantity is msgspec.UNSET or w.cumulative_filled_quantity.is_finite())
        and (w.last_filled_price is msgspec.UNSET or w.last_filled_price.is_finite())
        and (w.commission is msgspec.UNSET or w.commission.is_finite())
        and (w.bids_notional is msgspec.UNSET or w.bids_notional.is_finite())
        and (w.ask_notional is msgspec.UNSET or w.ask_notional.is_finite())
        and (w.realized_profit is msgspec.UNSET or w.realized_profit.is_finite())
    ):
        raise Mismatch
    instance = new_instance(FuturesOrderUpdate)
    instance.symbol = w.symbol
    instance.order_id = w.order_id
    instance.client_order_id = UNSET if w.client_order_id is msgspec.UNSET else w.client_order_id
    instance.side = UNSET if w.side is msgspec.UNSET else w.side
    instance.order_type = UNSET if w.order_type is msgspec.UNSET else w.order_type
    instance.time_in_force = UNSET if w.time_in_force is msgspec.UNSET else w.time_in_force
    instance.original_quantity = UNSET if w.original_quantity is msgspec.UNSET else w.original_quantity
    instance.original_price = UNSET if w.original_price is msgspec.UNSET else w.original_price
    instance.average_price = UNSET if w.average_price is msgspec.UNSET else w.average_price
    instance.stop_price = UNSET if w.stop_price is msgspec.UNSET else w.stop_price
    instance.execution_type = UNSET if w.execution_type is msgspec.UNSET else w.execution_type
    instance.order_status = UNSET if w.order_status is msgspec.UNSET else w.order_status
    instance.last_filled_quantity = UNSET if w.last_filled_quantity is msgspec.UNSET else w.last_filled_quantity
    instance.cumulative_filled_quantity = (
        UNSET if w.cumulative_filled_quantity is msgspec.UNSET else w.cumulative_filled_quantity
    )
    instance.last_filled_price = UNSET if w.last_filled_price is msgspec.UNSET else w.last_filled_price
    instance.commission_asset = UNSET if w.commission_asset is msgspec.UNSET else w.commission_asset
    instance.commission = UNSET if w.commission is msgspec.UNSET else w.commission
    instance.trade_time = UNSET if w.trade_time is msgspec.UNSET else w.trade_time
    instance.trade_id = UNSET if w.trade_id is msgspec.UNSET else w.trade_id
    instance.bids_notional = UNSET if w.bids_notional is msgspec.UNSET else w.bids_notional
    instance.ask_notional = UNSET if w.ask_notional is msgspec.UNSET else w.ask_notional
    instance.is_maker = UNSET if w.is_maker is msgspec.UNSET else w.is_maker
    instance.is_reduce_only = UNSET if w.is_reduce_only is msgspec.UNSET else w.is_reduce_only
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else w.position_side
    instance.realized_profit = UNSET if w.realized_profit is msgspec.UNSET else w.realized_profit
    instance.strategy_type = UNSET if w.strategy_type is msgspec.UNSET else w.strategy_type
    instance.strategy_id = UNSET if w.strategy_id is msgspec.UNSET else w.strategy_id
    instance.self_trade_prevention_mode = (
        UNSET if w.self_trade_prevention_mode is msgspec.UNSET else w.self_trade_prevention_mode
    )
    instance.price_match = UNSET if w.price_match is msgspec.UNSET else w.price_match
    instance.good_till_date = UNSET if w.good_till_date is msgspec.UNSET else w.good_till_date
    instance.additional_properties = {}
    return instance


def _account_update_balance(w: AccountUpdateBalanceWire) -> AccountUpdateBalance:
    if not (
        (w.wallet_balance is msgspec.UNSET or w.wallet_balance.is_finite())
        and (w.cross_wallet_balance is msgspec.UNSET or w.cross_wallet_balance.is_finite())
        and (w.balance_change is msgspec.UNSET or w.balance_change.is_finite())
    ):
        raise Mismatch
    instance = new_instance(AccountUpdateBalance)
    instance.asset = w.asset
    instance.wallet_balance = UNSET if w.wallet_balance is msgspec.UNSET else w.wallet_balance
    instance.cross_wallet_balance = UNSET if w.cross_wallet_balance is msgspec.UNSET else w.cross_wallet_balance
    instance.balance_change = UNSET if w.balance_change is msgspec.UNSET else w.balance_change
    instance.additional_properties = {}
    return instance


def _account_update_position(w: AccountUpdatePositionWire) -> AccountUpdatePosition:
    if not (
        (w.position_amount is msgspec.UNSET or w.position_amount.is_finite())
        and (w.entry_price is msgspec.UNSET or w.entry_price.is_finite())
        and (w.accumulated_realized is msgspec.UNSET or w.accumulated_realized.is_finite())
        and (w.unrealized_profit is msgspec.UNSET or w.unrealized_profit.is_finite())
        and (w.breakeven_price is msgspec.UNSET or w.breakeven_price.is_finite())
    ):
        raise Mismatch
    instance = new_instance(AccountUpdatePosition)
    instance.symbol = w.symbol
    instance.position_amount = UNSET if w.position_amount is msgspec.UNSET else w.position_amount
    instance.entry_price = UNSET if w.entry_price is msgspec.UNSET else w.entry_price
    instance.accumulated_realized = UNSET if w.accumulated_realized is msgspec.UNSET else w.accumulated_realized
    instance.unrealized_profit = UNSET if w.unrealized_profit is msgspec.UNSET else w.unrealized_profit
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else w.position_side
    instance.breakeven_price = UNSET if w.breakeven_price is msgspec.UNSET else w.breakeven_price
    instance.additional_properties = {}
    return instance


def _account_update_data(w: AccountUpdateDataWire) -> AccountUpdateData:
    instance = new_instance(AccountUpdateData)
    instance.reason = UNSET if w.reason is msgspec.UNSET else w.reason
    instance.balances = UNSET if w.balances is msgspec.UNSET else [_account_update_balance(item) for item in w.balances]
    instance.positions = (
        UNSET if w.positions is msgspec.UNSET else [_account_update_position(item) for item in w.positions]
    )
    instance.additional_properties = {}
    return instance


def _conditional_order_update(w: ConditionalOrderUpdateWire) -> ConditionalOrderUpdate:
    if not (
        (w.quantity is msgspec.UNSET or w.quantity.is_finite())
        and (w.price is msgspec.UNSET or w.price.is_finite())
        and (w.stop_price is msgspec.UNSET or w.stop_price.is_finite())
        and (w.activation_price is msgspec.UNSET or w.activation_price.is_finite())
        and (w.callback_rate is msgspec.UNSET or w.callback_rate.is_finite())
    ):
        raise Mismatch
    instance = new_instance(ConditionalOrderUpdate)
    instance.symbol = w.symbol
    instance.strategy_id = w.strategy_id
    instance.strategy_client_order_id = (
        UNSET if w.strategy_client_order_id is msgspec.UNSET else w.strategy_client_order_id
    )
    instance.side = UNSET if w.side is msgspec.UNSET else w.side
    instance.strategy_type = UNSET if w.strategy_type is msgspec.UNSET else w.strategy_type
    instance.time_in_force = UNSET if w.time_in_force is msgspec.UNSET else w.time_in_force
    instance.quantity = UNSET if w.quantity is msgspec.UNSET else w.quantity
    instance.price = UNSET if w.price is msgspec.UNSET else w.price
    instance.stop_price = UNSET if w.stop_price is msgspec.UNSET else w.stop_price
    instance.strategy_status = UNSET if w.strategy_status is msgspec.UNSET else w.strategy_status
    instance.book_time = UNSET if w.book_time is msgspec.UNSET else w.book_time
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.is_reduce_only = UNSET if w.is_reduce_only is msgspec.UNSET else w.is_reduce_only
    instance.working_type = UNSET if w.working_type is msgspec.UNSET else w.working_type
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else w.position_side
    instance.is_close_all = UNSET if w.is_close_all is msgspec.UNSET else w.is_close_all
    instance.activation_price = UNSET if w.activation_price is msgspec.UNSET else w.activation_price
    instance.callback_rate = UNSET if w.callback_rate is msgspec.UNSET else w.callback_rate
    instance.order_id = UNSET if w.order_id is msgspec.UNSET else w.order_id
    instance.self_trade_prevention_mode = (
        UNSET if w.self_trade_prevention_mode is msgspec.UNSET else w.self_trade_prevention_mode
    )
    instance.good_till_date = UNSET if w.good_till_date is msgspec.UNSET else w.good_till_date
    instance.additional_properties = {}
    return instance


def _algo_order_update(w: AlgoOrderUpdateWire) -> AlgoOrderUpdate:
    if not (
        (w.quantity is msgspec.UNSET or w.quantity.is_finite())
        and (w.actual_average_price is msgspec.UNSET or w.actual_average_price.is_finite())
        and (w.actual_executed_quantity is msgspec.UNSET or w.actual_executed_quantity.is_finite())
        and (w.trigger_price is msgspec.UNSET or w.trigger_price.is_finite())
        and (w.price is msgspec.UNSET or w.price.is_finite())
    ):
        raise Mismatch
    instance = new_instance(AlgoOrderUpdate)
    instance.algo_id = w.algo_id
    instance.client_algo_id = UNSET if w.client_algo_id is msgspec.UNSET else w.client_algo_id
    instance.algo_type = UNSET if w.algo_type is msgspec.UNSET else w.algo_type
    instance.order_type = UNSET if w.order_type is msgspec.UNSET else w.order_type
    instance.symbol = UNSET if w.symbol is msgspec.UNSET else w.symbol
    instance.side = UNSET if w.side is msgspec.UNSET else w.side
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else w.position_side
    instance.time_in_force = UNSET if w.time_in_force is msgspec.UNSET else w.time_in_force
    instance.quantity = UNSET if w.quantity is msgspec.UNSET else w.quantity
    instance.algo_status = UNSET if w.algo_status is msgspec.UNSET else w.algo_status
    instance.actual_order_id = UNSET if w.actual_order_id is msgspec.UNSET else w.actual_order_id
    instance.actual_average_price = UNSET if w.actual_average_price is msgspec.UNSET else w.actual_average_price
    instance.actual_executed_quantity = (
        UNSET if w.actual_executed_quantity is msgspec.UNSET else w.actual_executed_quantity
    )
    instance.actual_order_type = UNSET if w.actual_order_type is msgspec.UNSET else w.actual_order_type
    instance.trigger_price = UNSET if w.trigger_price is msgspec.UNSET else w.trigger_price
    instance.price = UNSET if w.price is msgspec.UNSET else w.price
    instance.self_trade_prevention_mode = (
        UNSET if w.self_trade_prevention_mode is msgspec.UNSET else w.self_trade_prevention_mode
    )
    instance.working_type = UNSET if w.working_type is msgspec.UNSET else w.working_type
    instance.price_match = UNSET if w.price_match is msgspec.UNSET else w.price_match
    instance.is_close_all = UNSET if w.is_close_all is msgspec.UNSET else w.is_close_all
    instance.price_protect = UNSET if w.price_protect is msgspec.UNSET else w.price_protect
    instance.is_reduce_only = UNSET if w.is_reduce_only is msgspec.UNSET else w.is_reduce_only
    instance.trigger_time = UNSET if w.trigger_time is msgspec.UNSET else w.trigger_time
    instance.good_till_date = UNSET if w.good_till_date is msgspec.UNSET else w.good_till_date
    instance.failure_reason = UNSET if w.failure_reason is msgspec.UNSET else w.failure_reason
    instance.additional_properties = {}
    return instance


def _leverage_update(w: LeverageUpdateWire) -> LeverageUpdate:
    instance = new_instance(LeverageUpdate)
    instance.symbol = w.symbol
    instance.leverage = w.leverage
    instance.additional_properties = {}
    return instance


def _margin_balance(w: MarginBalanceWire) -> MarginBalance:
    if not ((w.free is msgspec.UNSET or w.free.is_finite()) and (w.locked is msgspec.UNSET or w.locked.is_finite())):
        raise Mismatch
    instance = new_instance(MarginBalance)
    instance.asset = w.asset
    instance.free = UNSET if w.free is msgspec.UNSET else w.free
    instance.locked = UNSET if w.locked is msgspec.UNSET else w.locked
    instance.additional_properties = {}
    return instance


def _open_order_loss_item(w: OpenOrderLossItemWire) -> OpenOrderLossItem:
    if not (w.amount is msgspec.UNSET or w.amount.is_finite()):
        raise Mismatch
    instance = new_instance(OpenOrderLossItem)
    instance.asset = w.asset
    instance.amount = UNSET if w.amount is msgspec.UNSET else w.amount
    instance.additional_properties = {}
    return instance


def _order_trade_update_event(w: OrderTradeUpdateEventWire) -> OrderTradeUpdateEvent:
    instance = new_instance(OrderTradeUpdateEvent)
    instance.event_type = "ORDER_TRADE_UPDATE"
    instance.event_time = w.event_time
    instance.order = _futures_order_update(w.order)
    instance.business_unit = UNSET if w.business_unit is msgspec.UNSET else w.business_unit
    instance.transaction_time = UNSET if w.transaction_time is msgspec.UNSET else w.transaction_time
    instance.account_alias = UNSET if w.account_alias is msgspec.UNSET else w.account_alias
    instance.additional_properties = {}
    return instance


def _account_update_event(w: AccountUpdateEventWire) -> AccountUpdateEvent:
    instance = new_instance(AccountUpdateEvent)
    instance.event_type = "ACCOUNT_UPDATE"
    instance.event_time = w.event_time
    instance.update = _account_update_data(w.update)
    instance.business_unit = UNSET if w.business_unit is msgspec.UNSET else w.business_unit
    instance.transaction_time = UNSET if w.transaction_time is msgspec.UNSET else w.transaction_time
    instance.account_alias = UNSET if w.account_alias is msgspec.UNSET else w.account_alias
    instance.additional_properties = {}
    return instance


def _conditional_order_trade_update_event(w: ConditionalOrderTradeUpdateEventWire) -> ConditionalOrderTradeUpdateEvent:
    instance = new_instance(ConditionalOrderTradeUpdateEvent)
    instance.event_type = "CONDITIONAL_ORDER_TRADE_UPDATE"
    instance.event_time = w.event_time
    instance.strategy_order = _conditional_order_update(w.strategy_order)
    instance.business_unit = UNSET if w.business_unit is msgspec.UNSET else w.business_unit
    instance.transaction_time = UNSET if w.transaction_time is msgspec.UNSET else w.transaction_time
    instance.additional_properties = {}
    return instance


def _algo_update_event(w: AlgoUpdateEventWire) -> AlgoUpdateEvent:
    instance = new_instance(AlgoUpdateEvent)
    instance.event_type = "ALGO_UPDATE"
    instance.event_time = w.event_time
    instance.algo_order = _algo_order_update(w.algo_order)
    instance.transaction_time = UNSET if w.transaction_time is msgspec.UNSET else w.transaction_time
    instance.business_unit = UNSET if w.business_unit is msgspec.UNSET else w.business_unit
    instance.additional_properties = {}
    return instance


def _account_config_update_event(w: AccountConfigUpdateEventWire) -> AccountConfigUpdateEvent:
    instance = new_instance(AccountConfigUpdateEvent)
    instance.event_type = "ACCOUNT_CONFIG_UPDATE"
    instance.event_time = w.event_time
    instance.business_unit = UNSET if w.business_unit is msgspec.UNSET else w.business_unit
    instance.transaction_time = UNSET if w.transaction_time is msgspec.UNSET else w.transaction_time
    instance.leverage_update = UNSET if w.leverage_update is msgspec.UNSET else _leverage_update(w.leverage_update)
    instance.additional_properties = {}
    return instance


def _execution_report_event(w: ExecutionReportEventWire) -> ExecutionReportEvent:
    if not (
        (w.quantity is msgspec.UNSET or w.quantity.is_finite())
        and (w.price is msgspec.UNSET or w.price.is_finite())
        and (w.stop_price is msgspec.UNSET or w.stop_price.is_finite())
        and (w.iceberg_quantity is msgspec.UNSET or w.iceberg_quantity.is_finite())
        and (w.last_executed_quantity is msgspec.UNSET or w.last_executed_quantity.is_finite())
        and (w.cumulative_filled_quantity is msgspec.UNSET or w.cumulative_filled_quantity.is_finite())
        and (w.last_executed_price is msgspec.UNSET or w.last_executed_price.is_finite())
        and (w.commission is msgspec.UNSET or w.commission.is_finite())
        and (w.cumulative_quote_quantity is msgspec.UNSET or w.cumulative_quote_quantity.is_finite())
        and (w.last_quote_quantity is msgspec.UNSET or w.last_quote_quantity.is_finite())
        and (w.quote_order_quantity is msgspec.UNSET or w.quote_order_quantity.is_finite())
    ):
        raise Mismatch
    instance = new_instance(ExecutionReportEvent)
    instance.event_type = "executionReport"
    instance.event_time = w.event_time
    instance.symbol = w.symbol
    instance.order_id = w.order_id
    instance.client_order_id = UNSET if w.client_order_id is msgspec.UNSET else w.client_order_id
    instance.side = UNSET if w.side is msgspec.UNSET else w.side
    instance.order_type = UNSET if w.order_type is msgspec.UNSET else w.order_type
    instance.time_in_force = UNSET if w.time_in_force is msgspec.UNSET else w.time_in_force
    instance.quantity = UNSET if w.quantity is msgspec.UNSET else w.quantity
    instance.price = UNSET if w.price is msgspec.UNSET else w.price
    instance.stop_price = UNSET if w.stop_price is msgspec.UNSET else w.stop_price
    instance.trailing_delta = UNSET if w.trailing_delta is msgspec.UNSET else w.trailing_delta
    instance.iceberg_quantity = UNSET if w.iceberg_quantity is msgspec.UNSET else w.iceberg_quantity
    instance.order_list_id = UNSET if w.order_list_id is msgspec.UNSET else w.order_list_id
    instance.original_client_order_id = (
        UNSET if w.original_client_order_id is msgspec.UNSET else w.original_client_order_id
    )
    instance.execution_type = UNSET if w.execution_type is msgspec.UNSET else w.execution_type
    instance.order_status = UNSET if w.order_status is msgspec.UNSET else w.order_status
    instance.reject_reason = UNSET if w.reject_reason is msgspec.UNSET else w.reject_reason
    instance.last_executed_quantity = UNSET if w.last_executed_quantity is msgspec.UNSET else w.last_executed_quantity
    instance.cumulative_filled_quantity = (
        UNSET if w.cumulative_filled_quantity is msgspec.UNSET else w.cumulative_filled_quantity
    )
    instance.last_executed_price = UNSET if w.last_executed_price is msgspec.UNSET else w.last_executed_price
    instance.commission = UNSET if w.commission is msgspec.UNSET else w.commission
    instance.commission_asset = UNSET if w.commission_asset is msgspec.UNSET else w.commission_asset
    instance.transaction_time = UNSET if w.transaction_time is msgspec.UNSET else w.transaction_time
    instance.trade_id = UNSET if w.trade_id is msgspec.UNSET else w.trade_id
    instance.prevented_match_id = UNSET if w.prevented_match_id is msgspec.UNSET else w.prevented_match_id
    instance.update_id = UNSET if w.update_id is msgspec.UNSET else w.update_id
    instance.is_on_book = UNSET if w.is_on_book is msgspec.UNSET else w.is_on_book
    instance.is_maker = UNSET if w.is_maker is msgspec.UNSET else w.is_maker
    instance.ignore = UNSET if w.ignore is msgspec.UNSET else w.ignore
    instance.order_creation_time = UNSET if w.order_creation_time is msgspec.UNSET else w.order_creation_time
    instance.cumulative_quote_quantity = (
        UNSET if w.cumulative_quote_quantity is msgspec.UNSET else w.cumulative_quote_quantity
    )
    instance.last_quote_quantity = UNSET if w.last_quote_quantity is msgspec.UNSET else w.last_quote_quantity
    instance.quote_order_quantity = UNSET if w.quote_order_quantity is msgspec.UNSET else w.quote_order_quantity
    instance.working_time = UNSET if w.working_time is msgspec.UNSET else w.working_time
    instance.self_trade_prevention_mode = (
        UNSET if w.self_trade_prevention_mode is msgspec.UNSET else w.self_trade_prevention_mode
    )
    instance.additional_properties = {}
    return instance


def _outbound_account_position_event(w: OutboundAccountPositionEventWire) -> OutboundAccountPositionEvent:
    instance = new_instance(OutboundAccountPositionEvent)
    instance.event_type = "outboundAccountPosition"
    instance.event_time = w.event_time
    instance.last_update_time = UNSET if w.last_update_time is msgspec.UNSET else w.last_update_time
    instance.update_id = UNSET if w.update_id is msgspec.UNSET else w.update_id
    instance.balances = UNSET if w.balances is msgspec.UNSET else [_margin_balance(item) for item in w.balances]
    instance.additional_properties = {}
    return instance


def _balance_update_event(w: BalanceUpdateEventWire) -> BalanceUpdateEvent:
    if not (w.balance_delta is msgspec.UNSET or w.balance_delta.is_finite()):
        raise Mismatch
    instance = new_instance(BalanceUpdateEvent)
    instance.event_type = "balanceUpdate"
    instance.event_time = w.event_time
    instance.asset = UNSET if w.asset is msgspec.UNSET else w.asset
    instance.balance_delta = UNSET if w.balance_delta is msgspec.UNSET else w.balance_delta
    instance.update_id = UNSET if w.update_id is msgspec.UNSET else w.update_id
    instance.clear_time = UNSET if w.clear_time is msgspec.UNSET else w.clear_time
    instance.additional_properties = {}
    return instance


def _liability_change_event(w: LiabilityChangeEventWire) -> LiabilityChangeEvent:
    if not (
        (w.principal is msgspec.UNSET or w.principal.is_finite())
        and (w.interest is msgspec.UNSET or w.interest.is_finite())
        and (w.total_liability is msgspec.UNSET or w.total_liability.is_finite())
    ):
        raise Mismatch
    instance = new_instance(LiabilityChangeEvent)
    instance.event_type = "liabilityChange"
    instance.event_time = w.event_time
    instance.asset = UNSET if w.asset is msgspec.UNSET else w.asset
    instance.liability_type = UNSET if w.liability_type is msgspec.UNSET else w.liability_type
    instance.transaction_id = UNSET if w.transaction_id is msgspec.UNSET else w.transaction_id
    instance.principal = UNSET if w.principal is msgspec.UNSET else w.principal
    instance.interest = UNSET if w.interest is msgspec.UNSET else w.interest
    instance.total_liability = UNSET if w.total_liability is msgspec.UNSET else w.total_liability
    instance.additional_properties = {}
    return instance


def _open_order_loss_event(w: OpenOrderLossEventWire) -> OpenOrderLossEvent:
    instance = new_instance(OpenOrderLossEvent)
    instance.event_type = "openOrderLoss"
    instance.event_time = w.event_time
    instance.losses = UNSET if w.losses is msgspec.UNSET else [_open_order_loss_item(item) for item in w.losses]
    instance.additional_properties = {}
    return instance


def _risk_level_change_event(w: RiskLevelChangeEventWire) -> RiskLevelChangeEvent:
    if not (
        (w.uni_mmr is msgspec.UNSET or w.uni_mmr.is_finite())
        and (w.account_equity is msgspec.UNSET or w.account_equity.is_finite())
        and (w.actual_equity is msgspec.UNSET or w.actual_equity.is_finite())
        and (w.maintenance_margin is msgspec.UNSET or w.maintenance_margin.is_finite())
    ):
        raise Mismatch
    instance = new_instance(RiskLevelChangeEvent)
    instance.event_type = "riskLevelChange"
    instance.event_time = w.event_time
    instance.uni_mmr = UNSET if w.uni_mmr is msgspec.UNSET else w.uni_mmr
    instance.risk_level = UNSET if w.risk_level is msgspec.UNSET else w.risk_level
    instance.account_equity = UNSET if w.account_equity is msgspec.UNSET else w.account_equity
    instance.actual_equity = UNSET if w.actual_equity is msgspec.UNSET else w.actual_equity
    instance.maintenance_margin = UNSET if w.maintenance_margin is msgspec.UNSET else w.maintenance_margin
    instance.additional_properties = {}
    return instance


def _listen_key_expired_event(w: ListenKeyExpiredEventWire) -> ListenKeyExpiredEvent:
    instance = new_instance(ListenKeyExpiredEvent)
    instance.event_type = "listenKeyExpired"
    instance.event_time = w.event_time
    instance.listen_key = UNSET if w.listen_key is msgspec.UNSET else w.listen_key
    instance.additional_properties = {}
    return instance


# Each struct's conversion to its model, looked up by the struct's type.
_CONVERT: dict[type[Any], Any] = {
    OrderTradeUpdateEventWire: _order_trade_update_event,
    AccountUpdateEventWire: _account_update_event,
    ConditionalOrderTradeUpdateEventWire: _conditional_order_trade_update_event,
    AlgoUpdateEventWire: _algo_update_event,
    AccountConfigUpdateEventWire: _account_config_update_event,
    ExecutionReportEventWire: _execution_report_event,
    OutboundAccountPositionEventWire: _outbound_account_position_event,
    BalanceUpdateEventWire: _balance_update_event,
    LiabilityChangeEventWire: _liability_change_event,
    OpenOrderLossEventWire: _open_order_loss_event,
    RiskLevelChangeEventWire: _risk_level_change_event,
    ListenKeyExpiredEventWire: _listen_key_expired_event,
}
_DECODER: msgspec.json.Decoder[Any] = msgspec.json.Decoder(
    OrderTradeUpdateEventWire
    | AccountUpdateEventWire
    | ConditionalOrderTradeUpdateEventWire
    | AlgoUpdateEventWire
    | AccountConfigUpdateEventWire
    | ExecutionReportEventWire
    | OutboundAccountPositionEventWire
    | BalanceUpdateEventWire
    | LiabilityChangeEventWire
    | OpenOrderLossEventWire
    | RiskLevelChangeEventWire
    | ListenKeyExpiredEventWire
)


def decode_event(message: bytes | str) -> Event:
    """One stream message as its event model, or an ``UnknownEvent``; never raises."""
    try:
        wire = _DECODER.decode(message)
        return _CONVERT[type(wire)](wire)  # type: ignore[no-any-return]
    except (msgspec.DecodeError, Mismatch):
        pass
    try:
        data = json.loads(message)
    except (ValueError, RecursionError) as exc:
        return UnknownEvent(None, None, message, f"not JSON: {exc}")
    return parse_event(data, message)


def parse_event(data: Any, raw: bytes | str = b"") -> Event:
    """An event already decoded from JSON (a dict) as its model, or an ``UnknownEvent``."""
    if not isinstance(data, dict):
        return UnknownEvent(None, data, raw, f"not a JSON object: {type(data).__name__}")
    event_type = data.get(EVENT_TYPE_FIELD)
    if not isinstance(event_type, str):
        return UnknownEvent(None, data, raw, f"no text {EVENT_TYPE_FIELD!r} field")
    model = EVENT_MODELS.get(event_type)
    if model is None:
        return UnknownEvent(event_type, data, raw, f"unknown event type {event_type!r}")
    try:
        return model.from_dict(data)  # type: ignore[no-any-return]
    except ResponseParseError as exc:
        # Logged as well as returned: a known event that no longer fits its model means the
        # spec needs updating.
        _log.warning("a %s event does not fit its model: %s", event_type, exc)
        return UnknownEvent(event_type, data, raw, str(exc))
