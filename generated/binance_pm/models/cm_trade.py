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

T = TypeVar("T", bound="CmTrade")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "symbol",
        "id",
        "orderId",
        "price",
        "qty",
        "pair",
        "side",
        "realizedPnl",
        "marginAsset",
        "baseQty",
        "commission",
        "commissionAsset",
        "time",
        "positionSide",
        "buyer",
        "maker",
    }
)


@_attrs_define
class CmTrade:
    """One fill of a CM order of the Portfolio Margin account.

    Attributes:
        symbol (str): CM symbol, such as `BTCUSD_200626`.
        id (int): Trade id.
        order_id (int): Id of the order that traded.
        price (Decimal): Trade price.
        qty (Decimal): Traded quantity, in contracts.
        pair (str | Unset): Pair the symbol belongs to, such as `BTCUSD`.
        side (Side | Unset): Side of the account's order.
        realized_pnl (Decimal | Unset): Profit or loss the trade realized, in the margin asset.
        margin_asset (str | Unset): Margin asset of the symbol, such as `BTC`.
        base_qty (Decimal | Unset): Traded amount in the base asset.
        commission (Decimal | Unset): Commission charged.
        commission_asset (str | Unset): Asset the commission was charged in.
        time (int | Unset): Trade time, in milliseconds since the epoch.
        position_side (PositionSide | Unset): Position side the trade applied to.
        buyer (bool | Unset): Whether the account was the buyer.
        maker (bool | Unset): Whether the account was the maker.
    """

    symbol: str
    id: int
    order_id: int
    price: Decimal
    qty: Decimal
    pair: str | Unset = UNSET
    side: Side | Unset = UNSET
    realized_pnl: Decimal | Unset = UNSET
    margin_asset: str | Unset = UNSET
    base_qty: Decimal | Unset = UNSET
    commission: Decimal | Unset = UNSET
    commission_asset: str | Unset = UNSET
    time: int | Unset = UNSET
    position_side: PositionSide | Unset = UNSET
    buyer: bool | Unset = UNSET
    maker: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        id = self.id

        order_id = self.order_id

        price = format(self.price, "f")

        qty = format(self.qty, "f")

        pair = self.pair

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        realized_pnl: str | Unset = UNSET
        if not isinstance(self.realized_pnl, Unset):
            realized_pnl = format(self.realized_pnl, "f")

        margin_asset = self.margin_asset

        base_qty: str | Unset = UNSET
        if not isinstance(self.base_qty, Unset):
            base_qty = format(self.base_qty, "f")

        commission: str | Unset = UNSET
        if not isinstance(self.commission, Unset):
            commission = format(self.commission, "f")

        commission_asset = self.commission_asset

        time = self.time

        position_side: str | Unset = UNSET
        if not isinstance(self.position_side, Unset):
            position_side = self.position_side.value

        buyer = self.buyer

        maker = self.maker

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
        if pair is not UNSET:
            field_dict["pair"] = pair
        if side is not UNSET:
            field_dict["side"] = side
        if realized_pnl is not UNSET:
            field_dict["realizedPnl"] = realized_pnl
        if margin_asset is not UNSET:
            field_dict["marginAsset"] = margin_asset
        if base_qty is not UNSET:
            field_dict["baseQty"] = base_qty
        if commission is not UNSET:
            field_dict["commission"] = commission
        if commission_asset is not UNSET:
            field_dict["commissionAsset"] = commission_asset
        if time is not UNSET:
            field_dict["time"] = time
        if position_side is not UNSET:
            field_dict["positionSide"] = position_side
        if buyer is not UNSET:
            field_dict["buyer"] = buyer
        if maker is not UNSET:
            field_dict["maker"] = maker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(f"expected a JSON object, got {type(src_dict).__name__}", location=("CmTrade",))
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

            pair = d.get("pair", UNSET)
            if not isinstance(pair, Unset) and type(pair) is not str:
                pair = parse_str(pair, "pair")

            _side = d.get("side", UNSET)
            side: Side | Unset = UNSET if isinstance(_side, Unset) else Side(_side)

            realized_pnl = d.get("realizedPnl", UNSET)
            if type(realized_pnl) is not Decimal and not isinstance(realized_pnl, Unset):
                realized_pnl = (
                    Decimal(realized_pnl) if type(realized_pnl) is int else parse_decimal(realized_pnl, "realizedPnl")
                )

            margin_asset = d.get("marginAsset", UNSET)
            if not isinstance(margin_asset, Unset) and type(margin_asset) is not str:
                margin_asset = parse_str(margin_asset, "marginAsset")

            base_qty = d.get("baseQty", UNSET)
            if type(base_qty) is not Decimal and not isinstance(base_qty, Unset):
                base_qty = Decimal(base_qty) if type(base_qty) is int else parse_decimal(base_qty, "baseQty")

            commission = d.get("commission", UNSET)
            if type(commission) is not Decimal and not isinstance(commission, Unset):
                commission = Decimal(commission) if type(commission) is int else parse_decimal(commission, "commission")

            commission_asset = d.get("commissionAsset", UNSET)
            if not isinstance(commission_asset, Unset) and type(commission_asset) is not str:
                commission_asset = parse_str(commission_asset, "commissionAsset")

            time = d.get("time", UNSET)
            if not isinstance(time, Unset) and type(time) is not int:
                time = parse_int(time, "time")

            _position_side = d.get("positionSide", UNSET)
            position_side: PositionSide | Unset = (
                UNSET if isinstance(_position_side, Unset) else PositionSide(_position_side)
            )

            buyer = d.get("buyer", UNSET)
            if not isinstance(buyer, Unset) and type(buyer) is not bool:
                buyer = parse_bool(buyer, "buyer")

            maker = d.get("maker", UNSET)
            if not isinstance(maker, Unset) and type(maker) is not bool:
                maker = parse_bool(maker, "maker")

        except ResponseParseError as exc:
            raise exc.within("CmTrade") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("CmTrade", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("CmTrade",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.symbol = symbol
        _instance.id = id
        _instance.order_id = order_id
        _instance.price = price
        _instance.qty = qty
        _instance.pair = pair
        _instance.side = side
        _instance.realized_pnl = realized_pnl
        _instance.margin_asset = margin_asset
        _instance.base_qty = base_qty
        _instance.commission = commission
        _instance.commission_asset = commission_asset
        _instance.time = time
        _instance.position_side = position_side
        _instance.buyer = buyer
        _instance.maker = maker

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
