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

T = TypeVar("T", bound="PmMarginRepayRecord")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "txId",
        "asset",
        "amount",
        "timestamp",
        "principal",
        "interest",
        "status",
    }
)


@_attrs_define
class PmMarginRepayRecord:
    """One cross-margin repayment.

    Attributes:
        tx_id (int): Id of the repayment (the `tranId` returned when it was made).
        asset (str): The repaid asset.
        amount (Decimal): The total repaid, principal plus interest.
        timestamp (int): When the repayment was made, in milliseconds since the epoch.
        principal (Decimal | Unset): The part of the repayment that went to principal.
        interest (Decimal | Unset): The part of the repayment that went to interest.
        status (PmMarginLoanStatus | Unset): Progress of the repayment.
    """

    tx_id: int
    asset: str
    amount: Decimal
    timestamp: int
    principal: Decimal | Unset = UNSET
    interest: Decimal | Unset = UNSET
    status: PmMarginLoanStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tx_id = self.tx_id

        asset = self.asset

        amount = format(self.amount, "f")

        timestamp = self.timestamp

        principal: str | Unset = UNSET
        if not isinstance(self.principal, Unset):
            principal = format(self.principal, "f")

        interest: str | Unset = UNSET
        if not isinstance(self.interest, Unset):
            interest = format(self.interest, "f")

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "txId": tx_id,
                "asset": asset,
                "amount": amount,
                "timestamp": timestamp,
            }
        )
        if principal is not UNSET:
            field_dict["principal"] = principal
        if interest is not UNSET:
            field_dict["interest"] = interest
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("PmMarginRepayRecord",)
            )
        d = src_dict
        try:
            tx_id = d["txId"]
            if type(tx_id) is not int:
                tx_id = parse_int(tx_id, "txId")

            asset = d["asset"]
            if type(asset) is not str:
                asset = parse_str(asset, "asset")

            amount = d["amount"]
            if type(amount) is not Decimal:
                amount = Decimal(amount) if type(amount) is int else parse_decimal(amount, "amount")

            timestamp = d["timestamp"]
            if type(timestamp) is not int:
                timestamp = parse_int(timestamp, "timestamp")

            principal = d.get("principal", UNSET)
            if type(principal) is not Decimal and not isinstance(principal, Unset):
                principal = Decimal(principal) if type(principal) is int else parse_decimal(principal, "principal")

            interest = d.get("interest", UNSET)
            if type(interest) is not Decimal and not isinstance(interest, Unset):
                interest = Decimal(interest) if type(interest) is int else parse_decimal(interest, "interest")

            _status = d.get("status", UNSET)
            status: PmMarginLoanStatus | Unset = UNSET if isinstance(_status, Unset) else PmMarginLoanStatus(_status)

        except ResponseParseError as exc:
            raise exc.within("PmMarginRepayRecord") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("PmMarginRepayRecord", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("PmMarginRepayRecord",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.tx_id = tx_id
        _instance.asset = asset
        _instance.amount = amount
        _instance.timestamp = timestamp
        _instance.principal = principal
        _instance.interest = interest
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
