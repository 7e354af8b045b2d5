from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal, parse_int, parse_str
from ..errors import ResponseParseError
from ..models.side import Side
from ..models.time_in_force import TimeInForce
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarginForceOrder")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "orderId",
        "symbol",
        "side",
        "price",
        "avgPrice",
        "qty",
        "executedQty",
        "timeInForce",
        "updatedTime",
    }
)


@_attrs_define
class MarginForceOrder:
    """An order the system placed to liquidate a cross-margin position.

    Attributes:
        order_id (int): Order id.
        symbol (str): Symbol, such as `BNBBTC`.
        side (Side | Unset): Order side.
        price (Decimal | Unset): Order price.
        avg_price (Decimal | Unset): Average fill price.
        qty (Decimal | Unset): Ordered quantity, in the base asset.
        executed_qty (Decimal | Unset): Filled quantity, in the base asset.
        time_in_force (TimeInForce | Unset): Time in force.
        updated_time (int | Unset): When the order last changed, in milliseconds since the epoch.
    """

    order_id: int
    symbol: str
    side: Side | Unset = UNSET
    price: Decimal | Unset = UNSET
    avg_price: Decimal | Unset = UNSET
    qty: Decimal | Unset = UNSET
    executed_qty: Decimal | Unset = UNSET
    time_in_force: TimeInForce | Unset = UNSET
    updated_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        symbol = self.symbol

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        price: str | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = format(self.price, "f")

        avg_price: str | Unset = UNSET
        if not isinstance(self.avg_price, Unset):
            avg_price = format(self.avg_price, "f")

        qty: str | Unset = UNSET
        if not isinstance(self.qty, Unset):
            qty = format(self.qty, "f")

        executed_qty: str | Unset = UNSET
        if not isinstance(self.executed_qty, Unset):
            executed_qty = format(self.executed_qty, "f")

        time_in_force: str | Unset = UNSET
        if not isinstance(self.time_in_force, Unset):
            time_in_force = self.time_in_force.value

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "symbol": symbol,
            }
        )
        if side is not UNSET:
            field_dict["side"] = side
        if price is not UNSET:
            field_dict["price"] = price
        if avg_price is not UNSET:
            field_dict["avgPrice"] = avg_price
        if qty is not UNSET:
            field_dict["qty"] = qty
        if executed_qty is not UNSET:
            field_dict["executedQty"] = executed_qty
        if time_in_force is not UNSET:
            field_dict["timeInForce"] = time_in_force
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("MarginForceOrder",)
            )
        d = src_dict
        try:
            order_id = d["orderId"]
            if type(order_id) is not int:
                order_id = parse_int(order_id, "orderId")

            symbol = d["symbol"]
            if type(symbol) is not str:
                symbol = parse_str(symbol, "symbol")

            _side = d.get("side", UNSET)
            side: Side | Unset = UNSET if isinstance(_side, Unset) else Side(_side)

            price = d.get("price", UNSET)
            if type(price) is not Decimal and not isinstance(price, Unset):
                price = Decimal(price) if type(price) is int else parse_decimal(price, "price")

            avg_price = d.get("avgPrice", UNSET)
            if type(avg_price) is not Decimal and not isinstance(avg_price, Unset):
                avg_price = Decimal(avg_price) if type(avg_price) is int else parse_decimal(avg_price, "avgPrice")

            qty = d.get("qty", UNSET)
            if type(qty) is not Decimal and not isinstance(qty, Unset):
                qty = Decimal(qty) if type(qty) is int else parse_decimal(qty, "qty")

            executed_qty = d.get("executedQty", UNSET)
            if type(executed_qty) is not Decimal and not isinstance(executed_qty, Unset):
                executed_qty = (
                    Decimal(executed_qty) if type(executed_qty) is int else parse_decimal(executed_qty, "executedQty")
                )

            _time_in_force = d.get("timeInForce", UNSET)
            time_in_force: TimeInForce | Unset = (
                UNSET if isinstance(_time_in_force, Unset) else TimeInForce(_time_in_force)
            )

            updated_time = d.get("updatedTime", UNSET)
            if not isinstance(updated_time, Unset) and type(updated_time) is not int:
                updated_time = parse_int(updated_time, "updatedTime")

        except ResponseParseError as exc:
            raise exc.within("MarginForceOrder") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("MarginForceOrder", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("MarginForceOrder",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.order_id = order_id
        _instance.symbol = symbol
        _instance.side = side
        _instance.price = price
        _instance.avg_price = avg_price
        _instance.qty = qty
        _instance.executed_qty = executed_qty
        _instance.time_in_force = time_in_force
        _instance.updated_time = updated_time

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
