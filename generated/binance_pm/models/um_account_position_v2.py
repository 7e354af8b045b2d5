from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal, parse_int, parse_str
from ..errors import ResponseParseError
from ..models.position_side import PositionSide
from ..types import UNSET, Unset

T = TypeVar("T", bound="UmAccountPositionV2")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "symbol",
        "positionAmt",
        "initialMargin",
        "maintMargin",
        "unrealizedProfit",
        "positionSide",
        "updateTime",
        "notional",
    }
)


@_attrs_define
class UmAccountPositionV2:
    """One UM position as the account detail (version 2) reports it.

    Attributes:
        symbol (str): Symbol, such as `BTCUSDT`.
        position_amt (Decimal): Position size; negative for a short position in One-way Mode.
        initial_margin (Decimal | Unset): Initial margin required at the current mark price.
        maint_margin (Decimal | Unset): Maintenance margin required.
        unrealized_profit (Decimal | Unset): Unrealized profit and loss.
        position_side (PositionSide | Unset): Position side.
        update_time (int | Unset): Last update time, in milliseconds since the epoch (0 if never).
        notional (Decimal | Unset): Notional value of the position.
    """

    symbol: str
    position_amt: Decimal
    initial_margin: Decimal | Unset = UNSET
    maint_margin: Decimal | Unset = UNSET
    unrealized_profit: Decimal | Unset = UNSET
    position_side: PositionSide | Unset = UNSET
    update_time: int | Unset = UNSET
    notional: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        position_amt = format(self.position_amt, "f")

        initial_margin: str | Unset = UNSET
        if not isinstance(self.initial_margin, Unset):
            initial_margin = format(self.initial_margin, "f")

        maint_margin: str | Unset = UNSET
        if not isinstance(self.maint_margin, Unset):
            maint_margin = format(self.maint_margin, "f")

        unrealized_profit: str | Unset = UNSET
        if not isinstance(self.unrealized_profit, Unset):
            unrealized_profit = format(self.unrealized_profit, "f")

        position_side: str | Unset = UNSET
        if not isinstance(self.position_side, Unset):
            position_side = self.position_side.value

        update_time = self.update_time

        notional: str | Unset = UNSET
        if not isinstance(self.notional, Unset):
            notional = format(self.notional, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "positionAmt": position_amt,
            }
        )
        if initial_margin is not UNSET:
            field_dict["initialMargin"] = initial_margin
        if maint_margin is not UNSET:
            field_dict["maintMargin"] = maint_margin
        if unrealized_profit is not UNSET:
            field_dict["unrealizedProfit"] = unrealized_profit
        if position_side is not UNSET:
            field_dict["positionSide"] = position_side
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if notional is not UNSET:
            field_dict["notional"] = notional

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("UmAccountPositionV2",)
            )
        d = src_dict
        try:
            symbol = d["symbol"]
            if type(symbol) is not str:
                symbol = parse_str(symbol, "symbol")

            position_amt = d["positionAmt"]
            if type(position_amt) is not Decimal:
                position_amt = (
                    Decimal(position_amt) if type(position_amt) is int else parse_decimal(position_amt, "positionAmt")
                )

            initial_margin = d.get("initialMargin", UNSET)
            if type(initial_margin) is not Decimal and not isinstance(initial_margin, Unset):
                initial_margin = (
                    Decimal(initial_margin)
                    if type(initial_margin) is int
                    else parse_decimal(initial_margin, "initialMargin")
                )

            maint_margin = d.get("maintMargin", UNSET)
            if type(maint_margin) is not Decimal and not isinstance(maint_margin, Unset):
                maint_margin = (
                    Decimal(maint_margin) if type(maint_margin) is int else parse_decimal(maint_margin, "maintMargin")
                )

            unrealized_profit = d.get("unrealizedProfit", UNSET)
            if type(unrealized_profit) is not Decimal and not isinstance(unrealized_profit, Unset):
                unrealized_profit = (
                    Decimal(unrealized_profit)
                    if type(unrealized_profit) is int
                    else parse_decimal(unrealized_profit, "unrealizedProfit")
                )

            _position_side = d.get("positionSide", UNSET)
            position_side: PositionSide | Unset = (
                UNSET if isinstance(_position_side, Unset) else PositionSide(_position_side)
            )

            update_time = d.get("updateTime", UNSET)
            if not isinstance(update_time, Unset) and type(update_time) is not int:
                update_time = parse_int(update_time, "updateTime")

            notional = d.get("notional", UNSET)
            if type(notional) is not Decimal and not isinstance(notional, Unset):
                notional = Decimal(notional) if type(notional) is int else parse_decimal(notional, "notional")

        except ResponseParseError as exc:
            raise exc.within("UmAccountPositionV2") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("UmAccountPositionV2", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("UmAccountPositionV2",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.symbol = symbol
        _instance.position_amt = position_amt
        _instance.initial_margin = initial_margin
        _instance.maint_margin = maint_margin
        _instance.unrealized_profit = unrealized_profit
        _instance.position_side = position_side
        _instance.update_time = update_time
        _instance.notional = notional

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
