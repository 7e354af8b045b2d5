from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal
from ..errors import ResponseParseError
from ..models.account_status import AccountStatus
from ..models.account_type import AccountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PortfolioMarginProAccount")
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
        "accountInitialMargin",
        "totalAvailableBalance",
    }
)


@_attrs_define
class PortfolioMarginProAccount:
    """Equity, margin and status of a Portfolio Margin Pro account.

    Attributes:
        uni_mmr (Decimal): Classic Portfolio Margin account maintenance margin rate.
        account_equity (Decimal): Account equity, in USD.
        actual_equity (Decimal): Actual equity (collateral rates not applied), in USD.
        account_maint_margin (Decimal): Classic Portfolio Margin account maintenance margin, in USD.
        account_status (AccountStatus): Classic Portfolio Margin account status.
        account_type (AccountType): Account type.
        account_initial_margin (Decimal | Unset): Account initial margin, in USD. Ignored for PM PRO and PM PRO SPAN.
        total_available_balance (Decimal | Unset): Total available balance, in USD. Ignored for PM PRO and PM PRO SPAN.
            Binance's
            example sends it with a thousands separator.
    """

    uni_mmr: Decimal
    account_equity: Decimal
    actual_equity: Decimal
    account_maint_margin: Decimal
    account_status: AccountStatus
    account_type: AccountType
    account_initial_margin: Decimal | Unset = UNSET
    total_available_balance: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uni_mmr = format(self.uni_mmr, "f")

        account_equity = format(self.account_equity, "f")

        actual_equity = format(self.actual_equity, "f")

        account_maint_margin = format(self.account_maint_margin, "f")

        account_status = self.account_status.value

        account_type = self.account_type.value

        account_initial_margin: str | Unset = UNSET
        if not isinstance(self.account_initial_margin, Unset):
            account_initial_margin = format(self.account_initial_margin, "f")

        total_available_balance: str | Unset = UNSET
        if not isinstance(self.total_available_balance, Unset):
            total_available_balance = format(self.total_available_balance, "f")

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
        if account_initial_margin is not UNSET:
            field_dict["accountInitialMargin"] = account_initial_margin
        if total_available_balance is not UNSET:
            field_dict["totalAvailableBalance"] = total_available_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("PortfolioMarginProAccount",)
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

            account_initial_margin = d.get("accountInitialMargin", UNSET)
            if type(account_initial_margin) is not Decimal and not isinstance(account_initial_margin, Unset):
                account_initial_margin = (
                    Decimal(account_initial_margin)
                    if type(account_initial_margin) is int
                    else parse_decimal(account_initial_margin, "accountInitialMargin")
                )

            total_available_balance = d.get("totalAvailableBalance", UNSET)
            if type(total_available_balance) is not Decimal and not isinstance(total_available_balance, Unset):
                total_available_balance = (
                    Decimal(total_available_balance)
                    if type(total_available_balance) is int
                    else parse_decimal(total_available_balance, "totalAvailableBalance")
                )

        except ResponseParseError as exc:
            raise exc.within("PortfolioMarginProAccount") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field",
                field=str(exc.args[0]),
                location=("PortfolioMarginProAccount", str(exc.args[0])),
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("PortfolioMarginProAccount",)) from None
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
        _instance.account_initial_margin = account_initial_margin
        _instance.total_available_balance = total_available_balance

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
