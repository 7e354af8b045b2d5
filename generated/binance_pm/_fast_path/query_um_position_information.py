"""The typed fast path of the ``query_um_position_information`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.position_side import PositionSide
from ..models.um_position import UmPosition
from ..types import UNSET
from . import Mismatch, new_instance


class UmPositionWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    position_amt: Decimal = msgspec.field(name="positionAmt")
    entry_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="entryPrice")
    mark_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="markPrice")
    un_realized_profit: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="unRealizedProfit")
    liquidation_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="liquidationPrice")
    leverage: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    max_notional_value: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="maxNotionalValue")
    position_side: PositionSide | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="positionSide")
    notional: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")


def _um_position(w: UmPositionWire) -> UmPosition:
    if not (
        w.position_amt.is_finite()
        and (w.entry_price is msgspec.UNSET or w.entry_price.is_finite())
        and (w.mark_price is msgspec.UNSET or w.mark_price.is_finite())
        and (w.un_realized_profit is msgspec.UNSET or w.un_realized_profit.is_finite())
        and (w.liquidation_price is msgspec.UNSET or w.liquidation_price.is_finite())
        and (w.leverage is msgspec.UNSET or w.leverage.is_finite())
        and (w.max_notional_value is msgspec.UNSET or w.max_notional_value.is_finite())
        and (w.notional is msgspec.UNSET or w.notional.is_finite())
    ):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(UmPosition)
    instance.symbol = w.symbol
    instance.position_amt = w.position_amt
    instance.entry_price = UNSET if w.entry_price is msgspec.UNSET else w.entry_price
    instance.mark_price = UNSET if w.mark_price is msgspec.UNSET else w.mark_price
    instance.un_realized_profit = UNSET if w.un_realized_profit is msgspec.UNSET else w.un_realized_profit
    instance.liquidation_price = UNSET if w.liquidation_price is msgspec.UNSET else w.liquidation_price
    instance.leverage = UNSET if w.leverage is msgspec.UNSET else w.leverage
    instance.max_notional_value = UNSET if w.max_notional_value is msgspec.UNSET else w.max_notional_value
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else w.position_side
    instance.notional = UNSET if w.notional is msgspec.UNSET else w.notional
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(list[UmPositionWire])


def parse(body: bytes) -> list[UmPosition] | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return [_um_position(item) for item in wire]
    except (msgspec.DecodeError, Mismatch):
        return None
