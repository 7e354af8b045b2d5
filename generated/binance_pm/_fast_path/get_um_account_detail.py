"""The typed fast path of the ``get_um_account_detail`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.pm_futures_asset import PmFuturesAsset
from ..models.position_side import PositionSide
from ..models.um_account_detail import UmAccountDetail
from ..models.um_account_position import UmAccountPosition
from ..types import UNSET
from . import Mismatch, new_instance


class PmFuturesAssetWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    cross_wallet_balance: Decimal = msgspec.field(name="crossWalletBalance")
    cross_un_pnl: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="crossUnPnl")
    maint_margin: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="maintMargin")
    initial_margin: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="initialMargin")
    position_initial_margin: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="positionInitialMargin"
    )
    open_order_initial_margin: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="openOrderInitialMargin"
    )
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")


class UmAccountPositionWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    position_amt: Decimal = msgspec.field(name="positionAmt")
    initial_margin: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="initialMargin")
    maint_margin: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="maintMargin")
    unrealized_profit: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="unrealizedProfit")
    position_initial_margin: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="positionInitialMargin"
    )
    open_order_initial_margin: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="openOrderInitialMargin"
    )
    leverage: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    entry_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="entryPrice")
    max_notional: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="maxNotional")
    bid_notional: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="bidNotional")
    ask_notional: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="askNotional")
    position_side: PositionSide | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="positionSide")
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")


class UmAccountDetailWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    assets: list[PmFuturesAssetWire]
    positions: list[UmAccountPositionWire]


def _pm_futures_asset(w: PmFuturesAssetWire) -> PmFuturesAsset:
    if not (
        w.cross_wallet_balance.is_finite()
        and (w.cross_un_pnl is msgspec.UNSET or w.cross_un_pnl.is_finite())
        and (w.maint_margin is msgspec.UNSET or w.maint_margin.is_finite())
        and (w.initial_margin is msgspec.UNSET or w.initial_margin.is_finite())
        and (w.position_initial_margin is msgspec.UNSET or w.position_initial_margin.is_finite())
        and (w.open_order_initial_margin is msgspec.UNSET or w.open_order_initial_margin.is_finite())
    ):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmFuturesAsset)
    instance.asset = w.asset
    instance.cross_wallet_balance = w.cross_wallet_balance
    instance.cross_un_pnl = UNSET if w.cross_un_pnl is msgspec.UNSET else w.cross_un_pnl
    instance.maint_margin = UNSET if w.maint_margin is msgspec.UNSET else w.maint_margin
    instance.initial_margin = UNSET if w.initial_margin is msgspec.UNSET else w.initial_margin
    instance.position_initial_margin = (
        UNSET if w.position_initial_margin is msgspec.UNSET else w.position_initial_margin
    )
    instance.open_order_initial_margin = (
        UNSET if w.open_order_initial_margin is msgspec.UNSET else w.open_order_initial_margin
    )
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.additional_properties = {}
    return instance


def _um_account_position(w: UmAccountPositionWire) -> UmAccountPosition:
    if not (
        w.position_amt.is_finite()
        and (w.initial_margin is msgspec.UNSET or w.initial_margin.is_finite())
        and (w.maint_margin is msgspec.UNSET or w.maint_margin.is_finite())
        and (w.unrealized_profit is msgspec.UNSET or w.unrealized_profit.is_finite())
        and (w.position_initial_margin is msgspec.UNSET or w.position_initial_margin.is_finite())
        and (w.open_order_initial_margin is msgspec.UNSET or w.open_order_initial_margin.is_finite())
        and (w.leverage is msgspec.UNSET or w.leverage.is_finite())
        and (w.entry_price is msgspec.UNSET or w.entry_price.is_finite())
        and (w.max_notional is msgspec.UNSET or w.max_notional.is_finite())
        and (w.bid_notional is msgspec.UNSET or w.bid_notional.is_finite())
        and (w.ask_notional is msgspec.UNSET or w.ask_notional.is_finite())
    ):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(UmAccountPosition)
    instance.symbol = w.symbol
    instance.position_amt = w.position_amt
    instance.initial_margin = UNSET if w.initial_margin is msgspec.UNSET else w.initial_margin
    instance.maint_margin = UNSET if w.maint_margin is msgspec.UNSET else w.maint_margin
    instance.unrealized_profit = UNSET if w.unrealized_profit is msgspec.UNSET else w.unrealized_profit
    instance.position_initial_margin = (
        UNSET if w.position_initial_margin is msgspec.UNSET else w.position_initial_margin
    )
    instance.open_order_initial_margin = (
        UNSET if w.open_order_initial_margin is msgspec.UNSET else w.open_order_initial_margin
    )
    instance.leverage = UNSET if w.leverage is msgspec.UNSET else w.leverage
    instance.entry_price = UNSET if w.entry_price is msgspec.UNSET else w.entry_price
    instance.max_notional = UNSET if w.max_notional is msgspec.UNSET else w.max_notional
    instance.bid_notional = UNSET if w.bid_notional is msgspec.UNSET else w.bid_notional
    instance.ask_notional = UNSET if w.ask_notional is msgspec.UNSET else w.ask_notional
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else w.position_side
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.additional_properties = {}
    return instance


def _um_account_detail(w: UmAccountDetailWire) -> UmAccountDetail:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(UmAccountDetail)
    instance.assets = [_pm_futures_asset(item) for item in w.assets]
    instance.positions = [_um_account_position(item) for item in w.positions]
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(UmAccountDetailWire)


def parse(body: bytes) -> UmAccountDetail | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _um_account_detail(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
