from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_bool, parse_decimal, parse_int, parse_str
from ..errors import ResponseParseError
from ..models.execution_type import ExecutionType
from ..models.futures_order_type import FuturesOrderType
from ..models.order_status import OrderStatus
from ..models.position_side import PositionSide
from ..models.price_match import PriceMatch
from ..models.self_trade_prevention_mode import SelfTradePreventionMode
from ..models.side import Side
from ..models.time_in_force import TimeInForce
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesOrderUpdate")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "s",
        "i",
        "c",
        "S",
        "o",
        "f",
        "q",
        "p",
        "ap",
        "sp",
        "x",
        "X",
        "l",
        "z",
        "L",
        "N",
        "n",
        "T",
        "t",
        "b",
        "a",
        "m",
        "R",
        "ps",
        "rp",
        "st",
        "si",
        "V",
        "pm",
        "gtd",
    }
)


@_attrs_define
class FuturesOrderUpdate:
    """The order an `ORDER_TRADE_UPDATE` event reports on (its `o` object).

    Attributes:
        symbol (str): Symbol.
        order_id (int): Order id.
        client_order_id (str | Unset): Client order id (`autoclose-...` for a liquidation, `adl_autoclose` for an ADL
            close, `settlement_autoclose-...` for a settlement).
        side (Side | Unset): Side.
        order_type (FuturesOrderType | Unset): Order type.
        time_in_force (TimeInForce | Unset): Time in force.
        original_quantity (Decimal | Unset): Original quantity.
        original_price (Decimal | Unset): Original price.
        average_price (Decimal | Unset): Average price.
        stop_price (Decimal | Unset): Stop price (Binance says to ignore it).
        execution_type (ExecutionType | Unset): Execution type: what this event reports.
        order_status (OrderStatus | Unset): Order status after this event.
        last_filled_quantity (Decimal | Unset): Quantity filled by this trade.
        cumulative_filled_quantity (Decimal | Unset): Quantity filled so far.
        last_filled_price (Decimal | Unset): Price of this trade.
        commission_asset (str | Unset): Commission asset (absent without a commission).
        commission (Decimal | Unset): Commission (absent without a commission).
        trade_time (int | Unset): Order trade time, in milliseconds since the epoch.
        trade_id (int | Unset): Trade id.
        bids_notional (Decimal | Unset): Bids notional.
        ask_notional (Decimal | Unset): Ask notional.
        is_maker (bool | Unset): Whether this trade was the maker side.
        is_reduce_only (bool | Unset): Whether the order is reduce-only.
        position_side (PositionSide | Unset): Position side.
        realized_profit (Decimal | Unset): Realized profit of this trade.
        strategy_type (str | Unset): Strategy type (only for an order a conditional order triggered).
        strategy_id (int | Unset): Strategy id (only for an order a conditional order triggered).
        self_trade_prevention_mode (SelfTradePreventionMode | Unset): Self-trade prevention mode.
        price_match (PriceMatch | Unset): Price match mode.
        good_till_date (int | Unset): Automatic cancel time of a `GTD` order, in milliseconds since the epoch.
    """

    symbol: str
    order_id: int
    client_order_id: str | Unset = UNSET
    side: Side | Unset = UNSET
    order_type: FuturesOrderType | Unset = UNSET
    time_in_force: TimeInForce | Unset = UNSET
    original_quantity: Decimal | Unset = UNSET
    original_price: Decimal | Unset = UNSET
    average_price: Decimal | Unset = UNSET
    stop_price: Decimal | Unset = UNSET
    execution_type: ExecutionType | Unset = UNSET
    order_status: OrderStatus | Unset = UNSET
    last_filled_quantity: Decimal | Unset = UNSET
    cumulative_filled_quantity: Decimal | Unset = UNSET
    last_filled_price: Decimal | Unset = UNSET
    commission_asset: str | Unset = UNSET
    commission: Decimal | Unset = UNSET
    trade_time: int | Unset = UNSET
    trade_id: int | Unset = UNSET
    bids_notional: Decimal | Unset = UNSET
    ask_notional: Decimal | Unset = UNSET
    is_maker: bool | Unset = UNSET
    is_reduce_only: bool | Unset = UNSET
    position_side: PositionSide | Unset = UNSET
    realized_profit: Decimal | Unset = UNSET
    strategy_type: str | Unset = UNSET
    strategy_id: int | Unset = UNSET
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET
    price_match: PriceMatch | Unset = UNSET
    good_till_date: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        order_id = self.order_id

        client_order_id = self.client_order_id

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type.value

        time_in_force: str | Unset = UNSET
        if not isinstance(self.time_in_force, Unset):
            time_in_force = self.time_in_force.value

        original_quantity: str | Unset = UNSET
        if not isinstance(self.original_quantity, Unset):
            original_quantity = format(self.original_quantity, "f")

        original_price: str | Unset = UNSET
        if not isinstance(self.original_price, Unset):
            original_price = format(self.original_price, "f")

        average_price: str | Unset = UNSET
        if not isinstance(self.average_price, Unset):
            average_price = format(self.average_price, "f")

        stop_price: str | Unset = UNSET
        if not isinstance(self.stop_price, Unset):
            stop_price = format(self.stop_price, "f")

        execution_type: str | Unset = UNSET
        if not isinstance(self.execution_type, Unset):
            execution_type = self.execution_type.value

        order_status: str | Unset = UNSET
        if not isinstance(self.order_status, Unset):
            order_status = self.order_status.value

        last_filled_quantity: str | Unset = UNSET
        if not isinstance(self.last_filled_quantity, Unset):
            last_filled_quantity = format(self.last_filled_quantity, "f")

        cumulative_filled_quantity: str | Unset = UNSET
        if not isinstance(self.cumulative_filled_quantity, Unset):
            cumulative_filled_quantity = format(self.cumulative_filled_quantity, "f")

        last_filled_price: str | Unset = UNSET
        if not isinstance(self.last_filled_price, Unset):
            last_filled_price = format(self.last_filled_price, "f")

        commission_asset = self.commission_asset

        commission: str | Unset = UNSET
        if not isinstance(self.commission, Unset):
            commission = format(self.commission, "f")

        trade_time = self.trade_time

        trade_id = self.trade_id

        bids_notional: str | Unset = UNSET
        if not isinstance(self.bids_notional, Unset):
            bids_notional = format(self.bids_notional, "f")

        ask_notional: str | Unset = UNSET
        if not isinstance(self.ask_notional, Unset):
            ask_notional = format(self.ask_notional, "f")

        is_maker = self.is_maker

        is_reduce_only = self.is_reduce_only

        position_side: str | Unset = UNSET
        if not isinstance(self.position_side, Unset):
            position_side = self.position_side.value

        realized_profit: str | Unset = UNSET
        if not isinstance(self.realized_profit, Unset):
            realized_profit = format(self.realized_profit, "f")

        strategy_type = self.strategy_type

        strategy_id = self.strategy_id

        self_trade_prevention_mode: str | Unset = UNSET
        if not isinstance(self.self_trade_prevention_mode, Unset):
            self_trade_prevention_mode = self.self_trade_prevention_mode.value

        price_match: str | Unset = UNSET
        if not isinstance(self.price_match, Unset):
            price_match = self.price_match.value

        good_till_date = self.good_till_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "s": symbol,
                "i": order_id,
            }
        )
        if client_order_id is not UNSET:
            field_dict["c"] = client_order_id
        if side is not UNSET:
            field_dict["S"] = side
        if order_type is not UNSET:
            field_dict["o"] = order_type
        if time_in_force is not UNSET:
            field_dict["f"] = time_in_force
        if original_quantity is not UNSET:
            field_dict["q"] = original_quantity
        if original_price is not UNSET:
            field_dict["p"] = original_price
        if average_price is not UNSET:
            field_dict["ap"] = average_price
        if stop_price is not UNSET:
            field_dict["sp"] = stop_price
        if execution_type is not UNSET:
            field_dict["x"] = execution_type
        if order_status is not UNSET:
            field_dict["X"] = order_status
        if last_filled_quantity is not UNSET:
            field_dict["l"] = last_filled_quantity
        if cumulative_filled_quantity is not UNSET:
            field_dict["z"] = cumulative_filled_quantity
        if last_filled_price is not UNSET:
            field_dict["L"] = last_filled_price
        if commission_asset is not UNSET:
            field_dict["N"] = commission_asset
        if commission is not UNSET:
            field_dict["n"] = commission
        if trade_time is not UNSET:
            field_dict["T"] = trade_time
        if trade_id is not UNSET:
            field_dict["t"] = trade_id
        if bids_notional is not UNSET:
            field_dict["b"] = bids_notional
        if ask_notional is not UNSET:
            field_dict["a"] = ask_notional
        if is_maker is not UNSET:
            field_dict["m"] = is_maker
        if is_reduce_only is not UNSET:
            field_dict["R"] = is_reduce_only
        if position_side is not UNSET:
            field_dict["ps"] = position_side
        if realized_profit is not UNSET:
            field_dict["rp"] = realized_profit
        if strategy_type is not UNSET:
            field_dict["st"] = strategy_type
        if strategy_id is not UNSET:
            field_dict["si"] = strategy_id
        if self_trade_prevention_mode is not UNSET:
            field_dict["V"] = self_trade_prevention_mode
        if price_match is not UNSET:
            field_dict["pm"] = price_match
        if good_till_date is not UNSET:
            field_dict["gtd"] = good_till_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("FuturesOrderUpdate",)
            )
        d = src_dict
        try:
            symbol = d["s"]
            if type(symbol) is not str:
                symbol = parse_str(symbol, "s")

            order_id = d["i"]
            if type(order_id) is not int:
                order_id = parse_int(order_id, "i")

            client_order_id = d.get("c", UNSET)
            if not isinstance(client_order_id, Unset) and type(client_order_id) is not str:
                client_order_id = parse_str(client_order_id, "c")

            _side = d.get("S", UNSET)
            side: Side | Unset = UNSET if isinstance(_side, Unset) else Side(_side)

            _order_type = d.get("o", UNSET)
            order_type: FuturesOrderType | Unset = (
                UNSET if isinstance(_order_type, Unset) else FuturesOrderType(_order_type)
            )

            _time_in_force = d.get("f", UNSET)
            time_in_force: TimeInForce | Unset = (
                UNSET if isinstance(_time_in_force, Unset) else TimeInForce(_time_in_force)
            )

            original_quantity = d.get("q", UNSET)
            if type(original_quantity) is not Decimal and not isinstance(original_quantity, Unset):
                original_quantity = (
                    Decimal(original_quantity)
                    if type(original_quantity) is int
                    else parse_decimal(original_quantity, "q")
                )

            original_price = d.get("p", UNSET)
            if type(original_price) is not Decimal and not isinstance(original_price, Unset):
                original_price = (
                    Decimal(original_price) if type(original_price) is int else parse_decimal(original_price, "p")
                )

            average_price = d.get("ap", UNSET)
            if type(average_price) is not Decimal and not isinstance(average_price, Unset):
                average_price = (
                    Decimal(average_price) if type(average_price) is int else parse_decimal(average_price, "ap")
                )

            stop_price = d.get("sp", UNSET)
            if type(stop_price) is not Decimal and not isinstance(stop_price, Unset):
                stop_price = Decimal(stop_price) if type(stop_price) is int else parse_decimal(stop_price, "sp")

            _execution_type = d.get("x", UNSET)
            execution_type: ExecutionType | Unset = (
                UNSET if isinstance(_execution_type, Unset) else ExecutionType(_execution_type)
            )

            _order_status = d.get("X", UNSET)
            order_status: OrderStatus | Unset = (
                UNSET if isinstance(_order_status, Unset) else OrderStatus(_order_status)
            )

            last_filled_quantity = d.get("l", UNSET)
            if type(last_filled_quantity) is not Decimal and not isinstance(last_filled_quantity, Unset):
                last_filled_quantity = (
                    Decimal(last_filled_quantity)
                    if type(last_filled_quantity) is int
                    else parse_decimal(last_filled_quantity, "l")
                )

            cumulative_filled_quantity = d.get("z", UNSET)
            if type(cumulative_filled_quantity) is not Decimal and not isinstance(cumulative_filled_quantity, Unset):
                cumulative_filled_quantity = (
                    Decimal(cumulative_filled_quantity)
                    if type(cumulative_filled_quantity) is int
                    else parse_decimal(cumulative_filled_quantity, "z")
                )

            last_filled_price = d.get("L", UNSET)
            if type(last_filled_price) is not Decimal and not isinstance(last_filled_price, Unset):
                last_filled_price = (
                    Decimal(last_filled_price)
                    if type(last_filled_price) is int
                    else parse_decimal(last_filled_price, "L")
                )

            commission_asset = d.get("N", UNSET)
            if not isinstance(commission_asset, Unset) and type(commission_asset) is not str:
                commission_asset = parse_str(commission_asset, "N")

            commission = d.get("n", UNSET)
            if type(commission) is not Decimal and not isinstance(commission, Unset):
                commission = Decimal(commission) if type(commission) is int else parse_decimal(commission, "n")

            trade_time = d.get("T", UNSET)
            if not isinstance(trade_time, Unset) and type(trade_time) is not int:
                trade_time = parse_int(trade_time, "T")

            trade_id = d.get("t", UNSET)
            if not isinstance(trade_id, Unset) and type(trade_id) is not int:
                trade_id = parse_int(trade_id, "t")

            bids_notional = d.get("b", UNSET)
            if type(bids_notional) is not Decimal and not isinstance(bids_notional, Unset):
                bids_notional = (
                    Decimal(bids_notional) if type(bids_notional) is int else parse_decimal(bids_notional, "b")
                )

            ask_notional = d.get("a", UNSET)
            if type(ask_notional) is not Decimal and not isinstance(ask_notional, Unset):
                ask_notional = Decimal(ask_notional) if type(ask_notional) is int else parse_decimal(ask_notional, "a")

            is_maker = d.get("m", UNSET)
            if not isinstance(is_maker, Unset) and type(is_maker) is not bool:
                is_maker = parse_bool(is_maker, "m")

            is_reduce_only = d.get("R", UNSET)
            if not isinstance(is_reduce_only, Unset) and type(is_reduce_only) is not bool:
                is_reduce_only = parse_bool(is_reduce_only, "R")

            _position_side = d.get("ps", UNSET)
            position_side: PositionSide | Unset = (
                UNSET if isinstance(_position_side, Unset) else PositionSide(_position_side)
            )

            realized_profit = d.get("rp", UNSET)
            if type(realized_profit) is not Decimal and not isinstance(realized_profit, Unset):
                realized_profit = (
                    Decimal(realized_profit) if type(realized_profit) is int else parse_decimal(realized_profit, "rp")
                )

            strategy_type = d.get("st", UNSET)
            if not isinstance(strategy_type, Unset) and type(strategy_type) is not str:
                strategy_type = parse_str(strategy_type, "st")

            strategy_id = d.get("si", UNSET)
            if not isinstance(strategy_id, Unset) and type(strategy_id) is not int:
                strategy_id = parse_int(strategy_id, "si")

            _self_trade_prevention_mode = d.get("V", UNSET)
            self_trade_prevention_mode: SelfTradePreventionMode | Unset = (
                UNSET
                if isinstance(_self_trade_prevention_mode, Unset)
                else SelfTradePreventionMode(_self_trade_prevention_mode)
            )

            _price_match = d.get("pm", UNSET)
            price_match: PriceMatch | Unset = UNSET if isinstance(_price_match, Unset) else PriceMatch(_price_match)

            good_till_date = d.get("gtd", UNSET)
            if not isinstance(good_till_date, Unset) and type(good_till_date) is not int:
                good_till_date = parse_int(good_till_date, "gtd")

        except ResponseParseError as exc:
            raise exc.within("FuturesOrderUpdate") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("FuturesOrderUpdate", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("FuturesOrderUpdate",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.symbol = symbol
        _instance.order_id = order_id
        _instance.client_order_id = client_order_id
        _instance.side = side
        _instance.order_type = order_type
        _instance.time_in_force = time_in_force
        _instance.original_quantity = original_quantity
        _instance.original_price = original_price
        _instance.average_price = average_price
        _instance.stop_price = stop_price
        _instance.execution_type = execution_type
        _instance.order_status = order_status
        _instance.last_filled_quantity = last_filled_quantity
        _instance.cumulative_filled_quantity = cumulative_filled_quantity
        _instance.last_filled_price = last_filled_price
        _instance.commission_asset = commission_asset
        _instance.commission = commission
        _instance.trade_time = trade_time
        _instance.trade_id = trade_id
        _instance.bids_notional = bids_notional
        _instance.ask_notional = ask_notional
        _instance.is_maker = is_maker
        _instance.is_reduce_only = is_reduce_only
        _instance.position_side = position_side
        _instance.realized_profit = realized_profit
        _instance.strategy_type = strategy_type
        _instance.strategy_id = strategy_id
        _instance.self_trade_prevention_mode = self_trade_prevention_mode
        _instance.price_match = price_match
        _instance.good_till_date = good_till_date

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
