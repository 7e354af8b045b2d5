"""The typed fast path of the ``query_margin_max_withdraw`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.pm_margin_max_withdraw import PmMarginMaxWithdraw
from . import Mismatch, new_instance


class PmMarginMaxWithdrawWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    amount: Decimal


def _pm_margin_max_withdraw(w: PmMarginMaxWithdrawWire) -> PmMarginMaxWithdraw:
    if not w.amount.is_finite():
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmMarginMaxWithdraw)
    instance.amount = w.amount
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(PmMarginMaxWithdrawWire)


def parse(body: bytes) -> PmMarginMaxWithdraw | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _pm_margin_max_withdraw(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
