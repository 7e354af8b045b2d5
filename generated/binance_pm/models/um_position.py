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

T = TypeVar("T", bound="UmPosition")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "symbol",
        "positionAmt",
        "entryPrice",
        "markPrice",
        "unRealizedProfit",
        "liquidationPrice",
        "leverage",
        "maxNotionalValue",
        "positionSide",
        "notional",
        "updateTime",
    }
)


@_attrs_define
class UmPosition:
    """One UM position with its prices, profit, notional value and leverage.

    Attributes:
        symbol (str): Symbol, such as `BTCUSDT`.
        position_amt (Decimal): Position size; negative for a short position in One-way Mode.
        entry_price (Decimal | Unset): Average entry price.
        mark_price (Decimal | Unset): Current mark price.
        un_realized_profit (Decimal | Unset): Unrealized profit and loss.
        liquidation_price (Decimal | Unset): Estimated liquidation price.
        leverage (Decimal | Unset): Current initial leverage (a whole number sent as a string).
        max_notional_value (Decimal | Unset): Largest notional value allowed at the current leverage.
        position_side (PositionSide | Unset): Position side.
        notional (Decimal | Unset): Notional value of the position.
        update_time (int | Unset): Last update time, in milliseconds since the epoch (0 if never).
    """

    symbol: str
    position_amt: Decimal
    entry_price: Decimal | Unset = UNSET
    mark_price: Decimal | Unset = UNSET
    un_realized_profit: Decimal | Unset = UNSET
    liquidation_price: Decimal | Unset = UNSET
    leverage: Decimal | Unset = UNSET
    max_notional_value: Decimal | Unset = UNSET
    position_side: PositionSide | Unset = UNSET
    notional: Decimal | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        position_amt = format(self.position_amt, "f")

        entry_price: str | Unset = UNSET
        if not isinstance(self.entry_price, Unset):
            entry_price = format(self.entry_price, "f")

        mark_price: str | Unset = UNSET
        if not isinstance(self.mark_price, Unset):
            mark_price = format(self.mark_price, "f")

        un_realized_profit: str | Unset = UNSET
        if not isinstance(self.un_realized_profit, Unset):
            un_realized_profit = format(self.un_realized_profit, "f")

        liquidation_price: str | Unset = UNSET
        if not isinstance(self.liquidation_price, Unset):
            liquidation_price = format(self.liquidation_price, "f")

        leverage: str | Unset = UNSET
        if not isinstance(self.leverage, Unset):
            leverage = format(self.leverage, "f")

        max_notional_value: str | Unset = UNSET
        if not isinstance(self.max_notional_value, Unset):
            max_notional_value = format(self.max_notional_value, "f")

        position_side: str | Unset = UNSET
        if not isinstance(self.position_side, Unset):
            position_side = self.position_side.value

        notional: str | Unset = UNSET
        if not isinstance(self.notional, Unset):
            notional = format(self.notional, "f")

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "positionAmt": position_amt,
            }
        )
        if entry_price is not UNSET:
            field_dict["entryPrice"] = entry_price
        if mark_price is not UNSET:
            field_dict["markPrice"] = mark_price
        if un_realized_profit is not UNSET:
            field_dict["unRealizedProfit"] = un_realized_profit
        if liquidation_price is not UNSET:
            field_dict["liquidationPrice"] = liquidation_price
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if max_notional_value is not UNSET:
            field_dict["maxNotionalValue"] = max_notional_value
        if position_side is not UNSET:
            field_dict["positionSide"] = position_side
        if notional is not UNSET:
            field_dict["notional"] = notional
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(f"expected a JSON object, got {type(src_dict).__name__}", location=("UmPosition",))
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

            entry_price = d.get("entryPrice", UNSET)
            if type(entry_price) is not Decimal and not isinstance(entry_price, Unset):
                entry_price = (
                    Decimal(entry_price) if type(entry_price) is int else parse_decimal(entry_price, "entryPrice")
                )

            mark_price = d.get("markPrice", UNSET)
            if type(mark_price) is not Decimal and not isinstance(mark_price, Unset):
                mark_price = Decimal(mark_price) if type(mark_price) is int else parse_decimal(mark_price, "markPrice")

            un_realized_profit = d.get("unRealizedProfit", UNSET)
            if type(un_realized_profit) is not Decimal and not isinstance(un_realized_profit, Unset):
                un_realized_profit = (
                    Decimal(un_realized_profit)
                    if type(un_realized_profit) is int
                    else parse_decimal(un_realized_profit, "unRealizedProfit")
                )

            liquidation_price = d.get("liquidationPrice", UNSET)
            if type(liquidation_price) is not Decimal and not isinstance(liquidation_price, Unset):
                liquidation_price = (
                    Decimal(liquidation_price)
                    if type(liquidation_price) is int
                    else parse_decimal(liquidation_price, "liquidationPrice")
                )

            leverage = d.get("leverage", UNSET)
            if type(leverage) is not Decimal and not isinstance(leverage, Unset):
                leverage = Decimal(leverage) if type(leverage) is int else parse_decimal(leverage, "leverage")

            max_notional_value = d.get("maxNotionalValue", UNSET)
            if type(max_notional_value) is not Decimal and not isinstance(max_notional_value, Unset):
                max_notional_value = (
                    Decimal(max_notional_value)
                    if type(max_notional_value) is int
                    else parse_decimal(max_notional_value, "maxNotionalValue")
                )

            _position_side = d.get("positionSide", UNSET)
            position_side: PositionSide | Unset = (
                UNSET if isinstance(_position_side, Unset) else PositionSide(_position_side)
            )

            notional = d.get("notional", UNSET)
            if type(notional) is not Decimal and not isinstance(notional, Unset):
                notional = Decimal(notional) if type(notional) is int else parse_decimal(notional, "notional")

            update_time = d.get("updateTime", UNSET)
            if not isinstance(update_time, Unset) and type(update_time) is not int:
                update_time = parse_int(update_time, "updateTime")

        except ResponseParseError as exc:
            raise exc.within("UmPosition") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("UmPosition", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("UmPosition",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.symbol = symbol
        _instance.position_amt = position_amt
        _instance.entry_price = entry_price
        _instance.mark_price = mark_price
        _instance.un_realized_profit = un_realized_profit
        _instance.liquidation_price = liquidation_price
        _instance.leverage = leverage
        _instance.max_notional_value = max_notional_value
        _instance.position_side = position_side
        _instance.notional = notional
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
