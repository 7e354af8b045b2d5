from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal, parse_int, parse_str
from ..errors import ResponseParseError
from ..models.boolean_text import BooleanText
from ..models.um_margin_type import UmMarginType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UmSymbolConfig")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "symbol",
        "leverage",
        "marginType",
        "isAutoAddMargin",
        "maxNotionalValue",
    }
)


@_attrs_define
class UmSymbolConfig:
    """The account's settings for one UM symbol.

    Attributes:
        symbol (str): Symbol, such as `BTCUSDT`.
        leverage (int): Current initial leverage.
        margin_type (UmMarginType | Unset): Margin type of the symbol.
        is_auto_add_margin (BooleanText | Unset): Whether margin is added automatically, as the text `true` or `false`.
        max_notional_value (Decimal | Unset): Largest notional value allowed at the current leverage.
    """

    symbol: str
    leverage: int
    margin_type: UmMarginType | Unset = UNSET
    is_auto_add_margin: BooleanText | Unset = UNSET
    max_notional_value: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        leverage = self.leverage

        margin_type: str | Unset = UNSET
        if not isinstance(self.margin_type, Unset):
            margin_type = self.margin_type.value

        is_auto_add_margin: str | Unset = UNSET
        if not isinstance(self.is_auto_add_margin, Unset):
            is_auto_add_margin = self.is_auto_add_margin.value

        max_notional_value: str | Unset = UNSET
        if not isinstance(self.max_notional_value, Unset):
            max_notional_value = format(self.max_notional_value, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "leverage": leverage,
            }
        )
        if margin_type is not UNSET:
            field_dict["marginType"] = margin_type
        if is_auto_add_margin is not UNSET:
            field_dict["isAutoAddMargin"] = is_auto_add_margin
        if max_notional_value is not UNSET:
            field_dict["maxNotionalValue"] = max_notional_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("UmSymbolConfig",)
            )
        d = src_dict
        try:
            symbol = d["symbol"]
            if type(symbol) is not str:
                symbol = parse_str(symbol, "symbol")

            leverage = d["leverage"]
            if type(leverage) is not int:
                leverage = parse_int(leverage, "leverage")

            _margin_type = d.get("marginType", UNSET)
            margin_type: UmMarginType | Unset = UNSET if isinstance(_margin_type, Unset) else UmMarginType(_margin_type)

            _is_auto_add_margin = d.get("isAutoAddMargin", UNSET)
            is_auto_add_margin: BooleanText | Unset = (
                UNSET if isinstance(_is_auto_add_margin, Unset) else BooleanText(_is_auto_add_margin)
            )

            max_notional_value = d.get("maxNotionalValue", UNSET)
            if type(max_notional_value) is not Decimal and not isinstance(max_notional_value, Unset):
                max_notional_value = (
                    Decimal(max_notional_value)
                    if type(max_notional_value) is int
                    else parse_decimal(max_notional_value, "maxNotionalValue")
                )

        except ResponseParseError as exc:
            raise exc.within("UmSymbolConfig") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("UmSymbolConfig", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("UmSymbolConfig",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.symbol = symbol
        _instance.leverage = leverage
        _instance.margin_type = margin_type
        _instance.is_auto_add_margin = is_auto_add_margin
        _instance.max_notional_value = max_notional_value

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
