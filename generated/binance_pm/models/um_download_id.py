from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_int, parse_str
from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="UmDownloadId")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "downloadId",
        "avgCostTimestampOfLast30d",
    }
)


@_attrs_define
class UmDownloadId:
    """The answer to a request for a UM futures history export; the id is used to fetch the download link.

    Attributes:
        download_id (str): Id of the requested download, to pass as `downloadId` when asking for the link.
        avg_cost_timestamp_of_last_30_d (int | Unset): Average time, in milliseconds, that preparing a download took
            over the past 30 days.
    """

    download_id: str
    avg_cost_timestamp_of_last_30_d: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        download_id = self.download_id

        avg_cost_timestamp_of_last_30_d = self.avg_cost_timestamp_of_last_30_d

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "downloadId": download_id,
            }
        )
        if avg_cost_timestamp_of_last_30_d is not UNSET:
            field_dict["avgCostTimestampOfLast30d"] = avg_cost_timestamp_of_last_30_d

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("UmDownloadId",)
            )
        d = src_dict
        try:
            download_id = d["downloadId"]
            if type(download_id) is not str:
                download_id = parse_str(download_id, "downloadId")

            avg_cost_timestamp_of_last_30_d = d.get("avgCostTimestampOfLast30d", UNSET)
            if (
                not isinstance(avg_cost_timestamp_of_last_30_d, Unset)
                and type(avg_cost_timestamp_of_last_30_d) is not int
            ):
                avg_cost_timestamp_of_last_30_d = parse_int(
                    avg_cost_timestamp_of_last_30_d, "avgCostTimestampOfLast30d"
                )

        except ResponseParseError as exc:
            raise exc.within("UmDownloadId") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("UmDownloadId", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("UmDownloadId",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.download_id = download_id
        _instance.avg_cost_timestamp_of_last_30_d = avg_cost_timestamp_of_last_30_d

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
