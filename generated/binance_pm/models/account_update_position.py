from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal, parse_str
from ..errors import ResponseParseError
from ..models.position_side import PositionSide
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountUpdatePosition")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "s",
        "pa",
        "ep",
        "cr",
        "up",
        "ps",
        "bep",
    }
)


@_attrs_define
class AccountUpdatePosition:
    """A position in an `ACCOUNT_UPDATE` event.

    Attributes:
        symbol (str): Symbol.
        position_amount (Decimal | Unset): Position amount.
        entry_price (Decimal | Unset): Entry price.
        accumulated_realized (Decimal | Unset): Accumulated realized profit, before fees.
        unrealized_profit (Decimal | Unset): Unrealized profit and loss.
        position_side (PositionSide | Unset): Position side.
        breakeven_price (Decimal | Unset): Breakeven price.
    """

    symbol: str
    position_amount: Decimal | Unset = UNSET
    entry_price: Decimal | Unset = UNSET
    accumulated_realized: Decimal | Unset = UNSET
    unrealized_profit: Decimal | Unset = UNSET
    position_side: PositionSide | Unset = UNSET
    breakeven_price: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        position_amount: str | Unset = UNSET
        if not isinstance(self.position_amount, Unset):
            position_amount = format(self.position_amount, "f")

        entry_price: str | Unset = UNSET
        if not isinstance(self.entry_price, Unset):
            entry_price = format(self.entry_price, "f")

        accumulated_realized: str | Unset = UNSET
        if not isinstance(self.accumulated_realized, Unset):
            accumulated_realized = format(self.accumulated_realized, "f")

        unrealized_profit: str | Unset = UNSET
        if not isinstance(self.unrealized_profit, Unset):
            unrealized_profit = format(self.unrealized_profit, "f")

        position_side: str | Unset = UNSET
        if not isinstance(self.position_side, Unset):
            position_side = self.position_side.value

        breakeven_price: str | Unset = UNSET
        if not isinstance(self.breakeven_price, Unset):
            breakeven_price = format(self.breakeven_price, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "s": symbol,
            }
        )
        if position_amount is not UNSET:
            field_dict["pa"] = position_amount
        if entry_price is not UNSET:
            field_dict["ep"] = entry_price
        if accumulated_realized is not UNSET:
            field_dict["cr"] = accumulated_realized
        if unrealized_profit is not UNSET:
            field_dict["up"] = unrealized_profit
        if position_side is not UNSET:
            field_dict["ps"] = position_side
        if breakeven_price is not UNSET:
            field_dict["bep"] = breakeven_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("AccountUpdatePosition",)
            )
        d = src_dict
        try:
            symbol = d["s"]
            if type(symbol) is not str:
                symbol = parse_str(symbol, "s")

            position_amount = d.get("pa", UNSET)
            if type(position_amount) is not Decimal and not isinstance(position_amount, Unset):
                position_amount = (
                    Decimal(position_amount) if type(position_amount) is int else parse_decimal(position_amount, "pa")
                )

            entry_price = d.get("ep", UNSET)
            if type(entry_price) is not Decimal and not isinstance(entry_price, Unset):
                entry_price = Decimal(entry_price) if type(entry_price) is int else parse_decimal(entry_price, "ep")

            accumulated_realized = d.get("cr", UNSET)
            if type(accumulated_realized) is not Decimal and not isinstance(accumulated_realized, Unset):
                accumulated_realized = (
                    Decimal(accumulated_realized)
                    if type(accumulated_realized) is int
                    else parse_decimal(accumulated_realized, "cr")
                )

            unrealized_profit = d.get("up", UNSET)
            if type(unrealized_profit) is not Decimal and not isinstance(unrealized_profit, Unset):
                unrealized_profit = (
                    Decimal(unrealized_profit)
                    if type(unrealized_profit) is int
                    else parse_decimal(unrealized_profit, "up")
                )

            _position_side = d.get("ps", UNSET)
            position_side: PositionSide | Unset = (
                UNSET if isinstance(_position_side, Unset) else PositionSide(_position_side)
            )

            breakeven_price = d.get("bep", UNSET)
            if type(breakeven_price) is not Decimal and not isinstance(breakeven_price, Unset):
                breakeven_price = (
                    Decimal(breakeven_price) if type(breakeven_price) is int else parse_decimal(breakeven_price, "bep")
                )

        except ResponseParseError as exc:
            raise exc.within("AccountUpdatePosition") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("AccountUpdatePosition", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("AccountUpdatePosition",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.symbol = symbol
        _instance.position_amount = position_amount
        _instance.entry_price = entry_price
        _instance.accumulated_realized = accumulated_realized
        _instance.unrealized_profit = unrealized_profit
        _instance.position_side = position_side
        _instance.breakeven_price = breakeven_price

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
