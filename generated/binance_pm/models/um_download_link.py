from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_bool, parse_int, parse_str
from ..errors import ResponseParseError
from ..models.um_download_status import UmDownloadStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UmDownloadLink")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "downloadId",
        "status",
        "url",
        "s3Link",
        "notified",
        "expirationTimestamp",
        "isExpired",
    }
)


@_attrs_define
class UmDownloadLink:
    """The state of a UM futures history export and, once ready, its download link.

    Attributes:
        download_id (str): Id of the download, as given when the export was requested.
        status (UmDownloadStatus): Whether the file is ready.
        url (str | Unset): Download link of the file; an empty string while it is still being prepared.
        s_3_link (None | str | Unset): Alternative storage link; Binance's examples always show null.
        notified (bool | Unset): Internal flag that Binance says to ignore.
        expiration_timestamp (int | Unset): Time after which the link no longer works, in milliseconds since the epoch;
            -1 while the file is being prepared.
        is_expired (bool | None | Unset): Whether the link has expired; Binance's examples always show null.
    """

    download_id: str
    status: UmDownloadStatus
    url: str | Unset = UNSET
    s_3_link: str | Unset | None = UNSET
    notified: bool | Unset = UNSET
    expiration_timestamp: int | Unset = UNSET
    is_expired: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        download_id = self.download_id

        status = self.status.value

        url = self.url

        s_3_link: str | Unset | None = self.s_3_link

        notified = self.notified

        expiration_timestamp = self.expiration_timestamp

        is_expired: bool | Unset | None = self.is_expired

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "downloadId": download_id,
                "status": status,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if s_3_link is not UNSET:
            field_dict["s3Link"] = s_3_link
        if notified is not UNSET:
            field_dict["notified"] = notified
        if expiration_timestamp is not UNSET:
            field_dict["expirationTimestamp"] = expiration_timestamp
        if is_expired is not UNSET:
            field_dict["isExpired"] = is_expired

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("UmDownloadLink",)
            )
        d = src_dict
        try:
            download_id = d["downloadId"]
            if type(download_id) is not str:
                download_id = parse_str(download_id, "downloadId")

            status = UmDownloadStatus(d["status"])

            url = d.get("url", UNSET)
            if not isinstance(url, Unset) and type(url) is not str:
                url = parse_str(url, "url")

            def _parse_s_3_link(data: object) -> str | Unset | None:
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    s_3_link_type_0 = data
                    if type(s_3_link_type_0) is not str:
                        s_3_link_type_0 = parse_str(s_3_link_type_0, "s3Link_type_0")

                    return s_3_link_type_0
                if data is None:
                    s_3_link_type_1 = data

                    return s_3_link_type_1
                raise ResponseParseError(
                    "a " + type(data).__name__ + " is none of the types the spec allows here",
                    field="s3Link",
                )

            s_3_link = _parse_s_3_link(d.get("s3Link", UNSET))

            notified = d.get("notified", UNSET)
            if not isinstance(notified, Unset) and type(notified) is not bool:
                notified = parse_bool(notified, "notified")

            expiration_timestamp = d.get("expirationTimestamp", UNSET)
            if not isinstance(expiration_timestamp, Unset) and type(expiration_timestamp) is not int:
                expiration_timestamp = parse_int(expiration_timestamp, "expirationTimestamp")

            def _parse_is_expired(data: object) -> bool | Unset | None:
                if isinstance(data, Unset):
                    return data
                if type(data) is bool:
                    is_expired_type_0 = data
                    if type(is_expired_type_0) is not bool:
                        is_expired_type_0 = parse_bool(is_expired_type_0, "isExpired_type_0")

                    return is_expired_type_0
                if data is None:
                    is_expired_type_1 = data

                    return is_expired_type_1
                raise ResponseParseError(
                    "a " + type(data).__name__ + " is none of the types the spec allows here",
                    field="isExpired",
                )

            is_expired = _parse_is_expired(d.get("isExpired", UNSET))

        except ResponseParseError as exc:
            raise exc.within("UmDownloadLink") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("UmDownloadLink", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("UmDownloadLink",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.download_id = download_id
        _instance.status = status
        _instance.url = url
        _instance.s_3_link = s_3_link
        _instance.notified = notified
        _instance.expiration_timestamp = expiration_timestamp
        _instance.is_expired = is_expired

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
