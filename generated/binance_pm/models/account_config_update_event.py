from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_int, parse_str
from ..errors import ResponseParseError
from ..models.futures_business_unit import FuturesBusinessUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountConfigUpdateEvent")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "e",
        "E",
        "fs",
        "T",
        "ac",
    }
)


@_attrs_define
class AccountConfigUpdateEvent:
    """`ACCOUNT_CONFIG_UPDATE`: the futures account's configuration changed (a symbol's leverage).

    Attributes:
        event_type (str): Event type.
        event_time (int): Event time, in milliseconds since the epoch.
        business_unit (FuturesBusinessUnit | Unset): Which futures: `UM` (USDS-M) or `CM` (COIN-M).
        transaction_time (int | Unset): Transaction time, in milliseconds since the epoch.
        leverage_update (LeverageUpdate | Unset): The symbol and its new leverage.
    """

    event_type: str
    event_time: int
    business_unit: FuturesBusinessUnit | Unset = UNSET
    transaction_time: int | Unset = UNSET
    leverage_update: LeverageUpdate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        event_time = self.event_time

        business_unit: str | Unset = UNSET
        if not isinstance(self.business_unit, Unset):
            business_unit = self.business_unit.value

        transaction_time = self.transaction_time

        leverage_update: dict[str, Any] | Unset = UNSET
        if not isinstance(self.leverage_update, Unset):
            leverage_update = self.leverage_update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "e": event_type,
                "E": event_time,
            }
        )
        if business_unit is not UNSET:
            field_dict["fs"] = business_unit
        if transaction_time is not UNSET:
            field_dict["T"] = transaction_time
        if leverage_update is not UNSET:
            field_dict["ac"] = leverage_update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("AccountConfigUpdateEvent",)
            )
        d = src_dict
        try:
            event_type = d["e"]
            if type(event_type) is not str:
                event_type = parse_str(event_type, "e")

            event_time = d["E"]
            if type(event_time) is not int:
                event_time = parse_int(event_time, "E")

            _business_unit = d.get("fs", UNSET)
            business_unit: FuturesBusinessUnit | Unset = (
                UNSET if isinstance(_business_unit, Unset) else FuturesBusinessUnit(_business_unit)
            )

            transaction_time = d.get("T", UNSET)
            if not isinstance(transaction_time, Unset) and type(transaction_time) is not int:
                transaction_time = parse_int(transaction_time, "T")

            _leverage_update = d.get("ac", UNSET)
            leverage_update: LeverageUpdate | Unset = (
                UNSET if isinstance(_leverage_update, Unset) else LeverageUpdate.from_dict(_leverage_update)
            )

        except ResponseParseError as exc:
            raise exc.within("AccountConfigUpdateEvent") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field",
                field=str(exc.args[0]),
                location=("AccountConfigUpdateEvent", str(exc.args[0])),
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("AccountConfigUpdateEvent",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.event_type = event_type
        _instance.event_time = event_time
        _instance.business_unit = business_unit
        _instance.transaction_time = transaction_time
        _instance.leverage_update = leverage_update

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
from ..models.leverage_update import LeverageUpdate  # noqa: E402
