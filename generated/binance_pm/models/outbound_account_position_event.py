from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_int, parse_list, parse_str
from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutboundAccountPositionEvent")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "e",
        "E",
        "u",
        "U",
        "B",
    }
)


@_attrs_define
class OutboundAccountPositionEvent:
    """`outboundAccountPosition`: margin balances changed; lists the assets the change may have touched.

    Attributes:
        event_type (str): Event type.
        event_time (int): Event time, in milliseconds since the epoch.
        last_update_time (int | Unset): Time of the last account update, in milliseconds since the epoch.
        update_id (int | Unset): Update id.
        balances (list[MarginBalance] | Unset): The balances.
    """

    event_type: str
    event_time: int
    last_update_time: int | Unset = UNSET
    update_id: int | Unset = UNSET
    balances: list[MarginBalance] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        event_time = self.event_time

        last_update_time = self.last_update_time

        update_id = self.update_id

        balances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.balances, Unset):
            balances = []
            for b_item_data in self.balances:
                b_item = b_item_data.to_dict()
                balances.append(b_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "e": event_type,
                "E": event_time,
            }
        )
        if last_update_time is not UNSET:
            field_dict["u"] = last_update_time
        if update_id is not UNSET:
            field_dict["U"] = update_id
        if balances is not UNSET:
            field_dict["B"] = balances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("OutboundAccountPositionEvent",)
            )
        d = src_dict
        try:
            event_type = d["e"]
            if type(event_type) is not str:
                event_type = parse_str(event_type, "e")

            event_time = d["E"]
            if type(event_time) is not int:
                event_time = parse_int(event_time, "E")

            last_update_time = d.get("u", UNSET)
            if not isinstance(last_update_time, Unset) and type(last_update_time) is not int:
                last_update_time = parse_int(last_update_time, "u")

            update_id = d.get("U", UNSET)
            if not isinstance(update_id, Unset) and type(update_id) is not int:
                update_id = parse_int(update_id, "U")

            _balances = d.get("B", UNSET)
            balances: list[MarginBalance] | Unset = UNSET
            if _balances is not UNSET:
                balances = [MarginBalance.from_dict(item) for item in parse_list(_balances, "B")]

        except ResponseParseError as exc:
            raise exc.within("OutboundAccountPositionEvent") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field",
                field=str(exc.args[0]),
                location=("OutboundAccountPositionEvent", str(exc.args[0])),
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("OutboundAccountPositionEvent",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.event_type = event_type
        _instance.event_time = event_time
        _instance.last_update_time = last_update_time
        _instance.update_id = update_id
        _instance.balances = balances

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


# The models this one refers to, imported after the class rather than before it: models that
# refer to each other can then import each other, and no method pays for an import statement
# on each call.
from ..models.margin_balance import MarginBalance  # noqa: E402
