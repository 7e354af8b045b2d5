"""The typed fast path of the ``get_account_info`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.account_status import AccountStatus
from ..models.account_type import AccountType
from ..models.portfolio_margin_pro_account import PortfolioMarginProAccount
from ..types import UNSET
from . import Mismatch, new_instance


class PortfolioMarginProAccountWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    uni_mmr: Decimal = msgspec.field(name="uniMMR")
    account_equity: Decimal = msgspec.field(name="accountEquity")
    actual_equity: Decimal = msgspec.field(name="actualEquity")
    account_maint_margin: Decimal = msgspec.field(name="accountMaintMargin")
    account_status: AccountStatus = msgspec.field(name="accountStatus")
    account_type: AccountType = msgspec.field(name="accountType")
    account_initial_margin: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="accountInitialMargin"
    )
    total_available_balance: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="totalAvailableBalance"
    )


def _portfolio_margin_pro_account(w: PortfolioMarginProAccountWire) -> PortfolioMarginProAccount:
    if not (
        w.uni_mmr.is_finite()
        and w.account_equity.is_finite()
        and w.actual_equity.is_finite()
        and w.account_maint_margin.is_finite()
        and (w.account_initial_margin is msgspec.UNSET or w.account_initial_margin.is_finite())
        and (w.total_available_balance is msgspec.UNSET or w.total_available_balance.is_finite())
    ):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PortfolioMarginProAccount)
    instance.uni_mmr = w.uni_mmr
    instance.account_equity = w.account_equity
    instance.actual_equity = w.actual_equity
    instance.account_maint_margin = w.account_maint_margin
    instance.account_status = w.account_status
    instance.account_type = w.account_type
    instance.account_initial_margin = UNSET if w.account_initial_margin is msgspec.UNSET else w.account_initial_margin
    instance.total_available_balance = (
        UNSET if w.total_available_balance is msgspec.UNSET else w.total_available_balance
    )
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(PortfolioMarginProAccountWire)


def parse(body: bytes) -> PortfolioMarginProAccount | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _portfolio_margin_pro_account(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
