from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_int
from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="UmTradingRulesIndicators")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "indicators",
        "updateTime",
    }
)


@_attrs_define
class UmTradingRulesIndicators:
    """The account's values for the UM quantitative trading rules, keyed by symbol (or by
    `ACCOUNT` for an account-level violation).

    Attributes:
        indicators (UmTradingRulesIndicatorsIndicators): Map from a symbol, or `ACCOUNT`, to the indicators recorded for
            it. Binance lists
            only indicators that have reached its recording threshold.
        update_time (int | Unset): Update time, in milliseconds since the epoch.
    """

    indicators: UmTradingRulesIndicatorsIndicators
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indicators = self.indicators.to_dict()

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indicators": indicators,
            }
        )
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("UmTradingRulesIndicators",)
            )
        d = src_dict
        try:
            indicators = UmTradingRulesIndicatorsIndicators.from_dict(d["indicators"])

            update_time = d.get("updateTime", UNSET)
            if not isinstance(update_time, Unset) and type(update_time) is not int:
                update_time = parse_int(update_time, "updateTime")

        except ResponseParseError as exc:
            raise exc.within("UmTradingRulesIndicators") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field",
                field=str(exc.args[0]),
                location=("UmTradingRulesIndicators", str(exc.args[0])),
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("UmTradingRulesIndicators",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.indicators = indicators
        _instance.update_time = update_time

        # Fields the spec does not declare are kept as decoded. Every required field is in
        # d (else KeyError above), so only a longer d can hold others.
        _instance.additional_properties = (
            {key: value for key, value in d.items() if key not in _SPEC_FIELDS} if len(d) > 1 else {}
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


# The models this one refers to, imported after the class rather than before it: models that
# refer to each other can then import each other, and no method pays for an import statement
# on each call.
from ..models.um_trading_rules_indicators_indicators import UmTradingRulesIndicatorsIndicators  # noqa: E402
