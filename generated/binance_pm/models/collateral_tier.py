from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal
from ..errors import ResponseParseError

T = TypeVar("T", bound="CollateralTier")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "tierFloor",
        "tierCap",
        "collateralRate",
        "cum",
    }
)


@_attrs_define
class CollateralTier:
    """One tier of account equity in an asset, and the collateral rate within it.

    Attributes:
        tier_floor (Decimal): Lower bound of the tier, in the asset.
        tier_cap (Decimal): Upper bound of the tier, in the asset.
        collateral_rate (Decimal): Collateral rate applied within the tier.
        cum (Decimal): Account equity quick addition number.
    """

    tier_floor: Decimal
    tier_cap: Decimal
    collateral_rate: Decimal
    cum: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tier_floor = format(self.tier_floor, "f")

        tier_cap = format(self.tier_cap, "f")

        collateral_rate = format(self.collateral_rate, "f")

        cum = format(self.cum, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tierFloor": tier_floor,
                "tierCap": tier_cap,
                "collateralRate": collateral_rate,
                "cum": cum,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("CollateralTier",)
            )
        d = src_dict
        try:
            tier_floor = d["tierFloor"]
            if type(tier_floor) is not Decimal:
                tier_floor = Decimal(tier_floor) if type(tier_floor) is int else parse_decimal(tier_floor, "tierFloor")

            tier_cap = d["tierCap"]
            if type(tier_cap) is not Decimal:
                tier_cap = Decimal(tier_cap) if type(tier_cap) is int else parse_decimal(tier_cap, "tierCap")

            collateral_rate = d["collateralRate"]
            if type(collateral_rate) is not Decimal:
                collateral_rate = (
                    Decimal(collateral_rate)
                    if type(collateral_rate) is int
                    else parse_decimal(collateral_rate, "collateralRate")
                )

            cum = d["cum"]
            if type(cum) is not Decimal:
                cum = Decimal(cum) if type(cum) is int else parse_decimal(cum, "cum")

        except ResponseParseError as exc:
            raise exc.within("CollateralTier") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("CollateralTier", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("CollateralTier",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.tier_floor = tier_floor
        _instance.tier_cap = tier_cap
        _instance.collateral_rate = collateral_rate
        _instance.cum = cum

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
