from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_int
from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CmAdlQuantileScores")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "LONG",
        "SHORT",
        "BOTH",
        "HEDGE",
    }
)


@_attrs_define
class CmAdlQuantileScores:
    """ADL queue scores per position side, each from 0 (lowest chance of being
    auto-deleveraged) to 4 (highest). `BOTH` comes for one-way mode (and isolated margin
    in hedge mode); `HEDGE` replaces it for cross margin in hedge mode and is only a
    marker.

    Attributes:
        long (int | Unset): Score of the long position (hedge mode).
        short (int | Unset): Score of the short position (hedge mode).
        both (int | Unset): Score of the one-way-mode position.
        hedge (int | Unset): Marker for cross margin in hedge mode; ignore its value.
    """

    long: int | Unset = UNSET
    short: int | Unset = UNSET
    both: int | Unset = UNSET
    hedge: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        long = self.long

        short = self.short

        both = self.both

        hedge = self.hedge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if long is not UNSET:
            field_dict["LONG"] = long
        if short is not UNSET:
            field_dict["SHORT"] = short
        if both is not UNSET:
            field_dict["BOTH"] = both
        if hedge is not UNSET:
            field_dict["HEDGE"] = hedge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("CmAdlQuantileScores",)
            )
        d = src_dict
        try:
            long = d.get("LONG", UNSET)
            if not isinstance(long, Unset) and type(long) is not int:
                long = parse_int(long, "LONG")

            short = d.get("SHORT", UNSET)
            if not isinstance(short, Unset) and type(short) is not int:
                short = parse_int(short, "SHORT")

            both = d.get("BOTH", UNSET)
            if not isinstance(both, Unset) and type(both) is not int:
                both = parse_int(both, "BOTH")

            hedge = d.get("HEDGE", UNSET)
            if not isinstance(hedge, Unset) and type(hedge) is not int:
                hedge = parse_int(hedge, "HEDGE")

        except ResponseParseError as exc:
            raise exc.within("CmAdlQuantileScores") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("CmAdlQuantileScores", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("CmAdlQuantileScores",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.long = long
        _instance.short = short
        _instance.both = both
        _instance.hedge = hedge

        # Fields the spec does not declare are kept as decoded. Every required field is in
        # d (else KeyError above), so only a longer d can hold others.
        _instance.additional_properties = (
            {key: value for key, value in d.items() if key not in _SPEC_FIELDS} if len(d) > 0 else {}
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
