from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal, parse_list
from ..errors import ResponseParseError
from ..models.account_status import AccountStatus
from ..models.account_type import AccountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PmProSpanAccount")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "uniMMR",
        "accountEquity",
        "actualEquity",
        "accountMaintMargin",
        "accountStatus",
        "accountType",
        "riskUnitMMList",
        "marginMM",
        "otherMM",
    }
)


@_attrs_define
class PmProSpanAccount:
    """Equity, maintenance margin and status of a Portfolio Margin Pro SPAN account.

    Attributes:
        uni_mmr (Decimal): Unified maintenance margin ratio of the account.
        account_equity (Decimal): Account equity, in USD.
        actual_equity (Decimal): Actual equity (collateral rates not applied), in USD.
        account_maint_margin (Decimal): Account maintenance margin, in USD.
        account_status (AccountStatus): Account status.
        account_type (AccountType): Account type (`PM_3` for PM PRO SPAN).
        risk_unit_mm_list (list[PmProRiskUnitMaintMargin] | Unset): Maintenance margin per risk unit.
        margin_mm (Decimal | Unset): Maintenance margin of the margin part, in USD.
        other_mm (Decimal | Unset): Maintenance margin not attributed to a risk unit or to margin, in USD.
    """

    uni_mmr: Decimal
    account_equity: Decimal
    actual_equity: Decimal
    account_maint_margin: Decimal
    account_status: AccountStatus
    account_type: AccountType
    risk_unit_mm_list: list[PmProRiskUnitMaintMargin] | Unset = UNSET
    margin_mm: Decimal | Unset = UNSET
    other_mm: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uni_mmr = format(self.uni_mmr, "f")

        account_equity = format(self.account_equity, "f")

        actual_equity = format(self.actual_equity, "f")

        account_maint_margin = format(self.account_maint_margin, "f")

        account_status = self.account_status.value

        account_type = self.account_type.value

        risk_unit_mm_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.risk_unit_mm_list, Unset):
            risk_unit_mm_list = []
            for risk_unit_mm_list_item_data in self.risk_unit_mm_list:
                risk_unit_mm_list_item = risk_unit_mm_list_item_data.to_dict()
                risk_unit_mm_list.append(risk_unit_mm_list_item)

        margin_mm: str | Unset = UNSET
        if not isinstance(self.margin_mm, Unset):
            margin_mm = format(self.margin_mm, "f")

        other_mm: str | Unset = UNSET
        if not isinstance(self.other_mm, Unset):
            other_mm = format(self.other_mm, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uniMMR": uni_mmr,
                "accountEquity": account_equity,
                "actualEquity": actual_equity,
                "accountMaintMargin": account_maint_margin,
                "accountStatus": account_status,
                "accountType": account_type,
            }
        )
        if risk_unit_mm_list is not UNSET:
            field_dict["riskUnitMMList"] = risk_unit_mm_list
        if margin_mm is not UNSET:
            field_dict["marginMM"] = margin_mm
        if other_mm is not UNSET:
            field_dict["otherMM"] = other_mm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("PmProSpanAccount",)
            )
        d = src_dict
        try:
            uni_mmr = d["uniMMR"]
            if type(uni_mmr) is not Decimal:
                uni_mmr = Decimal(uni_mmr) if type(uni_mmr) is int else parse_decimal(uni_mmr, "uniMMR")

            account_equity = d["accountEquity"]
            if type(account_equity) is not Decimal:
                account_equity = (
                    Decimal(account_equity)
                    if type(account_equity) is int
                    else parse_decimal(account_equity, "accountEquity")
                )

            actual_equity = d["actualEquity"]
            if type(actual_equity) is not Decimal:
                actual_equity = (
                    Decimal(actual_equity)
                    if type(actual_equity) is int
                    else parse_decimal(actual_equity, "actualEquity")
                )

            account_maint_margin = d["accountMaintMargin"]
            if type(account_maint_margin) is not Decimal:
                account_maint_margin = (
                    Decimal(account_maint_margin)
                    if type(account_maint_margin) is int
                    else parse_decimal(account_maint_margin, "accountMaintMargin")
                )

            account_status = AccountStatus(d["accountStatus"])

            account_type = AccountType(d["accountType"])

            _risk_unit_mm_list = d.get("riskUnitMMList", UNSET)
            risk_unit_mm_list: list[PmProRiskUnitMaintMargin] | Unset = UNSET
            if _risk_unit_mm_list is not UNSET:
                risk_unit_mm_list = [
                    PmProRiskUnitMaintMargin.from_dict(item)
                    for item in parse_list(_risk_unit_mm_list, "riskUnitMMList")
                ]

            margin_mm = d.get("marginMM", UNSET)
            if type(margin_mm) is not Decimal and not isinstance(margin_mm, Unset):
                margin_mm = Decimal(margin_mm) if type(margin_mm) is int else parse_decimal(margin_mm, "marginMM")

            other_mm = d.get("otherMM", UNSET)
            if type(other_mm) is not Decimal and not isinstance(other_mm, Unset):
                other_mm = Decimal(other_mm) if type(other_mm) is int else parse_decimal(other_mm, "otherMM")

        except ResponseParseError as exc:
            raise exc.within("PmProSpanAccount") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("PmProSpanAccount", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("PmProSpanAccount",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.uni_mmr = uni_mmr
        _instance.account_equity = account_equity
        _instance.actual_equity = actual_equity
        _instance.account_maint_margin = account_maint_margin
        _instance.account_status = account_status
        _instance.account_type = account_type
        _instance.risk_unit_mm_list = risk_unit_mm_list
        _instance.margin_mm = margin_mm
        _instance.other_mm = other_mm

        # Fields the spec does not declare are kept as decoded. Every required field is in
        # d (else KeyError above), so only a longer d can hold others.
        _instance.additional_properties = (
            {key: value for key, value in d.items() if key not in _SPEC_FIELDS} if len(d) > 6 else {}
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
from ..models.pm_pro_risk_unit_maint_margin import PmProRiskUnitMaintMargin  # noqa: E402
