from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_bool, parse_decimal, parse_int, parse_str
from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarginTrade")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "symbol",
        "id",
        "orderId",
        "price",
        "qty",
        "time",
        "commission",
        "commissionAsset",
        "isBuyer",
        "isMaker",
        "isBestMatch",
    }
)


@_attrs_define
class MarginTrade:
    """One trade of the account on a cross-margin symbol.

    Attributes:
        symbol (str): Symbol, such as `BNBBTC`.
        id (int): Trade id.
        order_id (int): Id of the order that traded.
        price (Decimal): Trade price.
        qty (Decimal): Trade quantity, in the base asset.
        time (int): Trade time, in milliseconds since the epoch.
        commission (Decimal | Unset): Commission charged.
        commission_asset (str | Unset): Asset the commission was charged in.
        is_buyer (bool | Unset): Whether the account was the buyer.
        is_maker (bool | Unset): Whether the account's order was the maker.
        is_best_match (bool | Unset): Whether the trade was at the best available price.
    """

    symbol: str
    id: int
    order_id: int
    price: Decimal
    qty: Decimal
    time: int
    commission: Decimal | Unset = UNSET
    commission_asset: str | Unset = UNSET
    is_buyer: bool | Unset = UNSET
    is_maker: bool | Unset = UNSET
    is_best_match: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        id = self.id

        order_id = self.order_id

        price = format(self.price, "f")

        qty = format(self.qty, "f")

        time = self.time

        commission: str | Unset = UNSET
        if not isinstance(self.commission, Unset):
            commission = format(self.commission, "f")

        commission_asset = self.commission_asset

        is_buyer = self.is_buyer

        is_maker = self.is_maker

        is_best_match = self.is_best_match

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "id": id,
                "orderId": order_id,
                "price": price,
                "qty": qty,
                "time": time,
            }
        )
        if commission is not UNSET:
            field_dict["commission"] = commission
        if commission_asset is not UNSET:
            field_dict["commissionAsset"] = commission_asset
        if is_buyer is not UNSET:
            field_dict["isBuyer"] = is_buyer
        if is_maker is not UNSET:
            field_dict["isMaker"] = is_maker
        if is_best_match is not UNSET:
            field_dict["isBestMatch"] = is_best_match

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("MarginTrade",)
            )
        d = src_dict
        try:
            symbol = d["symbol"]
            if type(symbol) is not str:
                symbol = parse_str(symbol, "symbol")

            id = d["id"]
            if type(id) is not int:
                id = parse_int(id, "id")

            order_id = d["orderId"]
            if type(order_id) is not int:
                order_id = parse_int(order_id, "orderId")

            price = d["price"]
            if type(price) is not Decimal:
                price = Decimal(price) if type(price) is int else parse_decimal(price, "price")

            qty = d["qty"]
            if type(qty) is not Decimal:
                qty = Decimal(qty) if type(qty) is int else parse_decimal(qty, "qty")

            time = d["time"]
            if type(time) is not int:
                time = parse_int(time, "time")

            commission = d.get("commission", UNSET)
            if type(commission) is not Decimal and not isinstance(commission, Unset):
                commission = Decimal(commission) if type(commission) is int else parse_decimal(commission, "commission")

            commission_asset = d.get("commissionAsset", UNSET)
            if not isinstance(commission_asset, Unset) and type(commission_asset) is not str:
                commission_asset = parse_str(commission_asset, "commissionAsset")

            is_buyer = d.get("isBuyer", UNSET)
            if not isinstance(is_buyer, Unset) and type(is_buyer) is not bool:
                is_buyer = parse_bool(is_buyer, "isBuyer")

            is_maker = d.get("isMaker", UNSET)
            if not isinstance(is_maker, Unset) and type(is_maker) is not bool:
                is_maker = parse_bool(is_maker, "isMaker")

            is_best_match = d.get("isBestMatch", UNSET)
            if not isinstance(is_best_match, Unset) and type(is_best_match) is not bool:
                is_best_match = parse_bool(is_best_match, "isBestMatch")

        except ResponseParseError as exc:
            raise exc.within("MarginTrade") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("MarginTrade", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("MarginTrade",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.symbol = symbol
        _instance.id = id
        _instance.order_id = order_id
        _instance.price = price
        _instance.qty = qty
        _instance.time = time
        _instance.commission = commission
        _instance.commission_asset = commission_asset
        _instance.is_buyer = is_buyer
        _instance.is_maker = is_maker
        _instance.is_best_match = is_best_match

        # Fields the spec does not declare are kept as decoded. Every required field is in
        # d (else KeyError above), so only a longer d can hold others.
        _instance.additional_properties = (
            {key: value for key, value in d.items() if key not in _SPEC_FIELDS} if len(d) > 6 else {}
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
