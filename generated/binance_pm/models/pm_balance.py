from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal, parse_int, parse_str
from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="PmBalance")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "asset",
        "totalWalletBalance",
        "crossMarginAsset",
        "crossMarginBorrowed",
        "crossMarginFree",
        "crossMarginInterest",
        "crossMarginLocked",
        "umWalletBalance",
        "umUnrealizedPNL",
        "cmWalletBalance",
        "cmUnrealizedPNL",
        "updateTime",
        "negativeBalance",
    }
)


@_attrs_define
class PmBalance:
    """The balance of one asset in a Portfolio Margin account, split into its cross-margin,
    UM and CM parts.

    Attributes:
        asset (str): Asset name, such as `USDT`.
        total_wallet_balance (Decimal): Wallet balance of the asset: cross-margin free plus cross-margin locked plus
            the UM and CM wallet balances.
        cross_margin_asset (Decimal | Unset): Cross-margin holding (free plus locked). Binance's example leaves it out
            of the
            single-asset answer.
        cross_margin_borrowed (Decimal | Unset): Principal borrowed in cross margin.
        cross_margin_free (Decimal | Unset): Free cross-margin amount.
        cross_margin_interest (Decimal | Unset): Interest owed in cross margin.
        cross_margin_locked (Decimal | Unset): Cross-margin amount locked (for example by open orders).
        um_wallet_balance (Decimal | Unset): UM wallet balance.
        um_unrealized_pnl (Decimal | Unset): Unrealized profit and loss of UM positions.
        cm_wallet_balance (Decimal | Unset): CM wallet balance.
        cm_unrealized_pnl (str | Unset): Unrealized profit and loss of CM positions; Binance's example sends it empty.
        update_time (int | Unset): Last update time, in milliseconds since the epoch.
        negative_balance (Decimal | Unset): Negative balance of the asset.
    """

    asset: str
    total_wallet_balance: Decimal
    cross_margin_asset: Decimal | Unset = UNSET
    cross_margin_borrowed: Decimal | Unset = UNSET
    cross_margin_free: Decimal | Unset = UNSET
    cross_margin_interest: Decimal | Unset = UNSET
    cross_margin_locked: Decimal | Unset = UNSET
    um_wallet_balance: Decimal | Unset = UNSET
    um_unrealized_pnl: Decimal | Unset = UNSET
    cm_wallet_balance: Decimal | Unset = UNSET
    cm_unrealized_pnl: str | Unset = UNSET
    update_time: int | Unset = UNSET
    negative_balance: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        total_wallet_balance = format(self.total_wallet_balance, "f")

        cross_margin_asset: str | Unset = UNSET
        if not isinstance(self.cross_margin_asset, Unset):
            cross_margin_asset = format(self.cross_margin_asset, "f")

        cross_margin_borrowed: str | Unset = UNSET
        if not isinstance(self.cross_margin_borrowed, Unset):
            cross_margin_borrowed = format(self.cross_margin_borrowed, "f")

        cross_margin_free: str | Unset = UNSET
        if not isinstance(self.cross_margin_free, Unset):
            cross_margin_free = format(self.cross_margin_free, "f")

        cross_margin_interest: str | Unset = UNSET
        if not isinstance(self.cross_margin_interest, Unset):
            cross_margin_interest = format(self.cross_margin_interest, "f")

        cross_margin_locked: str | Unset = UNSET
        if not isinstance(self.cross_margin_locked, Unset):
            cross_margin_locked = format(self.cross_margin_locked, "f")

        um_wallet_balance: str | Unset = UNSET
        if not isinstance(self.um_wallet_balance, Unset):
            um_wallet_balance = format(self.um_wallet_balance, "f")

        um_unrealized_pnl: str | Unset = UNSET
        if not isinstance(self.um_unrealized_pnl, Unset):
            um_unrealized_pnl = format(self.um_unrealized_pnl, "f")

        cm_wallet_balance: str | Unset = UNSET
        if not isinstance(self.cm_wallet_balance, Unset):
            cm_wallet_balance = format(self.cm_wallet_balance, "f")

        cm_unrealized_pnl = self.cm_unrealized_pnl

        update_time = self.update_time

        negative_balance: str | Unset = UNSET
        if not isinstance(self.negative_balance, Unset):
            negative_balance = format(self.negative_balance, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "totalWalletBalance": total_wallet_balance,
            }
        )
        if cross_margin_asset is not UNSET:
            field_dict["crossMarginAsset"] = cross_margin_asset
        if cross_margin_borrowed is not UNSET:
            field_dict["crossMarginBorrowed"] = cross_margin_borrowed
        if cross_margin_free is not UNSET:
            field_dict["crossMarginFree"] = cross_margin_free
        if cross_margin_interest is not UNSET:
            field_dict["crossMarginInterest"] = cross_margin_interest
        if cross_margin_locked is not UNSET:
            field_dict["crossMarginLocked"] = cross_margin_locked
        if um_wallet_balance is not UNSET:
            field_dict["umWalletBalance"] = um_wallet_balance
        if um_unrealized_pnl is not UNSET:
            field_dict["umUnrealizedPNL"] = um_unrealized_pnl
        if cm_wallet_balance is not UNSET:
            field_dict["cmWalletBalance"] = cm_wallet_balance
        if cm_unrealized_pnl is not UNSET:
            field_dict["cmUnrealizedPNL"] = cm_unrealized_pnl
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if negative_balance is not UNSET:
            field_dict["negativeBalance"] = negative_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(f"expected a JSON object, got {type(src_dict).__name__}", location=("PmBalance",))
        d = src_dict
        try:
            asset = d["asset"]
            if type(asset) is not str:
                asset = parse_str(asset, "asset")

            total_wallet_balance = d["totalWalletBalance"]
            if type(total_wallet_balance) is not Decimal:
                total_wallet_balance = (
                    Decimal(total_wallet_balance)
                    if type(total_wallet_balance) is int
                    else parse_decimal(total_wallet_balance, "totalWalletBalance")
                )

            cross_margin_asset = d.get("crossMarginAsset", UNSET)
            if type(cross_margin_asset) is not Decimal and not isinstance(cross_margin_asset, Unset):
                cross_margin_asset = (
                    Decimal(cross_margin_asset)
                    if type(cross_margin_asset) is int
                    else parse_decimal(cross_margin_asset, "crossMarginAsset")
                )

            cross_margin_borrowed = d.get("crossMarginBorrowed", UNSET)
            if type(cross_margin_borrowed) is not Decimal and not isinstance(cross_margin_borrowed, Unset):
                cross_margin_borrowed = (
                    Decimal(cross_margin_borrowed)
                    if type(cross_margin_borrowed) is int
                    else parse_decimal(cross_margin_borrowed, "crossMarginBorrowed")
                )

            cross_margin_free = d.get("crossMarginFree", UNSET)
            if type(cross_margin_free) is not Decimal and not isinstance(cross_margin_free, Unset):
                cross_margin_free = (
                    Decimal(cross_margin_free)
                    if type(cross_margin_free) is int
                    else parse_decimal(cross_margin_free, "crossMarginFree")
                )

            cross_margin_interest = d.get("crossMarginInterest", UNSET)
            if type(cross_margin_interest) is not Decimal and not isinstance(cross_margin_interest, Unset):
                cross_margin_interest = (
                    Decimal(cross_margin_interest)
                    if type(cross_margin_interest) is int
                    else parse_decimal(cross_margin_interest, "crossMarginInterest")
                )

            cross_margin_locked = d.get("crossMarginLocked", UNSET)
            if type(cross_margin_locked) is not Decimal and not isinstance(cross_margin_locked, Unset):
                cross_margin_locked = (
                    Decimal(cross_margin_locked)
                    if type(cross_margin_locked) is int
                    else parse_decimal(cross_margin_locked, "crossMarginLocked")
                )

            um_wallet_balance = d.get("umWalletBalance", UNSET)
            if type(um_wallet_balance) is not Decimal and not isinstance(um_wallet_balance, Unset):
                um_wallet_balance = (
                    Decimal(um_wallet_balance)
                    if type(um_wallet_balance) is int
                    else parse_decimal(um_wallet_balance, "umWalletBalance")
                )

            um_unrealized_pnl = d.get("umUnrealizedPNL", UNSET)
            if type(um_unrealized_pnl) is not Decimal and not isinstance(um_unrealized_pnl, Unset):
                um_unrealized_pnl = (
                    Decimal(um_unrealized_pnl)
                    if type(um_unrealized_pnl) is int
                    else parse_decimal(um_unrealized_pnl, "umUnrealizedPNL")
                )

            cm_wallet_balance = d.get("cmWalletBalance", UNSET)
            if type(cm_wallet_balance) is not Decimal and not isinstance(cm_wallet_balance, Unset):
                cm_wallet_balance = (
                    Decimal(cm_wallet_balance)
                    if type(cm_wallet_balance) is int
                    else parse_decimal(cm_wallet_balance, "cmWalletBalance")
                )

            cm_unrealized_pnl = d.get("cmUnrealizedPNL", UNSET)
            if not isinstance(cm_unrealized_pnl, Unset) and type(cm_unrealized_pnl) is not str:
                cm_unrealized_pnl = parse_str(cm_unrealized_pnl, "cmUnrealizedPNL")

            update_time = d.get("updateTime", UNSET)
            if not isinstance(update_time, Unset) and type(update_time) is not int:
                update_time = parse_int(update_time, "updateTime")

            negative_balance = d.get("negativeBalance", UNSET)
            if type(negative_balance) is not Decimal and not isinstance(negative_balance, Unset):
                negative_balance = (
                    Decimal(negative_balance)
                    if type(negative_balance) is int
                    else parse_decimal(negative_balance, "negativeBalance")
                )

        except ResponseParseError as exc:
            raise exc.within("PmBalance") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("PmBalance", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("PmBalance",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.asset = asset
        _instance.total_wallet_balance = total_wallet_balance
        _instance.cross_margin_asset = cross_margin_asset
        _instance.cross_margin_borrowed = cross_margin_borrowed
        _instance.cross_margin_free = cross_margin_free
        _instance.cross_margin_interest = cross_margin_interest
        _instance.cross_margin_locked = cross_margin_locked
        _instance.um_wallet_balance = um_wallet_balance
        _instance.um_unrealized_pnl = um_unrealized_pnl
        _instance.cm_wallet_balance = cm_wallet_balance
        _instance.cm_unrealized_pnl = cm_unrealized_pnl
        _instance.update_time = update_time
        _instance.negative_balance = negative_balance

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
