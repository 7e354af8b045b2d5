from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_int, parse_list
from ..errors import ResponseParseError

T = TypeVar("T", bound="PmNegativeBalanceExchangeRecordPage")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "total",
        "rows",
    }
)


@_attrs_define
class PmNegativeBalanceExchangeRecordPage:
    """The automatic negative-balance exchanges in a time range, with their count.

    Attributes:
        total (int): How many exchange events match the query.
        rows (list[PmNegativeBalanceExchangeRecord]): The exchange events, newest first.
    """

    total: int
    rows: list[PmNegativeBalanceExchangeRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}",
                location=("PmNegativeBalanceExchangeRecordPage",),
            )
        d = src_dict
        try:
            total = d["total"]
            if type(total) is not int:
                total = parse_int(total, "total")

            _rows = d["rows"]
            rows = [PmNegativeBalanceExchangeRecord.from_dict(item) for item in parse_list(_rows, "rows")]

        except ResponseParseError as exc:
            raise exc.within("PmNegativeBalanceExchangeRecordPage") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field",
                field=str(exc.args[0]),
                location=("PmNegativeBalanceExchangeRecordPage", str(exc.args[0])),
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("PmNegativeBalanceExchangeRecordPage",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.total = total
        _instance.rows = rows

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
from ..models.pm_negative_balance_exchange_record import PmNegativeBalanceExchangeRecord  # noqa: E402
