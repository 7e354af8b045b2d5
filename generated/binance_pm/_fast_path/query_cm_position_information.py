"""The typed fast path of the ``query_cm_position_information`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.cm_position import CmPosition
from ..models.position_side import PositionSide
from ..types import UNSET
from . import Mismatch, new_instance


class CmPositionWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    position_amt: Decimal = msgspec.field(name="positionAmt")
    entry_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="entryPrice")
    mark_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="markPrice")
    un_realized_profit: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="unRealizedProfit")
    liquidation_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="liquidationPrice")
    leverage: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    position_side: PositionSide | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="positionSide")
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")
    max_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="maxQty")
    notional_value: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="notionalValue")


def _cm_position(w: CmPositionWire) -> CmPosition:
    if not (
        w.position_amt.is_finite()
        and (w.entry_price is msgspec.UNSET or w.entry_price.is_finite())
        and (w.mark_price is msgspec.UNSET or w.mark_price.is_finite())
        and (w.un_realized_profit is msgspec.UNSET or w.un_realized_profit.is_finite())
        and (w.liquidation_price is msgspec.UNSET or w.liquidation_price.is_finite())
        and (w.leverage is msgspec.UNSET or w.leverage.is_finite())
        and (w.max_qty is msgspec.UNSET or w.max_qty.is_finite())
        and (w.notional_value is msgspec.UNSET or w.notional_value.is_finite())
    ):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(CmPosition)
    instance.symbol = w.symbol
    instance.position_amt = w.position_amt
    instance.entry_price = UNSET if w.entry_price is msgspec.UNSET else w.entry_price
    instance.mark_price = UNSET if w.mark_price is msgspec.UNSET else w.mark_price
    instance.un_realized_profit = UNSET if w.un_realized_profit is msgspec.UNSET else w.un_realized_profit
    instance.liquidation_price = UNSET if w.liquidation_price is msgspec.UNSET else w.liquidation_price
    instance.leverage = UNSET if w.leverage is msgspec.UNSET else w.leverage
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else w.position_side
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.max_qty = UNSET if w.max_qty is msgspec.UNSET else w.max_qty
    instance.notional_value = UNSET if w.notional_value is msgspec.UNSET else w.notional_value
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(list[CmPositionWire])


def parse(body: bytes) -> list[CmPosition] | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return [_cm_position(item) for item in wire]
    except (msgspec.DecodeError, Mismatch):
        return None
