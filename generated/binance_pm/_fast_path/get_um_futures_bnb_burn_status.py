"""The typed fast path of the ``get_um_futures_bnb_burn_status`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

import msgspec

from ..models.um_fee_burn_status import UmFeeBurnStatus
from . import Mismatch, new_instance


class UmFeeBurnStatusWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    fee_burn: bool = msgspec.field(name="feeBurn")


def _um_fee_burn_status(w: UmFeeBurnStatusWire) -> UmFeeBurnStatus:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(UmFeeBurnStatus)
    instance.fee_burn = w.fee_burn
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(UmFeeBurnStatusWire)


def parse(body: bytes) -> UmFeeBurnStatus | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _um_fee_burn_status(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
