from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_bool, parse_decimal, parse_int, parse_str
from ..errors import ResponseParseError
from ..models.futures_order_type import FuturesOrderType
from ..models.order_status import OrderStatus
from ..models.position_side import PositionSide
from ..models.price_match import PriceMatch
from ..models.self_trade_prevention_mode import SelfTradePreventionMode
from ..models.side import Side
from ..models.time_in_force import TimeInForce
from ..types import UNSET, Unset

T = TypeVar("T", bound="UmOrder")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "orderId",
        "clientOrderId",
        "symbol",
        "status",
        "side",
        "positionSide",
        "type",
        "origType",
        "timeInForce",
        "price",
        "avgPrice",
        "origQty",
        "executedQty",
        "cumQty",
        "cumQuote",
        "reduceOnly",
        "selfTradePreventionMode",
        "priceMatch",
        "goodTillDate",
        "time",
        "updateTime",
    }
)


@_attrs_define
class UmOrder:
    """A UM futures order as the new, modify, cancel, query, open-order and all-orders
    operations return it. Which fields are present depends on the operation (and on
    `newOrderRespType` for a new order), so only the ids and the symbol are guaranteed.

    Attributes:
        order_id (int): The order id Binance assigned.
        client_order_id (str): The client order id (the caller's, or one Binance generated).
        symbol (str): The UM symbol, such as `BTCUSDT`.
        status (OrderStatus | Unset): The order's status.
        side (Side | Unset): BUY or SELL.
        position_side (PositionSide | Unset): The position the order belongs to.
        type_ (FuturesOrderType | Unset): The order's type now.
        orig_type (FuturesOrderType | Unset): The type the order was placed with.
        time_in_force (TimeInForce | Unset): How long the order stays working.
        price (Decimal | Unset): Limit price (0 when none applies).
        avg_price (Decimal | Unset): Average price of the fills so far.
        orig_qty (Decimal | Unset): Quantity ordered.
        executed_qty (Decimal | Unset): Quantity filled so far.
        cum_qty (Decimal | Unset): Cumulative filled quantity.
        cum_quote (Decimal | Unset): Cumulative filled value, in the quote asset.
        reduce_only (bool | Unset): Whether the order may only reduce the position.
        self_trade_prevention_mode (SelfTradePreventionMode | Unset): The order's self-trade prevention mode.
        price_match (PriceMatch | Unset): The order's price match mode (NONE when its price was given).
        good_till_date (int | Unset): Automatic cancel time of a GTD order, in milliseconds since the epoch; 0 for other
            orders.
        time (int | Unset): When the order was placed, in milliseconds since the epoch.
        update_time (int | Unset): When the order last changed, in milliseconds since the epoch.
    """

    order_id: int
    client_order_id: str
    symbol: str
    status: OrderStatus | Unset = UNSET
    side: Side | Unset = UNSET
    position_side: PositionSide | Unset = UNSET
    type_: FuturesOrderType | Unset = UNSET
    orig_type: FuturesOrderType | Unset = UNSET
    time_in_force: TimeInForce | Unset = UNSET
    price: Decimal | Unset = UNSET
    avg_price: Decimal | Unset = UNSET
    orig_qty: Decimal | Unset = UNSET
    executed_qty: Decimal | Unset = UNSET
    cum_qty: Decimal | Unset = UNSET
    cum_quote: Decimal | Unset = UNSET
    reduce_only: bool | Unset = UNSET
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET
    price_match: PriceMatch | Unset = UNSET
    good_till_date: int | Unset = UNSET
    time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        client_order_id = self.client_order_id

        symbol = self.symbol

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        position_side: str | Unset = UNSET
        if not isinstance(self.position_side, Unset):
            position_side = self.position_side.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        orig_type: str | Unset = UNSET
        if not isinstance(self.orig_type, Unset):
            orig_type = self.orig_type.value

        time_in_force: str | Unset = UNSET
        if not isinstance(self.time_in_force, Unset):
            time_in_force = self.time_in_force.value

        price: str | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = format(self.price, "f")

        avg_price: str | Unset = UNSET
        if not isinstance(self.avg_price, Unset):
            avg_price = format(self.avg_price, "f")

        orig_qty: str | Unset = UNSET
        if not isinstance(self.orig_qty, Unset):
            orig_qty = format(self.orig_qty, "f")

        executed_qty: str | Unset = UNSET
        if not isinstance(self.executed_qty, Unset):
            executed_qty = format(self.executed_qty, "f")

        cum_qty: str | Unset = UNSET
        if not isinstance(self.cum_qty, Unset):
            cum_qty = format(self.cum_qty, "f")

        cum_quote: str | Unset = UNSET
        if not isinstance(self.cum_quote, Unset):
            cum_quote = format(self.cum_quote, "f")

        reduce_only = self.reduce_only

        self_trade_prevention_mode: str | Unset = UNSET
        if not isinstance(self.self_trade_prevention_mode, Unset):
            self_trade_prevention_mode = self.self_trade_prevention_mode.value

        price_match: str | Unset = UNSET
        if not isinstance(self.price_match, Unset):
            price_match = self.price_match.value

        good_till_date = self.good_till_date

        time = self.time

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "clientOrderId": client_order_id,
                "symbol": symbol,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if side is not UNSET:
            field_dict["side"] = side
        if position_side is not UNSET:
            field_dict["positionSide"] = position_side
        if type_ is not UNSET:
            field_dict["type"] = type_
        if orig_type is not UNSET:
            field_dict["origType"] = orig_type
        if time_in_force is not UNSET:
            field_dict["timeInForce"] = time_in_force
        if price is not UNSET:
            field_dict["price"] = price
        if avg_price is not UNSET:
            field_dict["avgPrice"] = avg_price
        if orig_qty is not UNSET:
            field_dict["origQty"] = orig_qty
        if executed_qty is not UNSET:
            field_dict["executedQty"] = executed_qty
        if cum_qty is not UNSET:
            field_dict["cumQty"] = cum_qty
        if cum_quote is not UNSET:
            field_dict["cumQuote"] = cum_quote
        if reduce_only is not UNSET:
            field_dict["reduceOnly"] = reduce_only
        if self_trade_prevention_mode is not UNSET:
            field_dict["selfTradePreventionMode"] = self_trade_prevention_mode
        if price_match is not UNSET:
            field_dict["priceMatch"] = price_match
        if good_till_date is not UNSET:
            field_dict["goodTillDate"] = good_till_date
        if time is not UNSET:
            field_dict["time"] = time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(f"expected a JSON object, got {type(src_dict).__name__}", location=("UmOrder",))
        d = src_dict
        try:
            order_id = d["orderId"]
            if type(order_id) is not int:
                order_id = parse_int(order_id, "orderId")

            client_order_id = d["clientOrderId"]
            if type(client_order_id) is not str:
                client_order_id = parse_str(client_order_id, "clientOrderId")

            symbol = d["symbol"]
            if type(symbol) is not str:
                symbol = parse_str(symbol, "symbol")

            _status = d.get("status", UNSET)
            status: OrderStatus | Unset = UNSET if isinstance(_status, Unset) else OrderStatus(_status)

            _side = d.get("side", UNSET)
            side: Side | Unset = UNSET if isinstance(_side, Unset) else Side(_side)

            _position_side = d.get("positionSide", UNSET)
            position_side: PositionSide | Unset = (
                UNSET if isinstance(_position_side, Unset) else PositionSide(_position_side)
            )

            _type_ = d.get("type", UNSET)
            type_: FuturesOrderType | Unset = UNSET if isinstance(_type_, Unset) else FuturesOrderType(_type_)

            _orig_type = d.get("origType", UNSET)
            orig_type: FuturesOrderType | Unset = (
                UNSET if isinstance(_orig_type, Unset) else FuturesOrderType(_orig_type)
            )

            _time_in_force = d.get("timeInForce", UNSET)
            time_in_force: TimeInForce | Unset = (
                UNSET if isinstance(_time_in_force, Unset) else TimeInForce(_time_in_force)
            )

            price = d.get("price", UNSET)
            if type(price) is not Decimal and not isinstance(price, Unset):
                price = Decimal(price) if type(price) is int else parse_decimal(price, "price")

            avg_price = d.get("avgPrice", UNSET)
            if type(avg_price) is not Decimal and not isinstance(avg_price, Unset):
                avg_price = Decimal(avg_price) if type(avg_price) is int else parse_decimal(avg_price, "avgPrice")

            orig_qty = d.get("origQty", UNSET)
            if type(orig_qty) is not Decimal and not isinstance(orig_qty, Unset):
                orig_qty = Decimal(orig_qty) if type(orig_qty) is int else parse_decimal(orig_qty, "origQty")

            executed_qty = d.get("executedQty", UNSET)
            if type(executed_qty) is not Decimal and not isinstance(executed_qty, Unset):
                executed_qty = (
                    Decimal(executed_qty) if type(executed_qty) is int else parse_decimal(executed_qty, "executedQty")
                )

            cum_qty = d.get("cumQty", UNSET)
            if type(cum_qty) is not Decimal and not isinstance(cum_qty, Unset):
                cum_qty = Decimal(cum_qty) if type(cum_qty) is int else parse_decimal(cum_qty, "cumQty")

            cum_quote = d.get("cumQuote", UNSET)
            if type(cum_quote) is not Decimal and not isinstance(cum_quote, Unset):
                cum_quote = Decimal(cum_quote) if type(cum_quote) is int else parse_decimal(cum_quote, "cumQuote")

            reduce_only = d.get("reduceOnly", UNSET)
            if not isinstance(reduce_only, Unset) and type(reduce_only) is not bool:
                reduce_only = parse_bool(reduce_only, "reduceOnly")

            _self_trade_prevention_mode = d.get("selfTradePreventionMode", UNSET)
            self_trade_prevention_mode: SelfTradePreventionMode | Unset = (
                UNSET
                if isinstance(_self_trade_prevention_mode, Unset)
                else SelfTradePreventionMode(_self_trade_prevention_mode)
            )

            _price_match = d.get("priceMatch", UNSET)
            price_match: PriceMatch | Unset = UNSET if isinstance(_price_match, Unset) else PriceMatch(_price_match)

            good_till_date = d.get("goodTillDate", UNSET)
            if not isinstance(good_till_date, Unset) and type(good_till_date) is not int:
                good_till_date = parse_int(good_till_date, "goodTillDate")

            time = d.get("time", UNSET)
            if not isinstance(time, Unset) and type(time) is not int:
                time = parse_int(time, "time")

            update_time = d.get("updateTime", UNSET)
            if not isinstance(update_time, Unset) and type(update_time) is not int:
                update_time = parse_int(update_time, "updateTime")

        except ResponseParseError as exc:
            raise exc.within("UmOrder") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("UmOrder", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("UmOrder",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.order_id = order_id
        _instance.client_order_id = client_order_id
        _instance.symbol = symbol
        _instance.status = status
        _instance.side = side
        _instance.position_side = position_side
        _instance.type_ = type_
        _instance.orig_type = orig_type
        _instance.time_in_force = time_in_force
        _instance.price = price
        _instance.avg_price = avg_price
        _instance.orig_qty = orig_qty
        _instance.executed_qty = executed_qty
        _instance.cum_qty = cum_qty
        _instance.cum_quote = cum_quote
        _instance.reduce_only = reduce_only
        _instance.self_trade_prevention_mode = self_trade_prevention_mode
        _instance.price_match = price_match
        _instance.good_till_date = good_till_date
        _instance.time = time
        _instance.update_time = update_time

        # Fields the spec does not declare are kept as decoded. Every required field is in
        # d (else KeyError above), so only a longer d can hold others.
        _instance.additional_properties = (
            {key: value for key, value in d.items() if key not in _SPEC_FIELDS} if len(d) > 3 else {}
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
