from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_bool, parse_decimal, parse_int, parse_list, parse_str
from ..errors import ResponseParseError
from ..models.margin_order_type import MarginOrderType
from ..models.order_status import OrderStatus
from ..models.self_trade_prevention_mode import SelfTradePreventionMode
from ..models.side import Side
from ..models.time_in_force import TimeInForce
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarginOrder")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "symbol",
        "orderId",
        "clientOrderId",
        "origClientOrderId",
        "orderListId",
        "transactTime",
        "time",
        "updateTime",
        "price",
        "origQty",
        "executedQty",
        "cummulativeQuoteQty",
        "status",
        "timeInForce",
        "type",
        "side",
        "stopPrice",
        "icebergQty",
        "isWorking",
        "accountId",
        "selfTradePreventionMode",
        "preventedMatchId",
        "preventedQuantity",
        "marginBuyBorrowAmount",
        "marginBuyBorrowAsset",
        "fills",
    }
)


@_attrs_define
class MarginOrder:
    """A cross-margin order as Binance reports it: the answer of new order (ACK, RESULT or
    FULL), cancel, query, open orders and all orders, and an order report inside an OCO.
    Only the symbol and order id are always present; which other fields come depends
    on the operation and on `newOrderRespType`.

    Attributes:
        symbol (str): Symbol, such as `BTCUSDT`.
        order_id (int): Order id assigned by Binance.
        client_order_id (str | Unset): Client order id of the order (for a cancel answer, the id of the cancel request).
        orig_client_order_id (str | Unset): The client order id the order was placed with (cancel answers).
        order_list_id (int | Unset): Id of the OCO the order belongs to; -1 when it belongs to none.
        transact_time (int | Unset): When the order was placed, in milliseconds since the epoch (new-order answers).
        time (int | Unset): When the order was created, in milliseconds since the epoch.
        update_time (int | Unset): When the order last changed, in milliseconds since the epoch.
        price (Decimal | Unset): Limit price (0 for orders without one).
        orig_qty (Decimal | Unset): Ordered quantity, in the base asset.
        executed_qty (Decimal | Unset): Quantity filled so far, in the base asset.
        cummulative_quote_qty (Decimal | Unset): Quote asset filled so far (Binance's spelling). Negative for some old
            orders,
            meaning the value is not available.
        status (OrderStatus | Unset): Order status.
        time_in_force (TimeInForce | Unset): Time in force.
        type_ (MarginOrderType | Unset): Order type.
        side (Side | Unset): Order side.
        stop_price (Decimal | Unset): Trigger price of a stop or take-profit order.
        iceberg_qty (Decimal | Unset): Visible quantity of an iceberg order.
        is_working (bool | Unset): Whether the order is on the order book (false for a stop order not yet triggered).
        account_id (int | Unset): Id of the account that owns the order.
        self_trade_prevention_mode (SelfTradePreventionMode | Unset): Self-trade prevention mode of the order.
        prevented_match_id (int | None | Unset): Id of the match self-trade prevention blocked, or null.
        prevented_quantity (Decimal | None | Unset): Quantity that self-trade prevention expired, as a decimal string,
            or null.
        margin_buy_borrow_amount (Decimal | Unset): Amount borrowed for the order; present only when it borrowed.
            Binance's pages
            show it both as a string and as a number.
        margin_buy_borrow_asset (str | Unset): Asset borrowed for the order; present only when it borrowed.
        fills (list[MarginOrderFill] | Unset): The trades the order made at once (FULL answers only).
    """

    symbol: str
    order_id: int
    client_order_id: str | Unset = UNSET
    orig_client_order_id: str | Unset = UNSET
    order_list_id: int | Unset = UNSET
    transact_time: int | Unset = UNSET
    time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    price: Decimal | Unset = UNSET
    orig_qty: Decimal | Unset = UNSET
    executed_qty: Decimal | Unset = UNSET
    cummulative_quote_qty: Decimal | Unset = UNSET
    status: OrderStatus | Unset = UNSET
    time_in_force: TimeInForce | Unset = UNSET
    type_: MarginOrderType | Unset = UNSET
    side: Side | Unset = UNSET
    stop_price: Decimal | Unset = UNSET
    iceberg_qty: Decimal | Unset = UNSET
    is_working: bool | Unset = UNSET
    account_id: int | Unset = UNSET
    self_trade_prevention_mode: SelfTradePreventionMode | Unset = UNSET
    prevented_match_id: int | Unset | None = UNSET
    prevented_quantity: Decimal | Unset | None = UNSET
    margin_buy_borrow_amount: Decimal | Unset = UNSET
    margin_buy_borrow_asset: str | Unset = UNSET
    fills: list[MarginOrderFill] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        order_id = self.order_id

        client_order_id = self.client_order_id

        orig_client_order_id = self.orig_client_order_id

        order_list_id = self.order_list_id

        transact_time = self.transact_time

        time = self.time

        update_time = self.update_time

        price: str | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = format(self.price, "f")

        orig_qty: str | Unset = UNSET
        if not isinstance(self.orig_qty, Unset):
            orig_qty = format(self.orig_qty, "f")

        executed_qty: str | Unset = UNSET
        if not isinstance(self.executed_qty, Unset):
            executed_qty = format(self.executed_qty, "f")

        cummulative_quote_qty: str | Unset = UNSET
        if not isinstance(self.cummulative_quote_qty, Unset):
            cummulative_quote_qty = format(self.cummulative_quote_qty, "f")

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        time_in_force: str | Unset = UNSET
        if not isinstance(self.time_in_force, Unset):
            time_in_force = self.time_in_force.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        stop_price: str | Unset = UNSET
        if not isinstance(self.stop_price, Unset):
            stop_price = format(self.stop_price, "f")

        iceberg_qty: str | Unset = UNSET
        if not isinstance(self.iceberg_qty, Unset):
            iceberg_qty = format(self.iceberg_qty, "f")

        is_working = self.is_working

        account_id = self.account_id

        self_trade_prevention_mode: str | Unset = UNSET
        if not isinstance(self.self_trade_prevention_mode, Unset):
            self_trade_prevention_mode = self.self_trade_prevention_mode.value

        prevented_match_id: int | Unset | None = self.prevented_match_id

        prevented_quantity: str | Unset | None
        if isinstance(self.prevented_quantity, Unset):
            prevented_quantity = UNSET
        elif isinstance(self.prevented_quantity, Decimal):
            prevented_quantity = format(self.prevented_quantity, "f")
        else:
            prevented_quantity = self.prevented_quantity

        margin_buy_borrow_amount: str | Unset
        if isinstance(self.margin_buy_borrow_amount, Unset):
            margin_buy_borrow_amount = UNSET
        else:
            margin_buy_borrow_amount = format(self.margin_buy_borrow_amount, "f")

        margin_buy_borrow_asset = self.margin_buy_borrow_asset

        fills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fills, Unset):
            fills = []
            for fills_item_data in self.fills:
                fills_item = fills_item_data.to_dict()
                fills.append(fills_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "orderId": order_id,
            }
        )
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if orig_client_order_id is not UNSET:
            field_dict["origClientOrderId"] = orig_client_order_id
        if order_list_id is not UNSET:
            field_dict["orderListId"] = order_list_id
        if transact_time is not UNSET:
            field_dict["transactTime"] = transact_time
        if time is not UNSET:
            field_dict["time"] = time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if price is not UNSET:
            field_dict["price"] = price
        if orig_qty is not UNSET:
            field_dict["origQty"] = orig_qty
        if executed_qty is not UNSET:
            field_dict["executedQty"] = executed_qty
        if cummulative_quote_qty is not UNSET:
            field_dict["cummulativeQuoteQty"] = cummulative_quote_qty
        if status is not UNSET:
            field_dict["status"] = status
        if time_in_force is not UNSET:
            field_dict["timeInForce"] = time_in_force
        if type_ is not UNSET:
            field_dict["type"] = type_
        if side is not UNSET:
            field_dict["side"] = side
        if stop_price is not UNSET:
            field_dict["stopPrice"] = stop_price
        if iceberg_qty is not UNSET:
            field_dict["icebergQty"] = iceberg_qty
        if is_working is not UNSET:
            field_dict["isWorking"] = is_working
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if self_trade_prevention_mode is not UNSET:
            field_dict["selfTradePreventionMode"] = self_trade_prevention_mode
        if prevented_match_id is not UNSET:
            field_dict["preventedMatchId"] = prevented_match_id
        if prevented_quantity is not UNSET:
            field_dict["preventedQuantity"] = prevented_quantity
        if margin_buy_borrow_amount is not UNSET:
            field_dict["marginBuyBorrowAmount"] = margin_buy_borrow_amount
        if margin_buy_borrow_asset is not UNSET:
            field_dict["marginBuyBorrowAsset"] = margin_buy_borrow_asset
        if fills is not UNSET:
            field_dict["fills"] = fills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("MarginOrder",)
            )
        d = src_dict
        try:
            symbol = d["symbol"]
            if type(symbol) is not str:
                symbol = parse_str(symbol, "symbol")

            order_id = d["orderId"]
            if type(order_id) is not int:
                order_id = parse_int(order_id, "orderId")

            client_order_id = d.get("clientOrderId", UNSET)
            if not isinstance(client_order_id, Unset) and type(client_order_id) is not str:
                client_order_id = parse_str(client_order_id, "clientOrderId")

            orig_client_order_id = d.get("origClientOrderId", UNSET)
            if not isinstance(orig_client_order_id, Unset) and type(orig_client_order_id) is not str:
                orig_client_order_id = parse_str(orig_client_order_id, "origClientOrderId")

            order_list_id = d.get("orderListId", UNSET)
            if not isinstance(order_list_id, Unset) and type(order_list_id) is not int:
                order_list_id = parse_int(order_list_id, "orderListId")

            transact_time = d.get("transactTime", UNSET)
            if not isinstance(transact_time, Unset) and type(transact_time) is not int:
                transact_time = parse_int(transact_time, "transactTime")

            time = d.get("time", UNSET)
            if not isinstance(time, Unset) and type(time) is not int:
                time = parse_int(time, "time")

            update_time = d.get("updateTime", UNSET)
            if not isinstance(update_time, Unset) and type(update_time) is not int:
                update_time = parse_int(update_time, "updateTime")

            price = d.get("price", UNSET)
            if type(price) is not Decimal and not isinstance(price, Unset):
                price = Decimal(price) if type(price) is int else parse_decimal(price, "price")

            orig_qty = d.get("origQty", UNSET)
            if type(orig_qty) is not Decimal and not isinstance(orig_qty, Unset):
                orig_qty = Decimal(orig_qty) if type(orig_qty) is int else parse_decimal(orig_qty, "origQty")

            executed_qty = d.get("executedQty", UNSET)
            if type(executed_qty) is not Decimal and not isinstance(executed_qty, Unset):
                executed_qty = (
                    Decimal(executed_qty) if type(executed_qty) is int else parse_decimal(executed_qty, "executedQty")
                )

            cummulative_quote_qty = d.get("cummulativeQuoteQty", UNSET)
            if type(cummulative_quote_qty) is not Decimal and not isinstance(cummulative_quote_qty, Unset):
                cummulative_quote_qty = (
                    Decimal(cummulative_quote_qty)
                    if type(cummulative_quote_qty) is int
                    else parse_decimal(cummulative_quote_qty, "cummulativeQuoteQty")
                )

            _status = d.get("status", UNSET)
            status: OrderStatus | Unset = UNSET if isinstance(_status, Unset) else OrderStatus(_status)

            _time_in_force = d.get("timeInForce", UNSET)
            time_in_force: TimeInForce | Unset = (
                UNSET if isinstance(_time_in_force, Unset) else TimeInForce(_time_in_force)
            )

            _type_ = d.get("type", UNSET)
            type_: MarginOrderType | Unset = UNSET if isinstance(_type_, Unset) else MarginOrderType(_type_)

            _side = d.get("side", UNSET)
            side: Side | Unset = UNSET if isinstance(_side, Unset) else Side(_side)

            stop_price = d.get("stopPrice", UNSET)
            if type(stop_price) is not Decimal and not isinstance(stop_price, Unset):
                stop_price = Decimal(stop_price) if type(stop_price) is int else parse_decimal(stop_price, "stopPrice")

            iceberg_qty = d.get("icebergQty", UNSET)
            if type(iceberg_qty) is not Decimal and not isinstance(iceberg_qty, Unset):
                iceberg_qty = (
                    Decimal(iceberg_qty) if type(iceberg_qty) is int else parse_decimal(iceberg_qty, "icebergQty")
                )

            is_working = d.get("isWorking", UNSET)
            if not isinstance(is_working, Unset) and type(is_working) is not bool:
                is_working = parse_bool(is_working, "isWorking")

            account_id = d.get("accountId", UNSET)
            if not isinstance(account_id, Unset) and type(account_id) is not int:
                account_id = parse_int(account_id, "accountId")

            _self_trade_prevention_mode = d.get("selfTradePreventionMode", UNSET)
            self_trade_prevention_mode: SelfTradePreventionMode | Unset = (
                UNSET
                if isinstance(_self_trade_prevention_mode, Unset)
                else SelfTradePreventionMode(_self_trade_prevention_mode)
            )

            def _parse_prevented_match_id(data: object) -> int | Unset | None:
                if isinstance(data, Unset):
                    return data
                if type(data) is int:
                    prevented_match_id_type_0 = data
                    if type(prevented_match_id_type_0) is not int:
                        prevented_match_id_type_0 = parse_int(prevented_match_id_type_0, "preventedMatchId_type_0")

                    return prevented_match_id_type_0
                if data is None:
                    prevented_match_id_type_1 = data

                    return prevented_match_id_type_1
                raise ResponseParseError(
                    "a " + type(data).__name__ + " is none of the types the spec allows here",
                    field="preventedMatchId",
                )

            prevented_match_id = _parse_prevented_match_id(d.get("preventedMatchId", UNSET))

            def _parse_prevented_quantity(data: object) -> Decimal | Unset | None:
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str, int, Decimal)) and type(data) is not bool:
                    prevented_quantity_type_0 = data
                    if type(prevented_quantity_type_0) is not Decimal:
                        prevented_quantity_type_0 = (
                            Decimal(prevented_quantity_type_0)
                            if type(prevented_quantity_type_0) is int
                            else parse_decimal(prevented_quantity_type_0, "preventedQuantity_type_0")
                        )

                    return prevented_quantity_type_0
                if data is None:
                    prevented_quantity_type_1 = data

                    return prevented_quantity_type_1
                raise ResponseParseError(
                    "a " + type(data).__name__ + " is none of the types the spec allows here",
                    field="preventedQuantity",
                )

            prevented_quantity = _parse_prevented_quantity(d.get("preventedQuantity", UNSET))

            def _parse_margin_buy_borrow_amount(data: object) -> Decimal | Unset:
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str, int, Decimal)) and type(data) is not bool:
                    margin_buy_borrow_amount_type_0 = data
                    if type(margin_buy_borrow_amount_type_0) is not Decimal:
                        margin_buy_borrow_amount_type_0 = (
                            Decimal(margin_buy_borrow_amount_type_0)
                            if type(margin_buy_borrow_amount_type_0) is int
                            else parse_decimal(margin_buy_borrow_amount_type_0, "marginBuyBorrowAmount_type_0")
                        )

                    return margin_buy_borrow_amount_type_0
                raise ResponseParseError(
                    "a " + type(data).__name__ + " is none of the types the spec allows here",
                    field="marginBuyBorrowAmount",
                )

            margin_buy_borrow_amount = _parse_margin_buy_borrow_amount(d.get("marginBuyBorrowAmount", UNSET))

            margin_buy_borrow_asset = d.get("marginBuyBorrowAsset", UNSET)
            if not isinstance(margin_buy_borrow_asset, Unset) and type(margin_buy_borrow_asset) is not str:
                margin_buy_borrow_asset = parse_str(margin_buy_borrow_asset, "marginBuyBorrowAsset")

            _fills = d.get("fills", UNSET)
            fills: list[MarginOrderFill] | Unset = UNSET
            if _fills is not UNSET:
                fills = [MarginOrderFill.from_dict(item) for item in parse_list(_fills, "fills")]

        except ResponseParseError as exc:
            raise exc.within("MarginOrder") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("MarginOrder", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("MarginOrder",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.symbol = symbol
        _instance.order_id = order_id
        _instance.client_order_id = client_order_id
        _instance.orig_client_order_id = orig_client_order_id
        _instance.order_list_id = order_list_id
        _instance.transact_time = transact_time
        _instance.time = time
        _instance.update_time = update_time
        _instance.price = price
        _instance.orig_qty = orig_qty
        _instance.executed_qty = executed_qty
        _instance.cummulative_quote_qty = cummulative_quote_qty
        _instance.status = status
        _instance.time_in_force = time_in_force
        _instance.type_ = type_
        _instance.side = side
        _instance.stop_price = stop_price
        _instance.iceberg_qty = iceberg_qty
        _instance.is_working = is_working
        _instance.account_id = account_id
        _instance.self_trade_prevention_mode = self_trade_prevention_mode
        _instance.prevented_match_id = prevented_match_id
        _instance.prevented_quantity = prevented_quantity
        _instance.margin_buy_borrow_amount = margin_buy_borrow_amount
        _instance.margin_buy_borrow_asset = margin_buy_borrow_asset
        _instance.fills = fills

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


# The models this one refers to, imported after the class rather than before it: models that
# refer to each other can then import each other, and no method pays for an import statement
# on each call.
from ..models.margin_order_fill import MarginOrderFill  # noqa: E402
