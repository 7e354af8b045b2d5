"""The typed fast path from a success body to the models.

msgspec decodes the body straight into structs that mirror the spec's schemas: JSON names,
types, required fields and no other field. It reads the body in C and makes each ``Decimal``
from the number's own text, so no binary float is ever involved; the structs are then copied
into the attrs models the operations return.

Each function returns ``None`` when the body does not fit exactly (an extra field, a missing
one, a value of another JSON type, a thousands separator, a non-finite decimal, or no JSON at
all). The operation then parses the body the general way, through ``from_dict``, which keeps
extra fields and names what is wrong: the two paths give the same models for every body the
fast one takes. The operations import this module on their first answer, so ``import
binance_pm`` does not load msgspec.
"""

from __future__ import annotations

from decimal import Decimal

import msgspec

from .models.account_status import AccountStatus
from .models.account_type import AccountType
from .models.collateral_rate import CollateralRate
from .models.collateral_tier import CollateralTier
from .models.portfolio_margin_pro_account import PortfolioMarginProAccount
from .models.tiered_collateral_rate import TieredCollateralRate
from .models.um_bracket import UmBracket
from .models.um_leverage_bracket import UmLeverageBracket
from .types import UNSET

_new_instance = object.__new__


class _Mismatch(Exception):
    """A value the structs took but the spec does not allow (a non-finite decimal)."""


class CollateralTierWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    tier_floor: Decimal = msgspec.field(name="tierFloor")
    tier_cap: Decimal = msgspec.field(name="tierCap")
    collateral_rate: Decimal = msgspec.field(name="collateralRate")
    cum: Decimal


class TieredCollateralRateWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    collateral_info: list[CollateralTierWire] = msgspec.field(name="collateralInfo")


class CollateralRateWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    collateral_rate: Decimal = msgspec.field(name="collateralRate")


class PortfolioMarginProAccountWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    uni_mmr: Decimal = msgspec.field(name="uniMMR")
    account_equity: Decimal = msgspec.field(name="accountEquity")
    actual_equity: Decimal = msgspec.field(name="actualEquity")
    account_maint_margin: Decimal = msgspec.field(name="accountMaintMargin")
    account_status: str = msgspec.field(name="accountStatus")
    account_type: str = msgspec.field(name="accountType")
    account_initial_margin: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="accountInitialMargin"
    )
    total_available_balance: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="totalAvailableBalance"
    )


class UmBracketWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    bracket: int
    initial_leverage: int = msgspec.field(name="initialLeverage")
    notional_cap: Decimal = msgspec.field(name="notionalCap")
    notional_floor: Decimal = msgspec.field(name="notionalFloor")
    maint_margin_ratio: Decimal = msgspec.field(name="maintMarginRatio")
    cum: Decimal


class UmLeverageBracketWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    brackets: list[UmBracketWire]
    notional_coef: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="notionalCoef")


def _collateral_tier(w: CollateralTierWire) -> CollateralTier:
    if not (
        w.tier_floor.is_finite() and w.tier_cap.is_finite() and w.collateral_rate.is_finite() and w.cum.is_finite()
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(CollateralTier)
    instance.tier_floor = w.tier_floor
    instance.tier_cap = w.tier_cap
    instance.collateral_rate = w.collateral_rate
    instance.cum = w.cum
    instance.additional_properties = {}
    return instance


def _tiered_collateral_rate(w: TieredCollateralRateWire) -> TieredCollateralRate:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(TieredCollateralRate)
    instance.asset = w.asset
    instance.collateral_info = [_collateral_tier(item) for item in w.collateral_info]
    instance.additional_properties = {}
    return instance


def _collateral_rate(w: CollateralRateWire) -> CollateralRate:
    if not w.collateral_rate.is_finite():
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(CollateralRate)
    instance.asset = w.asset
    instance.collateral_rate = w.collateral_rate
    instance.additional_properties = {}
    return instance


def _portfolio_margin_pro_account(w: PortfolioMarginProAccountWire) -> PortfolioMarginProAccount:
    if not (
        w.uni_mmr.is_finite()
        and w.account_equity.is_finite()
        and w.actual_equity.is_finite()
        and w.account_maint_margin.is_finite()
        and (w.account_initial_margin is msgspec.UNSET or w.account_initial_margin.is_finite())
        and (w.total_available_balance is msgspec.UNSET or w.total_available_balance.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PortfolioMarginProAccount)
    instance.uni_mmr = w.uni_mmr
    instance.account_equity = w.account_equity
    instance.actual_equity = w.actual_equity
    instance.account_maint_margin = w.account_maint_margin
    instance.account_status = AccountStatus(w.account_status)
    instance.account_type = AccountType(w.account_type)
    instance.account_initial_margin = UNSET if w.account_initial_margin is msgspec.UNSET else w.account_initial_margin
    instance.total_available_balance = (
        UNSET if w.total_available_balance is msgspec.UNSET else w.total_available_balance
    )
    instance.additional_properties = {}
    return instance


def _um_bracket(w: UmBracketWire) -> UmBracket:
    if not (
        w.notional_cap.is_finite()
        and w.notional_floor.is_finite()
        and w.maint_margin_ratio.is_finite()
        and w.cum.is_finite()
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmBracket)
    instance.bracket = w.bracket
    instance.initial_leverage = w.initial_leverage
    instance.notional_cap = w.notional_cap
    instance.notional_floor = w.notional_floor
    instance.maint_margin_ratio = w.maint_margin_ratio
    instance.cum = w.cum
    instance.additional_properties = {}
    return instance


def _um_leverage_bracket(w: UmLeverageBracketWire) -> UmLeverageBracket:
    if not (w.notional_coef is msgspec.UNSET or w.notional_coef.is_finite()):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmLeverageBracket)
    instance.symbol = w.symbol
    instance.brackets = [_um_bracket(item) for item in w.brackets]
    instance.notional_coef = UNSET if w.notional_coef is msgspec.UNSET else w.notional_coef
    instance.additional_properties = {}
    return instance


_GET_TIERED_COLLATERAL_RATE = msgspec.json.Decoder(list[TieredCollateralRateWire])


def get_tiered_collateral_rate(body: bytes) -> list[TieredCollateralRate] | None:
    try:
        wire = _GET_TIERED_COLLATERAL_RATE.decode(body)
        return [_tiered_collateral_rate(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_CLASSIC_COLLATERAL_RATE = msgspec.json.Decoder(list[CollateralRateWire])


def get_classic_collateral_rate(body: bytes) -> list[CollateralRate] | None:
    try:
        wire = _GET_CLASSIC_COLLATERAL_RATE.decode(body)
        return [_collateral_rate(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_ACCOUNT_INFO = msgspec.json.Decoder(PortfolioMarginProAccountWire)


def get_account_info(body: bytes) -> PortfolioMarginProAccount | None:
    try:
        wire = _GET_ACCOUNT_INFO.decode(body)
        return _portfolio_margin_pro_account(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_UM_LEVERAGE_BRACKETS = msgspec.json.Decoder(list[UmLeverageBracketWire])


def get_um_leverage_brackets(body: bytes) -> list[UmLeverageBracket] | None:
    try:
        wire = _GET_UM_LEVERAGE_BRACKETS.decode(body)
        return [_um_leverage_bracket(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None
