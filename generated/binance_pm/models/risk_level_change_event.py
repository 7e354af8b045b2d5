from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal, parse_int, parse_str
from ..errors import ResponseParseError
from ..models.risk_level import RiskLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskLevelChangeEvent")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "e",
        "E",
        "u",
        "s",
        "eq",
        "ae",
        "m",
    }
)


@_attrs_define
class RiskLevelChangeEvent:
    """`riskLevelChange`: the account's uniMMR crossed a risk threshold. Guidance only: positions may already be liquidated
    when it arrives.

    Attributes:
        event_type (str): Event type.
        event_time (int): Event time, in milliseconds since the epoch.
        uni_mmr (Decimal | Unset): uniMMR level.
        risk_level (RiskLevel | Unset): Risk level.
        account_equity (Decimal | Unset): Account equity, in USD.
        actual_equity (Decimal | Unset): Equity without collateral rates, in USD.
        maintenance_margin (Decimal | Unset): Total maintenance margin, in USD.
    """

    event_type: str
    event_time: int
    uni_mmr: Decimal | Unset = UNSET
    risk_level: RiskLevel | Unset = UNSET
    account_equity: Decimal | Unset = UNSET
    actual_equity: Decimal | Unset = UNSET
    maintenance_margin: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        event_time = self.event_time

        uni_mmr: str | Unset = UNSET
        if not isinstance(self.uni_mmr, Unset):
            uni_mmr = format(self.uni_mmr, "f")

        risk_level: str | Unset = UNSET
        if not isinstance(self.risk_level, Unset):
            risk_level = self.risk_level.value

        account_equity: str | Unset = UNSET
        if not isinstance(self.account_equity, Unset):
            account_equity = format(self.account_equity, "f")

        actual_equity: str | Unset = UNSET
        if not isinstance(self.actual_equity, Unset):
            actual_equity = format(self.actual_equity, "f")

        maintenance_margin: str | Unset = UNSET
        if not isinstance(self.maintenance_margin, Unset):
            maintenance_margin = format(self.maintenance_margin, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "e": event_type,
                "E": event_time,
            }
        )
        if uni_mmr is not UNSET:
            field_dict["u"] = uni_mmr
        if risk_level is not UNSET:
            field_dict["s"] = risk_level
        if account_equity is not UNSET:
            field_dict["eq"] = account_equity
        if actual_equity is not UNSET:
            field_dict["ae"] = actual_equity
        if maintenance_margin is not UNSET:
            field_dict["m"] = maintenance_margin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("RiskLevelChangeEvent",)
            )
        d = src_dict
        try:
            event_type = d["e"]
            if type(event_type) is not str:
                event_type = parse_str(event_type, "e")

            event_time = d["E"]
            if type(event_time) is not int:
                event_time = parse_int(event_time, "E")

            uni_mmr = d.get("u", UNSET)
            if type(uni_mmr) is not Decimal and not isinstance(uni_mmr, Unset):
                uni_mmr = Decimal(uni_mmr) if type(uni_mmr) is int else parse_decimal(uni_mmr, "u")

            _risk_level = d.get("s", UNSET)
            risk_level: RiskLevel | Unset = UNSET if isinstance(_risk_level, Unset) else RiskLevel(_risk_level)

            account_equity = d.get("eq", UNSET)
            if type(account_equity) is not Decimal and not isinstance(account_equity, Unset):
                account_equity = (
                    Decimal(account_equity) if type(account_equity) is int else parse_decimal(account_equity, "eq")
                )

            actual_equity = d.get("ae", UNSET)
            if type(actual_equity) is not Decimal and not isinstance(actual_equity, Unset):
                actual_equity = (
                    Decimal(actual_equity) if type(actual_equity) is int else parse_decimal(actual_equity, "ae")
                )

            maintenance_margin = d.get("m", UNSET)
            if type(maintenance_margin) is not Decimal and not isinstance(maintenance_margin, Unset):
                maintenance_margin = (
                    Decimal(maintenance_margin)
                    if type(maintenance_margin) is int
                    else parse_decimal(maintenance_margin, "m")
                )

        except ResponseParseError as exc:
            raise exc.within("RiskLevelChangeEvent") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("RiskLevelChangeEvent", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("RiskLevelChangeEvent",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.event_type = event_type
        _instance.event_time = event_time
        _instance.uni_mmr = uni_mmr
        _instance.risk_level = risk_level
        _instance.account_equity = account_equity
        _instance.actual_equity = actual_equity
        _instance.maintenance_margin = maintenance_margin

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
