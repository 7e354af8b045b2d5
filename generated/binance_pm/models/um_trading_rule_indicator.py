from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_bool, parse_decimal, parse_int
from ..errors import ResponseParseError
from ..models.um_trading_rule_indicator_name import UmTradingRuleIndicatorName
from ..types import UNSET, Unset

T = TypeVar("T", bound="UmTradingRuleIndicator")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "indicator",
        "value",
        "triggerValue",
        "isLocked",
        "plannedRecoverTime",
    }
)


@_attrs_define
class UmTradingRuleIndicator:
    """One quantitative trading rule indicator of a symbol or of the account.

    Attributes:
        indicator (UmTradingRuleIndicatorName): Which rule the values belong to.
        value (Decimal): The account's current value of the indicator.
        trigger_value (Decimal): The threshold at which the rule is triggered.
        is_locked (bool | Unset): Whether trading is locked because of this indicator.
        planned_recover_time (int | Unset): When the lock is planned to end, in milliseconds since the epoch.
    """

    indicator: UmTradingRuleIndicatorName
    value: Decimal
    trigger_value: Decimal
    is_locked: bool | Unset = UNSET
    planned_recover_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indicator = self.indicator.value

        value = format(self.value, "f")

        trigger_value = format(self.trigger_value, "f")

        is_locked = self.is_locked

        planned_recover_time = self.planned_recover_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indicator": indicator,
                "value": value,
                "triggerValue": trigger_value,
            }
        )
        if is_locked is not UNSET:
            field_dict["isLocked"] = is_locked
        if planned_recover_time is not UNSET:
            field_dict["plannedRecoverTime"] = planned_recover_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("UmTradingRuleIndicator",)
            )
        d = src_dict
        try:
            indicator = UmTradingRuleIndicatorName(d["indicator"])

            value = d["value"]
            if type(value) is not Decimal:
                value = Decimal(value) if type(value) is int else parse_decimal(value, "value")

            trigger_value = d["triggerValue"]
            if type(trigger_value) is not Decimal:
                trigger_value = (
                    Decimal(trigger_value)
                    if type(trigger_value) is int
                    else parse_decimal(trigger_value, "triggerValue")
                )

            is_locked = d.get("isLocked", UNSET)
            if not isinstance(is_locked, Unset) and type(is_locked) is not bool:
                is_locked = parse_bool(is_locked, "isLocked")

            planned_recover_time = d.get("plannedRecoverTime", UNSET)
            if not isinstance(planned_recover_time, Unset) and type(planned_recover_time) is not int:
                planned_recover_time = parse_int(planned_recover_time, "plannedRecoverTime")

        except ResponseParseError as exc:
            raise exc.within("UmTradingRuleIndicator") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("UmTradingRuleIndicator", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("UmTradingRuleIndicator",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.indicator = indicator
        _instance.value = value
        _instance.trigger_value = trigger_value
        _instance.is_locked = is_locked
        _instance.planned_recover_time = planned_recover_time

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
