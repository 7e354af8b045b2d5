from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal, parse_str
from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountUpdateBalance")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "a",
        "wb",
        "cw",
        "bc",
    }
)


@_attrs_define
class AccountUpdateBalance:
    """A balance in an `ACCOUNT_UPDATE` event.

    Attributes:
        asset (str): Asset.
        wallet_balance (Decimal | Unset): Wallet balance.
        cross_wallet_balance (Decimal | Unset): Cross wallet balance.
        balance_change (Decimal | Unset): Balance change, without profit and loss and commission.
    """

    asset: str
    wallet_balance: Decimal | Unset = UNSET
    cross_wallet_balance: Decimal | Unset = UNSET
    balance_change: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        wallet_balance: str | Unset = UNSET
        if not isinstance(self.wallet_balance, Unset):
            wallet_balance = format(self.wallet_balance, "f")

        cross_wallet_balance: str | Unset = UNSET
        if not isinstance(self.cross_wallet_balance, Unset):
            cross_wallet_balance = format(self.cross_wallet_balance, "f")

        balance_change: str | Unset = UNSET
        if not isinstance(self.balance_change, Unset):
            balance_change = format(self.balance_change, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "a": asset,
            }
        )
        if wallet_balance is not UNSET:
            field_dict["wb"] = wallet_balance
        if cross_wallet_balance is not UNSET:
            field_dict["cw"] = cross_wallet_balance
        if balance_change is not UNSET:
            field_dict["bc"] = balance_change

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("AccountUpdateBalance",)
            )
        d = src_dict
        try:
            asset = d["a"]
            if type(asset) is not str:
                asset = parse_str(asset, "a")

            wallet_balance = d.get("wb", UNSET)
            if type(wallet_balance) is not Decimal and not isinstance(wallet_balance, Unset):
                wallet_balance = (
                    Decimal(wallet_balance) if type(wallet_balance) is int else parse_decimal(wallet_balance, "wb")
                )

            cross_wallet_balance = d.get("cw", UNSET)
            if type(cross_wallet_balance) is not Decimal and not isinstance(cross_wallet_balance, Unset):
                cross_wallet_balance = (
                    Decimal(cross_wallet_balance)
                    if type(cross_wallet_balance) is int
                    else parse_decimal(cross_wallet_balance, "cw")
                )

            balance_change = d.get("bc", UNSET)
            if type(balance_change) is not Decimal and not isinstance(balance_change, Unset):
                balance_change = (
                    Decimal(balance_change) if type(balance_change) is int else parse_decimal(balance_change, "bc")
                )

        except ResponseParseError as exc:
            raise exc.within("AccountUpdateBalance") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("AccountUpdateBalance", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("AccountUpdateBalance",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.asset = asset
        _instance.wallet_balance = wallet_balance
        _instance.cross_wallet_balance = cross_wallet_balance
        _instance.balance_change = balance_change

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
