from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_bool, parse_decimal, parse_int, parse_str
from ..errors import ResponseParseError
from ..models.position_side import PositionSide
from ..models.side import Side
from ..types import UNSET, Unset

T = TypeVar("T", bound="UmTrade")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "symbol",
        "id",
        "orderId",
        "price",
        "qty",
        "side",
        "quoteQty",
        "realizedPnl",
        "commission",
        "commissionAsset",
        "time",
        "buyer",
        "maker",
        "positionSide",
    }
)


@_attrs_define
class UmTrade:
    """One trade (fill) of the account on a UM symbol.

    Attributes:
        symbol (str): The UM symbol, such as `BTCUSDT`.
        id (int): The trade id.
        order_id (int): The id of the order that traded.
        price (Decimal): Trade price.
        qty (Decimal): Traded quantity.
        side (Side | Unset): BUY or SELL.
        quote_qty (Decimal | Unset): Traded value, in the quote asset.
        realized_pnl (Decimal | Unset): Profit or loss the trade realized.
        commission (Decimal | Unset): Commission charged for the trade (Binance shows it as a signed amount).
        commission_asset (str | Unset): The asset the commission was charged in, such as `USDT`.
        time (int | Unset): When the trade happened, in milliseconds since the epoch.
        buyer (bool | Unset): Whether the account was the buyer.
        maker (bool | Unset): Whether the account was the maker.
        position_side (PositionSide | Unset): The position the trade belongs to.
    """

    symbol: str
    id: int
    order_id: int
    price: Decimal
    qty: Decimal
    side: Side | Unset = UNSET
    quote_qty: Decimal | Unset = UNSET
    realized_pnl: Decimal | Unset = UNSET
    commission: Decimal | Unset = UNSET
    commission_asset: str | Unset = UNSET
    time: int | Unset = UNSET
    buyer: bool | Unset = UNSET
    maker: bool | Unset = UNSET
    position_side: PositionSide | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        id = self.id

        order_id = self.order_id

        price = format(self.price, "f")

        qty = format(self.qty, "f")

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        quote_qty: str | Unset = UNSET
        if not isinstance(self.quote_qty, Unset):
            quote_qty = format(self.quote_qty, "f")

        realized_pnl: str | Unset = UNSET
        if not isinstance(self.realized_pnl, Unset):
            realized_pnl = format(self.realized_pnl, "f")

        commission: str | Unset = UNSET
        if not isinstance(self.commission, Unset):
            commission = format(self.commission, "f")

        commission_asset = self.commission_asset

        time = self.time

        buyer = self.buyer

        maker = self.maker

        position_side: str | Unset = UNSET
        if not isinstance(self.position_side, Unset):
            position_side = self.position_side.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "id": id,
                "orderId": order_id,
                "price": price,
                "qty": qty,
            }
        )
        if side is not UNSET:
            field_dict["side"] = side
        if quote_qty is not UNSET:
            field_dict["quoteQty"] = quote_qty
        if realized_pnl is not UNSET:
            field_dict["realizedPnl"] = realized_pnl
        if commission is not UNSET:
            field_dict["commission"] = commission
        if commission_asset is not UNSET:
            field_dict["commissionAsset"] = commission_asset
        if time is not UNSET:
            field_dict["time"] = time
        if buyer is not UNSET:
            field_dict["buyer"] = buyer
        if maker is not UNSET:
            field_dict["maker"] = maker
        if position_side is not UNSET:
            field_dict["positionSide"] = position_side

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(f"expected a JSON object, got {type(src_dict).__name__}", location=("UmTrade",))
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

            _side = d.get("side", UNSET)
            side: Side | Unset = UNSET if isinstance(_side, Unset) else Side(_side)

            quote_qty = d.get("quoteQty", UNSET)
            if type(quote_qty) is not Decimal and not isinstance(quote_qty, Unset):
                quote_qty = Decimal(quote_qty) if type(quote_qty) is int else parse_decimal(quote_qty, "quoteQty")

            realized_pnl = d.get("realizedPnl", UNSET)
            if type(realized_pnl) is not Decimal and not isinstance(realized_pnl, Unset):
                realized_pnl = (
                    Decimal(realized_pnl) if type(realized_pnl) is int else parse_decimal(realized_pnl, "realizedPnl")
                )

            commission = d.get("commission", UNSET)
            if type(commission) is not Decimal and not isinstance(commission, Unset):
                commission = Decimal(commission) if type(commission) is int else parse_decimal(commission, "commission")

            commission_asset = d.get("commissionAsset", UNSET)
            if not isinstance(commission_asset, Unset) and type(commission_asset) is not str:
                commission_asset = parse_str(commission_asset, "commissionAsset")

            time = d.get("time", UNSET)
            if not isinstance(time, Unset) and type(time) is not int:
                time = parse_int(time, "time")

            buyer = d.get("buyer", UNSET)
            if not isinstance(buyer, Unset) and type(buyer) is not bool:
                buyer = parse_bool(buyer, "buyer")

            maker = d.get("maker", UNSET)
            if not isinstance(maker, Unset) and type(maker) is not bool:
                maker = parse_bool(maker, "maker")

            _position_side = d.get("positionSide", UNSET)
            position_side: PositionSide | Unset = (
                UNSET if isinstance(_position_side, Unset) else PositionSide(_position_side)
            )

        except ResponseParseError as exc:
            raise exc.within("UmTrade") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("UmTrade", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("UmTrade",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.symbol = symbol
        _instance.id = id
        _instance.order_id = order_id
        _instance.price = price
        _instance.qty = qty
        _instance.side = side
        _instance.quote_qty = quote_qty
        _instance.realized_pnl = realized_pnl
        _instance.commission = commission
        _instance.commission_asset = commission_asset
        _instance.time = time
        _instance.buyer = buyer
        _instance.maker = maker
        _instance.position_side = position_side

        # Fields the spec does not declare are kept as decoded. Every required field is in
        # d (else KeyError above), so only a longer d can hold others.
        _instance.additional_properties = (
            {key: value for key, value in d.items() if key not in _SPEC_FIELDS} if len(d) > 5 else {}
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
