"""The typed fast path of the ``cm_position_adl_quantile_estimation`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

import msgspec

from ..models.cm_adl_quantile import CmAdlQuantile
from ..models.cm_adl_quantile_scores import CmAdlQuantileScores
from ..types import UNSET
from . import Mismatch, new_instance


class CmAdlQuantileScoresWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    long: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="LONG")
    short: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="SHORT")
    both: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="BOTH")
    hedge: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="HEDGE")


class CmAdlQuantileWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    adl_quantile: CmAdlQuantileScoresWire = msgspec.field(name="adlQuantile")


def _cm_adl_quantile_scores(w: CmAdlQuantileScoresWire) -> CmAdlQuantileScores:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(CmAdlQuantileScores)
    instance.long = UNSET if w.long is msgspec.UNSET else w.long
    instance.short = UNSET if w.short is msgspec.UNSET else w.short
    instance.both = UNSET if w.both is msgspec.UNSET else w.both
    instance.hedge = UNSET if w.hedge is msgspec.UNSET else w.hedge
    instance.additional_properties = {}
    return instance


def _cm_adl_quantile(w: CmAdlQuantileWire) -> CmAdlQuantile:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(CmAdlQuantile)
    instance.symbol = w.symbol
    instance.adl_quantile = _cm_adl_quantile_scores(w.adl_quantile)
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(list[CmAdlQuantileWire])


def parse(body: bytes) -> list[CmAdlQuantile] | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return [_cm_adl_quantile(item) for item in wire]
    except (msgspec.DecodeError, Mismatch):
        return None
