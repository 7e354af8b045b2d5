from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal, parse_int, parse_str
from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="PmProNegativeBalanceInterest")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "asset",
        "interest",
        "interestAccruedTime",
        "interestRate",
        "principal",
    }
)


@_attrs_define
class PmProNegativeBalanceInterest:
    """One interest charge on a negative balance of a Portfolio Margin Pro account.

    Attributes:
        asset (str): The asset with the negative balance.
        interest (Decimal): Interest charged.
        interest_accrued_time (int): When the interest was charged, in milliseconds since the epoch.
        interest_rate (Decimal | Unset): Daily interest rate applied.
        principal (Decimal | Unset): The negative balance the interest was charged on.
    """

    asset: str
    interest: Decimal
    interest_accrued_time: int
    interest_rate: Decimal | Unset = UNSET
    principal: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        interest = format(self.interest, "f")

        interest_accrued_time = self.interest_accrued_time

        interest_rate: str | Unset = UNSET
        if not isinstance(self.interest_rate, Unset):
            interest_rate = format(self.interest_rate, "f")

        principal: str | Unset = UNSET
        if not isinstance(self.principal, Unset):
            principal = format(self.principal, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "interest": interest,
                "interestAccruedTime": interest_accrued_time,
            }
        )
        if interest_rate is not UNSET:
            field_dict["interestRate"] = interest_rate
        if principal is not UNSET:
            field_dict["principal"] = principal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("PmProNegativeBalanceInterest",)
            )
        d = src_dict
        try:
            asset = d["asset"]
            if type(asset) is not str:
                asset = parse_str(asset, "asset")

            interest = d["interest"]
            if type(interest) is not Decimal:
                interest = Decimal(interest) if type(interest) is int else parse_decimal(interest, "interest")

            interest_accrued_time = d["interestAccruedTime"]
            if type(interest_accrued_time) is not int:
                interest_accrued_time = parse_int(interest_accrued_time, "interestAccruedTime")

            interest_rate = d.get("interestRate", UNSET)
            if type(interest_rate) is not Decimal and not isinstance(interest_rate, Unset):
                interest_rate = (
                    Decimal(interest_rate)
                    if type(interest_rate) is int
                    else parse_decimal(interest_rate, "interestRate")
                )

            principal = d.get("principal", UNSET)
            if type(principal) is not Decimal and not isinstance(principal, Unset):
                principal = Decimal(principal) if type(principal) is int else parse_decimal(principal, "principal")

        except ResponseParseError as exc:
            raise exc.within("PmProNegativeBalanceInterest") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field",
                field=str(exc.args[0]),
                location=("PmProNegativeBalanceInterest", str(exc.args[0])),
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("PmProNegativeBalanceInterest",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.asset = asset
        _instance.interest = interest
        _instance.interest_accrued_time = interest_accrued_time
        _instance.interest_rate = interest_rate
        _instance.principal = principal

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
