from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal, parse_str
from ..errors import ResponseParseError

T = TypeVar("T", bound="PmCommissionRate")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "symbol",
        "makerCommissionRate",
        "takerCommissionRate",
    }
)


@_attrs_define
class PmCommissionRate:
    """The maker and taker commission rates of one UM or CM symbol.

    Attributes:
        symbol (str): The symbol.
        maker_commission_rate (Decimal): Maker commission rate as a fraction (`0.0002` is 0.02%).
        taker_commission_rate (Decimal): Taker commission rate as a fraction (`0.0004` is 0.04%).
    """

    symbol: str
    maker_commission_rate: Decimal
    taker_commission_rate: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        maker_commission_rate = format(self.maker_commission_rate, "f")

        taker_commission_rate = format(self.taker_commission_rate, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "makerCommissionRate": maker_commission_rate,
                "takerCommissionRate": taker_commission_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("PmCommissionRate",)
            )
        d = src_dict
        try:
            symbol = d["symbol"]
            if type(symbol) is not str:
                symbol = parse_str(symbol, "symbol")

            maker_commission_rate = d["makerCommissionRate"]
            if type(maker_commission_rate) is not Decimal:
                maker_commission_rate = (
                    Decimal(maker_commission_rate)
                    if type(maker_commission_rate) is int
                    else parse_decimal(maker_commission_rate, "makerCommissionRate")
                )

            taker_commission_rate = d["takerCommissionRate"]
            if type(taker_commission_rate) is not Decimal:
                taker_commission_rate = (
                    Decimal(taker_commission_rate)
                    if type(taker_commission_rate) is int
                    else parse_decimal(taker_commission_rate, "takerCommissionRate")
                )

        except ResponseParseError as exc:
            raise exc.within("PmCommissionRate") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("PmCommissionRate", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("PmCommissionRate",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.symbol = symbol
        _instance.maker_commission_rate = maker_commission_rate
        _instance.taker_commission_rate = taker_commission_rate

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
