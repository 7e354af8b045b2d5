from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_int, parse_str
from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListenKeyExpiredEvent")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "e",
        "E",
        "listenKey",
    }
)


@_attrs_define
class ListenKeyExpiredEvent:
    """`listenKeyExpired`: the stream's listenKey expired; no more events come on it. Start a new key and connect again.

    Attributes:
        event_type (str): Event type.
        event_time (int): Event time, in milliseconds since the epoch.
        listen_key (str | Unset): The listenKey that expired.
    """

    event_type: str
    event_time: int
    listen_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        event_time = self.event_time

        listen_key = self.listen_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "e": event_type,
                "E": event_time,
            }
        )
        if listen_key is not UNSET:
            field_dict["listenKey"] = listen_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("ListenKeyExpiredEvent",)
            )
        d = src_dict
        try:
            event_type = d["e"]
            if type(event_type) is not str:
                event_type = parse_str(event_type, "e")

            event_time = d["E"]
            if type(event_time) is not int:
                event_time = parse_int(event_time, "E")

            listen_key = d.get("listenKey", UNSET)
            if not isinstance(listen_key, Unset) and type(listen_key) is not str:
                listen_key = parse_str(listen_key, "listenKey")

        except ResponseParseError as exc:
            raise exc.within("ListenKeyExpiredEvent") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("ListenKeyExpiredEvent", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("ListenKeyExpiredEvent",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.event_type = event_type
        _instance.event_time = event_time
        _instance.listen_key = listen_key

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
