"""The typed fast path of the ``get_margin_borrow_loan_interest_history`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.pm_margin_interest_history import PmMarginInterestHistory
from ..models.pm_margin_interest_record import PmMarginInterestRecord
from ..models.pm_margin_interest_type import PmMarginInterestType
from ..types import UNSET
from . import Mismatch, new_instance


class PmMarginInterestRecordWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    tx_id: int = msgspec.field(name="txId")
    interest_accured_time: int = msgspec.field(name="interestAccuredTime")
    asset: str
    interest: Decimal
    raw_asset: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="rawAsset")
    principal: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    interest_rate: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="interestRate")
    type_: PmMarginInterestType | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="type")


class PmMarginInterestHistoryWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    rows: list[PmMarginInterestRecordWire]
    total: int


def _pm_margin_interest_record(w: PmMarginInterestRecordWire) -> PmMarginInterestRecord:
    if not (
        w.interest.is_finite()
        and (w.principal is msgspec.UNSET or w.principal.is_finite())
        and (w.interest_rate is msgspec.UNSET or w.interest_rate.is_finite())
    ):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmMarginInterestRecord)
    instance.tx_id = w.tx_id
    instance.interest_accured_time = w.interest_accured_time
    instance.asset = w.asset
    instance.interest = w.interest
    instance.raw_asset = UNSET if w.raw_asset is msgspec.UNSET else w.raw_asset
    instance.principal = UNSET if w.principal is msgspec.UNSET else w.principal
    instance.interest_rate = UNSET if w.interest_rate is msgspec.UNSET else w.interest_rate
    instance.type_ = UNSET if w.type_ is msgspec.UNSET else w.type_
    instance.additional_properties = {}
    return instance


def _pm_margin_interest_history(w: PmMarginInterestHistoryWire) -> PmMarginInterestHistory:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmMarginInterestHistory)
    instance.rows = [_pm_margin_interest_record(item) for item in w.rows]
    instance.total = w.total
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(PmMarginInterestHistoryWire)


def parse(body: bytes) -> PmMarginInterestHistory | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _pm_margin_interest_history(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
