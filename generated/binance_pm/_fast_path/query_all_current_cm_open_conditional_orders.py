"""The typed fast path of the ``query_all_current_cm_open_conditional_orders`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.cm_conditional_order import CmConditionalOrder
from ..models.cm_conditional_strategy_status import CmConditionalStrategyStatus
from ..models.cm_conditional_strategy_type import CmConditionalStrategyType
from ..models.futures_order_type import FuturesOrderType
from ..models.order_status import OrderStatus
from ..models.position_side import PositionSide
from ..models.price_match import PriceMatch
from ..models.self_trade_prevention_mode import SelfTradePreventionMode
from ..models.side import Side
from ..models.time_in_force import TimeInForce
from ..models.working_type import WorkingType
from ..types import UNSET
from . import Mismatch, new_instance


class CmConditionalOrderWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    new_client_strategy_id: str = msgspec.field(name="newClientStrategyId")
    strategy_id: int = msgspec.field(name="strategyId")
    strategy_status: CmConditionalStrategyStatus = msgspec.field(name="strategyStatus")
    strategy_type: CmConditionalStrategyType = msgspec.field(name="strategyType")
    side: Side
    symbol: str
    orig_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="origQty")
    price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    reduce_only: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="reduceOnly")
    position_side: PositionSide | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="positionSide")
    stop_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="stopPrice")
    pair: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    order_id: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="orderId")
    status: OrderStatus | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    type_: FuturesOrderType | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="type")
    book_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="bookTime")
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")
    trigger_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="triggerTime")
    time_in_force: TimeInForce | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="timeInForce")
    activate_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="activatePrice")
    price_rate: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="priceRate")
    working_type: WorkingType | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="workingType")
    price_protect: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="priceProtect")
    price_match: PriceMatch | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="priceMatch")
    self_trade_prevention_mode: SelfTradePreventionMode | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="selfTradePreventionMode"
    )
    good_till_date: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="goodTillDate")


def _cm_conditional_order(w: CmConditionalOrderWire) -> CmConditionalOrder:
    if not (
        (w.orig_qty is msgspec.UNSET or w.orig_qty.is_finite())
        and (w.price is msgspec.UNSET or w.price.is_finite())
        and (w.stop_price is msgspec.UNSET or w.stop_price.is_finite())
        and (w.activate_price is msgspec.UNSET or w.activate_price.is_finite())
        and (w.price_rate is msgspec.UNSET or w.price_rate.is_finite())
    ):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(CmConditionalOrder)
    instance.new_client_strategy_id = w.new_client_strategy_id
    instance.strategy_id = w.strategy_id
    instance.strategy_status = w.strategy_status
    instance.strategy_type = w.strategy_type
    instance.side = w.side
    instance.symbol = w.symbol
    instance.orig_qty = UNSET if w.orig_qty is msgspec.UNSET else w.orig_qty
    instance.price = UNSET if w.price is msgspec.UNSET else w.price
    instance.reduce_only = UNSET if w.reduce_only is msgspec.UNSET else w.reduce_only
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else w.position_side
    instance.stop_price = UNSET if w.stop_price is msgspec.UNSET else w.stop_price
    instance.pair = UNSET if w.pair is msgspec.UNSET else w.pair
    instance.order_id = UNSET if w.order_id is msgspec.UNSET else w.order_id
    instance.status = UNSET if w.status is msgspec.UNSET else w.status
    instance.type_ = UNSET if w.type_ is msgspec.UNSET else w.type_
    instance.book_time = UNSET if w.book_time is msgspec.UNSET else w.book_time
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.trigger_time = UNSET if w.trigger_time is msgspec.UNSET else w.trigger_time
    instance.time_in_force = UNSET if w.time_in_force is msgspec.UNSET else w.time_in_force
    instance.activate_price = UNSET if w.activate_price is msgspec.UNSET else w.activate_price
    instance.price_rate = UNSET if w.price_rate is msgspec.UNSET else w.price_rate
    instance.working_type = UNSET if w.working_type is msgspec.UNSET else w.working_type
    instance.price_protect = UNSET if w.price_protect is msgspec.UNSET else w.price_protect
    instance.price_match = UNSET if w.price_match is msgspec.UNSET else w.price_match
    instance.self_trade_prevention_mode = (
        UNSET if w.self_trade_prevention_mode is msgspec.UNSET else w.self_trade_prevention_mode
    )
    instance.good_till_date = UNSET if w.good_till_date is msgspec.UNSET else w.good_till_date
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(list[CmConditionalOrderWire])


def parse(body: bytes) -> list[CmConditionalOrder] | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return [_cm_conditional_order(item) for item in wire]
    except (msgspec.DecodeError, Mismatch):
        return None
