"""The typed fast path of the ``change_cm_position_mode`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

import msgspec

from ..models.success_result import SuccessResult
from . import Mismatch, new_instance


class SuccessResultWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    code: int
    msg: str


def _success_result(w: SuccessResultWire) -> SuccessResult:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(SuccessResult)
    instance.code = w.code
    instance.msg = w.msg
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(SuccessResultWire)


def parse(body: bytes) -> SuccessResult | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _success_result(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
