from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_bool, parse_decimal, parse_int, parse_str
from ..errors import ResponseParseError
from ..models.position_side import PositionSide
from ..models.self_trade_prevention_mode import SelfTradePreventionMode
from ..models.side import Side
from ..models.time_in_force import TimeInForce
from ..models.working_type import WorkingType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConditionalOrderUpdate")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "s",
        "si",
        "c",
        "S",
        "st",
        "f",
        "q",
        "p",
        "sp",
        "os",
        "T",
        "ut",
        "R",
        "wt",
        "ps",
        "cp",
        "AP",
        "cr",
        "i",
        "V",
        "gtd",
    }
)


@_attrs_define
class ConditionalOrderUpdate:
    """The conditional order a `CONDITIONAL_ORDER_TRADE_UPDATE` event reports on (its `so` object).

    Attributes:
        symbol (str): Symbol.
        strategy_id (int): Strategy id.
        strategy_client_order_id (str | Unset): Client id of the strategy order.
        side (Side | Unset): Side.
        strategy_type (str | Unset): Strategy type (`STOP`, `TAKE_PROFIT_MARKET`, ...).
        time_in_force (TimeInForce | Unset): Time in force.
        quantity (Decimal | Unset): Quantity.
        price (Decimal | Unset): Price.
        stop_price (Decimal | Unset): Stop price (ignore it for a trailing stop).
        strategy_status (str | Unset): Strategy order status (`NEW`, `CANCELED`, `EXPIRED`, `TRIGGERED`, `FINISHED`,
            ...).
        book_time (int | Unset): Order book time, in milliseconds since the epoch.
        update_time (int | Unset): Order update time, in milliseconds since the epoch.
        is_reduce_only (bool | Unset): Whether the order is reduce-only.
        working_type (WorkingType | Unset): Which price the stop price is compared with.
        position_side (PositionSide | Unset): Position side.
        is_close_all (bool | Unset): Whether the order closes the whole position.
        activation_price (Decimal | Unset): Activation price (trailing stops only).
        callback_rate (Decimal | Unset): Callback rate (trailing stops only).
        order_id (int | Unset): Id of the order the strategy placed, once triggered.
        self_trade_prevention_mode (SelfTradePreventionMode | Unset): Self-trade prevention mode.
        good_till_date (int | Unset): Automatic cancel time of a `GTD` order, in milliseconds since the epoch.
    """

    symbol: str
    strategy_id: int
    strategy_client_order_id: str | Unset = UNSET
    side: Side | Unset = UNSET
    strategy_type: str | Unset = UNSET
    time_in_force: TimeInForce | Unset = UNSET
    quantity: Decimal | Unset = UNSET
    price: Decimal | Unset = UNSET
    stop_price: Decimal | Unset = UNSET
    strategy_status: str | Unset = UNSET
    book_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    is_reduce_only: bool | Unset = UNSET
    working_type: WorkingType | Unset = UNSET
    position_side: PositionSide | Unset = UNSET
    is_close_all: bool | Unset = UNSET
    activation_price: Decimal | Unset = UNSET
    callback_rate: Decimal | Unset = UNSET
    order_id: int | Unset = UNSET
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET
    good_till_date: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        strategy_id = self.strategy_id

        strategy_client_order_id = self.strategy_client_order_id

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        strategy_type = self.strategy_type

        time_in_force: str | Unset = UNSET
        if not isinstance(self.time_in_force, Unset):
            time_in_force = self.time_in_force.value

        quantity: str | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = format(self.quantity, "f")

        price: str | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = format(self.price, "f")

        stop_price: str | Unset = UNSET
        if not isinstance(self.stop_price, Unset):
            stop_price = format(self.stop_price, "f")

        strategy_status = self.strategy_status

        book_time = self.book_time

        update_time = self.update_time

        is_reduce_only = self.is_reduce_only

        working_type: str | Unset = UNSET
        if not isinstance(self.working_type, Unset):
            working_type = self.working_type.value

        position_side: str | Unset = UNSET
        if not isinstance(self.position_side, Unset):
            position_side = self.position_side.value

        is_close_all = self.is_close_all

        activation_price: str | Unset = UNSET
        if not isinstance(self.activation_price, Unset):
            activation_price = format(self.activation_price, "f")

        callback_rate: str | Unset = UNSET
        if not isinstance(self.callback_rate, Unset):
            callback_rate = format(self.callback_rate, "f")

        order_id = self.order_id

        self_trade_prevention_mode: str | Unset = UNSET
        if not isinstance(self.self_trade_prevention_mode, Unset):
            self_trade_prevention_mode = self.self_trade_prevention_mode.value

        good_till_date = self.good_till_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "s": symbol,
                "si": strategy_id,
            }
        )
        if strategy_client_order_id is not UNSET:
            field_dict["c"] = strategy_client_order_id
        if side is not UNSET:
            field_dict["S"] = side
        if strategy_type is not UNSET:
            field_dict["st"] = strategy_type
        if time_in_force is not UNSET:
            field_dict["f"] = time_in_force
        if quantity is not UNSET:
            field_dict["q"] = quantity
        if price is not UNSET:
            field_dict["p"] = price
        if stop_price is not UNSET:
            field_dict["sp"] = stop_price
        if strategy_status is not UNSET:
            field_dict["os"] = strategy_status
        if book_time is not UNSET:
            field_dict["T"] = book_time
        if update_time is not UNSET:
            field_dict["ut"] = update_time
        if is_reduce_only is not UNSET:
            field_dict["R"] = is_reduce_only
        if working_type is not UNSET:
            field_dict["wt"] = working_type
        if position_side is not UNSET:
            field_dict["ps"] = position_side
        if is_close_all is not UNSET:
            field_dict["cp"] = is_close_all
        if activation_price is not UNSET:
            field_dict["AP"] = activation_price
        if callback_rate is not UNSET:
            field_dict["cr"] = callback_rate
        if order_id is not UNSET:
            field_dict["i"] = order_id
        if self_trade_prevention_mode is not UNSET:
            field_dict["V"] = self_trade_prevention_mode
        if good_till_date is not UNSET:
            field_dict["gtd"] = good_till_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("ConditionalOrderUpdate",)
            )
        d = src_dict
        try:
            symbol = d["s"]
            if type(symbol) is not str:
                symbol = parse_str(symbol, "s")

            strategy_id = d["si"]
            if type(strategy_id) is not int:
                strategy_id = parse_int(strategy_id, "si")

            strategy_client_order_id = d.get("c", UNSET)
            if not isinstance(strategy_client_order_id, Unset) and type(strategy_client_order_id) is not str:
                strategy_client_order_id = parse_str(strategy_client_order_id, "c")

            _side = d.get("S", UNSET)
            side: Side | Unset = UNSET if isinstance(_side, Unset) else Side(_side)

            strategy_type = d.get("st", UNSET)
            if not isinstance(strategy_type, Unset) and type(strategy_type) is not str:
                strategy_type = parse_str(strategy_type, "st")

            _time_in_force = d.get("f", UNSET)
            time_in_force: TimeInForce | Unset = (
                UNSET if isinstance(_time_in_force, Unset) else TimeInForce(_time_in_force)
            )

            quantity = d.get("q", UNSET)
            if type(quantity) is not Decimal and not isinstance(quantity, Unset):
                quantity = Decimal(quantity) if type(quantity) is int else parse_decimal(quantity, "q")

            price = d.get("p", UNSET)
            if type(price) is not Decimal and not isinstance(price, Unset):
                price = Decimal(price) if type(price) is int else parse_decimal(price, "p")

            stop_price = d.get("sp", UNSET)
            if type(stop_price) is not Decimal and not isinstance(stop_price, Unset):
                stop_price = Decimal(stop_price) if type(stop_price) is int else parse_decimal(stop_price, "sp")

            strategy_status = d.get("os", UNSET)
            if not isinstance(strategy_status, Unset) and type(strategy_status) is not str:
                strategy_status = parse_str(strategy_status, "os")

            book_time = d.get("T", UNSET)
            if not isinstance(book_time, Unset) and type(book_time) is not int:
                book_time = parse_int(book_time, "T")

            update_time = d.get("ut", UNSET)
            if not isinstance(update_time, Unset) and type(update_time) is not int:
                update_time = parse_int(update_time, "ut")

            is_reduce_only = d.get("R", UNSET)
            if not isinstance(is_reduce_only, Unset) and type(is_reduce_only) is not bool:
                is_reduce_only = parse_bool(is_reduce_only, "R")

            _working_type = d.get("wt", UNSET)
            working_type: WorkingType | Unset = (
                UNSET if isinstance(_working_type, Unset) else WorkingType(_working_type)
            )

            _position_side = d.get("ps", UNSET)
            position_side: PositionSide | Unset = (
                UNSET if isinstance(_position_side, Unset) else PositionSide(_position_side)
            )

            is_close_all = d.get("cp", UNSET)
            if not isinstance(is_close_all, Unset) and type(is_close_all) is not bool:
                is_close_all = parse_bool(is_close_all, "cp")

            activation_price = d.get("AP", UNSET)
            if type(activation_price) is not Decimal and not isinstance(activation_price, Unset):
                activation_price = (
                    Decimal(activation_price)
                    if type(activation_price) is int
                    else parse_decimal(activation_price, "AP")
                )

            callback_rate = d.get("cr", UNSET)
            if type(callback_rate) is not Decimal and not isinstance(callback_rate, Unset):
                callback_rate = (
                    Decimal(callback_rate) if type(callback_rate) is int else parse_decimal(callback_rate, "cr")
                )

            order_id = d.get("i", UNSET)
            if not isinstance(order_id, Unset) and type(order_id) is not int:
                order_id = parse_int(order_id, "i")

            _self_trade_prevention_mode = d.get("V", UNSET)
            self_trade_prevention_mode: SelfTradePreventionMode | Unset = (
                UNSET
                if isinstance(_self_trade_prevention_mode, Unset)
                else SelfTradePreventionMode(_self_trade_prevention_mode)
            )

            good_till_date = d.get("gtd", UNSET)
            if not isinstance(good_till_date, Unset) and type(good_till_date) is not int:
                good_till_date = parse_int(good_till_date, "gtd")

        except ResponseParseError as exc:
            raise exc.within("ConditionalOrderUpdate") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("ConditionalOrderUpdate", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("ConditionalOrderUpdate",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.symbol = symbol
        _instance.strategy_id = strategy_id
        _instance.strategy_client_order_id = strategy_client_order_id
        _instance.side = side
        _instance.strategy_type = strategy_type
        _instance.time_in_force = time_in_force
        _instance.quantity = quantity
        _instance.price = price
        _instance.stop_price = stop_price
        _instance.strategy_status = strategy_status
        _instance.book_time = book_time
        _instance.update_time = update_time
        _instance.is_reduce_only = is_reduce_only
        _instance.working_type = working_type
        _instance.position_side = position_side
        _instance.is_close_all = is_close_all
        _instance.activation_price = activation_price
        _instance.callback_rate = callback_rate
        _instance.order_id = order_id
        _instance.self_trade_prevention_mode = self_trade_prevention_mode
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
