"""The typed fast path of the ``margin_account_trade_list`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.margin_trade import MarginTrade
from ..types import UNSET
from . import Mismatch, new_instance


class MarginTradeWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    id: int
    order_id: int = msgspec.field(name="orderId")
    price: Decimal
    qty: Decimal
    time: int
    commission: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    commission_asset: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="commissionAsset")
    is_buyer: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="isBuyer")
    is_maker: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="isMaker")
    is_best_match: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="isBestMatch")


def _margin_trade(w: MarginTradeWire) -> MarginTrade:
    if not (w.price.is_finite() and w.qty.is_finite() and (w.commission is msgspec.UNSET or w.commission.is_finite())):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(MarginTrade)
    instance.symbol = w.symbol
    instance.id = w.id
    instance.order_id = w.order_id
    instance.price = w.price
    instance.qty = w.qty
    instance.time = w.time
    instance.commission = UNSET if w.commission is msgspec.UNSET else w.commission
    instance.commission_asset = UNSET if w.commission_asset is msgspec.UNSET else w.commission_asset
    instance.is_buyer = UNSET if w.is_buyer is msgspec.UNSET else w.is_buyer
    instance.is_maker = UNSET if w.is_maker is msgspec.UNSET else w.is_maker
    instance.is_best_match = UNSET if w.is_best_match is msgspec.UNSET else w.is_best_match
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(list[MarginTradeWire])


def parse(body: bytes) -> list[MarginTrade] | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return [_margin_trade(item) for item in wire]
    except (msgspec.DecodeError, Mismatch):
        return None
