"""The typed fast path of the ``query_portfolio_margin_asset_index_price`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.pm_pro_asset_index_price import PmProAssetIndexPrice
from . import Mismatch, new_instance


class PmProAssetIndexPriceWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    asset_index_price: Decimal = msgspec.field(name="assetIndexPrice")
    time: int


def _pm_pro_asset_index_price(w: PmProAssetIndexPriceWire) -> PmProAssetIndexPrice:
    if not w.asset_index_price.is_finite():
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmProAssetIndexPrice)
    instance.asset = w.asset
    instance.asset_index_price = w.asset_index_price
    instance.time = w.time
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(list[PmProAssetIndexPriceWire])


def parse(body: bytes) -> list[PmProAssetIndexPrice] | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return [_pm_pro_asset_index_price(item) for item in wire]
    except (msgspec.DecodeError, Mismatch):
        return None
