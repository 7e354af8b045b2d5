"""The typed fast path of the ``get_portfolio_margin_asset_leverage`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

import msgspec

from ..models.pm_pro_asset_leverage import PmProAssetLeverage
from . import Mismatch, new_instance


class PmProAssetLeverageWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    leverage: int


def _pm_pro_asset_leverage(w: PmProAssetLeverageWire) -> PmProAssetLeverage:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmProAssetLeverage)
    instance.asset = w.asset
    instance.leverage = w.leverage
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(list[PmProAssetLeverageWire])


def parse(body: bytes) -> list[PmProAssetLeverage] | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return [_pm_pro_asset_leverage(item) for item in wire]
    except (msgspec.DecodeError, Mismatch):
        return None
