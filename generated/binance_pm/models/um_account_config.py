from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_bool, parse_int
from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="UmAccountConfig")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "feeTier",
        "canTrade",
        "dualSidePosition",
        "canDeposit",
        "canWithdraw",
        "updateTime",
        "multiAssetsMargin",
        "tradeGroupId",
    }
)


@_attrs_define
class UmAccountConfig:
    """Account-wide UM futures settings of a Portfolio Margin account.

    Attributes:
        fee_tier (int): Commission tier of the account.
        can_trade (bool): Whether the account may trade.
        dual_side_position (bool): `true` in Hedge Mode, `false` in One-way Mode.
        can_deposit (bool | Unset): Whether assets may be transferred in.
        can_withdraw (bool | Unset): Whether assets may be transferred out.
        update_time (int | Unset): Reserved by Binance; ignore it.
        multi_assets_margin (bool | Unset): Whether multi-assets mode is on.
        trade_group_id (int | Unset): Trade group id (`-1` in Binance's example, meaning none).
    """

    fee_tier: int
    can_trade: bool
    dual_side_position: bool
    can_deposit: bool | Unset = UNSET
    can_withdraw: bool | Unset = UNSET
    update_time: int | Unset = UNSET
    multi_assets_margin: bool | Unset = UNSET
    trade_group_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fee_tier = self.fee_tier

        can_trade = self.can_trade

        dual_side_position = self.dual_side_position

        can_deposit = self.can_deposit

        can_withdraw = self.can_withdraw

        update_time = self.update_time

        multi_assets_margin = self.multi_assets_margin

        trade_group_id = self.trade_group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feeTier": fee_tier,
                "canTrade": can_trade,
                "dualSidePosition": dual_side_position,
            }
        )
        if can_deposit is not UNSET:
            field_dict["canDeposit"] = can_deposit
        if can_withdraw is not UNSET:
            field_dict["canWithdraw"] = can_withdraw
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if multi_assets_margin is not UNSET:
            field_dict["multiAssetsMargin"] = multi_assets_margin
        if trade_group_id is not UNSET:
            field_dict["tradeGroupId"] = trade_group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("UmAccountConfig",)
            )
        d = src_dict
        try:
            fee_tier = d["feeTier"]
            if type(fee_tier) is not int:
                fee_tier = parse_int(fee_tier, "feeTier")

            can_trade = d["canTrade"]
            if type(can_trade) is not bool:
                can_trade = parse_bool(can_trade, "canTrade")

            dual_side_position = d["dualSidePosition"]
            if type(dual_side_position) is not bool:
                dual_side_position = parse_bool(dual_side_position, "dualSidePosition")

            can_deposit = d.get("canDeposit", UNSET)
            if not isinstance(can_deposit, Unset) and type(can_deposit) is not bool:
                can_deposit = parse_bool(can_deposit, "canDeposit")

            can_withdraw = d.get("canWithdraw", UNSET)
            if not isinstance(can_withdraw, Unset) and type(can_withdraw) is not bool:
                can_withdraw = parse_bool(can_withdraw, "canWithdraw")

            update_time = d.get("updateTime", UNSET)
            if not isinstance(update_time, Unset) and type(update_time) is not int:
                update_time = parse_int(update_time, "updateTime")

            multi_assets_margin = d.get("multiAssetsMargin", UNSET)
            if not isinstance(multi_assets_margin, Unset) and type(multi_assets_margin) is not bool:
                multi_assets_margin = parse_bool(multi_assets_margin, "multiAssetsMargin")

            trade_group_id = d.get("tradeGroupId", UNSET)
            if not isinstance(trade_group_id, Unset) and type(trade_group_id) is not int:
                trade_group_id = parse_int(trade_group_id, "tradeGroupId")

        except ResponseParseError as exc:
            raise exc.within("UmAccountConfig") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("UmAccountConfig", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("UmAccountConfig",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.fee_tier = fee_tier
        _instance.can_trade = can_trade
        _instance.dual_side_position = dual_side_position
        _instance.can_deposit = can_deposit
        _instance.can_withdraw = can_withdraw
        _instance.update_time = update_time
        _instance.multi_assets_margin = multi_assets_margin
        _instance.trade_group_id = trade_group_id

        # Fields the spec does not declare are kept as decoded. Every required field is in
        # d (else KeyError above), so only a longer d can hold others.
        _instance.additional_properties = (
            {key: value for key, value in d.items() if key not in _SPEC_FIELDS} if len(d) > 3 else {}
        )
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
