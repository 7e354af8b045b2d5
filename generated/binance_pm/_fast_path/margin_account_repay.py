"""The typed fast path of the ``margin_account_repay`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

import msgspec

from ..models.margin_loan_transaction import MarginLoanTransaction
from . import Mismatch, new_instance


class MarginLoanTransactionWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    tran_id: int = msgspec.field(name="tranId")


def _margin_loan_transaction(w: MarginLoanTransactionWire) -> MarginLoanTransaction:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(MarginLoanTransaction)
    instance.tran_id = w.tran_id
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(MarginLoanTransactionWire)


def parse(body: bytes) -> MarginLoanTransaction | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _margin_loan_transaction(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
