from __future__ import annotations

from enum import StrEnum


class ExecutionType(StrEnum):
    """ExecutionType: one of the values the spec lists; Binance may send others.

    A value the spec does not list still parses: it becomes a member that keeps its text,
    with ``known`` False, instead of failing the whole response.
    """

    AMENDMENT = "AMENDMENT"
    CALCULATED = "CALCULATED"
    CANCELED = "CANCELED"
    EXPIRED = "EXPIRED"
    NEW = "NEW"
    TRADE = "TRADE"

    @classmethod
    def _missing_(cls, value: object) -> ExecutionType | None:
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
