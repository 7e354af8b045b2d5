from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal, parse_str
from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="PmNegativeBalanceExchangeDetail")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "asset",
        "negativeBalance",
        "negativeMaxThreshold",
    }
)


@_attrs_define
class PmNegativeBalanceExchangeDetail:
    """One asset's negative balance in an automatic exchange.

    Attributes:
        asset (str): The asset whose balance was negative.
        negative_balance (Decimal): The size of the negative balance.
        negative_max_threshold (Decimal | Unset): The maximum negative-balance threshold Binance applied to this asset.
    """

    asset: str
    negative_balance: Decimal
    negative_max_threshold: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        negative_balance = format(self.negative_balance, "f")

        negative_max_threshold: str | Unset = UNSET
        if not isinstance(self.negative_max_threshold, Unset):
            negative_max_threshold = format(self.negative_max_threshold, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "negativeBalance": negative_balance,
            }
        )
        if negative_max_threshold is not UNSET:
            field_dict["negativeMaxThreshold"] = negative_max_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("PmNegativeBalanceExchangeDetail",)
            )
        d = src_dict
        try:
            asset = d["asset"]
            if type(asset) is not str:
                asset = parse_str(asset, "asset")

            negative_balance = d["negativeBalance"]
            if type(negative_balance) is not Decimal:
                negative_balance = (
                    Decimal(negative_balance)
                    if type(negative_balance) is int
                    else parse_decimal(negative_balance, "negativeBalance")
                )

            negative_max_threshold = d.get("negativeMaxThreshold", UNSET)
            if type(negative_max_threshold) is not Decimal and not isinstance(negative_max_threshold, Unset):
                negative_max_threshold = (
                    Decimal(negative_max_threshold)
                    if type(negative_max_threshold) is int
                    else parse_decimal(negative_max_threshold, "negativeMaxThreshold")
                )

        except ResponseParseError as exc:
            raise exc.within("PmNegativeBalanceExchangeDetail") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field",
                field=str(exc.args[0]),
                location=("PmNegativeBalanceExchangeDetail", str(exc.args[0])),
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("PmNegativeBalanceExchangeDetail",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.asset = asset
        _instance.negative_balance = negative_balance
        _instance.negative_max_threshold = negative_max_threshold

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
