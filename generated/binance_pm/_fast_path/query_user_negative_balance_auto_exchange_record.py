"""The typed fast path of the ``query_user_negative_balance_auto_exchange_record`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.pm_negative_balance_exchange_detail import PmNegativeBalanceExchangeDetail
from ..models.pm_negative_balance_exchange_record import PmNegativeBalanceExchangeRecord
from ..models.pm_negative_balance_exchange_record_page import PmNegativeBalanceExchangeRecordPage
from ..types import UNSET
from . import Mismatch, new_instance


class PmNegativeBalanceExchangeDetailWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    negative_balance: Decimal = msgspec.field(name="negativeBalance")
    negative_max_threshold: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="negativeMaxThreshold"
    )


class PmNegativeBalanceExchangeRecordWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    start_time: int = msgspec.field(name="startTime")
    end_time: int = msgspec.field(name="endTime")
    details: list[PmNegativeBalanceExchangeDetailWire] | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


class PmNegativeBalanceExchangeRecordPageWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    total: int
    rows: list[PmNegativeBalanceExchangeRecordWire]


def _pm_negative_balance_exchange_detail(w: PmNegativeBalanceExchangeDetailWire) -> PmNegativeBalanceExchangeDetail:
    if not (
        w.negative_balance.is_finite()
        and (w.negative_max_threshold is msgspec.UNSET or w.negative_max_threshold.is_finite())
    ):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmNegativeBalanceExchangeDetail)
    instance.asset = w.asset
    instance.negative_balance = w.negative_balance
    instance.negative_max_threshold = UNSET if w.negative_max_threshold is msgspec.UNSET else w.negative_max_threshold
    instance.additional_properties = {}
    return instance


def _pm_negative_balance_exchange_record(w: PmNegativeBalanceExchangeRecordWire) -> PmNegativeBalanceExchangeRecord:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmNegativeBalanceExchangeRecord)
    instance.start_time = w.start_time
    instance.end_time = w.end_time
    instance.details = (
        UNSET if w.details is msgspec.UNSET else [_pm_negative_balance_exchange_detail(item) for item in w.details]
    )
    instance.additional_properties = {}
    return instance


def _pm_negative_balance_exchange_record_page(
    w: PmNegativeBalanceExchangeRecordPageWire,
) -> PmNegativeBalanceExchangeRecordPage:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmNegativeBalanceExchangeRecordPage)
    instance.total = w.total
    instance.rows = [_pm_negative_balance_exchange_record(item) for item in w.rows]
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(PmNegativeBalanceExchangeRecordPageWire)


def parse(body: bytes) -> PmNegativeBalanceExchangeRecordPage | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _pm_negative_balance_exchange_record_page(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
