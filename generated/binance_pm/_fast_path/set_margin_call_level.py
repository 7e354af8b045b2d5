"""The typed fast path of the ``set_margin_call_level`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.pm_pro_margin_call_level import PmProMarginCallLevel
from ..types import UNSET
from . import Mismatch, new_instance


class PmProMarginCallLevelWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    margin_call_level: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="marginCallLevel")


def _pm_pro_margin_call_level(w: PmProMarginCallLevelWire) -> PmProMarginCallLevel:
    if not (w.margin_call_level is msgspec.UNSET or w.margin_call_level.is_finite()):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmProMarginCallLevel)
    instance.margin_call_level = UNSET if w.margin_call_level is msgspec.UNSET else w.margin_call_level
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(PmProMarginCallLevelWire)


def parse(body: bytes) -> PmProMarginCallLevel | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _pm_pro_margin_call_level(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
