from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal, parse_int, parse_str
from ..errors import ResponseParseError
from ..models.account_status import AccountStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PmAccountInformation")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "uniMMR",
        "accountEquity",
        "actualEquity",
        "accountMaintMargin",
        "accountStatus",
        "accountInitialMargin",
        "virtualMaxWithdrawAmount",
        "totalAvailableBalance",
        "totalMarginOpenLoss",
        "updateTime",
    }
)


@_attrs_define
class PmAccountInformation:
    """Equity, margin, status and transferable amount of a Portfolio Margin account.

    Attributes:
        uni_mmr (Decimal): Unified maintenance margin ratio of the account.
        account_equity (Decimal): Account equity, in USD.
        actual_equity (Decimal): Account equity with no collateral rate applied, in USD.
        account_maint_margin (Decimal): Maintenance margin of the account, in USD.
        account_status (AccountStatus): Status of the Portfolio Margin account.
        account_initial_margin (Decimal | Unset): Initial margin of the account, in USD.
        virtual_max_withdraw_amount (Decimal | Unset): Most that can be transferred out of the account, in USD.
        total_available_balance (str | Unset): Total available balance, in USD; Binance's example sends it empty.
        total_margin_open_loss (str | Unset): Margin held against open orders' losses, in USD; Binance's example sends
            it empty.
        update_time (int | Unset): Last update time, in milliseconds since the epoch.
    """

    uni_mmr: Decimal
    account_equity: Decimal
    actual_equity: Decimal
    account_maint_margin: Decimal
    account_status: AccountStatus
    account_initial_margin: Decimal | Unset = UNSET
    virtual_max_withdraw_amount: Decimal | Unset = UNSET
    total_available_balance: str | Unset = UNSET
    total_margin_open_loss: str | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uni_mmr = format(self.uni_mmr, "f")

        account_equity = format(self.account_equity, "f")

        actual_equity = format(self.actual_equity, "f")

        account_maint_margin = format(self.account_maint_margin, "f")

        account_status = self.account_status.value

        account_initial_margin: str | Unset = UNSET
        if not isinstance(self.account_initial_margin, Unset):
            account_initial_margin = format(self.account_initial_margin, "f")

        virtual_max_withdraw_amount: str | Unset = UNSET
        if not isinstance(self.virtual_max_withdraw_amount, Unset):
            virtual_max_withdraw_amount = format(self.virtual_max_withdraw_amount, "f")

        total_available_balance = self.total_available_balance

        total_margin_open_loss = self.total_margin_open_loss

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uniMMR": uni_mmr,
                "accountEquity": account_equity,
                "actualEquity": actual_equity,
                "accountMaintMargin": account_maint_margin,
                "accountStatus": account_status,
            }
        )
        if account_initial_margin is not UNSET:
            field_dict["accountInitialMargin"] = account_initial_margin
        if virtual_max_withdraw_amount is not UNSET:
            field_dict["virtualMaxWithdrawAmount"] = virtual_max_withdraw_amount
        if total_available_balance is not UNSET:
            field_dict["totalAvailableBalance"] = total_available_balance
        if total_margin_open_loss is not UNSET:
            field_dict["totalMarginOpenLoss"] = total_margin_open_loss
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("PmAccountInformation",)
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

            account_initial_margin = d.get("accountInitialMargin", UNSET)
            if type(account_initial_margin) is not Decimal and not isinstance(account_initial_margin, Unset):
                account_initial_margin = (
                    Decimal(account_initial_margin)
                    if type(account_initial_margin) is int
                    else parse_decimal(account_initial_margin, "accountInitialMargin")
                )

            virtual_max_withdraw_amount = d.get("virtualMaxWithdrawAmount", UNSET)
            if type(virtual_max_withdraw_amount) is not Decimal and not isinstance(virtual_max_withdraw_amount, Unset):
                virtual_max_withdraw_amount = (
                    Decimal(virtual_max_withdraw_amount)
                    if type(virtual_max_withdraw_amount) is int
                    else parse_decimal(virtual_max_withdraw_amount, "virtualMaxWithdrawAmount")
                )

            total_available_balance = d.get("totalAvailableBalance", UNSET)
            if not isinstance(total_available_balance, Unset) and type(total_available_balance) is not str:
                total_available_balance = parse_str(total_available_balance, "totalAvailableBalance")

            total_margin_open_loss = d.get("totalMarginOpenLoss", UNSET)
            if not isinstance(total_margin_open_loss, Unset) and type(total_margin_open_loss) is not str:
                total_margin_open_loss = parse_str(total_margin_open_loss, "totalMarginOpenLoss")

            update_time = d.get("updateTime", UNSET)
            if not isinstance(update_time, Unset) and type(update_time) is not int:
                update_time = parse_int(update_time, "updateTime")

        except ResponseParseError as exc:
            raise exc.within("PmAccountInformation") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("PmAccountInformation", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("PmAccountInformation",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.uni_mmr = uni_mmr
        _instance.account_equity = account_equity
        _instance.actual_equity = actual_equity
        _instance.account_maint_margin = account_maint_margin
        _instance.account_status = account_status
        _instance.account_initial_margin = account_initial_margin
        _instance.virtual_max_withdraw_amount = virtual_max_withdraw_amount
        _instance.total_available_balance = total_available_balance
        _instance.total_margin_open_loss = total_margin_open_loss
        _instance.update_time = update_time

        # Fields the spec does not declare are kept as decoded. Every required field is in
        # d (else KeyError above), so only a longer d can hold others.
        _instance.additional_properties = (
            {key: value for key, value in d.items() if key not in _SPEC_FIELDS} if len(d) > 5 else {}
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
