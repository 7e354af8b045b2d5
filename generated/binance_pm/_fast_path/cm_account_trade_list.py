"""The typed fast path of the ``cm_account_trade_list`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.cm_trade import CmTrade
from ..models.position_side import PositionSide
from ..models.side import Side
from ..types import UNSET
from . import Mismatch, new_instance


class CmTradeWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    id: int
    order_id: int = msgspec.field(name="orderId")
    price: Decimal
    qty: Decimal
    pair: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    side: Side | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    realized_pnl: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="realizedPnl")
    margin_asset: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="marginAsset")
    base_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="baseQty")
    commission: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    commission_asset: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="commissionAsset")
    time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    position_side: PositionSide | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="positionSide")
    buyer: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    maker: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


def _cm_trade(w: CmTradeWire) -> CmTrade:
    if not (
        w.price.is_finite()
        and w.qty.is_finite()
        and (w.realized_pnl is msgspec.UNSET or w.realized_pnl.is_finite())
        and (w.base_qty is msgspec.UNSET or w.base_qty.is_finite())
        and (w.commission is msgspec.UNSET or w.commission.is_finite())
    ):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(CmTrade)
    instance.symbol = w.symbol
    instance.id = w.id
    instance.order_id = w.order_id
    instance.price = w.price
    instance.qty = w.qty
    instance.pair = UNSET if w.pair is msgspec.UNSET else w.pair
    instance.side = UNSET if w.side is msgspec.UNSET else w.side
    instance.realized_pnl = UNSET if w.realized_pnl is msgspec.UNSET else w.realized_pnl
    instance.margin_asset = UNSET if w.margin_asset is msgspec.UNSET else w.margin_asset
    instance.base_qty = UNSET if w.base_qty is msgspec.UNSET else w.base_qty
    instance.commission = UNSET if w.commission is msgspec.UNSET else w.commission
    instance.commission_asset = UNSET if w.commission_asset is msgspec.UNSET else w.commission_asset
    instance.time = UNSET if w.time is msgspec.UNSET else w.time
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else w.position_side
    instance.buyer = UNSET if w.buyer is msgspec.UNSET else w.buyer
    instance.maker = UNSET if w.maker is msgspec.UNSET else w.maker
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(list[CmTradeWire])


def parse(body: bytes) -> list[CmTrade] | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return [_cm_trade(item) for item in wire]
    except (msgspec.DecodeError, Mismatch):
        return None
