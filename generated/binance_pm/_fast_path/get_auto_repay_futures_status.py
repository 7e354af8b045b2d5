"""The typed fast path of the ``get_auto_repay_futures_status`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

import msgspec

from ..models.pm_auto_repay_futures_status import PmAutoRepayFuturesStatus
from . import Mismatch, new_instance


class PmAutoRepayFuturesStatusWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    auto_repay: bool = msgspec.field(name="autoRepay")


def _pm_auto_repay_futures_status(w: PmAutoRepayFuturesStatusWire) -> PmAutoRepayFuturesStatus:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmAutoRepayFuturesStatus)
    instance.auto_repay = w.auto_repay
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(PmAutoRepayFuturesStatusWire)


def parse(body: bytes) -> PmAutoRepayFuturesStatus | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _pm_auto_repay_futures_status(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
