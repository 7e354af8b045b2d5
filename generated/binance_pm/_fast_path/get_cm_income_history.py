"""The typed fast path of the ``get_cm_income_history`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.income_type import IncomeType
from ..models.pm_income_record import PmIncomeRecord
from ..types import UNSET
from . import Mismatch, new_instance


class PmIncomeRecordWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    income_type: IncomeType = msgspec.field(name="incomeType")
    income: Decimal
    asset: str
    time: int
    tran_id: str = msgspec.field(name="tranId")
    symbol: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    info: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    trade_id: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="tradeId")


def _pm_income_record(w: PmIncomeRecordWire) -> PmIncomeRecord:
    if not w.income.is_finite():
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmIncomeRecord)
    instance.income_type = w.income_type
    instance.income = w.income
    instance.asset = w.asset
    instance.time = w.time
    instance.tran_id = w.tran_id
    instance.symbol = UNSET if w.symbol is msgspec.UNSET else w.symbol
    instance.info = UNSET if w.info is msgspec.UNSET else w.info
    instance.trade_id = UNSET if w.trade_id is msgspec.UNSET else w.trade_id
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(list[PmIncomeRecordWire])


def parse(body: bytes) -> list[PmIncomeRecord] | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return [_pm_income_record(item) for item in wire]
    except (msgspec.DecodeError, Mismatch):
        return None
