from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal, parse_int, parse_str
from ..errors import ResponseParseError
from ..models.pm_margin_interest_type import PmMarginInterestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PmMarginInterestRecord")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "txId",
        "interestAccuredTime",
        "asset",
        "interest",
        "rawAsset",
        "principal",
        "interestRate",
        "type",
    }
)


@_attrs_define
class PmMarginInterestRecord:
    """One interest charge on a cross-margin loan or negative balance.

    Attributes:
        tx_id (int): Id of the interest charge.
        interest_accured_time (int): When the interest was charged, in milliseconds since the epoch (Binance's spelling
            of the name).
        asset (str): The asset the interest was paid in.
        interest (Decimal): The interest charged.
        raw_asset (str | Unset): The original asset of the loan the interest belongs to.
        principal (Decimal | Unset): The amount the interest was computed on.
        interest_rate (Decimal | Unset): The interest rate applied.
        type_ (PmMarginInterestType | Unset): Why the interest was charged.
    """

    tx_id: int
    interest_accured_time: int
    asset: str
    interest: Decimal
    raw_asset: str | Unset = UNSET
    principal: Decimal | Unset = UNSET
    interest_rate: Decimal | Unset = UNSET
    type_: PmMarginInterestType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tx_id = self.tx_id

        interest_accured_time = self.interest_accured_time

        asset = self.asset

        interest = format(self.interest, "f")

        raw_asset = self.raw_asset

        principal: str | Unset = UNSET
        if not isinstance(self.principal, Unset):
            principal = format(self.principal, "f")

        interest_rate: str | Unset = UNSET
        if not isinstance(self.interest_rate, Unset):
            interest_rate = format(self.interest_rate, "f")

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "txId": tx_id,
                "interestAccuredTime": interest_accured_time,
                "asset": asset,
                "interest": interest,
            }
        )
        if raw_asset is not UNSET:
            field_dict["rawAsset"] = raw_asset
        if principal is not UNSET:
            field_dict["principal"] = principal
        if interest_rate is not UNSET:
            field_dict["interestRate"] = interest_rate
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("PmMarginInterestRecord",)
            )
        d = src_dict
        try:
            tx_id = d["txId"]
            if type(tx_id) is not int:
                tx_id = parse_int(tx_id, "txId")

            interest_accured_time = d["interestAccuredTime"]
            if type(interest_accured_time) is not int:
                interest_accured_time = parse_int(interest_accured_time, "interestAccuredTime")

            asset = d["asset"]
            if type(asset) is not str:
                asset = parse_str(asset, "asset")

            interest = d["interest"]
            if type(interest) is not Decimal:
                interest = Decimal(interest) if type(interest) is int else parse_decimal(interest, "interest")

            raw_asset = d.get("rawAsset", UNSET)
            if not isinstance(raw_asset, Unset) and type(raw_asset) is not str:
                raw_asset = parse_str(raw_asset, "rawAsset")

            principal = d.get("principal", UNSET)
            if type(principal) is not Decimal and not isinstance(principal, Unset):
                principal = Decimal(principal) if type(principal) is int else parse_decimal(principal, "principal")

            interest_rate = d.get("interestRate", UNSET)
            if type(interest_rate) is not Decimal and not isinstance(interest_rate, Unset):
                interest_rate = (
                    Decimal(interest_rate)
                    if type(interest_rate) is int
                    else parse_decimal(interest_rate, "interestRate")
                )

            _type_ = d.get("type", UNSET)
            type_: PmMarginInterestType | Unset = UNSET if isinstance(_type_, Unset) else PmMarginInterestType(_type_)

        except ResponseParseError as exc:
            raise exc.within("PmMarginInterestRecord") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("PmMarginInterestRecord", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("PmMarginInterestRecord",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.tx_id = tx_id
        _instance.interest_accured_time = interest_accured_time
        _instance.asset = asset
        _instance.interest = interest
        _instance.raw_asset = raw_asset
        _instance.principal = principal
        _instance.interest_rate = interest_rate
        _instance.type_ = type_

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
