from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_bool, parse_decimal, parse_int, parse_str
from ..errors import ResponseParseError
from ..models.algo_status import AlgoStatus
from ..models.futures_order_type import FuturesOrderType
from ..models.position_side import PositionSide
from ..models.price_match import PriceMatch
from ..models.self_trade_prevention_mode import SelfTradePreventionMode
from ..models.side import Side
from ..models.time_in_force import TimeInForce
from ..models.working_type import WorkingType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlgoOrderUpdate")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "aid",
        "caid",
        "at",
        "o",
        "s",
        "S",
        "ps",
        "f",
        "q",
        "X",
        "ai",
        "ap",
        "aq",
        "act",
        "tp",
        "p",
        "V",
        "wt",
        "pm",
        "cp",
        "pP",
        "R",
        "tt",
        "gtd",
        "rm",
    }
)


@_attrs_define
class AlgoOrderUpdate:
    """The algo order an `ALGO_UPDATE` event reports on (its `o` object).

    Attributes:
        algo_id (int): Algo id.
        client_algo_id (str | Unset): Client algo id.
        algo_type (str | Unset): Algo type (`CONDITIONAL`).
        order_type (FuturesOrderType | Unset): Order type.
        symbol (str | Unset): Symbol.
        side (Side | Unset): Side.
        position_side (PositionSide | Unset): Position side.
        time_in_force (TimeInForce | Unset): Time in force.
        quantity (Decimal | Unset): Quantity.
        algo_status (AlgoStatus | Unset): Algo order status.
        actual_order_id (str | Unset): Id of the order placed in the matching engine (empty before).
        actual_average_price (Decimal | Unset): Average fill price in the matching engine, once triggered.
        actual_executed_quantity (Decimal | Unset): Quantity executed in the matching engine, once triggered.
        actual_order_type (str | Unset): Order type in the matching engine, once triggered.
        trigger_price (Decimal | Unset): Trigger price.
        price (Decimal | Unset): Order price.
        self_trade_prevention_mode (SelfTradePreventionMode | Unset): Self-trade prevention mode.
        working_type (WorkingType | Unset): Which price triggers the order.
        price_match (PriceMatch | Unset): Price match mode.
        is_close_all (bool | Unset): Whether the order closes the whole position.
        price_protect (bool | Unset): Whether price protection is on.
        is_reduce_only (bool | Unset): Whether the order is reduce-only.
        trigger_time (int | Unset): Trigger time, in milliseconds since the epoch.
        good_till_date (int | Unset): Automatic cancel time of a `GTD` order, in milliseconds since the epoch.
        failure_reason (str | Unset): Why the algo order failed, if it did.
    """

    algo_id: int
    client_algo_id: str | Unset = UNSET
    algo_type: str | Unset = UNSET
    order_type: FuturesOrderType | Unset = UNSET
    symbol: str | Unset = UNSET
    side: Side | Unset = UNSET
    position_side: PositionSide | Unset = UNSET
    time_in_force: TimeInForce | Unset = UNSET
    quantity: Decimal | Unset = UNSET
    algo_status: AlgoStatus | Unset = UNSET
    actual_order_id: str | Unset = UNSET
    actual_average_price: Decimal | Unset = UNSET
    actual_executed_quantity: Decimal | Unset = UNSET
    actual_order_type: str | Unset = UNSET
    trigger_price: Decimal | Unset = UNSET
    price: Decimal | Unset = UNSET
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET
    working_type: WorkingType | Unset = UNSET
    price_match: PriceMatch | Unset = UNSET
    is_close_all: bool | Unset = UNSET
    price_protect: bool | Unset = UNSET
    is_reduce_only: bool | Unset = UNSET
    trigger_time: int | Unset = UNSET
    good_till_date: int | Unset = UNSET
    failure_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algo_id = self.algo_id

        client_algo_id = self.client_algo_id

        algo_type = self.algo_type

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type.value

        symbol = self.symbol

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        position_side: str | Unset = UNSET
        if not isinstance(self.position_side, Unset):
            position_side = self.position_side.value

        time_in_force: str | Unset = UNSET
        if not isinstance(self.time_in_force, Unset):
            time_in_force = self.time_in_force.value

        quantity: str | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = format(self.quantity, "f")

        algo_status: str | Unset = UNSET
        if not isinstance(self.algo_status, Unset):
            algo_status = self.algo_status.value

        actual_order_id = self.actual_order_id

        actual_average_price: str | Unset = UNSET
        if not isinstance(self.actual_average_price, Unset):
            actual_average_price = format(self.actual_average_price, "f")

        actual_executed_quantity: str | Unset = UNSET
        if not isinstance(self.actual_executed_quantity, Unset):
            actual_executed_quantity = format(self.actual_executed_quantity, "f")

        actual_order_type = self.actual_order_type

        trigger_price: str | Unset = UNSET
        if not isinstance(self.trigger_price, Unset):
            trigger_price = format(self.trigger_price, "f")

        price: str | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = format(self.price, "f")

        self_trade_prevention_mode: str | Unset = UNSET
        if not isinstance(self.self_trade_prevention_mode, Unset):
            self_trade_prevention_mode = self.self_trade_prevention_mode.value

        working_type: str | Unset = UNSET
        if not isinstance(self.working_type, Unset):
            working_type = self.working_type.value

        price_match: str | Unset = UNSET
        if not isinstance(self.price_match, Unset):
            price_match = self.price_match.value

        is_close_all = self.is_close_all

        price_protect = self.price_protect

        is_reduce_only = self.is_reduce_only

        trigger_time = self.trigger_time

        good_till_date = self.good_till_date

        failure_reason = self.failure_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aid": algo_id,
            }
        )
        if client_algo_id is not UNSET:
            field_dict["caid"] = client_algo_id
        if algo_type is not UNSET:
            field_dict["at"] = algo_type
        if order_type is not UNSET:
            field_dict["o"] = order_type
        if symbol is not UNSET:
            field_dict["s"] = symbol
        if side is not UNSET:
            field_dict["S"] = side
        if position_side is not UNSET:
            field_dict["ps"] = position_side
        if time_in_force is not UNSET:
            field_dict["f"] = time_in_force
        if quantity is not UNSET:
            field_dict["q"] = quantity
        if algo_status is not UNSET:
            field_dict["X"] = algo_status
        if actual_order_id is not UNSET:
            field_dict["ai"] = actual_order_id
        if actual_average_price is not UNSET:
            field_dict["ap"] = actual_average_price
        if actual_executed_quantity is not UNSET:
            field_dict["aq"] = actual_executed_quantity
        if actual_order_type is not UNSET:
            field_dict["act"] = actual_order_type
        if trigger_price is not UNSET:
            field_dict["tp"] = trigger_price
        if price is not UNSET:
            field_dict["p"] = price
        if self_trade_prevention_mode is not UNSET:
            field_dict["V"] = self_trade_prevention_mode
        if working_type is not UNSET:
            field_dict["wt"] = working_type
        if price_match is not UNSET:
            field_dict["pm"] = price_match
        if is_close_all is not UNSET:
            field_dict["cp"] = is_close_all
        if price_protect is not UNSET:
            field_dict["pP"] = price_protect
        if is_reduce_only is not UNSET:
            field_dict["R"] = is_reduce_only
        if trigger_time is not UNSET:
            field_dict["tt"] = trigger_time
        if good_till_date is not UNSET:
            field_dict["gtd"] = good_till_date
        if failure_reason is not UNSET:
            field_dict["rm"] = failure_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("AlgoOrderUpdate",)
            )
        d = src_dict
        try:
            algo_id = d["aid"]
            if type(algo_id) is not int:
                algo_id = parse_int(algo_id, "aid")

            client_algo_id = d.get("caid", UNSET)
            if not isinstance(client_algo_id, Unset) and type(client_algo_id) is not str:
                client_algo_id = parse_str(client_algo_id, "caid")

            algo_type = d.get("at", UNSET)
            if not isinstance(algo_type, Unset) and type(algo_type) is not str:
                algo_type = parse_str(algo_type, "at")

            _order_type = d.get("o", UNSET)
            order_type: FuturesOrderType | Unset = (
                UNSET if isinstance(_order_type, Unset) else FuturesOrderType(_order_type)
            )

            symbol = d.get("s", UNSET)
            if not isinstance(symbol, Unset) and type(symbol) is not str:
                symbol = parse_str(symbol, "s")

            _side = d.get("S", UNSET)
            side: Side | Unset = UNSET if isinstance(_side, Unset) else Side(_side)

            _position_side = d.get("ps", UNSET)
            position_side: PositionSide | Unset = (
                UNSET if isinstance(_position_side, Unset) else PositionSide(_position_side)
            )

            _time_in_force = d.get("f", UNSET)
            time_in_force: TimeInForce | Unset = (
                UNSET if isinstance(_time_in_force, Unset) else TimeInForce(_time_in_force)
            )

            quantity = d.get("q", UNSET)
            if type(quantity) is not Decimal and not isinstance(quantity, Unset):
                quantity = Decimal(quantity) if type(quantity) is int else parse_decimal(quantity, "q")

            _algo_status = d.get("X", UNSET)
            algo_status: AlgoStatus | Unset = UNSET if isinstance(_algo_status, Unset) else AlgoStatus(_algo_status)

            actual_order_id = d.get("ai", UNSET)
            if not isinstance(actual_order_id, Unset) and type(actual_order_id) is not str:
                actual_order_id = parse_str(actual_order_id, "ai")

            actual_average_price = d.get("ap", UNSET)
            if type(actual_average_price) is not Decimal and not isinstance(actual_average_price, Unset):
                actual_average_price = (
                    Decimal(actual_average_price)
                    if type(actual_average_price) is int
                    else parse_decimal(actual_average_price, "ap")
                )

            actual_executed_quantity = d.get("aq", UNSET)
            if type(actual_executed_quantity) is not Decimal and not isinstance(actual_executed_quantity, Unset):
                actual_executed_quantity = (
                    Decimal(actual_executed_quantity)
                    if type(actual_executed_quantity) is int
                    else parse_decimal(actual_executed_quantity, "aq")
                )

            actual_order_type = d.get("act", UNSET)
            if not isinstance(actual_order_type, Unset) and type(actual_order_type) is not str:
                actual_order_type = parse_str(actual_order_type, "act")

            trigger_price = d.get("tp", UNSET)
            if type(trigger_price) is not Decimal and not isinstance(trigger_price, Unset):
                trigger_price = (
                    Decimal(trigger_price) if type(trigger_price) is int else parse_decimal(trigger_price, "tp")
                )

            price = d.get("p", UNSET)
            if type(price) is not Decimal and not isinstance(price, Unset):
                price = Decimal(price) if type(price) is int else parse_decimal(price, "p")

            _self_trade_prevention_mode = d.get("V", UNSET)
            self_trade_prevention_mode: SelfTradePreventionMode | Unset = (
                UNSET
                if isinstance(_self_trade_prevention_mode, Unset)
                else SelfTradePreventionMode(_self_trade_prevention_mode)
            )

            _working_type = d.get("wt", UNSET)
            working_type: WorkingType | Unset = (
                UNSET if isinstance(_working_type, Unset) else WorkingType(_working_type)
            )

            _price_match = d.get("pm", UNSET)
            price_match: PriceMatch | Unset = UNSET if isinstance(_price_match, Unset) else PriceMatch(_price_match)

            is_close_all = d.get("cp", UNSET)
            if not isinstance(is_close_all, Unset) and type(is_close_all) is not bool:
                is_close_all = parse_bool(is_close_all, "cp")

            price_protect = d.get("pP", UNSET)
            if not isinstance(price_protect, Unset) and type(price_protect) is not bool:
                price_protect = parse_bool(price_protect, "pP")

            is_reduce_only = d.get("R", UNSET)
            if not isinstance(is_reduce_only, Unset) and type(is_reduce_only) is not bool:
                is_reduce_only = parse_bool(is_reduce_only, "R")

            trigger_time = d.get("tt", UNSET)
            if not isinstance(trigger_time, Unset) and type(trigger_time) is not int:
                trigger_time = parse_int(trigger_time, "tt")

            good_till_date = d.get("gtd", UNSET)
            if not isinstance(good_till_date, Unset) and type(good_till_date) is not int:
                good_till_date = parse_int(good_till_date, "gtd")

            failure_reason = d.get("rm", UNSET)
            if not isinstance(failure_reason, Unset) and type(failure_reason) is not str:
                failure_reason = parse_str(failure_reason, "rm")

        except ResponseParseError as exc:
            raise exc.within("AlgoOrderUpdate") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("AlgoOrderUpdate", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("AlgoOrderUpdate",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.algo_id = algo_id
        _instance.client_algo_id = client_algo_id
        _instance.algo_type = algo_type
        _instance.order_type = order_type
        _instance.symbol = symbol
        _instance.side = side
        _instance.position_side = position_side
        _instance.time_in_force = time_in_force
        _instance.quantity = quantity
        _instance.algo_status = algo_status
        _instance.actual_order_id = actual_order_id
        _instance.actual_average_price = actual_average_price
        _instance.actual_executed_quantity = actual_executed_quantity
        _instance.actual_order_type = actual_order_type
        _instance.trigger_price = trigger_price
        _instance.price = price
        _instance.self_trade_prevention_mode = self_trade_prevention_mode
        _instance.working_type = working_type
        _instance.price_match = price_match
        _instance.is_close_all = is_close_all
        _instance.price_protect = price_protect
        _instance.is_reduce_only = is_reduce_only
        _instance.trigger_time = trigger_time
        _instance.good_till_date = good_till_date
        _instance.failure_reason = failure_reason

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
