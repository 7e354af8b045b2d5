"""The typed fast path of the ``get_classic_collateral_rate`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.collateral_rate import CollateralRate
from . import Mismatch, new_instance


class CollateralRateWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    collateral_rate: Decimal = msgspec.field(name="collateralRate")


def _collateral_rate(w: CollateralRateWire) -> CollateralRate:
    if not w.collateral_rate.is_finite():
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(CollateralRate)
    instance.asset = w.asset
    instance.collateral_rate = w.collateral_rate
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(list[CollateralRateWire])


def parse(body: bytes) -> list[CollateralRate] | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return [_collateral_rate(item) for item in wire]
    except (msgspec.DecodeError, Mismatch):
        return None
