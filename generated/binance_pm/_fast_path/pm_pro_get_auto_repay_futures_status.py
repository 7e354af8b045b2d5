"""The typed fast path of the ``pm_pro_get_auto_repay_futures_status`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

import msgspec

from ..models.pm_pro_auto_repay_status import PmProAutoRepayStatus
from . import Mismatch, new_instance


class PmProAutoRepayStatusWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    auto_repay: bool = msgspec.field(name="autoRepay")


def _pm_pro_auto_repay_status(w: PmProAutoRepayStatusWire) -> PmProAutoRepayStatus:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmProAutoRepayStatus)
    instance.auto_repay = w.auto_repay
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(PmProAutoRepayStatusWire)


def parse(body: bytes) -> PmProAutoRepayStatus | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _pm_pro_auto_repay_status(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
