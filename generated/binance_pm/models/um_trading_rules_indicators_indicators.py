from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_list
from ..errors import ResponseParseError

T = TypeVar("T", bound="UmTradingRulesIndicatorsIndicators")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset({})


@_attrs_define
class UmTradingRulesIndicatorsIndicators:
    """Map from a symbol, or `ACCOUNT`, to the indicators recorded for it. Binance lists
    only indicators that have reached its recording threshold.

    """

    additional_properties: dict[str, list[UmTradingRuleIndicator]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}",
                location=("UmTradingRulesIndicatorsIndicators",),
            )
        d = src_dict
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            if prop_name in _SPEC_FIELDS:
                continue
            _additional_property = prop_dict
            additional_property = [
                UmTradingRuleIndicator.from_dict(item)
                for item in parse_list(_additional_property, "AdditionalProperty")
            ]

            additional_properties[prop_name] = additional_property

        _instance.additional_properties = additional_properties
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[UmTradingRuleIndicator]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[UmTradingRuleIndicator]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported after the class rather than before it: models that
# refer to each other can then import each other, and no method pays for an import statement
# on each call.
from ..models.um_trading_rule_indicator import UmTradingRuleIndicator  # noqa: E402
