from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_decimal, parse_int, parse_str
from ..errors import ResponseParseError
from ..models.income_type import IncomeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PmIncomeRecord")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "incomeType",
        "income",
        "asset",
        "time",
        "tranId",
        "symbol",
        "info",
        "tradeId",
    }
)


@_attrs_define
class PmIncomeRecord:
    """One income flow (transfer, fee, profit and loss, ...) of the UM or CM futures side of a Portfolio Margin account.

    Attributes:
        income_type (IncomeType): Kind of flow.
        income (Decimal): Amount of the flow, in `asset`; negative when money left the account.
        asset (str): Asset the amount is in, such as `USDT` or `BTC`.
        time (int): Time of the flow, in milliseconds since the epoch.
        tran_id (str): Transaction id, sent as a string; unique only together with `incomeType`.
        symbol (str | Unset): Symbol the flow belongs to; an empty string when the flow has none (a transfer, for
            example).
        info (str | Unset): Extra detail about the flow; may be an empty string.
        trade_id (str | Unset): Id of the trade behind the flow, as a string; an empty string when there is none.
    """

    income_type: IncomeType
    income: Decimal
    asset: str
    time: int
    tran_id: str
    symbol: str | Unset = UNSET
    info: str | Unset = UNSET
    trade_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        income_type = self.income_type.value

        income = format(self.income, "f")

        asset = self.asset

        time = self.time

        tran_id = self.tran_id

        symbol = self.symbol

        info = self.info

        trade_id = self.trade_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "incomeType": income_type,
                "income": income,
                "asset": asset,
                "time": time,
                "tranId": tran_id,
            }
        )
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if info is not UNSET:
            field_dict["info"] = info
        if trade_id is not UNSET:
            field_dict["tradeId"] = trade_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("PmIncomeRecord",)
            )
        d = src_dict
        try:
            income_type = IncomeType(d["incomeType"])

            income = d["income"]
            if type(income) is not Decimal:
                income = Decimal(income) if type(income) is int else parse_decimal(income, "income")

            asset = d["asset"]
            if type(asset) is not str:
                asset = parse_str(asset, "asset")

            time = d["time"]
            if type(time) is not int:
                time = parse_int(time, "time")

            tran_id = d["tranId"]
            if type(tran_id) is not str:
                tran_id = parse_str(tran_id, "tranId")

            symbol = d.get("symbol", UNSET)
            if not isinstance(symbol, Unset) and type(symbol) is not str:
                symbol = parse_str(symbol, "symbol")

            info = d.get("info", UNSET)
            if not isinstance(info, Unset) and type(info) is not str:
                info = parse_str(info, "info")

            trade_id = d.get("tradeId", UNSET)
            if not isinstance(trade_id, Unset) and type(trade_id) is not str:
                trade_id = parse_str(trade_id, "tradeId")

        except ResponseParseError as exc:
            raise exc.within("PmIncomeRecord") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("PmIncomeRecord", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("PmIncomeRecord",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.income_type = income_type
        _instance.income = income
        _instance.asset = asset
        _instance.time = time
        _instance.tran_id = tran_id
        _instance.symbol = symbol
        _instance.info = info
        _instance.trade_id = trade_id

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
