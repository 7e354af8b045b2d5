from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal, parse_int
from ..errors import ResponseParseError

T = TypeVar("T", bound="UmBracket")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "bracket",
        "initialLeverage",
        "notionalCap",
        "notionalFloor",
        "maintMarginRatio",
        "cum",
    }
)


@_attrs_define
class UmBracket:
    """One notional bracket of a UM symbol.

    Attributes:
        bracket (int): Notional bracket.
        initial_leverage (int): Max initial leverage for this bracket.
        notional_cap (Decimal): Cap notional of this bracket.
        notional_floor (Decimal): Notional threshold of this bracket.
        maint_margin_ratio (Decimal): Maintenance ratio for this bracket.
        cum (Decimal): Auxiliary number for quick calculation.
    """

    bracket: int
    initial_leverage: int
    notional_cap: Decimal
    notional_floor: Decimal
    maint_margin_ratio: Decimal
    cum: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bracket = self.bracket

        initial_leverage = self.initial_leverage

        notional_cap = format(self.notional_cap, "f")

        notional_floor = format(self.notional_floor, "f")

        maint_margin_ratio = format(self.maint_margin_ratio, "f")

        cum = format(self.cum, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bracket": bracket,
                "initialLeverage": initial_leverage,
                "notionalCap": notional_cap,
                "notionalFloor": notional_floor,
                "maintMarginRatio": maint_margin_ratio,
                "cum": cum,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(f"expected a JSON object, got {type(src_dict).__name__}", location=("UmBracket",))
        d = src_dict
        try:
            bracket = d["bracket"]
            if type(bracket) is not int:
                bracket = parse_int(bracket, "bracket")

            initial_leverage = d["initialLeverage"]
            if type(initial_leverage) is not int:
                initial_leverage = parse_int(initial_leverage, "initialLeverage")

            notional_cap = d["notionalCap"]
            if type(notional_cap) is not Decimal:
                notional_cap = (
                    Decimal(notional_cap) if type(notional_cap) is int else parse_decimal(notional_cap, "notionalCap")
                )

            notional_floor = d["notionalFloor"]
            if type(notional_floor) is not Decimal:
                notional_floor = (
                    Decimal(notional_floor)
                    if type(notional_floor) is int
                    else parse_decimal(notional_floor, "notionalFloor")
                )

            maint_margin_ratio = d["maintMarginRatio"]
            if type(maint_margin_ratio) is not Decimal:
                maint_margin_ratio = (
                    Decimal(maint_margin_ratio)
                    if type(maint_margin_ratio) is int
                    else parse_decimal(maint_margin_ratio, "maintMarginRatio")
                )

            cum = d["cum"]
            if type(cum) is not Decimal:
                cum = Decimal(cum) if type(cum) is int else parse_decimal(cum, "cum")

        except ResponseParseError as exc:
            raise exc.within("UmBracket") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("UmBracket", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("UmBracket",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.bracket = bracket
        _instance.initial_leverage = initial_leverage
        _instance.notional_cap = notional_cap
        _instance.notional_floor = notional_floor
        _instance.maint_margin_ratio = maint_margin_ratio
        _instance.cum = cum

        # Fields the spec does not declare are kept as decoded. Every required field is in
        # d (else KeyError above), so only a longer d can hold others.
        _instance.additional_properties = (
            {key: value for key, value in d.items() if key not in _SPEC_FIELDS} if len(d) > 6 else {}
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
