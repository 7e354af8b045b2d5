from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal, parse_int, parse_str
from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="PmFuturesAsset")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "asset",
        "crossWalletBalance",
        "crossUnPnl",
        "maintMargin",
        "initialMargin",
        "positionInitialMargin",
        "openOrderInitialMargin",
        "updateTime",
    }
)


@_attrs_define
class PmFuturesAsset:
    """Margin figures of one asset in the UM or CM part of a Portfolio Margin account.

    Attributes:
        asset (str): Asset name, such as `USDT` (UM) or `BTC` (CM).
        cross_wallet_balance (Decimal): Wallet balance.
        cross_un_pnl (Decimal | Unset): Unrealized profit and loss.
        maint_margin (Decimal | Unset): Maintenance margin required.
        initial_margin (Decimal | Unset): Total initial margin required at the current mark price.
        position_initial_margin (Decimal | Unset): Initial margin required for positions at the current mark price.
        open_order_initial_margin (Decimal | Unset): Initial margin required for open orders at the current mark price.
        update_time (int | Unset): Last update time, in milliseconds since the epoch.
    """

    asset: str
    cross_wallet_balance: Decimal
    cross_un_pnl: Decimal | Unset = UNSET
    maint_margin: Decimal | Unset = UNSET
    initial_margin: Decimal | Unset = UNSET
    position_initial_margin: Decimal | Unset = UNSET
    open_order_initial_margin: Decimal | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        cross_wallet_balance = format(self.cross_wallet_balance, "f")

        cross_un_pnl: str | Unset = UNSET
        if not isinstance(self.cross_un_pnl, Unset):
            cross_un_pnl = format(self.cross_un_pnl, "f")

        maint_margin: str | Unset = UNSET
        if not isinstance(self.maint_margin, Unset):
            maint_margin = format(self.maint_margin, "f")

        initial_margin: str | Unset = UNSET
        if not isinstance(self.initial_margin, Unset):
            initial_margin = format(self.initial_margin, "f")

        position_initial_margin: str | Unset = UNSET
        if not isinstance(self.position_initial_margin, Unset):
            position_initial_margin = format(self.position_initial_margin, "f")

        open_order_initial_margin: str | Unset = UNSET
        if not isinstance(self.open_order_initial_margin, Unset):
            open_order_initial_margin = format(self.open_order_initial_margin, "f")

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "crossWalletBalance": cross_wallet_balance,
            }
        )
        if cross_un_pnl is not UNSET:
            field_dict["crossUnPnl"] = cross_un_pnl
        if maint_margin is not UNSET:
            field_dict["maintMargin"] = maint_margin
        if initial_margin is not UNSET:
            field_dict["initialMargin"] = initial_margin
        if position_initial_margin is not UNSET:
            field_dict["positionInitialMargin"] = position_initial_margin
        if open_order_initial_margin is not UNSET:
            field_dict["openOrderInitialMargin"] = open_order_initial_margin
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("PmFuturesAsset",)
            )
        d = src_dict
        try:
            asset = d["asset"]
            if type(asset) is not str:
                asset = parse_str(asset, "asset")

            cross_wallet_balance = d["crossWalletBalance"]
            if type(cross_wallet_balance) is not Decimal:
                cross_wallet_balance = (
                    Decimal(cross_wallet_balance)
                    if type(cross_wallet_balance) is int
                    else parse_decimal(cross_wallet_balance, "crossWalletBalance")
                )

            cross_un_pnl = d.get("crossUnPnl", UNSET)
            if type(cross_un_pnl) is not Decimal and not isinstance(cross_un_pnl, Unset):
                cross_un_pnl = (
                    Decimal(cross_un_pnl) if type(cross_un_pnl) is int else parse_decimal(cross_un_pnl, "crossUnPnl")
                )

            maint_margin = d.get("maintMargin", UNSET)
            if type(maint_margin) is not Decimal and not isinstance(maint_margin, Unset):
                maint_margin = (
                    Decimal(maint_margin) if type(maint_margin) is int else parse_decimal(maint_margin, "maintMargin")
                )

            initial_margin = d.get("initialMargin", UNSET)
            if type(initial_margin) is not Decimal and not isinstance(initial_margin, Unset):
                initial_margin = (
                    Decimal(initial_margin)
                    if type(initial_margin) is int
                    else parse_decimal(initial_margin, "initialMargin")
                )

            position_initial_margin = d.get("positionInitialMargin", UNSET)
            if type(position_initial_margin) is not Decimal and not isinstance(position_initial_margin, Unset):
                position_initial_margin = (
                    Decimal(position_initial_margin)
                    if type(position_initial_margin) is int
                    else parse_decimal(position_initial_margin, "positionInitialMargin")
                )

            open_order_initial_margin = d.get("openOrderInitialMargin", UNSET)
            if type(open_order_initial_margin) is not Decimal and not isinstance(open_order_initial_margin, Unset):
                open_order_initial_margin = (
                    Decimal(open_order_initial_margin)
                    if type(open_order_initial_margin) is int
                    else parse_decimal(open_order_initial_margin, "openOrderInitialMargin")
                )

            update_time = d.get("updateTime", UNSET)
            if not isinstance(update_time, Unset) and type(update_time) is not int:
                update_time = parse_int(update_time, "updateTime")

        except ResponseParseError as exc:
            raise exc.within("PmFuturesAsset") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("PmFuturesAsset", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("PmFuturesAsset",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.asset = asset
        _instance.cross_wallet_balance = cross_wallet_balance
        _instance.cross_un_pnl = cross_un_pnl
        _instance.maint_margin = maint_margin
        _instance.initial_margin = initial_margin
        _instance.position_initial_margin = position_initial_margin
        _instance.open_order_initial_margin = open_order_initial_margin
        _instance.update_time = update_time

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
