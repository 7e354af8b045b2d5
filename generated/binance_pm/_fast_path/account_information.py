"""The typed fast path of the ``account_information`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.account_status import AccountStatus
from ..models.pm_account_information import PmAccountInformation
from ..types import UNSET
from . import Mismatch, new_instance


class PmAccountInformationWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    uni_mmr: Decimal = msgspec.field(name="uniMMR")
    account_equity: Decimal = msgspec.field(name="accountEquity")
    actual_equity: Decimal = msgspec.field(name="actualEquity")
    account_maint_margin: Decimal = msgspec.field(name="accountMaintMargin")
    account_status: AccountStatus = msgspec.field(name="accountStatus")
    account_initial_margin: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="accountInitialMargin"
    )
    virtual_max_withdraw_amount: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="virtualMaxWithdrawAmount"
    )
    total_available_balance: str | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="totalAvailableBalance"
    )
    total_margin_open_loss: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="totalMarginOpenLoss")
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")


def _pm_account_information(w: PmAccountInformationWire) -> PmAccountInformation:
    if not (
        w.uni_mmr.is_finite()
        and w.account_equity.is_finite()
        and w.actual_equity.is_finite()
        and w.account_maint_margin.is_finite()
        and (w.account_initial_margin is msgspec.UNSET or w.account_initial_margin.is_finite())
        and (w.virtual_max_withdraw_amount is msgspec.UNSET or w.virtual_max_withdraw_amount.is_finite())
    ):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmAccountInformation)
    instance.uni_mmr = w.uni_mmr
    instance.account_equity = w.account_equity
    instance.actual_equity = w.actual_equity
    instance.account_maint_margin = w.account_maint_margin
    instance.account_status = w.account_status
    instance.account_initial_margin = UNSET if w.account_initial_margin is msgspec.UNSET else w.account_initial_margin
    instance.virtual_max_withdraw_amount = (
        UNSET if w.virtual_max_withdraw_amount is msgspec.UNSET else w.virtual_max_withdraw_amount
    )
    instance.total_available_balance = (
        UNSET if w.total_available_balance is msgspec.UNSET else w.total_available_balance
    )
    instance.total_margin_open_loss = UNSET if w.total_margin_open_loss is msgspec.UNSET else w.total_margin_open_loss
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(PmAccountInformationWire)


def parse(body: bytes) -> PmAccountInformation | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _pm_account_information(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
