"""The typed fast path of the ``um_futures_account_configuration`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

import msgspec

from ..models.um_account_config import UmAccountConfig
from ..types import UNSET
from . import Mismatch, new_instance


class UmAccountConfigWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    fee_tier: int = msgspec.field(name="feeTier")
    can_trade: bool = msgspec.field(name="canTrade")
    dual_side_position: bool = msgspec.field(name="dualSidePosition")
    can_deposit: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="canDeposit")
    can_withdraw: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="canWithdraw")
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")
    multi_assets_margin: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="multiAssetsMargin")
    trade_group_id: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="tradeGroupId")


def _um_account_config(w: UmAccountConfigWire) -> UmAccountConfig:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(UmAccountConfig)
    instance.fee_tier = w.fee_tier
    instance.can_trade = w.can_trade
    instance.dual_side_position = w.dual_side_position
    instance.can_deposit = UNSET if w.can_deposit is msgspec.UNSET else w.can_deposit
    instance.can_withdraw = UNSET if w.can_withdraw is msgspec.UNSET else w.can_withdraw
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.multi_assets_margin = UNSET if w.multi_assets_margin is msgspec.UNSET else w.multi_assets_margin
    instance.trade_group_id = UNSET if w.trade_group_id is msgspec.UNSET else w.trade_group_id
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(UmAccountConfigWire)


def parse(body: bytes) -> UmAccountConfig | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _um_account_config(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
