"""The typed fast path of the ``get_um_account_detail_v2`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.pm_futures_asset import PmFuturesAsset
from ..models.position_side import PositionSide
from ..models.um_account_detail_v2 import UmAccountDetailV2
from ..models.um_account_position_v2 import UmAccountPositionV2
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


class UmAccountPositionV2Wire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    position_amt: Decimal = msgspec.field(name="positionAmt")
    initial_margin: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="initialMargin")
    maint_margin: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="maintMargin")
    unrealized_profit: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="unrealizedProfit")
    position_side: PositionSide | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="positionSide")
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")
    notional: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


class UmAccountDetailV2Wire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    assets: list[PmFuturesAssetWire]
    positions: list[UmAccountPositionV2Wire]


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


def _um_account_position_v2(w: UmAccountPositionV2Wire) -> UmAccountPositionV2:
    if not (
        w.position_amt.is_finite()
        and (w.initial_margin is msgspec.UNSET or w.initial_margin.is_finite())
        and (w.maint_margin is msgspec.UNSET or w.maint_margin.is_finite())
        and (w.unrealized_profit is msgspec.UNSET or w.unrealized_profit.is_finite())
        and (w.notional is msgspec.UNSET or w.notional.is_finite())
    ):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(UmAccountPositionV2)
    instance.symbol = w.symbol
    instance.position_amt = w.position_amt
    instance.initial_margin = UNSET if w.initial_margin is msgspec.UNSET else w.initial_margin
    instance.maint_margin = UNSET if w.maint_margin is msgspec.UNSET else w.maint_margin
    instance.unrealized_profit = UNSET if w.unrealized_profit is msgspec.UNSET else w.unrealized_profit
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else w.position_side
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.notional = UNSET if w.notional is msgspec.UNSET else w.notional
    instance.additional_properties = {}
    return instance


def _um_account_detail_v2(w: UmAccountDetailV2Wire) -> UmAccountDetailV2:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(UmAccountDetailV2)
    instance.assets = [_pm_futures_asset(item) for item in w.assets]
    instance.positions = [_um_account_position_v2(item) for item in w.positions]
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(UmAccountDetailV2Wire)


def parse(body: bytes) -> UmAccountDetailV2 | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _um_account_detail_v2(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
