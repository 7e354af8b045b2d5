"""The typed fast path of the ``bnb_transfer`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

import msgspec

from ..models.pm_bnb_transfer_result import PmBnbTransferResult
from . import Mismatch, new_instance


class PmBnbTransferResultWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    tran_id: int = msgspec.field(name="tranId")


def _pm_bnb_transfer_result(w: PmBnbTransferResultWire) -> PmBnbTransferResult:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmBnbTransferResult)
    instance.tran_id = w.tran_id
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(PmBnbTransferResultWire)


def parse(body: bytes) -> PmBnbTransferResult | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _pm_bnb_transfer_result(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
