"""The typed fast path of the ``um_account_trade_list`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.position_side import PositionSide
from ..models.side import Side
from ..models.um_trade import UmTrade
from ..types import UNSET
from . import Mismatch, new_instance


class UmTradeWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    id: int
    order_id: int = msgspec.field(name="orderId")
    price: Decimal
    qty: Decimal
    side: Side | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    quote_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="quoteQty")
    realized_pnl: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="realizedPnl")
    commission: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    commission_asset: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="commissionAsset")
    time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    buyer: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    maker: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    position_side: PositionSide | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="positionSide")


def _um_trade(w: UmTradeWire) -> UmTrade:
    if not (
        w.price.is_finite()
        and w.qty.is_finite()
        and (w.quote_qty is msgspec.UNSET or w.quote_qty.is_finite())
        and (w.realized_pnl is msgspec.UNSET or w.realized_pnl.is_finite())
        and (w.commission is msgspec.UNSET or w.commission.is_finite())
    ):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(UmTrade)
    instance.symbol = w.symbol
    instance.id = w.id
    instance.order_id = w.order_id
    instance.price = w.price
    instance.qty = w.qty
    instance.side = UNSET if w.side is msgspec.UNSET else w.side
    instance.quote_qty = UNSET if w.quote_qty is msgspec.UNSET else w.quote_qty
    instance.realized_pnl = UNSET if w.realized_pnl is msgspec.UNSET else w.realized_pnl
    instance.commission = UNSET if w.commission is msgspec.UNSET else w.commission
    instance.commission_asset = UNSET if w.commission_asset is msgspec.UNSET else w.commission_asset
    instance.time = UNSET if w.time is msgspec.UNSET else w.time
    instance.buyer = UNSET if w.buyer is msgspec.UNSET else w.buyer
    instance.maker = UNSET if w.maker is msgspec.UNSET else w.maker
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else w.position_side
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(list[UmTradeWire])


def parse(body: bytes) -> list[UmTrade] | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return [_um_trade(item) for item in wire]
    except (msgspec.DecodeError, Mismatch):
        return None
