"""The typed fast path of the ``get_tiered_collateral_rate`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.collateral_tier import CollateralTier
from ..models.tiered_collateral_rate import TieredCollateralRate
from . import Mismatch, new_instance


class CollateralTierWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    tier_floor: Decimal = msgspec.field(name="tierFloor")
    tier_cap: Decimal = msgspec.field(name="tierCap")
    collateral_rate: Decimal = msgspec.field(name="collateralRate")
    cum: Decimal


class TieredCollateralRateWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    collateral_info: list[CollateralTierWire] = msgspec.field(name="collateralInfo")


def _collateral_tier(w: CollateralTierWire) -> CollateralTier:
    if not (
        w.tier_floor.is_finite() and w.tier_cap.is_finite() and w.collateral_rate.is_finite() and w.cum.is_finite()
    ):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(CollateralTier)
    instance.tier_floor = w.tier_floor
    instance.tier_cap = w.tier_cap
    instance.collateral_rate = w.collateral_rate
    instance.cum = w.cum
    instance.additional_properties = {}
    return instance


def _tiered_collateral_rate(w: TieredCollateralRateWire) -> TieredCollateralRate:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(TieredCollateralRate)
    instance.asset = w.asset
    instance.collateral_info = [_collateral_tier(item) for item in w.collateral_info]
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(list[TieredCollateralRateWire])


def parse(body: bytes) -> list[TieredCollateralRate] | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return [_tiered_collateral_rate(item) for item in wire]
    except (msgspec.DecodeError, Mismatch):
        return None
