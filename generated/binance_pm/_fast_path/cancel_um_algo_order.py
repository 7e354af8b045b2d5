"""The typed fast path of the ``cancel_um_algo_order`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

import msgspec

from ..models.um_algo_cancel_result import UmAlgoCancelResult
from ..types import UNSET
from . import Mismatch, new_instance


class UmAlgoCancelResultWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    complete: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


def _um_algo_cancel_result(w: UmAlgoCancelResultWire) -> UmAlgoCancelResult:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(UmAlgoCancelResult)
    instance.complete = UNSET if w.complete is msgspec.UNSET else w.complete
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(UmAlgoCancelResultWire)


def parse(body: bytes) -> UmAlgoCancelResult | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _um_algo_cancel_result(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
