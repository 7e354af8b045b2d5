"""The typed fast path of the ``query_users_margin_force_orders`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.margin_force_order import MarginForceOrder
from ..models.margin_force_order_page import MarginForceOrderPage
from ..models.side import Side
from ..models.time_in_force import TimeInForce
from ..types import UNSET
from . import Mismatch, new_instance


class MarginForceOrderWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    order_id: int = msgspec.field(name="orderId")
    symbol: str
    side: Side | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    avg_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="avgPrice")
    qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    executed_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="executedQty")
    time_in_force: TimeInForce | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="timeInForce")
    updated_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updatedTime")


class MarginForceOrderPageWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    rows: list[MarginForceOrderWire]
    total: int


def _margin_force_order(w: MarginForceOrderWire) -> MarginForceOrder:
    if not (
        (w.price is msgspec.UNSET or w.price.is_finite())
        and (w.avg_price is msgspec.UNSET or w.avg_price.is_finite())
        and (w.qty is msgspec.UNSET or w.qty.is_finite())
        and (w.executed_qty is msgspec.UNSET or w.executed_qty.is_finite())
    ):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(MarginForceOrder)
    instance.order_id = w.order_id
    instance.symbol = w.symbol
    instance.side = UNSET if w.side is msgspec.UNSET else w.side
    instance.price = UNSET if w.price is msgspec.UNSET else w.price
    instance.avg_price = UNSET if w.avg_price is msgspec.UNSET else w.avg_price
    instance.qty = UNSET if w.qty is msgspec.UNSET else w.qty
    instance.executed_qty = UNSET if w.executed_qty is msgspec.UNSET else w.executed_qty
    instance.time_in_force = UNSET if w.time_in_force is msgspec.UNSET else w.time_in_force
    instance.updated_time = UNSET if w.updated_time is msgspec.UNSET else w.updated_time
    instance.additional_properties = {}
    return instance


def _margin_force_order_page(w: MarginForceOrderPageWire) -> MarginForceOrderPage:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(MarginForceOrderPage)
    instance.rows = [_margin_force_order(item) for item in w.rows]
    instance.total = w.total
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(MarginForceOrderPageWire)


def parse(body: bytes) -> MarginForceOrderPage | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _margin_force_order_page(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
