"""The typed fast path of the ``get_portfolio_margin_pro_span_account_info`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.account_status import AccountStatus
from ..models.account_type import AccountType
from ..models.pm_pro_risk_unit_maint_margin import PmProRiskUnitMaintMargin
from ..models.pm_pro_span_account import PmProSpanAccount
from ..types import UNSET
from . import Mismatch, new_instance


class PmProRiskUnitMaintMarginWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    uni_maintain_usd: Decimal = msgspec.field(name="uniMaintainUsd")


class PmProSpanAccountWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    uni_mmr: Decimal = msgspec.field(name="uniMMR")
    account_equity: Decimal = msgspec.field(name="accountEquity")
    actual_equity: Decimal = msgspec.field(name="actualEquity")
    account_maint_margin: Decimal = msgspec.field(name="accountMaintMargin")
    account_status: AccountStatus = msgspec.field(name="accountStatus")
    account_type: AccountType = msgspec.field(name="accountType")
    risk_unit_mm_list: list[PmProRiskUnitMaintMarginWire] | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="riskUnitMMList"
    )
    margin_mm: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="marginMM")
    other_mm: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="otherMM")


def _pm_pro_risk_unit_maint_margin(w: PmProRiskUnitMaintMarginWire) -> PmProRiskUnitMaintMargin:
    if not w.uni_maintain_usd.is_finite():
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmProRiskUnitMaintMargin)
    instance.asset = w.asset
    instance.uni_maintain_usd = w.uni_maintain_usd
    instance.additional_properties = {}
    return instance


def _pm_pro_span_account(w: PmProSpanAccountWire) -> PmProSpanAccount:
    if not (
        w.uni_mmr.is_finite()
        and w.account_equity.is_finite()
        and w.actual_equity.is_finite()
        and w.account_maint_margin.is_finite()
        and (w.margin_mm is msgspec.UNSET or w.margin_mm.is_finite())
        and (w.other_mm is msgspec.UNSET or w.other_mm.is_finite())
    ):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmProSpanAccount)
    instance.uni_mmr = w.uni_mmr
    instance.account_equity = w.account_equity
    instance.actual_equity = w.actual_equity
    instance.account_maint_margin = w.account_maint_margin
    instance.account_status = w.account_status
    instance.account_type = w.account_type
    instance.risk_unit_mm_list = (
        UNSET
        if w.risk_unit_mm_list is msgspec.UNSET
        else [_pm_pro_risk_unit_maint_margin(item) for item in w.risk_unit_mm_list]
    )
    instance.margin_mm = UNSET if w.margin_mm is msgspec.UNSET else w.margin_mm
    instance.other_mm = UNSET if w.other_mm is msgspec.UNSET else w.other_mm
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(PmProSpanAccountWire)


def parse(body: bytes) -> PmProSpanAccount | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _pm_pro_span_account(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
