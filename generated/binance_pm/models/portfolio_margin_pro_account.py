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
        if not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("PortfolioMarginProAccount",)
            )
        d = dict(src_dict)
        try:
            uni_mmr = parse_decimal(d.pop("uniMMR"), "uniMMR")

            account_equity = parse_decimal(d.pop("accountEquity"), "accountEquity")

            actual_equity = parse_decimal(d.pop("actualEquity"), "actualEquity")

            account_maint_margin = parse_decimal(d.pop("accountMaintMargin"), "accountMaintMargin")

            account_status = AccountStatus(d.pop("accountStatus"))

            account_type = AccountType(d.pop("accountType"))

            _account_initial_margin = d.pop("accountInitialMargin", UNSET)
            account_initial_margin: Decimal | Unset
            if isinstance(_account_initial_margin, Unset):
                account_initial_margin = UNSET
            else:
                account_initial_margin = parse_decimal(_account_initial_margin, "accountInitialMargin")

            _total_available_balance = d.pop("totalAvailableBalance", UNSET)
            total_available_balance: Decimal | Unset
            if isinstance(_total_available_balance, Unset):
                total_available_balance = UNSET
            else:
                total_available_balance = parse_decimal(_total_available_balance, "totalAvailableBalance")

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
        _instance = cls(
            uni_mmr=uni_mmr,
            account_equity=account_equity,
            actual_equity=actual_equity,
            account_maint_margin=account_maint_margin,
            account_status=account_status,
            account_type=account_type,
            account_initial_margin=account_initial_margin,
            total_available_balance=total_available_balance,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        _instance.additional_properties = additional_properties
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
