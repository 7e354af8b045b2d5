from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_int, parse_list
from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="PmNegativeBalanceExchangeRecord")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "startTime",
        "endTime",
        "details",
    }
)


@_attrs_define
class PmNegativeBalanceExchangeRecord:
    """One automatic exchange that covered negative balances.

    Attributes:
        start_time (int): When the exchange began, in milliseconds since the epoch.
        end_time (int): When the exchange finished, in milliseconds since the epoch.
        details (list[PmNegativeBalanceExchangeDetail] | Unset): The negative balances the exchange dealt with, one per
            asset.
    """

    start_time: int
    end_time: int
    details: list[PmNegativeBalanceExchangeDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startTime": start_time,
                "endTime": end_time,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("PmNegativeBalanceExchangeRecord",)
            )
        d = src_dict
        try:
            start_time = d["startTime"]
            if type(start_time) is not int:
                start_time = parse_int(start_time, "startTime")

            end_time = d["endTime"]
            if type(end_time) is not int:
                end_time = parse_int(end_time, "endTime")

            _details = d.get("details", UNSET)
            details: list[PmNegativeBalanceExchangeDetail] | Unset = UNSET
            if _details is not UNSET:
                details = [PmNegativeBalanceExchangeDetail.from_dict(item) for item in parse_list(_details, "details")]

        except ResponseParseError as exc:
            raise exc.within("PmNegativeBalanceExchangeRecord") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field",
                field=str(exc.args[0]),
                location=("PmNegativeBalanceExchangeRecord", str(exc.args[0])),
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("PmNegativeBalanceExchangeRecord",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.start_time = start_time
        _instance.end_time = end_time
        _instance.details = details

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
from ..models.pm_negative_balance_exchange_detail import PmNegativeBalanceExchangeDetail  # noqa: E402
