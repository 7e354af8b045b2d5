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
from ..models.side import Side
from ..models.time_in_force import TimeInForce
from ..types import UNSET, Unset

T = TypeVar("T", bound="UmForceOrder")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "orderId",
        "symbol",
        "status",
        "clientOrderId",
        "price",
        "avgPrice",
        "origQty",
        "executedQty",
        "cumQuote",
        "timeInForce",
        "type",
        "origType",
        "reduceOnly",
        "side",
        "positionSide",
        "time",
        "updateTime",
    }
)


@_attrs_define
class UmForceOrder:
    """An order the system placed to close a UM position, by liquidation or by auto-deleveraging.

    Attributes:
        order_id (int): The order id Binance assigned.
        symbol (str): The UM symbol, such as `BTCUSDT`.
        status (OrderStatus | Unset): The order's status.
        client_order_id (str | Unset): The system's client order id (liquidation orders start with `autoclose-`).
        price (Decimal | Unset): Limit price of the order.
        avg_price (Decimal | Unset): Average fill price.
        orig_qty (Decimal | Unset): Quantity ordered.
        executed_qty (Decimal | Unset): Quantity filled.
        cum_quote (Decimal | Unset): Cumulative filled value, in the quote asset.
        time_in_force (TimeInForce | Unset): How long the order stayed working.
        type_ (FuturesOrderType | Unset): The order's type.
        orig_type (FuturesOrderType | Unset): The type the order was placed with.
        reduce_only (bool | Unset): Whether the order could only reduce the position.
        side (Side | Unset): BUY or SELL.
        position_side (PositionSide | Unset): The position the order closed.
        time (int | Unset): When the order was placed, in milliseconds since the epoch.
        update_time (int | Unset): When the order last changed, in milliseconds since the epoch.
    """

    order_id: int
    symbol: str
    status: OrderStatus | Unset = UNSET
    client_order_id: str | Unset = UNSET
    price: Decimal | Unset = UNSET
    avg_price: Decimal | Unset = UNSET
    orig_qty: Decimal | Unset = UNSET
    executed_qty: Decimal | Unset = UNSET
    cum_quote: Decimal | Unset = UNSET
    time_in_force: TimeInForce | Unset = UNSET
    type_: FuturesOrderType | Unset = UNSET
    orig_type: FuturesOrderType | Unset = UNSET
    reduce_only: bool | Unset = UNSET
    side: Side | Unset = UNSET
    position_side: PositionSide | Unset = UNSET
    time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        symbol = self.symbol

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        client_order_id = self.client_order_id

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

        cum_quote: str | Unset = UNSET
        if not isinstance(self.cum_quote, Unset):
            cum_quote = format(self.cum_quote, "f")

        time_in_force: str | Unset = UNSET
        if not isinstance(self.time_in_force, Unset):
            time_in_force = self.time_in_force.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        orig_type: str | Unset = UNSET
        if not isinstance(self.orig_type, Unset):
            orig_type = self.orig_type.value

        reduce_only = self.reduce_only

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        position_side: str | Unset = UNSET
        if not isinstance(self.position_side, Unset):
            position_side = self.position_side.value

        time = self.time

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "symbol": symbol,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if price is not UNSET:
            field_dict["price"] = price
        if avg_price is not UNSET:
            field_dict["avgPrice"] = avg_price
        if orig_qty is not UNSET:
            field_dict["origQty"] = orig_qty
        if executed_qty is not UNSET:
            field_dict["executedQty"] = executed_qty
        if cum_quote is not UNSET:
            field_dict["cumQuote"] = cum_quote
        if time_in_force is not UNSET:
            field_dict["timeInForce"] = time_in_force
        if type_ is not UNSET:
            field_dict["type"] = type_
        if orig_type is not UNSET:
            field_dict["origType"] = orig_type
        if reduce_only is not UNSET:
            field_dict["reduceOnly"] = reduce_only
        if side is not UNSET:
            field_dict["side"] = side
        if position_side is not UNSET:
            field_dict["positionSide"] = position_side
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
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("UmForceOrder",)
            )
        d = src_dict
        try:
            order_id = d["orderId"]
            if type(order_id) is not int:
                order_id = parse_int(order_id, "orderId")

            symbol = d["symbol"]
            if type(symbol) is not str:
                symbol = parse_str(symbol, "symbol")

            _status = d.get("status", UNSET)
            status: OrderStatus | Unset = UNSET if isinstance(_status, Unset) else OrderStatus(_status)

            client_order_id = d.get("clientOrderId", UNSET)
            if not isinstance(client_order_id, Unset) and type(client_order_id) is not str:
                client_order_id = parse_str(client_order_id, "clientOrderId")

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

            cum_quote = d.get("cumQuote", UNSET)
            if type(cum_quote) is not Decimal and not isinstance(cum_quote, Unset):
                cum_quote = Decimal(cum_quote) if type(cum_quote) is int else parse_decimal(cum_quote, "cumQuote")

            _time_in_force = d.get("timeInForce", UNSET)
            time_in_force: TimeInForce | Unset = (
                UNSET if isinstance(_time_in_force, Unset) else TimeInForce(_time_in_force)
            )

            _type_ = d.get("type", UNSET)
            type_: FuturesOrderType | Unset = UNSET if isinstance(_type_, Unset) else FuturesOrderType(_type_)

            _orig_type = d.get("origType", UNSET)
            orig_type: FuturesOrderType | Unset = (
                UNSET if isinstance(_orig_type, Unset) else FuturesOrderType(_orig_type)
            )

            reduce_only = d.get("reduceOnly", UNSET)
            if not isinstance(reduce_only, Unset) and type(reduce_only) is not bool:
                reduce_only = parse_bool(reduce_only, "reduceOnly")

            _side = d.get("side", UNSET)
            side: Side | Unset = UNSET if isinstance(_side, Unset) else Side(_side)

            _position_side = d.get("positionSide", UNSET)
            position_side: PositionSide | Unset = (
                UNSET if isinstance(_position_side, Unset) else PositionSide(_position_side)
            )

            time = d.get("time", UNSET)
            if not isinstance(time, Unset) and type(time) is not int:
                time = parse_int(time, "time")

            update_time = d.get("updateTime", UNSET)
            if not isinstance(update_time, Unset) and type(update_time) is not int:
                update_time = parse_int(update_time, "updateTime")

        except ResponseParseError as exc:
            raise exc.within("UmForceOrder") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("UmForceOrder", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("UmForceOrder",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.order_id = order_id
        _instance.symbol = symbol
        _instance.status = status
        _instance.client_order_id = client_order_id
        _instance.price = price
        _instance.avg_price = avg_price
        _instance.orig_qty = orig_qty
        _instance.executed_qty = executed_qty
        _instance.cum_quote = cum_quote
        _instance.time_in_force = time_in_force
        _instance.type_ = type_
        _instance.orig_type = orig_type
        _instance.reduce_only = reduce_only
        _instance.side = side
        _instance.position_side = position_side
        _instance.time = time
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
