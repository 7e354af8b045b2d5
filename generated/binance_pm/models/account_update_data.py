from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._values import parse_list, parse_str
from ..errors import ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountUpdateData")
_new_instance = object.__new__

# The JSON names of the fields the spec declares; any other field is an additional property.
_SPEC_FIELDS: frozenset[str] = frozenset(
    {
        "m",
        "B",
        "P",
    }
)


@_attrs_define
class AccountUpdateData:
    """What an `ACCOUNT_UPDATE` event reports (its `a` object): the balances and positions that changed.

    Attributes:
        reason (str | Unset): Why the account changed (`ORDER`, `FUNDING_FEE`, `DEPOSIT`, ...).
        balances (list[AccountUpdateBalance] | Unset): Balances that changed.
        positions (list[AccountUpdatePosition] | Unset): Positions that changed.
    """

    reason: str | Unset = UNSET
    balances: list[AccountUpdateBalance] | Unset = UNSET
    positions: list[AccountUpdatePosition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        balances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.balances, Unset):
            balances = []
            for b_item_data in self.balances:
                b_item = b_item_data.to_dict()
                balances.append(b_item)

        positions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = []
            for p_item_data in self.positions:
                p_item = p_item_data.to_dict()
                positions.append(p_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["m"] = reason
        if balances is not UNSET:
            field_dict["B"] = balances
        if positions is not UNSET:
            field_dict["P"] = positions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A dict (what the JSON decoder makes) is checked first: isinstance() against the
        # Mapping ABC costs more than the rest of a small model's parsing.
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseParseError(
                f"expected a JSON object, got {type(src_dict).__name__}", location=("AccountUpdateData",)
            )
        d = src_dict
        try:
            reason = d.get("m", UNSET)
            if not isinstance(reason, Unset) and type(reason) is not str:
                reason = parse_str(reason, "m")

            _balances = d.get("B", UNSET)
            balances: list[AccountUpdateBalance] | Unset = UNSET
            if _balances is not UNSET:
                balances = [AccountUpdateBalance.from_dict(item) for item in parse_list(_balances, "B")]

            _positions = d.get("P", UNSET)
            positions: list[AccountUpdatePosition] | Unset = UNSET
            if _positions is not UNSET:
                positions = [AccountUpdatePosition.from_dict(item) for item in parse_list(_positions, "P")]

        except ResponseParseError as exc:
            raise exc.within("AccountUpdateData") from None
        except KeyError as exc:
            raise ResponseParseError(
                "missing required field", field=str(exc.args[0]), location=("AccountUpdateData", str(exc.args[0]))
            ) from None
        except ValueError as exc:
            raise ResponseParseError(str(exc), location=("AccountUpdateData",)) from None
        # The attrs __init__ only assigns each field; assigning them here directly saves a
        # keyword-argument call per model, which is most of the cost of a large answer.
        # (A validator or converter added to these models must be applied here, and in _wire.py.)
        _instance = _new_instance(cls)
        _instance.reason = reason
        _instance.balances = balances
        _instance.positions = positions

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
from ..models.account_update_balance import AccountUpdateBalance  # noqa: E402
from ..models.account_update_position import AccountUpdatePosition  # noqa: E402
