"""The typed fast path of the ``query_margin_repay_record`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.pm_margin_loan_status import PmMarginLoanStatus
from ..models.pm_margin_repay_record import PmMarginRepayRecord
from ..models.pm_margin_repay_record_page import PmMarginRepayRecordPage
from ..types import UNSET
from . import Mismatch, new_instance


class PmMarginRepayRecordWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    tx_id: int = msgspec.field(name="txId")
    asset: str
    amount: Decimal
    timestamp: int
    principal: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    interest: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    status: PmMarginLoanStatus | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


class PmMarginRepayRecordPageWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    rows: list[PmMarginRepayRecordWire]
    total: int


def _pm_margin_repay_record(w: PmMarginRepayRecordWire) -> PmMarginRepayRecord:
    if not (
        w.amount.is_finite()
        and (w.principal is msgspec.UNSET or w.principal.is_finite())
        and (w.interest is msgspec.UNSET or w.interest.is_finite())
    ):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmMarginRepayRecord)
    instance.tx_id = w.tx_id
    instance.asset = w.asset
    instance.amount = w.amount
    instance.timestamp = w.timestamp
    instance.principal = UNSET if w.principal is msgspec.UNSET else w.principal
    instance.interest = UNSET if w.interest is msgspec.UNSET else w.interest
    instance.status = UNSET if w.status is msgspec.UNSET else w.status
    instance.additional_properties = {}
    return instance


def _pm_margin_repay_record_page(w: PmMarginRepayRecordPageWire) -> PmMarginRepayRecordPage:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmMarginRepayRecordPage)
    instance.rows = [_pm_margin_repay_record(item) for item in w.rows]
    instance.total = w.total
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(PmMarginRepayRecordPageWire)


def parse(body: bytes) -> PmMarginRepayRecordPage | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _pm_margin_repay_record_page(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
