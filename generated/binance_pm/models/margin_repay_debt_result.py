from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_bool, parse_decimal, parse_int, parse_list, parse_str
from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarginRepayDebtResult")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "asset",
        "success",
        "amount",
        "specifyRepayAssets",
        "updateTime",
    }
)


@_attrs_define
class MarginRepayDebtResult:
    """The answer of a cross-margin repay-debt request.

    Attributes:
        asset (str): The debt asset.
        success (bool): Whether the repayment succeeded.
        amount (Decimal | Unset): Amount of debt repaid, in the debt asset.
        specify_repay_assets (list[str] | Unset): The assets that were to be used to repay.
        update_time (int | Unset): Time of the repayment, in milliseconds since the epoch.
    """

    asset: str
    success: bool
    amount: Decimal | Unset = UNSET
    specify_repay_assets: list[str] | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        success = self.success

        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = format(self.amount, "f")

        specify_repay_assets: list[str] | Unset = UNSET
        if not isinstance(self.specify_repay_assets, Unset):
            specify_repay_assets = self.specify_repay_assets

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "success": success,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if specify_repay_assets is not UNSET:
            field_dict["specifyRepayAssets"] = specify_repay_assets
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("MarginRepayDebtResult",)
            )
        d = src_dict
        try:
            asset = d["asset"]
            if type(asset) is not str:
                asset = parse_str(asset, "asset")

            success = d["success"]
            if type(success) is not bool:
                success = parse_bool(success, "success")

            amount = d.get("amount", UNSET)
            if type(amount) is not Decimal and not isinstance(amount, Unset):
                amount = Decimal(amount) if type(amount) is int else parse_decimal(amount, "amount")

            _specify_repay_assets = d.get("specifyRepayAssets", UNSET)
            specify_repay_assets: list[str] | Unset = UNSET
            if _specify_repay_assets is not UNSET:
                specify_repay_assets = []
                for specify_repay_assets_item_data in parse_list(_specify_repay_assets, "specifyRepayAssets"):
                    specify_repay_assets_item = specify_repay_assets_item_data
                    if type(specify_repay_assets_item) is not str:
                        specify_repay_assets_item = parse_str(specify_repay_assets_item, "specifyRepayAssets_item")

                    specify_repay_assets.append(specify_repay_assets_item)

            update_time = d.get("updateTime", UNSET)
            if not isinstance(update_time, Unset) and type(update_time) is not int:
                update_time = parse_int(update_time, "updateTime")

        except ResponseParseError as exc:
            raise exc.within("MarginRepayDebtResult") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("MarginRepayDebtResult", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("MarginRepayDebtResult",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.asset = asset
        _instance.success = success
        _instance.amount = amount
        _instance.specify_repay_assets = specify_repay_assets
        _instance.update_time = update_time

        # Fields the spec does not declare are kept as decoded. Every required field is in
        # d (else KeyError above), so only a longer d can hold others.
        _instance.additional_properties = (
            {key: value for key, value in d.items() if key not in _SPEC_FIELDS} if len(d) > 2 else {}
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
