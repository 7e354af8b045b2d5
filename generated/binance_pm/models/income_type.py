from __future__ import annotations

from enum import StrEnum


class IncomeType(StrEnum):
    """IncomeType: one of the values the spec lists; Binance may send others.

    A value the spec does not list still parses: it becomes a member that keeps its text,
    with ``known`` False, instead of failing the whole response.
    """

    API_REBATE = "API_REBATE"
    AUTO_EXCHANGE = "AUTO_EXCHANGE"
    COIN_SWAP_DEPOSIT = "COIN_SWAP_DEPOSIT"
    COIN_SWAP_WITHDRAW = "COIN_SWAP_WITHDRAW"
    COMMISSION = "COMMISSION"
    COMMISSION_REBATE = "COMMISSION_REBATE"
    CONTEST_REWARD = "CONTEST_REWARD"
    CROSS_COLLATERAL_TRANSFER = "CROSS_COLLATERAL_TRANSFER"
    DELIVERED_SETTELMENT = "DELIVERED_SETTELMENT"
    FUNDING_FEE = "FUNDING_FEE"
    INSURANCE_CLEAR = "INSURANCE_CLEAR"
    INTERNAL_TRANSFER = "INTERNAL_TRANSFER"
    OPTIONS_PREMIUM_FEE = "OPTIONS_PREMIUM_FEE"
    OPTIONS_SETTLE_PROFIT = "OPTIONS_SETTLE_PROFIT"
    POSITION_LIMIT_INCREASE_FEE = "POSITION_LIMIT_INCREASE_FEE"
    REALIZED_PNL = "REALIZED_PNL"
    REFERRAL_KICKBACK = "REFERRAL_KICKBACK"
    TRANSFER = "TRANSFER"
    WELCOME_BONUS = "WELCOME_BONUS"

    @classmethod
    def _missing_(cls, value: object) -> IncomeType | None:
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
