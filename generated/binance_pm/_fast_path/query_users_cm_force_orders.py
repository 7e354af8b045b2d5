"""The typed fast path of the ``query_users_cm_force_orders`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.cm_force_order import CmForceOrder
from ..models.futures_order_type import FuturesOrderType
from ..models.order_status import OrderStatus
from ..models.position_side import PositionSide
from ..models.side import Side
from ..models.time_in_force import TimeInForce
from ..types import UNSET
from . import Mismatch, new_instance


class CmForceOrderWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    order_id: int = msgspec.field(name="orderId")
    symbol: str
    pair: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    status: OrderStatus | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    client_order_id: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="clientOrderId")
    price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    avg_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="avgPrice")
    orig_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="origQty")
    executed_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="executedQty")
    cum_base: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="cumBase")
    time_in_force: TimeInForce | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="timeInForce")
    type_: FuturesOrderType | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="type")
    reduce_only: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="reduceOnly")
    side: Side | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    position_side: PositionSide | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="positionSide")
    orig_type: FuturesOrderType | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="origType")
    time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")


def _cm_force_order(w: CmForceOrderWire) -> CmForceOrder:
    if not (
        (w.price is msgspec.UNSET or w.price.is_finite())
        and (w.avg_price is msgspec.UNSET or w.avg_price.is_finite())
        and (w.orig_qty is msgspec.UNSET or w.orig_qty.is_finite())
        and (w.executed_qty is msgspec.UNSET or w.executed_qty.is_finite())
        and (w.cum_base is msgspec.UNSET or w.cum_base.is_finite())
    ):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(CmForceOrder)
    instance.order_id = w.order_id
    instance.symbol = w.symbol
    instance.pair = UNSET if w.pair is msgspec.UNSET else w.pair
    instance.status = UNSET if w.status is msgspec.UNSET else w.status
    instance.client_order_id = UNSET if w.client_order_id is msgspec.UNSET else w.client_order_id
    instance.price = UNSET if w.price is msgspec.UNSET else w.price
    instance.avg_price = UNSET if w.avg_price is msgspec.UNSET else w.avg_price
    instance.orig_qty = UNSET if w.orig_qty is msgspec.UNSET else w.orig_qty
    instance.executed_qty = UNSET if w.executed_qty is msgspec.UNSET else w.executed_qty
    instance.cum_base = UNSET if w.cum_base is msgspec.UNSET else w.cum_base
    instance.time_in_force = UNSET if w.time_in_force is msgspec.UNSET else w.time_in_force
    instance.type_ = UNSET if w.type_ is msgspec.UNSET else w.type_
    instance.reduce_only = UNSET if w.reduce_only is msgspec.UNSET else w.reduce_only
    instance.side = UNSET if w.side is msgspec.UNSET else w.side
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else w.position_side
    instance.orig_type = UNSET if w.orig_type is msgspec.UNSET else w.orig_type
    instance.time = UNSET if w.time is msgspec.UNSET else w.time
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(list[CmForceOrderWire])


def parse(body: bytes) -> list[CmForceOrder] | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return [_cm_force_order(item) for item in wire]
    except (msgspec.DecodeError, Mismatch):
        return None
