"""The typed fast path of the ``switch_delta_mode`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

import msgspec

from ..models.pm_pro_message import PmProMessage
from . import Mismatch, new_instance


class PmProMessageWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    msg: str


def _pm_pro_message(w: PmProMessageWire) -> PmProMessage:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmProMessage)
    instance.msg = w.msg
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(PmProMessageWire)


def parse(body: bytes) -> PmProMessage | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _pm_pro_message(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
