from __future__ import annotations

from enum import StrEnum


class RiskLevel(StrEnum):
    """RiskLevel: one of the values the spec lists; Binance may send others.

    A value the spec does not list still parses: it becomes a member that keeps its text,
    with ``known`` False, instead of failing the whole response.
    """

    FORCE_LIQUIDATION = "FORCE_LIQUIDATION"
    MARGIN_CALL = "MARGIN_CALL"
    REDUCE_ONLY = "REDUCE_ONLY"
    SUPPLY_MARGIN = "SUPPLY_MARGIN"

    @classmethod
    def _missing_(cls, value: object) -> RiskLevel | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def known(self) -> bool:
        """Whether the spec lists this value."""
        return type(self).__members__.get(self._name_) is self

    def __str__(self) -> str:
        return str(self.value)
