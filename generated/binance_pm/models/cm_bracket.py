from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal, parse_int
from ..errors import ResponseParseError

T = TypeVar("T", bound="CmBracket")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "bracket",
        "initialLeverage",
        "qtyCap",
        "qtyFloor",
        "maintMarginRatio",
        "cum",
    }
)


@_attrs_define
class CmBracket:
    """One position-size bracket of a CM symbol, measured in base-asset quantity.

    Attributes:
        bracket (int): Bracket level.
        initial_leverage (int): Highest leverage allowed within the bracket.
        qty_cap (Decimal): Upper bound of the bracket, in base-asset quantity.
        qty_floor (Decimal): Lower bound of the bracket, in base-asset quantity.
        maint_margin_ratio (Decimal): Maintenance margin ratio within the bracket.
        cum (Decimal): Auxiliary number for quick calculation.
    """

    bracket: int
    initial_leverage: int
    qty_cap: Decimal
    qty_floor: Decimal
    maint_margin_ratio: Decimal
    cum: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bracket = self.bracket

        initial_leverage = self.initial_leverage

        qty_cap = format(self.qty_cap, "f")

        qty_floor = format(self.qty_floor, "f")

        maint_margin_ratio = format(self.maint_margin_ratio, "f")

        cum = format(self.cum, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bracket": bracket,
                "initialLeverage": initial_leverage,
                "qtyCap": qty_cap,
                "qtyFloor": qty_floor,
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
            raise ResponseParseError(f"expected a JSON object, got {type(src_dict).__name__}", location=("CmBracket",))
        d = src_dict
        try:
            bracket = d["bracket"]
            if type(bracket) is not int:
                bracket = parse_int(bracket, "bracket")

            initial_leverage = d["initialLeverage"]
            if type(initial_leverage) is not int:
                initial_leverage = parse_int(initial_leverage, "initialLeverage")

            qty_cap = d["qtyCap"]
            if type(qty_cap) is not Decimal:
                qty_cap = Decimal(qty_cap) if type(qty_cap) is int else parse_decimal(qty_cap, "qtyCap")

            qty_floor = d["qtyFloor"]
            if type(qty_floor) is not Decimal:
                qty_floor = Decimal(qty_floor) if type(qty_floor) is int else parse_decimal(qty_floor, "qtyFloor")

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
            raise exc.within("CmBracket") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("CmBracket", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("CmBracket",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.bracket = bracket
        _instance.initial_leverage = initial_leverage
        _instance.qty_cap = qty_cap
        _instance.qty_floor = qty_floor
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
