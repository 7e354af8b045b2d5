"""The typed fast path of the ``pm_pro_bnb_transfer`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

import msgspec

from ..models.pm_pro_transaction import PmProTransaction
from . import Mismatch, new_instance


class PmProTransactionWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    tran_id: int = msgspec.field(name="tranId")


def _pm_pro_transaction(w: PmProTransactionWire) -> PmProTransaction:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmProTransaction)
    instance.tran_id = w.tran_id
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(PmProTransactionWire)


def parse(body: bytes) -> PmProTransaction | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _pm_pro_transaction(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
