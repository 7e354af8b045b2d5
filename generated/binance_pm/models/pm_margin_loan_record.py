from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal, parse_int, parse_str
from ..errors import ResponseParseError
from ..models.pm_margin_loan_status import PmMarginLoanStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PmMarginLoanRecord")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "txId",
        "asset",
        "principal",
        "timestamp",
        "status",
    }
)


@_attrs_define
class PmMarginLoanRecord:
    """One cross-margin borrowing.

    Attributes:
        tx_id (int): Id of the borrowing (the `tranId` returned when it was made).
        asset (str): The borrowed asset.
        principal (Decimal): The amount borrowed.
        timestamp (int): When the borrowing was made, in milliseconds since the epoch.
        status (PmMarginLoanStatus | Unset): Progress of the borrowing.
    """

    tx_id: int
    asset: str
    principal: Decimal
    timestamp: int
    status: PmMarginLoanStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tx_id = self.tx_id

        asset = self.asset

        principal = format(self.principal, "f")

        timestamp = self.timestamp

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "txId": tx_id,
                "asset": asset,
                "principal": principal,
                "timestamp": timestamp,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("PmMarginLoanRecord",)
            )
        d = src_dict
        try:
            tx_id = d["txId"]
            if type(tx_id) is not int:
                tx_id = parse_int(tx_id, "txId")

            asset = d["asset"]
            if type(asset) is not str:
                asset = parse_str(asset, "asset")

            principal = d["principal"]
            if type(principal) is not Decimal:
                principal = Decimal(principal) if type(principal) is int else parse_decimal(principal, "principal")

            timestamp = d["timestamp"]
            if type(timestamp) is not int:
                timestamp = parse_int(timestamp, "timestamp")

            _status = d.get("status", UNSET)
            status: PmMarginLoanStatus | Unset = UNSET if isinstance(_status, Unset) else PmMarginLoanStatus(_status)

        except ResponseParseError as exc:
            raise exc.within("PmMarginLoanRecord") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("PmMarginLoanRecord", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("PmMarginLoanRecord",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.tx_id = tx_id
        _instance.asset = asset
        _instance.principal = principal
        _instance.timestamp = timestamp
        _instance.status = status

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
