"""The typed fast path of the ``query_portfolio_margin_pro_bankruptcy_loan_amount`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.pm_pro_bankruptcy_loan import PmProBankruptcyLoan
from . import Mismatch, new_instance


class PmProBankruptcyLoanWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    amount: Decimal


def _pm_pro_bankruptcy_loan(w: PmProBankruptcyLoanWire) -> PmProBankruptcyLoan:
    if not w.amount.is_finite():
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmProBankruptcyLoan)
    instance.asset = w.asset
    instance.amount = w.amount
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(PmProBankruptcyLoanWire)


def parse(body: bytes) -> PmProBankruptcyLoan | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _pm_pro_bankruptcy_loan(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
