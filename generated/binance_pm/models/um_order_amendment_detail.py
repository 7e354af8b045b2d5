from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_int
from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="UmOrderAmendmentDetail")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "price",
        "origQty",
        "count",
    }
)


@_attrs_define
class UmOrderAmendmentDetail:
    """The values one modification of a UM order changed.

    Attributes:
        price (UmAmendedValue | Unset): The limit price before and after.
        orig_qty (UmAmendedValue | Unset): The order quantity before and after.
        count (int | Unset): How many times the order had been modified, this modification included.
    """

    price: UmAmendedValue | Unset = UNSET
    orig_qty: UmAmendedValue | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        orig_qty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.orig_qty, Unset):
            orig_qty = self.orig_qty.to_dict()

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price is not UNSET:
            field_dict["price"] = price
        if orig_qty is not UNSET:
            field_dict["origQty"] = orig_qty
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("UmOrderAmendmentDetail",)
            )
        d = src_dict
        try:
            _price = d.get("price", UNSET)
            price: UmAmendedValue | Unset = UNSET if isinstance(_price, Unset) else UmAmendedValue.from_dict(_price)

            _orig_qty = d.get("origQty", UNSET)
            orig_qty: UmAmendedValue | Unset = (
                UNSET if isinstance(_orig_qty, Unset) else UmAmendedValue.from_dict(_orig_qty)
            )

            count = d.get("count", UNSET)
            if not isinstance(count, Unset) and type(count) is not int:
                count = parse_int(count, "count")

        except ResponseParseError as exc:
            raise exc.within("UmOrderAmendmentDetail") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("UmOrderAmendmentDetail", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("UmOrderAmendmentDetail",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.price = price
        _instance.orig_qty = orig_qty
        _instance.count = count

        # Fields the spec does not declare are kept as decoded. Every required field is in
        # d (else KeyError above), so only a longer d can hold others.
        _instance.additional_properties = (
            {key: value for key, value in d.items() if key not in _SPEC_FIELDS} if len(d) > 0 else {}
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
from ..models.um_amended_value import UmAmendedValue  # noqa: E402
