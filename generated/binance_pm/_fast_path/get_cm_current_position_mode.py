"""The typed fast path of the ``get_cm_current_position_mode`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

import msgspec

from ..models.pm_position_mode import PmPositionMode
from . import Mismatch, new_instance


class PmPositionModeWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    dual_side_position: bool = msgspec.field(name="dualSidePosition")


def _pm_position_mode(w: PmPositionModeWire) -> PmPositionMode:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmPositionMode)
    instance.dual_side_position = w.dual_side_position
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(PmPositionModeWire)


def parse(body: bytes) -> PmPositionMode | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _pm_position_mode(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
