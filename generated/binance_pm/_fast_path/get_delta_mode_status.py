"""The typed fast path of the ``get_delta_mode_status`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

import msgspec

from ..models.pm_pro_delta_mode_status import PmProDeltaModeStatus
from . import Mismatch, new_instance


class PmProDeltaModeStatusWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    delta_enabled: bool = msgspec.field(name="deltaEnabled")


def _pm_pro_delta_mode_status(w: PmProDeltaModeStatusWire) -> PmProDeltaModeStatus:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmProDeltaModeStatus)
    instance.delta_enabled = w.delta_enabled
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(PmProDeltaModeStatusWire)


def parse(body: bytes) -> PmProDeltaModeStatus | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _pm_pro_delta_mode_status(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
