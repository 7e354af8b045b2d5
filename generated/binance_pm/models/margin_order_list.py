from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal, parse_int, parse_list, parse_str
from ..errors import ResponseParseError
from ..models.margin_contingency_type import MarginContingencyType
from ..models.margin_list_order_status import MarginListOrderStatus
from ..models.margin_list_status_type import MarginListStatusType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarginOrderList")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "orderListId",
        "contingencyType",
        "listStatusType",
        "listOrderStatus",
        "listClientOrderId",
        "transactionTime",
        "symbol",
        "orders",
        "marginBuyBorrowAmount",
        "marginBuyBorrowAsset",
        "orderReports",
    }
)


@_attrs_define
class MarginOrderList:
    """A cross-margin OCO (order list): the answer of new OCO, cancel OCO and the OCO
    queries. `orderReports` comes only from new OCO and cancel OCO.

    Attributes:
        order_list_id (int): Order list id assigned by Binance.
        contingency_type (MarginContingencyType): Kind of order list.
        list_status_type (MarginListStatusType): Status of the list.
        list_order_status (MarginListOrderStatus): Status of the list's orders as a whole.
        list_client_order_id (str): Client id of the list.
        transaction_time (int): Time of the last change to the list, in milliseconds since the epoch.
        symbol (str): Symbol, such as `LTCBTC`.
        orders (list[MarginOrderListOrder]): The ids of the list's orders.
        margin_buy_borrow_amount (Decimal | Unset): Amount borrowed for the OCO; present only when it borrowed.
        margin_buy_borrow_asset (str | Unset): Asset borrowed for the OCO; present only when it borrowed.
        order_reports (list[MarginOrder] | Unset): The state of each of the list's orders (new OCO and cancel OCO
            answers).
    """

    order_list_id: int
    contingency_type: MarginContingencyType
    list_status_type: MarginListStatusType
    list_order_status: MarginListOrderStatus
    list_client_order_id: str
    transaction_time: int
    symbol: str
    orders: list[MarginOrderListOrder]
    margin_buy_borrow_amount: Decimal | Unset = UNSET
    margin_buy_borrow_asset: str | Unset = UNSET
    order_reports: list[MarginOrder] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_list_id = self.order_list_id

        contingency_type = self.contingency_type.value

        list_status_type = self.list_status_type.value

        list_order_status = self.list_order_status.value

        list_client_order_id = self.list_client_order_id

        transaction_time = self.transaction_time

        symbol = self.symbol

        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        margin_buy_borrow_amount: str | Unset
        if isinstance(self.margin_buy_borrow_amount, Unset):
            margin_buy_borrow_amount = UNSET
        else:
            margin_buy_borrow_amount = format(self.margin_buy_borrow_amount, "f")

        margin_buy_borrow_asset = self.margin_buy_borrow_asset

        order_reports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_reports, Unset):
            order_reports = []
            for order_reports_item_data in self.order_reports:
                order_reports_item = order_reports_item_data.to_dict()
                order_reports.append(order_reports_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderListId": order_list_id,
                "contingencyType": contingency_type,
                "listStatusType": list_status_type,
                "listOrderStatus": list_order_status,
                "listClientOrderId": list_client_order_id,
                "transactionTime": transaction_time,
                "symbol": symbol,
                "orders": orders,
            }
        )
        if margin_buy_borrow_amount is not UNSET:
            field_dict["marginBuyBorrowAmount"] = margin_buy_borrow_amount
        if margin_buy_borrow_asset is not UNSET:
            field_dict["marginBuyBorrowAsset"] = margin_buy_borrow_asset
        if order_reports is not UNSET:
            field_dict["orderReports"] = order_reports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("MarginOrderList",)
            )
        d = src_dict
        try:
            order_list_id = d["orderListId"]
            if type(order_list_id) is not int:
                order_list_id = parse_int(order_list_id, "orderListId")

            contingency_type = MarginContingencyType(d["contingencyType"])

            list_status_type = MarginListStatusType(d["listStatusType"])

            list_order_status = MarginListOrderStatus(d["listOrderStatus"])

            list_client_order_id = d["listClientOrderId"]
            if type(list_client_order_id) is not str:
                list_client_order_id = parse_str(list_client_order_id, "listClientOrderId")

            transaction_time = d["transactionTime"]
            if type(transaction_time) is not int:
                transaction_time = parse_int(transaction_time, "transactionTime")

            symbol = d["symbol"]
            if type(symbol) is not str:
                symbol = parse_str(symbol, "symbol")

            _orders = d["orders"]
            orders = [MarginOrderListOrder.from_dict(item) for item in parse_list(_orders, "orders")]

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

            _order_reports = d.get("orderReports", UNSET)
            order_reports: list[MarginOrder] | Unset = UNSET
            if _order_reports is not UNSET:
                order_reports = [MarginOrder.from_dict(item) for item in parse_list(_order_reports, "orderReports")]

        except ResponseParseError as exc:
            raise exc.within("MarginOrderList") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("MarginOrderList", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("MarginOrderList",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.order_list_id = order_list_id
        _instance.contingency_type = contingency_type
        _instance.list_status_type = list_status_type
        _instance.list_order_status = list_order_status
        _instance.list_client_order_id = list_client_order_id
        _instance.transaction_time = transaction_time
        _instance.symbol = symbol
        _instance.orders = orders
        _instance.margin_buy_borrow_amount = margin_buy_borrow_amount
        _instance.margin_buy_borrow_asset = margin_buy_borrow_asset
        _instance.order_reports = order_reports

        # Fields the spec does not declare are kept as decoded. Every required field is in
        # d (else KeyError above), so only a longer d can hold others.
        _instance.additional_properties = (
            {key: value for key, value in d.items() if key not in _SPEC_FIELDS} if len(d) > 8 else {}
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
from ..models.margin_order import MarginOrder  # noqa: E402
from ..models.margin_order_list_order import MarginOrderListOrder  # noqa: E402
