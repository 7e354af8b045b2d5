from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal, parse_int, parse_str
from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiabilityChangeEvent")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "e",
        "E",
        "a",
        "t",
        "T",
        "p",
        "i",
        "l",
    }
)


@_attrs_define
class LiabilityChangeEvent:
    """`liabilityChange`: a margin liability (borrowing) changed.

    Attributes:
        event_type (str): Event type.
        event_time (int): Event time, in milliseconds since the epoch.
        asset (str | Unset): Asset.
        liability_type (str | Unset): Type of liability (`BORROW`).
        transaction_id (int | Unset): Transaction id.
        principal (Decimal | Unset): Principal.
        interest (Decimal | Unset): Interest.
        total_liability (Decimal | Unset): Total liability.
    """

    event_type: str
    event_time: int
    asset: str | Unset = UNSET
    liability_type: str | Unset = UNSET
    transaction_id: int | Unset = UNSET
    principal: Decimal | Unset = UNSET
    interest: Decimal | Unset = UNSET
    total_liability: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        event_time = self.event_time

        asset = self.asset

        liability_type = self.liability_type

        transaction_id = self.transaction_id

        principal: str | Unset = UNSET
        if not isinstance(self.principal, Unset):
            principal = format(self.principal, "f")

        interest: str | Unset = UNSET
        if not isinstance(self.interest, Unset):
            interest = format(self.interest, "f")

        total_liability: str | Unset = UNSET
        if not isinstance(self.total_liability, Unset):
            total_liability = format(self.total_liability, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "e": event_type,
                "E": event_time,
            }
        )
        if asset is not UNSET:
            field_dict["a"] = asset
        if liability_type is not UNSET:
            field_dict["t"] = liability_type
        if transaction_id is not UNSET:
            field_dict["T"] = transaction_id
        if principal is not UNSET:
            field_dict["p"] = principal
        if interest is not UNSET:
            field_dict["i"] = interest
        if total_liability is not UNSET:
            field_dict["l"] = total_liability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("LiabilityChangeEvent",)
            )
        d = src_dict
        try:
            event_type = d["e"]
            if type(event_type) is not str:
                event_type = parse_str(event_type, "e")

            event_time = d["E"]
            if type(event_time) is not int:
                event_time = parse_int(event_time, "E")

            asset = d.get("a", UNSET)
            if not isinstance(asset, Unset) and type(asset) is not str:
                asset = parse_str(asset, "a")

            liability_type = d.get("t", UNSET)
            if not isinstance(liability_type, Unset) and type(liability_type) is not str:
                liability_type = parse_str(liability_type, "t")

            transaction_id = d.get("T", UNSET)
            if not isinstance(transaction_id, Unset) and type(transaction_id) is not int:
                transaction_id = parse_int(transaction_id, "T")

            principal = d.get("p", UNSET)
            if type(principal) is not Decimal and not isinstance(principal, Unset):
                principal = Decimal(principal) if type(principal) is int else parse_decimal(principal, "p")

            interest = d.get("i", UNSET)
            if type(interest) is not Decimal and not isinstance(interest, Unset):
                interest = Decimal(interest) if type(interest) is int else parse_decimal(interest, "i")

            total_liability = d.get("l", UNSET)
            if type(total_liability) is not Decimal and not isinstance(total_liability, Unset):
                total_liability = (
                    Decimal(total_liability) if type(total_liability) is int else parse_decimal(total_liability, "l")
                )

        except ResponseParseError as exc:
            raise exc.within("LiabilityChangeEvent") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("LiabilityChangeEvent", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("LiabilityChangeEvent",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.event_type = event_type
        _instance.event_time = event_time
        _instance.asset = asset
        _instance.liability_type = liability_type
        _instance.transaction_id = transaction_id
        _instance.principal = principal
        _instance.interest = interest
        _instance.total_liability = total_liability

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
