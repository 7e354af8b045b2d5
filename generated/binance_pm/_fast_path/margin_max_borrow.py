"""The typed fast path of the ``margin_max_borrow`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.pm_margin_max_borrow import PmMarginMaxBorrow
from ..types import UNSET
from . import Mismatch, new_instance


class PmMarginMaxBorrowWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    amount: Decimal
    borrow_limit: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="borrowLimit")


def _pm_margin_max_borrow(w: PmMarginMaxBorrowWire) -> PmMarginMaxBorrow:
    if not (w.amount.is_finite() and (w.borrow_limit is msgspec.UNSET or w.borrow_limit.is_finite())):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmMarginMaxBorrow)
    instance.amount = w.amount
    instance.borrow_limit = UNSET if w.borrow_limit is msgspec.UNSET else w.borrow_limit
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(PmMarginMaxBorrowWire)


def parse(body: bytes) -> PmMarginMaxBorrow | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _pm_margin_max_borrow(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
