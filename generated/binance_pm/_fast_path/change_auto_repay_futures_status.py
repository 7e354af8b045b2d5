"""The typed fast path of the ``change_auto_repay_futures_status`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

import msgspec

from ..models.pm_funds_action_result import PmFundsActionResult
from . import Mismatch, new_instance


class PmFundsActionResultWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    msg: str


def _pm_funds_action_result(w: PmFundsActionResultWire) -> PmFundsActionResult:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmFundsActionResult)
    instance.msg = w.msg
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(PmFundsActionResultWire)


def parse(body: bytes) -> PmFundsActionResult | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _pm_funds_action_result(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
