"""The typed fast path of the ``query_margin_loan_record`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.pm_margin_loan_record import PmMarginLoanRecord
from ..models.pm_margin_loan_record_page import PmMarginLoanRecordPage
from ..models.pm_margin_loan_status import PmMarginLoanStatus
from ..types import UNSET
from . import Mismatch, new_instance


class PmMarginLoanRecordWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    tx_id: int = msgspec.field(name="txId")
    asset: str
    principal: Decimal
    timestamp: int
    status: PmMarginLoanStatus | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


class PmMarginLoanRecordPageWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    rows: list[PmMarginLoanRecordWire]
    total: int


def _pm_margin_loan_record(w: PmMarginLoanRecordWire) -> PmMarginLoanRecord:
    if not w.principal.is_finite():
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmMarginLoanRecord)
    instance.tx_id = w.tx_id
    instance.asset = w.asset
    instance.principal = w.principal
    instance.timestamp = w.timestamp
    instance.status = UNSET if w.status is msgspec.UNSET else w.status
    instance.additional_properties = {}
    return instance


def _pm_margin_loan_record_page(w: PmMarginLoanRecordPageWire) -> PmMarginLoanRecordPage:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmMarginLoanRecordPage)
    instance.rows = [_pm_margin_loan_record(item) for item in w.rows]
    instance.total = w.total
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(PmMarginLoanRecordPageWire)


def parse(body: bytes) -> PmMarginLoanRecordPage | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _pm_margin_loan_record_page(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
