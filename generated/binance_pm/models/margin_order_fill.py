from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal, parse_str
from ..errors import ResponseParseError

T = TypeVar("T", bound="MarginOrderFill")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "price",
        "qty",
        "commission",
        "commissionAsset",
    }
)


@_attrs_define
class MarginOrderFill:
    """One trade a new cross-margin order made when placed (FULL answers).

    Attributes:
        price (Decimal): Trade price.
        qty (Decimal): Trade quantity, in the base asset.
        commission (Decimal): Commission charged for the trade.
        commission_asset (str): Asset the commission was charged in.
    """

    price: Decimal
    qty: Decimal
    commission: Decimal
    commission_asset: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price = format(self.price, "f")

        qty = format(self.qty, "f")

        commission = format(self.commission, "f")

        commission_asset = self.commission_asset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price": price,
                "qty": qty,
                "commission": commission,
                "commissionAsset": commission_asset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("MarginOrderFill",)
            )
        d = src_dict
        try:
            price = d["price"]
            if type(price) is not Decimal:
                price = Decimal(price) if type(price) is int else parse_decimal(price, "price")

            qty = d["qty"]
            if type(qty) is not Decimal:
                qty = Decimal(qty) if type(qty) is int else parse_decimal(qty, "qty")

            commission = d["commission"]
            if type(commission) is not Decimal:
                commission = Decimal(commission) if type(commission) is int else parse_decimal(commission, "commission")

            commission_asset = d["commissionAsset"]
            if type(commission_asset) is not str:
                commission_asset = parse_str(commission_asset, "commissionAsset")

        except ResponseParseError as exc:
            raise exc.within("MarginOrderFill") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("MarginOrderFill", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("MarginOrderFill",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.price = price
        _instance.qty = qty
        _instance.commission = commission
        _instance.commission_asset = commission_asset

        # Fields the spec does not declare are kept as decoded. Every required field is in
        # d (else KeyError above), so only a longer d can hold others.
        _instance.additional_properties = (
            {key: value for key, value in d.items() if key not in _SPEC_FIELDS} if len(d) > 4 else {}
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
