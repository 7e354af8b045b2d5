from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_int, parse_str
from ..errors import ResponseParseError

T = TypeVar("T", bound="PmOrderRateLimit")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "rateLimitType",
        "interval",
        "intervalNum",
        "limit",
    }
)


@_attrs_define
class PmOrderRateLimit:
    """One order rate limit of the account.

    Attributes:
        rate_limit_type (str): What the limit counts, such as `ORDERS`.
        interval (str): Unit of the limit's time window, such as `SECOND`, `MINUTE` or `DAY`.
        interval_num (int): Number of `interval` units in the window.
        limit (int): Largest count allowed within the window.
    """

    rate_limit_type: str
    interval: str
    interval_num: int
    limit: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate_limit_type = self.rate_limit_type

        interval = self.interval

        interval_num = self.interval_num

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rateLimitType": rate_limit_type,
                "interval": interval,
                "intervalNum": interval_num,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("PmOrderRateLimit",)
            )
        d = src_dict
        try:
            rate_limit_type = d["rateLimitType"]
            if type(rate_limit_type) is not str:
                rate_limit_type = parse_str(rate_limit_type, "rateLimitType")

            interval = d["interval"]
            if type(interval) is not str:
                interval = parse_str(interval, "interval")

            interval_num = d["intervalNum"]
            if type(interval_num) is not int:
                interval_num = parse_int(interval_num, "intervalNum")

            limit = d["limit"]
            if type(limit) is not int:
                limit = parse_int(limit, "limit")

        except ResponseParseError as exc:
            raise exc.within("PmOrderRateLimit") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("PmOrderRateLimit", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("PmOrderRateLimit",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.rate_limit_type = rate_limit_type
        _instance.interval = interval
        _instance.interval_num = interval_num
        _instance.limit = limit

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
