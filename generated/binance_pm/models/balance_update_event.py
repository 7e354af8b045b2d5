from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal, parse_int, parse_str
from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceUpdateEvent")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "e",
        "E",
        "a",
        "d",
        "U",
        "T",
    }
)


@_attrs_define
class BalanceUpdateEvent:
    """`balanceUpdate`: a margin balance changed by a deposit, withdrawal or transfer.

    Attributes:
        event_type (str): Event type.
        event_time (int): Event time, in milliseconds since the epoch.
        asset (str | Unset): Asset.
        balance_delta (Decimal | Unset): Balance change.
        update_id (int | Unset): Update id.
        clear_time (int | Unset): Clear time, in milliseconds since the epoch.
    """

    event_type: str
    event_time: int
    asset: str | Unset = UNSET
    balance_delta: Decimal | Unset = UNSET
    update_id: int | Unset = UNSET
    clear_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        event_time = self.event_time

        asset = self.asset

        balance_delta: str | Unset = UNSET
        if not isinstance(self.balance_delta, Unset):
            balance_delta = format(self.balance_delta, "f")

        update_id = self.update_id

        clear_time = self.clear_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "e": event_type,
                "E": event_time,
            }
        )
        if asset is not UNSET:
            field_dict["a"] = asset
        if balance_delta is not UNSET:
            field_dict["d"] = balance_delta
        if update_id is not UNSET:
            field_dict["U"] = update_id
        if clear_time is not UNSET:
            field_dict["T"] = clear_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("BalanceUpdateEvent",)
            )
        d = src_dict
        try:
            event_type = d["e"]
            if type(event_type) is not str:
                event_type = parse_str(event_type, "e")

            event_time = d["E"]
            if type(event_time) is not int:
                event_time = parse_int(event_time, "E")

            asset = d.get("a", UNSET)
            if not isinstance(asset, Unset) and type(asset) is not str:
                asset = parse_str(asset, "a")

            balance_delta = d.get("d", UNSET)
            if type(balance_delta) is not Decimal and not isinstance(balance_delta, Unset):
                balance_delta = (
                    Decimal(balance_delta) if type(balance_delta) is int else parse_decimal(balance_delta, "d")
                )

            update_id = d.get("U", UNSET)
            if not isinstance(update_id, Unset) and type(update_id) is not int:
                update_id = parse_int(update_id, "U")

            clear_time = d.get("T", UNSET)
            if not isinstance(clear_time, Unset) and type(clear_time) is not int:
                clear_time = parse_int(clear_time, "T")

        except ResponseParseError as exc:
            raise exc.within("BalanceUpdateEvent") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("BalanceUpdateEvent", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("BalanceUpdateEvent",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.event_type = event_type
        _instance.event_time = event_time
        _instance.asset = asset
        _instance.balance_delta = balance_delta
        _instance.update_id = update_id
        _instance.clear_time = clear_time

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
