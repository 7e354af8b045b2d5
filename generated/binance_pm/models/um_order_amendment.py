from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_int, parse_str
from ..errors import ResponseParseError
from ..models.price_match import PriceMatch
from ..types import UNSET, Unset

T = TypeVar("T", bound="UmOrderAmendment")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "amendmentId",
        "symbol",
        "orderId",
        "pair",
        "clientOrderId",
        "time",
        "amendment",
        "priceMatch",
    }
)


@_attrs_define
class UmOrderAmendment:
    """One modification of a UM order.

    Attributes:
        amendment_id (int): The id of this modification.
        symbol (str): The UM symbol, such as `BTCUSDT`.
        order_id (int): The id of the modified order.
        pair (str | Unset): The symbol's pair, such as `BTCUSDT`.
        client_order_id (str | Unset): The client order id of the modified order.
        time (int | Unset): When the modification was made, in milliseconds since the epoch.
        amendment (UmOrderAmendmentDetail | Unset): What changed.
        price_match (PriceMatch | Unset): The order's price match mode.
    """

    amendment_id: int
    symbol: str
    order_id: int
    pair: str | Unset = UNSET
    client_order_id: str | Unset = UNSET
    time: int | Unset = UNSET
    amendment: UmOrderAmendmentDetail | Unset = UNSET
    price_match: PriceMatch | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amendment_id = self.amendment_id

        symbol = self.symbol

        order_id = self.order_id

        pair = self.pair

        client_order_id = self.client_order_id

        time = self.time

        amendment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amendment, Unset):
            amendment = self.amendment.to_dict()

        price_match: str | Unset = UNSET
        if not isinstance(self.price_match, Unset):
            price_match = self.price_match.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amendmentId": amendment_id,
                "symbol": symbol,
                "orderId": order_id,
            }
        )
        if pair is not UNSET:
            field_dict["pair"] = pair
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if time is not UNSET:
            field_dict["time"] = time
        if amendment is not UNSET:
            field_dict["amendment"] = amendment
        if price_match is not UNSET:
            field_dict["priceMatch"] = price_match

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("UmOrderAmendment",)
            )
        d = src_dict
        try:
            amendment_id = d["amendmentId"]
            if type(amendment_id) is not int:
                amendment_id = parse_int(amendment_id, "amendmentId")

            symbol = d["symbol"]
            if type(symbol) is not str:
                symbol = parse_str(symbol, "symbol")

            order_id = d["orderId"]
            if type(order_id) is not int:
                order_id = parse_int(order_id, "orderId")

            pair = d.get("pair", UNSET)
            if not isinstance(pair, Unset) and type(pair) is not str:
                pair = parse_str(pair, "pair")

            client_order_id = d.get("clientOrderId", UNSET)
            if not isinstance(client_order_id, Unset) and type(client_order_id) is not str:
                client_order_id = parse_str(client_order_id, "clientOrderId")

            time = d.get("time", UNSET)
            if not isinstance(time, Unset) and type(time) is not int:
                time = parse_int(time, "time")

            _amendment = d.get("amendment", UNSET)
            amendment: UmOrderAmendmentDetail | Unset = (
                UNSET if isinstance(_amendment, Unset) else UmOrderAmendmentDetail.from_dict(_amendment)
            )

            _price_match = d.get("priceMatch", UNSET)
            price_match: PriceMatch | Unset = UNSET if isinstance(_price_match, Unset) else PriceMatch(_price_match)

        except ResponseParseError as exc:
            raise exc.within("UmOrderAmendment") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("UmOrderAmendment", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("UmOrderAmendment",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.amendment_id = amendment_id
        _instance.symbol = symbol
        _instance.order_id = order_id
        _instance.pair = pair
        _instance.client_order_id = client_order_id
        _instance.time = time
        _instance.amendment = amendment
        _instance.price_match = price_match

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


# The models this one refers to, imported after the class rather than before it: models that
# refer to each other can then import each other, and no method pays for an import statement
# on each call.
from ..models.um_order_amendment_detail import UmOrderAmendmentDetail  # noqa: E402
