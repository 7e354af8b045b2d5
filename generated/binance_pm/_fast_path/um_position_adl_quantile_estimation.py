"""The typed fast path of the ``um_position_adl_quantile_estimation`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

import msgspec

from ..models.um_adl_quantile import UmAdlQuantile
from ..models.um_adl_quantile_values import UmAdlQuantileValues
from ..types import UNSET
from . import Mismatch, new_instance


class UmAdlQuantileValuesWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    long: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="LONG")
    short: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="SHORT")
    both: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="BOTH")
    hedge: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="HEDGE")


class UmAdlQuantileWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    adl_quantile: UmAdlQuantileValuesWire = msgspec.field(name="adlQuantile")


def _um_adl_quantile_values(w: UmAdlQuantileValuesWire) -> UmAdlQuantileValues:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(UmAdlQuantileValues)
    instance.long = UNSET if w.long is msgspec.UNSET else w.long
    instance.short = UNSET if w.short is msgspec.UNSET else w.short
    instance.both = UNSET if w.both is msgspec.UNSET else w.both
    instance.hedge = UNSET if w.hedge is msgspec.UNSET else w.hedge
    instance.additional_properties = {}
    return instance


def _um_adl_quantile(w: UmAdlQuantileWire) -> UmAdlQuantile:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(UmAdlQuantile)
    instance.symbol = w.symbol
    instance.adl_quantile = _um_adl_quantile_values(w.adl_quantile)
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(list[UmAdlQuantileWire])


def parse(body: bytes) -> list[UmAdlQuantile] | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return [_um_adl_quantile(item) for item in wire]
    except (msgspec.DecodeError, Mismatch):
        return None
