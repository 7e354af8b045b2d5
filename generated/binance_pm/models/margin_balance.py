from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal, parse_str
from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarginBalance")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "a",
        "f",
        "l",
    }
)


@_attrs_define
class MarginBalance:
    """A margin balance in an `outboundAccountPosition` event.

    Attributes:
        asset (str): Asset.
        free (Decimal | Unset): Free amount.
        locked (Decimal | Unset): Locked amount.
    """

    asset: str
    free: Decimal | Unset = UNSET
    locked: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        free: str | Unset = UNSET
        if not isinstance(self.free, Unset):
            free = format(self.free, "f")

        locked: str | Unset = UNSET
        if not isinstance(self.locked, Unset):
            locked = format(self.locked, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "a": asset,
            }
        )
        if free is not UNSET:
            field_dict["f"] = free
        if locked is not UNSET:
            field_dict["l"] = locked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("MarginBalance",)
            )
        d = src_dict
        try:
            asset = d["a"]
            if type(asset) is not str:
                asset = parse_str(asset, "a")

            free = d.get("f", UNSET)
            if type(free) is not Decimal and not isinstance(free, Unset):
                free = Decimal(free) if type(free) is int else parse_decimal(free, "f")

            locked = d.get("l", UNSET)
            if type(locked) is not Decimal and not isinstance(locked, Unset):
                locked = Decimal(locked) if type(locked) is int else parse_decimal(locked, "l")

        except ResponseParseError as exc:
            raise exc.within("MarginBalance") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("MarginBalance", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("MarginBalance",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.asset = asset
        _instance.free = free
        _instance.locked = locked

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
