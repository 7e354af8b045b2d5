from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_bool, parse_decimal, parse_int, parse_str
from ..errors import ResponseParseError
from ..models.margin_order_type import MarginOrderType
from ..models.order_status import OrderStatus
from ..models.self_trade_prevention_mode import SelfTradePreventionMode
from ..models.side import Side
from ..models.time_in_force import TimeInForce
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecutionReportEvent")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "e",
        "E",
        "s",
        "i",
        "c",
        "S",
        "o",
        "f",
        "q",
        "p",
        "P",
        "d",
        "F",
        "g",
        "C",
        "x",
        "X",
        "r",
        "l",
        "z",
        "L",
        "n",
        "N",
        "T",
        "t",
        "v",
        "I",
        "w",
        "m",
        "M",
        "O",
        "Z",
        "Y",
        "Q",
        "W",
        "V",
    }
)


@_attrs_define
class ExecutionReportEvent:
    """`executionReport`: a margin order was placed, changed, filled, canceled, rejected or expired.

    Attributes:
        event_type (str): Event type.
        event_time (int): Event time, in milliseconds since the epoch.
        symbol (str): Symbol.
        order_id (int): Order id.
        client_order_id (str | Unset): Client order id.
        side (Side | Unset): Side.
        order_type (MarginOrderType | Unset): Order type.
        time_in_force (TimeInForce | Unset): Time in force.
        quantity (Decimal | Unset): Order quantity.
        price (Decimal | Unset): Order price.
        stop_price (Decimal | Unset): Stop price.
        trailing_delta (int | Unset): Trailing delta (trailing stop orders only).
        iceberg_quantity (Decimal | Unset): Iceberg quantity (iceberg orders only).
        order_list_id (int | Unset): Order list id (`-1` outside an order list).
        original_client_order_id (str | Unset): Client id of the order being canceled (cancellations only).
        execution_type (str | Unset): Execution type (`NEW`, `CANCELED`, `REPLACED`, `REJECTED`, `TRADE`, `EXPIRED`,
            `TRADE_PREVENTION`).
        order_status (OrderStatus | Unset): Order status after this event.
        reject_reason (str | Unset): Reject reason (`NONE` unless rejected).
        last_executed_quantity (Decimal | Unset): Quantity executed by this trade.
        cumulative_filled_quantity (Decimal | Unset): Quantity filled so far.
        last_executed_price (Decimal | Unset): Price of this trade.
        commission (Decimal | Unset): Commission.
        commission_asset (None | str | Unset): Commission asset (null without a commission).
        transaction_time (int | Unset): Transaction time, in milliseconds since the epoch.
        trade_id (int | Unset): Trade id (`-1` without a trade).
        prevented_match_id (int | Unset): Prevented match id (expiries by self-trade prevention only).
        update_id (int | Unset): Update id (ignore it).
        is_on_book (bool | Unset): Whether the order is on the book.
        is_maker (bool | Unset): Whether this trade was the maker side.
        ignore (bool | Unset): Binance says to ignore it.
        order_creation_time (int | Unset): Order creation time, in milliseconds since the epoch.
        cumulative_quote_quantity (Decimal | Unset): Quote quantity transacted so far.
        last_quote_quantity (Decimal | Unset): Quote quantity of this trade (price times quantity).
        quote_order_quantity (Decimal | Unset): Quote order quantity.
        working_time (int | Unset): When the order went on the book, in milliseconds since the epoch.
        self_trade_prevention_mode (SelfTradePreventionMode | Unset): Self-trade prevention mode.
    """

    event_type: str
    event_time: int
    symbol: str
    order_id: int
    client_order_id: str | Unset = UNSET
    side: Side | Unset = UNSET
    order_type: MarginOrderType | Unset = UNSET
    time_in_force: TimeInForce | Unset = UNSET
    quantity: Decimal | Unset = UNSET
    price: Decimal | Unset = UNSET
    stop_price: Decimal | Unset = UNSET
    trailing_delta: int | Unset = UNSET
    iceberg_quantity: Decimal | Unset = UNSET
    order_list_id: int | Unset = UNSET
    original_client_order_id: str | Unset = UNSET
    execution_type: str | Unset = UNSET
    order_status: OrderStatus | Unset = UNSET
    reject_reason: str | Unset = UNSET
    last_executed_quantity: Decimal | Unset = UNSET
    cumulative_filled_quantity: Decimal | Unset = UNSET
    last_executed_price: Decimal | Unset = UNSET
    commission: Decimal | Unset = UNSET
    commission_asset: str | Unset | None = UNSET
    transaction_time: int | Unset = UNSET
    trade_id: int | Unset = UNSET
    prevented_match_id: int | Unset = UNSET
    update_id: int | Unset = UNSET
    is_on_book: bool | Unset = UNSET
    is_maker: bool | Unset = UNSET
    ignore: bool | Unset = UNSET
    order_creation_time: int | Unset = UNSET
    cumulative_quote_quantity: Decimal | Unset = UNSET
    last_quote_quantity: Decimal | Unset = UNSET
    quote_order_quantity: Decimal | Unset = UNSET
    working_time: int | Unset = UNSET
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        event_time = self.event_time

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

        quantity: str | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = format(self.quantity, "f")

        price: str | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = format(self.price, "f")

        stop_price: str | Unset = UNSET
        if not isinstance(self.stop_price, Unset):
            stop_price = format(self.stop_price, "f")

        trailing_delta = self.trailing_delta

        iceberg_quantity: str | Unset = UNSET
        if not isinstance(self.iceberg_quantity, Unset):
            iceberg_quantity = format(self.iceberg_quantity, "f")

        order_list_id = self.order_list_id

        original_client_order_id = self.original_client_order_id

        execution_type = self.execution_type

        order_status: str | Unset = UNSET
        if not isinstance(self.order_status, Unset):
            order_status = self.order_status.value

        reject_reason = self.reject_reason

        last_executed_quantity: str | Unset = UNSET
        if not isinstance(self.last_executed_quantity, Unset):
            last_executed_quantity = format(self.last_executed_quantity, "f")

        cumulative_filled_quantity: str | Unset = UNSET
        if not isinstance(self.cumulative_filled_quantity, Unset):
            cumulative_filled_quantity = format(self.cumulative_filled_quantity, "f")

        last_executed_price: str | Unset = UNSET
        if not isinstance(self.last_executed_price, Unset):
            last_executed_price = format(self.last_executed_price, "f")

        commission: str | Unset = UNSET
        if not isinstance(self.commission, Unset):
            commission = format(self.commission, "f")

        commission_asset: str | Unset | None = self.commission_asset

        transaction_time = self.transaction_time

        trade_id = self.trade_id

        prevented_match_id = self.prevented_match_id

        update_id = self.update_id

        is_on_book = self.is_on_book

        is_maker = self.is_maker

        ignore = self.ignore

        order_creation_time = self.order_creation_time

        cumulative_quote_quantity: str | Unset = UNSET
        if not isinstance(self.cumulative_quote_quantity, Unset):
            cumulative_quote_quantity = format(self.cumulative_quote_quantity, "f")

        last_quote_quantity: str | Unset = UNSET
        if not isinstance(self.last_quote_quantity, Unset):
            last_quote_quantity = format(self.last_quote_quantity, "f")

        quote_order_quantity: str | Unset = UNSET
        if not isinstance(self.quote_order_quantity, Unset):
            quote_order_quantity = format(self.quote_order_quantity, "f")

        working_time = self.working_time

        self_trade_prevention_mode: str | Unset = UNSET
        if not isinstance(self.self_trade_prevention_mode, Unset):
            self_trade_prevention_mode = self.self_trade_prevention_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "e": event_type,
                "E": event_time,
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
        if quantity is not UNSET:
            field_dict["q"] = quantity
        if price is not UNSET:
            field_dict["p"] = price
        if stop_price is not UNSET:
            field_dict["P"] = stop_price
        if trailing_delta is not UNSET:
            field_dict["d"] = trailing_delta
        if iceberg_quantity is not UNSET:
            field_dict["F"] = iceberg_quantity
        if order_list_id is not UNSET:
            field_dict["g"] = order_list_id
        if original_client_order_id is not UNSET:
            field_dict["C"] = original_client_order_id
        if execution_type is not UNSET:
            field_dict["x"] = execution_type
        if order_status is not UNSET:
            field_dict["X"] = order_status
        if reject_reason is not UNSET:
            field_dict["r"] = reject_reason
        if last_executed_quantity is not UNSET:
            field_dict["l"] = last_executed_quantity
        if cumulative_filled_quantity is not UNSET:
            field_dict["z"] = cumulative_filled_quantity
        if last_executed_price is not UNSET:
            field_dict["L"] = last_executed_price
        if commission is not UNSET:
            field_dict["n"] = commission
        if commission_asset is not UNSET:
            field_dict["N"] = commission_asset
        if transaction_time is not UNSET:
            field_dict["T"] = transaction_time
        if trade_id is not UNSET:
            field_dict["t"] = trade_id
        if prevented_match_id is not UNSET:
            field_dict["v"] = prevented_match_id
        if update_id is not UNSET:
            field_dict["I"] = update_id
        if is_on_book is not UNSET:
            field_dict["w"] = is_on_book
        if is_maker is not UNSET:
            field_dict["m"] = is_maker
        if ignore is not UNSET:
            field_dict["M"] = ignore
        if order_creation_time is not UNSET:
            field_dict["O"] = order_creation_time
        if cumulative_quote_quantity is not UNSET:
            field_dict["Z"] = cumulative_quote_quantity
        if last_quote_quantity is not UNSET:
            field_dict["Y"] = last_quote_quantity
        if quote_order_quantity is not UNSET:
            field_dict["Q"] = quote_order_quantity
        if working_time is not UNSET:
            field_dict["W"] = working_time
        if self_trade_prevention_mode is not UNSET:
            field_dict["V"] = self_trade_prevention_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("ExecutionReportEvent",)
            )
        d = src_dict
        try:
            event_type = d["e"]
            if type(event_type) is not str:
                event_type = parse_str(event_type, "e")

            event_time = d["E"]
            if type(event_time) is not int:
                event_time = parse_int(event_time, "E")

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
            order_type: MarginOrderType | Unset = (
                UNSET if isinstance(_order_type, Unset) else MarginOrderType(_order_type)
            )

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

            stop_price = d.get("P", UNSET)
            if type(stop_price) is not Decimal and not isinstance(stop_price, Unset):
                stop_price = Decimal(stop_price) if type(stop_price) is int else parse_decimal(stop_price, "P")

            trailing_delta = d.get("d", UNSET)
            if not isinstance(trailing_delta, Unset) and type(trailing_delta) is not int:
                trailing_delta = parse_int(trailing_delta, "d")

            iceberg_quantity = d.get("F", UNSET)
            if type(iceberg_quantity) is not Decimal and not isinstance(iceberg_quantity, Unset):
                iceberg_quantity = (
                    Decimal(iceberg_quantity) if type(iceberg_quantity) is int else parse_decimal(iceberg_quantity, "F")
                )

            order_list_id = d.get("g", UNSET)
            if not isinstance(order_list_id, Unset) and type(order_list_id) is not int:
                order_list_id = parse_int(order_list_id, "g")

            original_client_order_id = d.get("C", UNSET)
            if not isinstance(original_client_order_id, Unset) and type(original_client_order_id) is not str:
                original_client_order_id = parse_str(original_client_order_id, "C")

            execution_type = d.get("x", UNSET)
            if not isinstance(execution_type, Unset) and type(execution_type) is not str:
                execution_type = parse_str(execution_type, "x")

            _order_status = d.get("X", UNSET)
            order_status: OrderStatus | Unset = (
                UNSET if isinstance(_order_status, Unset) else OrderStatus(_order_status)
            )

            reject_reason = d.get("r", UNSET)
            if not isinstance(reject_reason, Unset) and type(reject_reason) is not str:
                reject_reason = parse_str(reject_reason, "r")

            last_executed_quantity = d.get("l", UNSET)
            if type(last_executed_quantity) is not Decimal and not isinstance(last_executed_quantity, Unset):
                last_executed_quantity = (
                    Decimal(last_executed_quantity)
                    if type(last_executed_quantity) is int
                    else parse_decimal(last_executed_quantity, "l")
                )

            cumulative_filled_quantity = d.get("z", UNSET)
            if type(cumulative_filled_quantity) is not Decimal and not isinstance(cumulative_filled_quantity, Unset):
                cumulative_filled_quantity = (
                    Decimal(cumulative_filled_quantity)
                    if type(cumulative_filled_quantity) is int
                    else parse_decimal(cumulative_filled_quantity, "z")
                )

            last_executed_price = d.get("L", UNSET)
            if type(last_executed_price) is not Decimal and not isinstance(last_executed_price, Unset):
                last_executed_price = (
                    Decimal(last_executed_price)
                    if type(last_executed_price) is int
                    else parse_decimal(last_executed_price, "L")
                )

            commission = d.get("n", UNSET)
            if type(commission) is not Decimal and not isinstance(commission, Unset):
                commission = Decimal(commission) if type(commission) is int else parse_decimal(commission, "n")

            def _parse_commission_asset(data: object) -> str | Unset | None:
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    commission_asset_type_0 = data
                    if type(commission_asset_type_0) is not str:
                        commission_asset_type_0 = parse_str(commission_asset_type_0, "N_type_0")

                    return commission_asset_type_0
                if data is None:
                    commission_asset_type_1 = data

                    return commission_asset_type_1
                raise ResponseParseError(
                    "a " + type(data).__name__ + " is none of the types the spec allows here",
                    field="N",
                )

            commission_asset = _parse_commission_asset(d.get("N", UNSET))

            transaction_time = d.get("T", UNSET)
            if not isinstance(transaction_time, Unset) and type(transaction_time) is not int:
                transaction_time = parse_int(transaction_time, "T")

            trade_id = d.get("t", UNSET)
            if not isinstance(trade_id, Unset) and type(trade_id) is not int:
                trade_id = parse_int(trade_id, "t")

            prevented_match_id = d.get("v", UNSET)
            if not isinstance(prevented_match_id, Unset) and type(prevented_match_id) is not int:
                prevented_match_id = parse_int(prevented_match_id, "v")

            update_id = d.get("I", UNSET)
            if not isinstance(update_id, Unset) and type(update_id) is not int:
                update_id = parse_int(update_id, "I")

            is_on_book = d.get("w", UNSET)
            if not isinstance(is_on_book, Unset) and type(is_on_book) is not bool:
                is_on_book = parse_bool(is_on_book, "w")

            is_maker = d.get("m", UNSET)
            if not isinstance(is_maker, Unset) and type(is_maker) is not bool:
                is_maker = parse_bool(is_maker, "m")

            ignore = d.get("M", UNSET)
            if not isinstance(ignore, Unset) and type(ignore) is not bool:
                ignore = parse_bool(ignore, "M")

            order_creation_time = d.get("O", UNSET)
            if not isinstance(order_creation_time, Unset) and type(order_creation_time) is not int:
                order_creation_time = parse_int(order_creation_time, "O")

            cumulative_quote_quantity = d.get("Z", UNSET)
            if type(cumulative_quote_quantity) is not Decimal and not isinstance(cumulative_quote_quantity, Unset):
                cumulative_quote_quantity = (
                    Decimal(cumulative_quote_quantity)
                    if type(cumulative_quote_quantity) is int
                    else parse_decimal(cumulative_quote_quantity, "Z")
                )

            last_quote_quantity = d.get("Y", UNSET)
            if type(last_quote_quantity) is not Decimal and not isinstance(last_quote_quantity, Unset):
                last_quote_quantity = (
                    Decimal(last_quote_quantity)
                    if type(last_quote_quantity) is int
                    else parse_decimal(last_quote_quantity, "Y")
                )

            quote_order_quantity = d.get("Q", UNSET)
            if type(quote_order_quantity) is not Decimal and not isinstance(quote_order_quantity, Unset):
                quote_order_quantity = (
                    Decimal(quote_order_quantity)
                    if type(quote_order_quantity) is int
                    else parse_decimal(quote_order_quantity, "Q")
                )

            working_time = d.get("W", UNSET)
            if not isinstance(working_time, Unset) and type(working_time) is not int:
                working_time = parse_int(working_time, "W")

            _self_trade_prevention_mode = d.get("V", UNSET)
            self_trade_prevention_mode: SelfTradePreventionMode | Unset = (
                UNSET
                if isinstance(_self_trade_prevention_mode, Unset)
                else SelfTradePreventionMode(_self_trade_prevention_mode)
            )

        except ResponseParseError as exc:
            raise exc.within("ExecutionReportEvent") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("ExecutionReportEvent", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("ExecutionReportEvent",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.event_type = event_type
        _instance.event_time = event_time
        _instance.symbol = symbol
        _instance.order_id = order_id
        _instance.client_order_id = client_order_id
        _instance.side = side
        _instance.order_type = order_type
        _instance.time_in_force = time_in_force
        _instance.quantity = quantity
        _instance.price = price
        _instance.stop_price = stop_price
        _instance.trailing_delta = trailing_delta
        _instance.iceberg_quantity = iceberg_quantity
        _instance.order_list_id = order_list_id
        _instance.original_client_order_id = original_client_order_id
        _instance.execution_type = execution_type
        _instance.order_status = order_status
        _instance.reject_reason = reject_reason
        _instance.last_executed_quantity = last_executed_quantity
        _instance.cumulative_filled_quantity = cumulative_filled_quantity
        _instance.last_executed_price = last_executed_price
        _instance.commission = commission
        _instance.commission_asset = commission_asset
        _instance.transaction_time = transaction_time
        _instance.trade_id = trade_id
        _instance.prevented_match_id = prevented_match_id
        _instance.update_id = update_id
        _instance.is_on_book = is_on_book
        _instance.is_maker = is_maker
        _instance.ignore = ignore
        _instance.order_creation_time = order_creation_time
        _instance.cumulative_quote_quantity = cumulative_quote_quantity
        _instance.last_quote_quantity = last_quote_quantity
        _instance.quote_order_quantity = quote_order_quantity
        _instance.working_time = working_time
        _instance.self_trade_prevention_mode = self_trade_prevention_mode

        # Fields the spec does not declare are kept as decoded. Every required field is in
        # d (else KeyError above), so only a longer d can hold others.
        _instance.additional_properties = (
            {key: value for key, value in d.items() if key not in _SPEC_FIELDS} if len(d) > 4 else {}
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
