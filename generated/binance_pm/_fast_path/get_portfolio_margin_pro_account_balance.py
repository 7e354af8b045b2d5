"""The typed fast path of the ``get_portfolio_margin_pro_account_balance`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.pm_pro_balance import PmProBalance
from ..types import UNSET
from . import Mismatch, new_instance


class PmProBalanceWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    total_wallet_balance: Decimal = msgspec.field(name="totalWalletBalance")
    cross_margin_asset: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="crossMarginAsset")
    cross_margin_borrowed: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="crossMarginBorrowed"
    )
    cross_margin_free: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="crossMarginFree")
    cross_margin_interest: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="crossMarginInterest"
    )
    cross_margin_locked: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="crossMarginLocked")
    um_wallet_balance: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="umWalletBalance")
    um_unrealized_pnl: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="umUnrealizedPNL")
    cm_wallet_balance: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="cmWalletBalance")
    cm_unrealized_pnl: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="cmUnrealizedPNL")
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")
    negative_balance: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="negativeBalance")
    option_wallet_balance: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="optionWalletBalance"
    )
    option_equity: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="optionEquity")


def _pm_pro_balance(w: PmProBalanceWire) -> PmProBalance:
    if not (
        w.total_wallet_balance.is_finite()
        and (w.cross_margin_asset is msgspec.UNSET or w.cross_margin_asset.is_finite())
        and (w.cross_margin_borrowed is msgspec.UNSET or w.cross_margin_borrowed.is_finite())
        and (w.cross_margin_free is msgspec.UNSET or w.cross_margin_free.is_finite())
        and (w.cross_margin_interest is msgspec.UNSET or w.cross_margin_interest.is_finite())
        and (w.cross_margin_locked is msgspec.UNSET or w.cross_margin_locked.is_finite())
        and (w.um_wallet_balance is msgspec.UNSET or w.um_wallet_balance.is_finite())
        and (w.um_unrealized_pnl is msgspec.UNSET or w.um_unrealized_pnl.is_finite())
        and (w.cm_wallet_balance is msgspec.UNSET or w.cm_wallet_balance.is_finite())
        and (w.cm_unrealized_pnl is msgspec.UNSET or w.cm_unrealized_pnl.is_finite())
        and (w.negative_balance is msgspec.UNSET or w.negative_balance.is_finite())
        and (w.option_wallet_balance is msgspec.UNSET or w.option_wallet_balance.is_finite())
        and (w.option_equity is msgspec.UNSET or w.option_equity.is_finite())
    ):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmProBalance)
    instance.asset = w.asset
    instance.total_wallet_balance = w.total_wallet_balance
    instance.cross_margin_asset = UNSET if w.cross_margin_asset is msgspec.UNSET else w.cross_margin_asset
    instance.cross_margin_borrowed = UNSET if w.cross_margin_borrowed is msgspec.UNSET else w.cross_margin_borrowed
    instance.cross_margin_free = UNSET if w.cross_margin_free is msgspec.UNSET else w.cross_margin_free
    instance.cross_margin_interest = UNSET if w.cross_margin_interest is msgspec.UNSET else w.cross_margin_interest
    instance.cross_margin_locked = UNSET if w.cross_margin_locked is msgspec.UNSET else w.cross_margin_locked
    instance.um_wallet_balance = UNSET if w.um_wallet_balance is msgspec.UNSET else w.um_wallet_balance
    instance.um_unrealized_pnl = UNSET if w.um_unrealized_pnl is msgspec.UNSET else w.um_unrealized_pnl
    instance.cm_wallet_balance = UNSET if w.cm_wallet_balance is msgspec.UNSET else w.cm_wallet_balance
    instance.cm_unrealized_pnl = UNSET if w.cm_unrealized_pnl is msgspec.UNSET else w.cm_unrealized_pnl
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.negative_balance = UNSET if w.negative_balance is msgspec.UNSET else w.negative_balance
    instance.option_wallet_balance = UNSET if w.option_wallet_balance is msgspec.UNSET else w.option_wallet_balance
    instance.option_equity = UNSET if w.option_equity is msgspec.UNSET else w.option_equity
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(list[PmProBalanceWire])


def parse(body: bytes) -> list[PmProBalance] | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return [_pm_pro_balance(item) for item in wire]
    except (msgspec.DecodeError, Mismatch):
        return None
