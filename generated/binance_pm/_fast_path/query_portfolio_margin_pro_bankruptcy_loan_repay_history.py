"""The typed fast path of the ``query_portfolio_margin_pro_bankruptcy_loan_repay_history`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.pm_pro_bankruptcy_loan_repay_history import PmProBankruptcyLoanRepayHistory
from ..models.pm_pro_bankruptcy_loan_repayment import PmProBankruptcyLoanRepayment
from . import Mismatch, new_instance


class PmProBankruptcyLoanRepaymentWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    amount: Decimal
    repay_time: int = msgspec.field(name="repayTime")


class PmProBankruptcyLoanRepayHistoryWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    total: int
    rows: list[PmProBankruptcyLoanRepaymentWire]


def _pm_pro_bankruptcy_loan_repayment(w: PmProBankruptcyLoanRepaymentWire) -> PmProBankruptcyLoanRepayment:
    if not w.amount.is_finite():
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmProBankruptcyLoanRepayment)
    instance.asset = w.asset
    instance.amount = w.amount
    instance.repay_time = w.repay_time
    instance.additional_properties = {}
    return instance


def _pm_pro_bankruptcy_loan_repay_history(w: PmProBankruptcyLoanRepayHistoryWire) -> PmProBankruptcyLoanRepayHistory:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmProBankruptcyLoanRepayHistory)
    instance.total = w.total
    instance.rows = [_pm_pro_bankruptcy_loan_repayment(item) for item in w.rows]
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(PmProBankruptcyLoanRepayHistoryWire)


def parse(body: bytes) -> PmProBankruptcyLoanRepayHistory | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _pm_pro_bankruptcy_loan_repay_history(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
