"""The typed fast path from a success body to the models.

msgspec decodes the body straight into structs that mirror the spec's schemas: JSON names,
types, required fields and no other field. It reads the body in C and makes each ``Decimal``
from the number's own text, so no binary float is ever involved; the structs are then copied
into the attrs models the operations return.

Each function returns ``None`` when the body does not fit exactly (an extra field, a missing
one, a value of another JSON type, a thousands separator, a non-finite decimal, or no JSON at
all). The operation then parses the body the general way, through ``from_dict``, which keeps
extra fields and names what is wrong: the two paths give the same models for every body the
fast one takes. The operations import this module on their first answer, so ``import
binance_pm`` does not load msgspec.
"""

from __future__ import annotations

from decimal import Decimal

import msgspec

from .models.account_status import AccountStatus
from .models.account_type import AccountType
from .models.boolean_text import BooleanText
from .models.cm_account_detail import CmAccountDetail
from .models.cm_account_position import CmAccountPosition
from .models.cm_adl_quantile import CmAdlQuantile
from .models.cm_adl_quantile_scores import CmAdlQuantileScores
from .models.cm_amended_value import CmAmendedValue
from .models.cm_bracket import CmBracket
from .models.cm_conditional_order import CmConditionalOrder
from .models.cm_conditional_strategy_status import CmConditionalStrategyStatus
from .models.cm_conditional_strategy_type import CmConditionalStrategyType
from .models.cm_force_order import CmForceOrder
from .models.cm_leverage_bracket import CmLeverageBracket
from .models.cm_leverage_change import CmLeverageChange
from .models.cm_order import CmOrder
from .models.cm_order_amendment import CmOrderAmendment
from .models.cm_order_amendment_detail import CmOrderAmendmentDetail
from .models.cm_position import CmPosition
from .models.cm_trade import CmTrade
from .models.collateral_rate import CollateralRate
from .models.collateral_tier import CollateralTier
from .models.empty_object import EmptyObject
from .models.futures_order_type import FuturesOrderType
from .models.income_type import IncomeType
from .models.margin_force_order import MarginForceOrder
from .models.margin_force_order_page import MarginForceOrderPage
from .models.margin_loan_transaction import MarginLoanTransaction
from .models.margin_order_list_order import MarginOrderListOrder
from .models.margin_repay_debt_result import MarginRepayDebtResult
from .models.margin_trade import MarginTrade
from .models.order_status import OrderStatus
from .models.pm_account_information import PmAccountInformation
from .models.pm_auto_repay_futures_status import PmAutoRepayFuturesStatus
from .models.pm_bnb_transfer_result import PmBnbTransferResult
from .models.pm_commission_rate import PmCommissionRate
from .models.pm_funds_action_result import PmFundsActionResult
from .models.pm_futures_asset import PmFuturesAsset
from .models.pm_income_record import PmIncomeRecord
from .models.pm_listen_key import PmListenKey
from .models.pm_margin_interest_history import PmMarginInterestHistory
from .models.pm_margin_interest_record import PmMarginInterestRecord
from .models.pm_margin_interest_type import PmMarginInterestType
from .models.pm_margin_loan_record import PmMarginLoanRecord
from .models.pm_margin_loan_record_page import PmMarginLoanRecordPage
from .models.pm_margin_loan_status import PmMarginLoanStatus
from .models.pm_margin_max_borrow import PmMarginMaxBorrow
from .models.pm_margin_max_withdraw import PmMarginMaxWithdraw
from .models.pm_margin_repay_record import PmMarginRepayRecord
from .models.pm_margin_repay_record_page import PmMarginRepayRecordPage
from .models.pm_negative_balance_exchange_detail import PmNegativeBalanceExchangeDetail
from .models.pm_negative_balance_exchange_record import PmNegativeBalanceExchangeRecord
from .models.pm_negative_balance_exchange_record_page import PmNegativeBalanceExchangeRecordPage
from .models.pm_negative_balance_interest import PmNegativeBalanceInterest
from .models.pm_order_rate_limit import PmOrderRateLimit
from .models.pm_position_mode import PmPositionMode
from .models.pm_pro_asset_index_price import PmProAssetIndexPrice
from .models.pm_pro_asset_leverage import PmProAssetLeverage
from .models.pm_pro_auto_repay_status import PmProAutoRepayStatus
from .models.pm_pro_balance import PmProBalance
from .models.pm_pro_bankruptcy_loan import PmProBankruptcyLoan
from .models.pm_pro_bankruptcy_loan_repay_history import PmProBankruptcyLoanRepayHistory
from .models.pm_pro_bankruptcy_loan_repayment import PmProBankruptcyLoanRepayment
from .models.pm_pro_delta_mode_status import PmProDeltaModeStatus
from .models.pm_pro_earn_asset_balance import PmProEarnAssetBalance
from .models.pm_pro_margin_call_level import PmProMarginCallLevel
from .models.pm_pro_message import PmProMessage
from .models.pm_pro_negative_balance_interest import PmProNegativeBalanceInterest
from .models.pm_pro_risk_unit_maint_margin import PmProRiskUnitMaintMargin
from .models.pm_pro_span_account import PmProSpanAccount
from .models.pm_pro_transaction import PmProTransaction
from .models.portfolio_margin_pro_account import PortfolioMarginProAccount
from .models.position_side import PositionSide
from .models.price_match import PriceMatch
from .models.self_trade_prevention_mode import SelfTradePreventionMode
from .models.side import Side
from .models.success_result import SuccessResult
from .models.tiered_collateral_rate import TieredCollateralRate
from .models.time_in_force import TimeInForce
from .models.um_account_config import UmAccountConfig
from .models.um_account_detail import UmAccountDetail
from .models.um_account_detail_v2 import UmAccountDetailV2
from .models.um_account_position import UmAccountPosition
from .models.um_account_position_v2 import UmAccountPositionV2
from .models.um_adl_quantile import UmAdlQuantile
from .models.um_adl_quantile_values import UmAdlQuantileValues
from .models.um_algo_cancel_result import UmAlgoCancelResult
from .models.um_amended_value import UmAmendedValue
from .models.um_bracket import UmBracket
from .models.um_download_id import UmDownloadId
from .models.um_fee_burn_status import UmFeeBurnStatus
from .models.um_force_order import UmForceOrder
from .models.um_leverage_bracket import UmLeverageBracket
from .models.um_leverage_change import UmLeverageChange
from .models.um_margin_type import UmMarginType
from .models.um_order import UmOrder
from .models.um_order_amendment import UmOrderAmendment
from .models.um_order_amendment_detail import UmOrderAmendmentDetail
from .models.um_position import UmPosition
from .models.um_symbol_config import UmSymbolConfig
from .models.um_trade import UmTrade
from .models.um_trading_rules_indicators import UmTradingRulesIndicators
from .models.um_trading_rules_indicators_indicators import UmTradingRulesIndicatorsIndicators
from .models.working_type import WorkingType
from .types import UNSET

_new_instance = object.__new__


class _Mismatch(Exception):
    """A value the structs took but the spec does not allow (a non-finite decimal)."""


class CollateralTierWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    tier_floor: Decimal = msgspec.field(name="tierFloor")
    tier_cap: Decimal = msgspec.field(name="tierCap")
    collateral_rate: Decimal = msgspec.field(name="collateralRate")
    cum: Decimal


class TieredCollateralRateWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    collateral_info: list[CollateralTierWire] = msgspec.field(name="collateralInfo")


class CollateralRateWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    collateral_rate: Decimal = msgspec.field(name="collateralRate")


class PortfolioMarginProAccountWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    uni_mmr: Decimal = msgspec.field(name="uniMMR")
    account_equity: Decimal = msgspec.field(name="accountEquity")
    actual_equity: Decimal = msgspec.field(name="actualEquity")
    account_maint_margin: Decimal = msgspec.field(name="accountMaintMargin")
    account_status: str = msgspec.field(name="accountStatus")
    account_type: str = msgspec.field(name="accountType")
    account_initial_margin: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="accountInitialMargin"
    )
    total_available_balance: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="totalAvailableBalance"
    )


class PmProTransactionWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    tran_id: int = msgspec.field(name="tranId")


class PmProAutoRepayStatusWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    auto_repay: bool = msgspec.field(name="autoRepay")


class PmProMessageWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    msg: str


class PmProMarginCallLevelWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    margin_call_level: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="marginCallLevel")


class PmProDeltaModeStatusWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    delta_enabled: bool = msgspec.field(name="deltaEnabled")


class PmProBalanceWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    total_wallet_balance: Decimal = msgspec.field(name="totalWalletBalance")
    cross_margin_asset: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="crossMarginAsset")
    cross_margin_borrowed: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="crossMarginBorrowed"
    )
    cross_margin_free: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="crossMarginFree")
    cross_margin_interest: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="crossMarginInterest"
    )
    cross_margin_locked: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="crossMarginLocked")
    um_wallet_balance: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="umWalletBalance")
    um_unrealized_pnl: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="umUnrealizedPNL")
    cm_wallet_balance: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="cmWalletBalance")
    cm_unrealized_pnl: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="cmUnrealizedPNL")
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")
    negative_balance: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="negativeBalance")
    option_wallet_balance: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="optionWalletBalance"
    )
    option_equity: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="optionEquity")


class PmProRiskUnitMaintMarginWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    uni_maintain_usd: Decimal = msgspec.field(name="uniMaintainUsd")


class PmProSpanAccountWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    uni_mmr: Decimal = msgspec.field(name="uniMMR")
    account_equity: Decimal = msgspec.field(name="accountEquity")
    actual_equity: Decimal = msgspec.field(name="actualEquity")
    account_maint_margin: Decimal = msgspec.field(name="accountMaintMargin")
    account_status: str = msgspec.field(name="accountStatus")
    account_type: str = msgspec.field(name="accountType")
    risk_unit_mm_list: list[PmProRiskUnitMaintMarginWire] | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="riskUnitMMList"
    )
    margin_mm: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="marginMM")
    other_mm: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="otherMM")


class PmProEarnAssetBalanceWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    amount: Decimal


class PmProBankruptcyLoanWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    amount: Decimal


class PmProBankruptcyLoanRepaymentWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    amount: Decimal
    repay_time: int = msgspec.field(name="repayTime")


class PmProBankruptcyLoanRepayHistoryWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    total: int
    rows: list[PmProBankruptcyLoanRepaymentWire]


class PmProNegativeBalanceInterestWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    interest: Decimal
    interest_accrued_time: int = msgspec.field(name="interestAccruedTime")
    interest_rate: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="interestRate")
    principal: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


class PmProAssetLeverageWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    leverage: int


class PmProAssetIndexPriceWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    asset_index_price: Decimal = msgspec.field(name="assetIndexPrice")
    time: int


class UmBracketWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    bracket: int
    initial_leverage: int = msgspec.field(name="initialLeverage")
    notional_cap: Decimal = msgspec.field(name="notionalCap")
    notional_floor: Decimal = msgspec.field(name="notionalFloor")
    maint_margin_ratio: Decimal = msgspec.field(name="maintMarginRatio")
    cum: Decimal


class UmLeverageBracketWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    brackets: list[UmBracketWire]
    notional_coef: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="notionalCoef")


class PmIncomeRecordWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    income_type: str = msgspec.field(name="incomeType")
    income: Decimal
    asset: str
    time: int
    tran_id: str = msgspec.field(name="tranId")
    symbol: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    info: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    trade_id: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="tradeId")


class UmDownloadIdWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    download_id: str = msgspec.field(name="downloadId")
    avg_cost_timestamp_of_last_30_d: int | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="avgCostTimestampOfLast30d"
    )


class PmOrderRateLimitWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    rate_limit_type: str = msgspec.field(name="rateLimitType")
    interval: str
    interval_num: int = msgspec.field(name="intervalNum")
    limit: int


class EmptyObjectWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    pass


class PmListenKeyWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    listen_key: str = msgspec.field(name="listenKey")


class PmBnbTransferResultWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    tran_id: int = msgspec.field(name="tranId")


class PmAutoRepayFuturesStatusWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    auto_repay: bool = msgspec.field(name="autoRepay")


class PmFundsActionResultWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    msg: str


class PmMarginInterestRecordWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    tx_id: int = msgspec.field(name="txId")
    interest_accured_time: int = msgspec.field(name="interestAccuredTime")
    asset: str
    interest: Decimal
    raw_asset: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="rawAsset")
    principal: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    interest_rate: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="interestRate")
    type_: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="type")


class PmMarginInterestHistoryWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    rows: list[PmMarginInterestRecordWire]
    total: int


class PmMarginMaxBorrowWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    amount: Decimal
    borrow_limit: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="borrowLimit")


class PmMarginLoanRecordWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    tx_id: int = msgspec.field(name="txId")
    asset: str
    principal: Decimal
    timestamp: int
    status: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


class PmMarginLoanRecordPageWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    rows: list[PmMarginLoanRecordWire]
    total: int


class PmMarginMaxWithdrawWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    amount: Decimal


class PmMarginRepayRecordWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    tx_id: int = msgspec.field(name="txId")
    asset: str
    amount: Decimal
    timestamp: int
    principal: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    interest: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    status: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


class PmMarginRepayRecordPageWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    rows: list[PmMarginRepayRecordWire]
    total: int


class PmNegativeBalanceInterestWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    interest: Decimal
    interest_accured_time: int = msgspec.field(name="interestAccuredTime")
    interest_rate: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="interestRate")
    principal: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


class PmNegativeBalanceExchangeDetailWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    negative_balance: Decimal = msgspec.field(name="negativeBalance")
    negative_max_threshold: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="negativeMaxThreshold"
    )


class PmNegativeBalanceExchangeRecordWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    start_time: int = msgspec.field(name="startTime")
    end_time: int = msgspec.field(name="endTime")
    details: list[PmNegativeBalanceExchangeDetailWire] | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


class PmNegativeBalanceExchangeRecordPageWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    total: int
    rows: list[PmNegativeBalanceExchangeRecordWire]


class UmAlgoCancelResultWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    complete: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


class SuccessResultWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    code: int
    msg: str


class CmConditionalOrderWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    new_client_strategy_id: str = msgspec.field(name="newClientStrategyId")
    strategy_id: int = msgspec.field(name="strategyId")
    strategy_status: str = msgspec.field(name="strategyStatus")
    strategy_type: str = msgspec.field(name="strategyType")
    side: str
    symbol: str
    orig_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="origQty")
    price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    reduce_only: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="reduceOnly")
    position_side: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="positionSide")
    stop_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="stopPrice")
    pair: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    order_id: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="orderId")
    status: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    type_: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="type")
    book_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="bookTime")
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")
    trigger_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="triggerTime")
    time_in_force: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="timeInForce")
    activate_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="activatePrice")
    price_rate: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="priceRate")
    working_type: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="workingType")
    price_protect: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="priceProtect")
    price_match: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="priceMatch")
    self_trade_prevention_mode: str | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="selfTradePreventionMode"
    )
    good_till_date: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="goodTillDate")


class CmOrderWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    order_id: int = msgspec.field(name="orderId")
    client_order_id: str = msgspec.field(name="clientOrderId")
    symbol: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    pair: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    status: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    side: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    position_side: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="positionSide")
    type_: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="type")
    orig_type: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="origType")
    time_in_force: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="timeInForce")
    reduce_only: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="reduceOnly")
    price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    avg_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="avgPrice")
    orig_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="origQty")
    executed_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="executedQty")
    cum_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="cumQty")
    cum_base: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="cumBase")
    time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")


class CmTradeWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    id: int
    order_id: int = msgspec.field(name="orderId")
    price: Decimal
    qty: Decimal
    pair: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    side: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    realized_pnl: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="realizedPnl")
    margin_asset: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="marginAsset")
    base_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="baseQty")
    commission: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    commission_asset: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="commissionAsset")
    time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    position_side: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="positionSide")
    buyer: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    maker: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


class CmAdlQuantileScoresWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    long: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="LONG")
    short: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="SHORT")
    both: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="BOTH")
    hedge: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="HEDGE")


class CmAdlQuantileWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    adl_quantile: CmAdlQuantileScoresWire = msgspec.field(name="adlQuantile")


class CmAmendedValueWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    before: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    after: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


class CmOrderAmendmentDetailWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    price: CmAmendedValueWire | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    orig_qty: CmAmendedValueWire | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="origQty")
    count: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


class CmOrderAmendmentWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    amendment_id: int = msgspec.field(name="amendmentId")
    symbol: str
    order_id: int = msgspec.field(name="orderId")
    pair: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    client_order_id: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="clientOrderId")
    time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    amendment: CmOrderAmendmentDetailWire | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


class CmForceOrderWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    order_id: int = msgspec.field(name="orderId")
    symbol: str
    pair: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    status: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    client_order_id: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="clientOrderId")
    price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    avg_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="avgPrice")
    orig_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="origQty")
    executed_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="executedQty")
    cum_base: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="cumBase")
    time_in_force: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="timeInForce")
    type_: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="type")
    reduce_only: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="reduceOnly")
    side: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    position_side: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="positionSide")
    orig_type: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="origType")
    time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")


class PmAccountInformationWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    uni_mmr: Decimal = msgspec.field(name="uniMMR")
    account_equity: Decimal = msgspec.field(name="accountEquity")
    actual_equity: Decimal = msgspec.field(name="actualEquity")
    account_maint_margin: Decimal = msgspec.field(name="accountMaintMargin")
    account_status: str = msgspec.field(name="accountStatus")
    account_initial_margin: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="accountInitialMargin"
    )
    virtual_max_withdraw_amount: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="virtualMaxWithdrawAmount"
    )
    total_available_balance: str | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="totalAvailableBalance"
    )
    total_margin_open_loss: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="totalMarginOpenLoss")
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")


class CmLeverageChangeWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    leverage: int
    max_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="maxQty")


class PmPositionModeWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    dual_side_position: bool = msgspec.field(name="dualSidePosition")


class UmLeverageChangeWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    leverage: int
    max_notional_value: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="maxNotionalValue")


class CmBracketWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    bracket: int
    initial_leverage: int = msgspec.field(name="initialLeverage")
    qty_cap: Decimal = msgspec.field(name="qtyCap")
    qty_floor: Decimal = msgspec.field(name="qtyFloor")
    maint_margin_ratio: Decimal = msgspec.field(name="maintMarginRatio")
    cum: Decimal


class CmLeverageBracketWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    brackets: list[CmBracketWire]


class PmFuturesAssetWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    cross_wallet_balance: Decimal = msgspec.field(name="crossWalletBalance")
    cross_un_pnl: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="crossUnPnl")
    maint_margin: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="maintMargin")
    initial_margin: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="initialMargin")
    position_initial_margin: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="positionInitialMargin"
    )
    open_order_initial_margin: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="openOrderInitialMargin"
    )
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")


class CmAccountPositionWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    position_amt: Decimal = msgspec.field(name="positionAmt")
    initial_margin: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="initialMargin")
    maint_margin: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="maintMargin")
    unrealized_profit: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="unrealizedProfit")
    position_initial_margin: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="positionInitialMargin"
    )
    open_order_initial_margin: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="openOrderInitialMargin"
    )
    leverage: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    position_side: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="positionSide")
    entry_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="entryPrice")
    max_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="maxQty")
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")


class CmAccountDetailWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    assets: list[PmFuturesAssetWire]
    positions: list[CmAccountPositionWire]


class UmAccountPositionWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    position_amt: Decimal = msgspec.field(name="positionAmt")
    initial_margin: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="initialMargin")
    maint_margin: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="maintMargin")
    unrealized_profit: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="unrealizedProfit")
    position_initial_margin: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="positionInitialMargin"
    )
    open_order_initial_margin: Decimal | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="openOrderInitialMargin"
    )
    leverage: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    entry_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="entryPrice")
    max_notional: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="maxNotional")
    bid_notional: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="bidNotional")
    ask_notional: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="askNotional")
    position_side: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="positionSide")
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")


class UmAccountDetailWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    assets: list[PmFuturesAssetWire]
    positions: list[UmAccountPositionWire]


class UmAccountPositionV2Wire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    position_amt: Decimal = msgspec.field(name="positionAmt")
    initial_margin: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="initialMargin")
    maint_margin: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="maintMargin")
    unrealized_profit: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="unrealizedProfit")
    position_side: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="positionSide")
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")
    notional: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


class UmAccountDetailV2Wire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    assets: list[PmFuturesAssetWire]
    positions: list[UmAccountPositionV2Wire]


class PmCommissionRateWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    maker_commission_rate: Decimal = msgspec.field(name="makerCommissionRate")
    taker_commission_rate: Decimal = msgspec.field(name="takerCommissionRate")


class UmTradingRulesIndicatorsIndicatorsWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    pass


class UmTradingRulesIndicatorsWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    indicators: UmTradingRulesIndicatorsIndicatorsWire
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")


class CmPositionWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    position_amt: Decimal = msgspec.field(name="positionAmt")
    entry_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="entryPrice")
    mark_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="markPrice")
    un_realized_profit: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="unRealizedProfit")
    liquidation_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="liquidationPrice")
    leverage: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    position_side: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="positionSide")
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")
    max_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="maxQty")
    notional_value: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="notionalValue")


class UmPositionWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    position_amt: Decimal = msgspec.field(name="positionAmt")
    entry_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="entryPrice")
    mark_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="markPrice")
    un_realized_profit: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="unRealizedProfit")
    liquidation_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="liquidationPrice")
    leverage: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    max_notional_value: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="maxNotionalValue")
    position_side: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="positionSide")
    notional: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")


class UmAccountConfigWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    fee_tier: int = msgspec.field(name="feeTier")
    can_trade: bool = msgspec.field(name="canTrade")
    dual_side_position: bool = msgspec.field(name="dualSidePosition")
    can_deposit: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="canDeposit")
    can_withdraw: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="canWithdraw")
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")
    multi_assets_margin: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="multiAssetsMargin")
    trade_group_id: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="tradeGroupId")


class UmSymbolConfigWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    leverage: int
    margin_type: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="marginType")
    is_auto_add_margin: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="isAutoAddMargin")
    max_notional_value: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="maxNotionalValue")


class UmOrderWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    order_id: int = msgspec.field(name="orderId")
    client_order_id: str = msgspec.field(name="clientOrderId")
    symbol: str
    status: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    side: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    position_side: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="positionSide")
    type_: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="type")
    orig_type: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="origType")
    time_in_force: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="timeInForce")
    price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    avg_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="avgPrice")
    orig_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="origQty")
    executed_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="executedQty")
    cum_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="cumQty")
    cum_quote: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="cumQuote")
    reduce_only: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="reduceOnly")
    self_trade_prevention_mode: str | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="selfTradePreventionMode"
    )
    price_match: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="priceMatch")
    good_till_date: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="goodTillDate")
    time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")


class UmAmendedValueWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    before: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    after: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


class UmOrderAmendmentDetailWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    price: UmAmendedValueWire | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    orig_qty: UmAmendedValueWire | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="origQty")
    count: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


class UmOrderAmendmentWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    amendment_id: int = msgspec.field(name="amendmentId")
    symbol: str
    order_id: int = msgspec.field(name="orderId")
    pair: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    client_order_id: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="clientOrderId")
    time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    amendment: UmOrderAmendmentDetailWire | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    price_match: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="priceMatch")


class UmForceOrderWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    order_id: int = msgspec.field(name="orderId")
    symbol: str
    status: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    client_order_id: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="clientOrderId")
    price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    avg_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="avgPrice")
    orig_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="origQty")
    executed_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="executedQty")
    cum_quote: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="cumQuote")
    time_in_force: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="timeInForce")
    type_: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="type")
    orig_type: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="origType")
    reduce_only: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="reduceOnly")
    side: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    position_side: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="positionSide")
    time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")


class UmTradeWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    id: int
    order_id: int = msgspec.field(name="orderId")
    price: Decimal
    qty: Decimal
    side: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    quote_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="quoteQty")
    realized_pnl: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="realizedPnl")
    commission: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    commission_asset: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="commissionAsset")
    time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    buyer: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    maker: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    position_side: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="positionSide")


class UmAdlQuantileValuesWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    long: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="LONG")
    short: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="SHORT")
    both: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="BOTH")
    hedge: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="HEDGE")


class UmAdlQuantileWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    adl_quantile: UmAdlQuantileValuesWire = msgspec.field(name="adlQuantile")


class UmFeeBurnStatusWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    fee_burn: bool = msgspec.field(name="feeBurn")


class MarginOrderListOrderWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    order_id: int = msgspec.field(name="orderId")
    client_order_id: str = msgspec.field(name="clientOrderId")


class MarginLoanTransactionWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    tran_id: int = msgspec.field(name="tranId")


class MarginRepayDebtResultWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    success: bool
    amount: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    specify_repay_assets: list[str] | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="specifyRepayAssets"
    )
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")


class MarginTradeWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    id: int
    order_id: int = msgspec.field(name="orderId")
    price: Decimal
    qty: Decimal
    time: int
    commission: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    commission_asset: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="commissionAsset")
    is_buyer: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="isBuyer")
    is_maker: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="isMaker")
    is_best_match: bool | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="isBestMatch")


class MarginForceOrderWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    order_id: int = msgspec.field(name="orderId")
    symbol: str
    side: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    avg_price: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="avgPrice")
    qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    executed_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="executedQty")
    time_in_force: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="timeInForce")
    updated_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updatedTime")


class MarginForceOrderPageWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    rows: list[MarginForceOrderWire]
    total: int


def _collateral_tier(w: CollateralTierWire) -> CollateralTier:
    if not (
        w.tier_floor.is_finite() and w.tier_cap.is_finite() and w.collateral_rate.is_finite() and w.cum.is_finite()
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(CollateralTier)
    instance.tier_floor = w.tier_floor
    instance.tier_cap = w.tier_cap
    instance.collateral_rate = w.collateral_rate
    instance.cum = w.cum
    instance.additional_properties = {}
    return instance


def _tiered_collateral_rate(w: TieredCollateralRateWire) -> TieredCollateralRate:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(TieredCollateralRate)
    instance.asset = w.asset
    instance.collateral_info = [_collateral_tier(item) for item in w.collateral_info]
    instance.additional_properties = {}
    return instance


def _collateral_rate(w: CollateralRateWire) -> CollateralRate:
    if not w.collateral_rate.is_finite():
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(CollateralRate)
    instance.asset = w.asset
    instance.collateral_rate = w.collateral_rate
    instance.additional_properties = {}
    return instance


def _portfolio_margin_pro_account(w: PortfolioMarginProAccountWire) -> PortfolioMarginProAccount:
    if not (
        w.uni_mmr.is_finite()
        and w.account_equity.is_finite()
        and w.actual_equity.is_finite()
        and w.account_maint_margin.is_finite()
        and (w.account_initial_margin is msgspec.UNSET or w.account_initial_margin.is_finite())
        and (w.total_available_balance is msgspec.UNSET or w.total_available_balance.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PortfolioMarginProAccount)
    instance.uni_mmr = w.uni_mmr
    instance.account_equity = w.account_equity
    instance.actual_equity = w.actual_equity
    instance.account_maint_margin = w.account_maint_margin
    instance.account_status = AccountStatus(w.account_status)
    instance.account_type = AccountType(w.account_type)
    instance.account_initial_margin = UNSET if w.account_initial_margin is msgspec.UNSET else w.account_initial_margin
    instance.total_available_balance = (
        UNSET if w.total_available_balance is msgspec.UNSET else w.total_available_balance
    )
    instance.additional_properties = {}
    return instance


def _pm_pro_transaction(w: PmProTransactionWire) -> PmProTransaction:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmProTransaction)
    instance.tran_id = w.tran_id
    instance.additional_properties = {}
    return instance


def _pm_pro_auto_repay_status(w: PmProAutoRepayStatusWire) -> PmProAutoRepayStatus:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmProAutoRepayStatus)
    instance.auto_repay = w.auto_repay
    instance.additional_properties = {}
    return instance


def _pm_pro_message(w: PmProMessageWire) -> PmProMessage:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmProMessage)
    instance.msg = w.msg
    instance.additional_properties = {}
    return instance


def _pm_pro_margin_call_level(w: PmProMarginCallLevelWire) -> PmProMarginCallLevel:
    if not (w.margin_call_level is msgspec.UNSET or w.margin_call_level.is_finite()):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmProMarginCallLevel)
    instance.margin_call_level = UNSET if w.margin_call_level is msgspec.UNSET else w.margin_call_level
    instance.additional_properties = {}
    return instance


def _pm_pro_delta_mode_status(w: PmProDeltaModeStatusWire) -> PmProDeltaModeStatus:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmProDeltaModeStatus)
    instance.delta_enabled = w.delta_enabled
    instance.additional_properties = {}
    return instance


def _pm_pro_balance(w: PmProBalanceWire) -> PmProBalance:
    if not (
        w.total_wallet_balance.is_finite()
        and (w.cross_margin_asset is msgspec.UNSET or w.cross_margin_asset.is_finite())
        and (w.cross_margin_borrowed is msgspec.UNSET or w.cross_margin_borrowed.is_finite())
        and (w.cross_margin_free is msgspec.UNSET or w.cross_margin_free.is_finite())
        and (w.cross_margin_interest is msgspec.UNSET or w.cross_margin_interest.is_finite())
        and (w.cross_margin_locked is msgspec.UNSET or w.cross_margin_locked.is_finite())
        and (w.um_wallet_balance is msgspec.UNSET or w.um_wallet_balance.is_finite())
        and (w.um_unrealized_pnl is msgspec.UNSET or w.um_unrealized_pnl.is_finite())
        and (w.cm_wallet_balance is msgspec.UNSET or w.cm_wallet_balance.is_finite())
        and (w.cm_unrealized_pnl is msgspec.UNSET or w.cm_unrealized_pnl.is_finite())
        and (w.negative_balance is msgspec.UNSET or w.negative_balance.is_finite())
        and (w.option_wallet_balance is msgspec.UNSET or w.option_wallet_balance.is_finite())
        and (w.option_equity is msgspec.UNSET or w.option_equity.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmProBalance)
    instance.asset = w.asset
    instance.total_wallet_balance = w.total_wallet_balance
    instance.cross_margin_asset = UNSET if w.cross_margin_asset is msgspec.UNSET else w.cross_margin_asset
    instance.cross_margin_borrowed = UNSET if w.cross_margin_borrowed is msgspec.UNSET else w.cross_margin_borrowed
    instance.cross_margin_free = UNSET if w.cross_margin_free is msgspec.UNSET else w.cross_margin_free
    instance.cross_margin_interest = UNSET if w.cross_margin_interest is msgspec.UNSET else w.cross_margin_interest
    instance.cross_margin_locked = UNSET if w.cross_margin_locked is msgspec.UNSET else w.cross_margin_locked
    instance.um_wallet_balance = UNSET if w.um_wallet_balance is msgspec.UNSET else w.um_wallet_balance
    instance.um_unrealized_pnl = UNSET if w.um_unrealized_pnl is msgspec.UNSET else w.um_unrealized_pnl
    instance.cm_wallet_balance = UNSET if w.cm_wallet_balance is msgspec.UNSET else w.cm_wallet_balance
    instance.cm_unrealized_pnl = UNSET if w.cm_unrealized_pnl is msgspec.UNSET else w.cm_unrealized_pnl
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.negative_balance = UNSET if w.negative_balance is msgspec.UNSET else w.negative_balance
    instance.option_wallet_balance = UNSET if w.option_wallet_balance is msgspec.UNSET else w.option_wallet_balance
    instance.option_equity = UNSET if w.option_equity is msgspec.UNSET else w.option_equity
    instance.additional_properties = {}
    return instance


def _pm_pro_risk_unit_maint_margin(w: PmProRiskUnitMaintMarginWire) -> PmProRiskUnitMaintMargin:
    if not w.uni_maintain_usd.is_finite():
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmProRiskUnitMaintMargin)
    instance.asset = w.asset
    instance.uni_maintain_usd = w.uni_maintain_usd
    instance.additional_properties = {}
    return instance


def _pm_pro_span_account(w: PmProSpanAccountWire) -> PmProSpanAccount:
    if not (
        w.uni_mmr.is_finite()
        and w.account_equity.is_finite()
        and w.actual_equity.is_finite()
        and w.account_maint_margin.is_finite()
        and (w.margin_mm is msgspec.UNSET or w.margin_mm.is_finite())
        and (w.other_mm is msgspec.UNSET or w.other_mm.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmProSpanAccount)
    instance.uni_mmr = w.uni_mmr
    instance.account_equity = w.account_equity
    instance.actual_equity = w.actual_equity
    instance.account_maint_margin = w.account_maint_margin
    instance.account_status = AccountStatus(w.account_status)
    instance.account_type = AccountType(w.account_type)
    instance.risk_unit_mm_list = (
        UNSET
        if w.risk_unit_mm_list is msgspec.UNSET
        else [_pm_pro_risk_unit_maint_margin(item) for item in w.risk_unit_mm_list]
    )
    instance.margin_mm = UNSET if w.margin_mm is msgspec.UNSET else w.margin_mm
    instance.other_mm = UNSET if w.other_mm is msgspec.UNSET else w.other_mm
    instance.additional_properties = {}
    return instance


def _pm_pro_earn_asset_balance(w: PmProEarnAssetBalanceWire) -> PmProEarnAssetBalance:
    if not w.amount.is_finite():
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmProEarnAssetBalance)
    instance.asset = w.asset
    instance.amount = w.amount
    instance.additional_properties = {}
    return instance


def _pm_pro_bankruptcy_loan(w: PmProBankruptcyLoanWire) -> PmProBankruptcyLoan:
    if not w.amount.is_finite():
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmProBankruptcyLoan)
    instance.asset = w.asset
    instance.amount = w.amount
    instance.additional_properties = {}
    return instance


def _pm_pro_bankruptcy_loan_repayment(w: PmProBankruptcyLoanRepaymentWire) -> PmProBankruptcyLoanRepayment:
    if not w.amount.is_finite():
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmProBankruptcyLoanRepayment)
    instance.asset = w.asset
    instance.amount = w.amount
    instance.repay_time = w.repay_time
    instance.additional_properties = {}
    return instance


def _pm_pro_bankruptcy_loan_repay_history(w: PmProBankruptcyLoanRepayHistoryWire) -> PmProBankruptcyLoanRepayHistory:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmProBankruptcyLoanRepayHistory)
    instance.total = w.total
    instance.rows = [_pm_pro_bankruptcy_loan_repayment(item) for item in w.rows]
    instance.additional_properties = {}
    return instance


def _pm_pro_negative_balance_interest(w: PmProNegativeBalanceInterestWire) -> PmProNegativeBalanceInterest:
    if not (
        w.interest.is_finite()
        and (w.interest_rate is msgspec.UNSET or w.interest_rate.is_finite())
        and (w.principal is msgspec.UNSET or w.principal.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmProNegativeBalanceInterest)
    instance.asset = w.asset
    instance.interest = w.interest
    instance.interest_accrued_time = w.interest_accrued_time
    instance.interest_rate = UNSET if w.interest_rate is msgspec.UNSET else w.interest_rate
    instance.principal = UNSET if w.principal is msgspec.UNSET else w.principal
    instance.additional_properties = {}
    return instance


def _pm_pro_asset_leverage(w: PmProAssetLeverageWire) -> PmProAssetLeverage:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmProAssetLeverage)
    instance.asset = w.asset
    instance.leverage = w.leverage
    instance.additional_properties = {}
    return instance


def _pm_pro_asset_index_price(w: PmProAssetIndexPriceWire) -> PmProAssetIndexPrice:
    if not w.asset_index_price.is_finite():
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmProAssetIndexPrice)
    instance.asset = w.asset
    instance.asset_index_price = w.asset_index_price
    instance.time = w.time
    instance.additional_properties = {}
    return instance


def _um_bracket(w: UmBracketWire) -> UmBracket:
    if not (
        w.notional_cap.is_finite()
        and w.notional_floor.is_finite()
        and w.maint_margin_ratio.is_finite()
        and w.cum.is_finite()
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmBracket)
    instance.bracket = w.bracket
    instance.initial_leverage = w.initial_leverage
    instance.notional_cap = w.notional_cap
    instance.notional_floor = w.notional_floor
    instance.maint_margin_ratio = w.maint_margin_ratio
    instance.cum = w.cum
    instance.additional_properties = {}
    return instance


def _um_leverage_bracket(w: UmLeverageBracketWire) -> UmLeverageBracket:
    if not (w.notional_coef is msgspec.UNSET or w.notional_coef.is_finite()):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmLeverageBracket)
    instance.symbol = w.symbol
    instance.brackets = [_um_bracket(item) for item in w.brackets]
    instance.notional_coef = UNSET if w.notional_coef is msgspec.UNSET else w.notional_coef
    instance.additional_properties = {}
    return instance


def _pm_income_record(w: PmIncomeRecordWire) -> PmIncomeRecord:
    if not w.income.is_finite():
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmIncomeRecord)
    instance.income_type = IncomeType(w.income_type)
    instance.income = w.income
    instance.asset = w.asset
    instance.time = w.time
    instance.tran_id = w.tran_id
    instance.symbol = UNSET if w.symbol is msgspec.UNSET else w.symbol
    instance.info = UNSET if w.info is msgspec.UNSET else w.info
    instance.trade_id = UNSET if w.trade_id is msgspec.UNSET else w.trade_id
    instance.additional_properties = {}
    return instance


def _um_download_id(w: UmDownloadIdWire) -> UmDownloadId:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmDownloadId)
    instance.download_id = w.download_id
    instance.avg_cost_timestamp_of_last_30_d = (
        UNSET if w.avg_cost_timestamp_of_last_30_d is msgspec.UNSET else w.avg_cost_timestamp_of_last_30_d
    )
    instance.additional_properties = {}
    return instance


def _pm_order_rate_limit(w: PmOrderRateLimitWire) -> PmOrderRateLimit:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmOrderRateLimit)
    instance.rate_limit_type = w.rate_limit_type
    instance.interval = w.interval
    instance.interval_num = w.interval_num
    instance.limit = w.limit
    instance.additional_properties = {}
    return instance


def _empty_object(w: EmptyObjectWire) -> EmptyObject:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(EmptyObject)
    instance.additional_properties = {}
    return instance


def _pm_listen_key(w: PmListenKeyWire) -> PmListenKey:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmListenKey)
    instance.listen_key = w.listen_key
    instance.additional_properties = {}
    return instance


def _pm_bnb_transfer_result(w: PmBnbTransferResultWire) -> PmBnbTransferResult:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmBnbTransferResult)
    instance.tran_id = w.tran_id
    instance.additional_properties = {}
    return instance


def _pm_auto_repay_futures_status(w: PmAutoRepayFuturesStatusWire) -> PmAutoRepayFuturesStatus:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmAutoRepayFuturesStatus)
    instance.auto_repay = w.auto_repay
    instance.additional_properties = {}
    return instance


def _pm_funds_action_result(w: PmFundsActionResultWire) -> PmFundsActionResult:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmFundsActionResult)
    instance.msg = w.msg
    instance.additional_properties = {}
    return instance


def _pm_margin_interest_record(w: PmMarginInterestRecordWire) -> PmMarginInterestRecord:
    if not (
        w.interest.is_finite()
        and (w.principal is msgspec.UNSET or w.principal.is_finite())
        and (w.interest_rate is msgspec.UNSET or w.interest_rate.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmMarginInterestRecord)
    instance.tx_id = w.tx_id
    instance.interest_accured_time = w.interest_accured_time
    instance.asset = w.asset
    instance.interest = w.interest
    instance.raw_asset = UNSET if w.raw_asset is msgspec.UNSET else w.raw_asset
    instance.principal = UNSET if w.principal is msgspec.UNSET else w.principal
    instance.interest_rate = UNSET if w.interest_rate is msgspec.UNSET else w.interest_rate
    instance.type_ = UNSET if w.type_ is msgspec.UNSET else PmMarginInterestType(w.type_)
    instance.additional_properties = {}
    return instance


def _pm_margin_interest_history(w: PmMarginInterestHistoryWire) -> PmMarginInterestHistory:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmMarginInterestHistory)
    instance.rows = [_pm_margin_interest_record(item) for item in w.rows]
    instance.total = w.total
    instance.additional_properties = {}
    return instance


def _pm_margin_max_borrow(w: PmMarginMaxBorrowWire) -> PmMarginMaxBorrow:
    if not (w.amount.is_finite() and (w.borrow_limit is msgspec.UNSET or w.borrow_limit.is_finite())):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmMarginMaxBorrow)
    instance.amount = w.amount
    instance.borrow_limit = UNSET if w.borrow_limit is msgspec.UNSET else w.borrow_limit
    instance.additional_properties = {}
    return instance


def _pm_margin_loan_record(w: PmMarginLoanRecordWire) -> PmMarginLoanRecord:
    if not w.principal.is_finite():
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmMarginLoanRecord)
    instance.tx_id = w.tx_id
    instance.asset = w.asset
    instance.principal = w.principal
    instance.timestamp = w.timestamp
    instance.status = UNSET if w.status is msgspec.UNSET else PmMarginLoanStatus(w.status)
    instance.additional_properties = {}
    return instance


def _pm_margin_loan_record_page(w: PmMarginLoanRecordPageWire) -> PmMarginLoanRecordPage:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmMarginLoanRecordPage)
    instance.rows = [_pm_margin_loan_record(item) for item in w.rows]
    instance.total = w.total
    instance.additional_properties = {}
    return instance


def _pm_margin_max_withdraw(w: PmMarginMaxWithdrawWire) -> PmMarginMaxWithdraw:
    if not w.amount.is_finite():
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmMarginMaxWithdraw)
    instance.amount = w.amount
    instance.additional_properties = {}
    return instance


def _pm_margin_repay_record(w: PmMarginRepayRecordWire) -> PmMarginRepayRecord:
    if not (
        w.amount.is_finite()
        and (w.principal is msgspec.UNSET or w.principal.is_finite())
        and (w.interest is msgspec.UNSET or w.interest.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmMarginRepayRecord)
    instance.tx_id = w.tx_id
    instance.asset = w.asset
    instance.amount = w.amount
    instance.timestamp = w.timestamp
    instance.principal = UNSET if w.principal is msgspec.UNSET else w.principal
    instance.interest = UNSET if w.interest is msgspec.UNSET else w.interest
    instance.status = UNSET if w.status is msgspec.UNSET else PmMarginLoanStatus(w.status)
    instance.additional_properties = {}
    return instance


def _pm_margin_repay_record_page(w: PmMarginRepayRecordPageWire) -> PmMarginRepayRecordPage:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmMarginRepayRecordPage)
    instance.rows = [_pm_margin_repay_record(item) for item in w.rows]
    instance.total = w.total
    instance.additional_properties = {}
    return instance


def _pm_negative_balance_interest(w: PmNegativeBalanceInterestWire) -> PmNegativeBalanceInterest:
    if not (
        w.interest.is_finite()
        and (w.interest_rate is msgspec.UNSET or w.interest_rate.is_finite())
        and (w.principal is msgspec.UNSET or w.principal.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmNegativeBalanceInterest)
    instance.asset = w.asset
    instance.interest = w.interest
    instance.interest_accured_time = w.interest_accured_time
    instance.interest_rate = UNSET if w.interest_rate is msgspec.UNSET else w.interest_rate
    instance.principal = UNSET if w.principal is msgspec.UNSET else w.principal
    instance.additional_properties = {}
    return instance


def _pm_negative_balance_exchange_detail(w: PmNegativeBalanceExchangeDetailWire) -> PmNegativeBalanceExchangeDetail:
    if not (
        w.negative_balance.is_finite()
        and (w.negative_max_threshold is msgspec.UNSET or w.negative_max_threshold.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmNegativeBalanceExchangeDetail)
    instance.asset = w.asset
    instance.negative_balance = w.negative_balance
    instance.negative_max_threshold = UNSET if w.negative_max_threshold is msgspec.UNSET else w.negative_max_threshold
    instance.additional_properties = {}
    return instance


def _pm_negative_balance_exchange_record(w: PmNegativeBalanceExchangeRecordWire) -> PmNegativeBalanceExchangeRecord:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmNegativeBalanceExchangeRecord)
    instance.start_time = w.start_time
    instance.end_time = w.end_time
    instance.details = (
        UNSET if w.details is msgspec.UNSET else [_pm_negative_balance_exchange_detail(item) for item in w.details]
    )
    instance.additional_properties = {}
    return instance


def _pm_negative_balance_exchange_record_page(
    w: PmNegativeBalanceExchangeRecordPageWire,
) -> PmNegativeBalanceExchangeRecordPage:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmNegativeBalanceExchangeRecordPage)
    instance.total = w.total
    instance.rows = [_pm_negative_balance_exchange_record(item) for item in w.rows]
    instance.additional_properties = {}
    return instance


def _um_algo_cancel_result(w: UmAlgoCancelResultWire) -> UmAlgoCancelResult:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmAlgoCancelResult)
    instance.complete = UNSET if w.complete is msgspec.UNSET else w.complete
    instance.additional_properties = {}
    return instance


def _success_result(w: SuccessResultWire) -> SuccessResult:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(SuccessResult)
    instance.code = w.code
    instance.msg = w.msg
    instance.additional_properties = {}
    return instance


def _cm_conditional_order(w: CmConditionalOrderWire) -> CmConditionalOrder:
    if not (
        (w.orig_qty is msgspec.UNSET or w.orig_qty.is_finite())
        and (w.price is msgspec.UNSET or w.price.is_finite())
        and (w.stop_price is msgspec.UNSET or w.stop_price.is_finite())
        and (w.activate_price is msgspec.UNSET or w.activate_price.is_finite())
        and (w.price_rate is msgspec.UNSET or w.price_rate.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(CmConditionalOrder)
    instance.new_client_strategy_id = w.new_client_strategy_id
    instance.strategy_id = w.strategy_id
    instance.strategy_status = CmConditionalStrategyStatus(w.strategy_status)
    instance.strategy_type = CmConditionalStrategyType(w.strategy_type)
    instance.side = Side(w.side)
    instance.symbol = w.symbol
    instance.orig_qty = UNSET if w.orig_qty is msgspec.UNSET else w.orig_qty
    instance.price = UNSET if w.price is msgspec.UNSET else w.price
    instance.reduce_only = UNSET if w.reduce_only is msgspec.UNSET else w.reduce_only
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else PositionSide(w.position_side)
    instance.stop_price = UNSET if w.stop_price is msgspec.UNSET else w.stop_price
    instance.pair = UNSET if w.pair is msgspec.UNSET else w.pair
    instance.order_id = UNSET if w.order_id is msgspec.UNSET else w.order_id
    instance.status = UNSET if w.status is msgspec.UNSET else OrderStatus(w.status)
    instance.type_ = UNSET if w.type_ is msgspec.UNSET else FuturesOrderType(w.type_)
    instance.book_time = UNSET if w.book_time is msgspec.UNSET else w.book_time
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.trigger_time = UNSET if w.trigger_time is msgspec.UNSET else w.trigger_time
    instance.time_in_force = UNSET if w.time_in_force is msgspec.UNSET else TimeInForce(w.time_in_force)
    instance.activate_price = UNSET if w.activate_price is msgspec.UNSET else w.activate_price
    instance.price_rate = UNSET if w.price_rate is msgspec.UNSET else w.price_rate
    instance.working_type = UNSET if w.working_type is msgspec.UNSET else WorkingType(w.working_type)
    instance.price_protect = UNSET if w.price_protect is msgspec.UNSET else w.price_protect
    instance.price_match = UNSET if w.price_match is msgspec.UNSET else PriceMatch(w.price_match)
    instance.self_trade_prevention_mode = (
        UNSET
        if w.self_trade_prevention_mode is msgspec.UNSET
        else SelfTradePreventionMode(w.self_trade_prevention_mode)
    )
    instance.good_till_date = UNSET if w.good_till_date is msgspec.UNSET else w.good_till_date
    instance.additional_properties = {}
    return instance


def _cm_order(w: CmOrderWire) -> CmOrder:
    if not (
        (w.price is msgspec.UNSET or w.price.is_finite())
        and (w.avg_price is msgspec.UNSET or w.avg_price.is_finite())
        and (w.orig_qty is msgspec.UNSET or w.orig_qty.is_finite())
        and (w.executed_qty is msgspec.UNSET or w.executed_qty.is_finite())
        and (w.cum_qty is msgspec.UNSET or w.cum_qty.is_finite())
        and (w.cum_base is msgspec.UNSET or w.cum_base.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(CmOrder)
    instance.order_id = w.order_id
    instance.client_order_id = w.client_order_id
    instance.symbol = UNSET if w.symbol is msgspec.UNSET else w.symbol
    instance.pair = UNSET if w.pair is msgspec.UNSET else w.pair
    instance.status = UNSET if w.status is msgspec.UNSET else OrderStatus(w.status)
    instance.side = UNSET if w.side is msgspec.UNSET else Side(w.side)
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else PositionSide(w.position_side)
    instance.type_ = UNSET if w.type_ is msgspec.UNSET else FuturesOrderType(w.type_)
    instance.orig_type = UNSET if w.orig_type is msgspec.UNSET else FuturesOrderType(w.orig_type)
    instance.time_in_force = UNSET if w.time_in_force is msgspec.UNSET else TimeInForce(w.time_in_force)
    instance.reduce_only = UNSET if w.reduce_only is msgspec.UNSET else w.reduce_only
    instance.price = UNSET if w.price is msgspec.UNSET else w.price
    instance.avg_price = UNSET if w.avg_price is msgspec.UNSET else w.avg_price
    instance.orig_qty = UNSET if w.orig_qty is msgspec.UNSET else w.orig_qty
    instance.executed_qty = UNSET if w.executed_qty is msgspec.UNSET else w.executed_qty
    instance.cum_qty = UNSET if w.cum_qty is msgspec.UNSET else w.cum_qty
    instance.cum_base = UNSET if w.cum_base is msgspec.UNSET else w.cum_base
    instance.time = UNSET if w.time is msgspec.UNSET else w.time
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.additional_properties = {}
    return instance


def _cm_trade(w: CmTradeWire) -> CmTrade:
    if not (
        w.price.is_finite()
        and w.qty.is_finite()
        and (w.realized_pnl is msgspec.UNSET or w.realized_pnl.is_finite())
        and (w.base_qty is msgspec.UNSET or w.base_qty.is_finite())
        and (w.commission is msgspec.UNSET or w.commission.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(CmTrade)
    instance.symbol = w.symbol
    instance.id = w.id
    instance.order_id = w.order_id
    instance.price = w.price
    instance.qty = w.qty
    instance.pair = UNSET if w.pair is msgspec.UNSET else w.pair
    instance.side = UNSET if w.side is msgspec.UNSET else Side(w.side)
    instance.realized_pnl = UNSET if w.realized_pnl is msgspec.UNSET else w.realized_pnl
    instance.margin_asset = UNSET if w.margin_asset is msgspec.UNSET else w.margin_asset
    instance.base_qty = UNSET if w.base_qty is msgspec.UNSET else w.base_qty
    instance.commission = UNSET if w.commission is msgspec.UNSET else w.commission
    instance.commission_asset = UNSET if w.commission_asset is msgspec.UNSET else w.commission_asset
    instance.time = UNSET if w.time is msgspec.UNSET else w.time
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else PositionSide(w.position_side)
    instance.buyer = UNSET if w.buyer is msgspec.UNSET else w.buyer
    instance.maker = UNSET if w.maker is msgspec.UNSET else w.maker
    instance.additional_properties = {}
    return instance


def _cm_adl_quantile_scores(w: CmAdlQuantileScoresWire) -> CmAdlQuantileScores:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(CmAdlQuantileScores)
    instance.long = UNSET if w.long is msgspec.UNSET else w.long
    instance.short = UNSET if w.short is msgspec.UNSET else w.short
    instance.both = UNSET if w.both is msgspec.UNSET else w.both
    instance.hedge = UNSET if w.hedge is msgspec.UNSET else w.hedge
    instance.additional_properties = {}
    return instance


def _cm_adl_quantile(w: CmAdlQuantileWire) -> CmAdlQuantile:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(CmAdlQuantile)
    instance.symbol = w.symbol
    instance.adl_quantile = _cm_adl_quantile_scores(w.adl_quantile)
    instance.additional_properties = {}
    return instance


def _cm_amended_value(w: CmAmendedValueWire) -> CmAmendedValue:
    if not ((w.before is msgspec.UNSET or w.before.is_finite()) and (w.after is msgspec.UNSET or w.after.is_finite())):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(CmAmendedValue)
    instance.before = UNSET if w.before is msgspec.UNSET else w.before
    instance.after = UNSET if w.after is msgspec.UNSET else w.after
    instance.additional_properties = {}
    return instance


def _cm_order_amendment_detail(w: CmOrderAmendmentDetailWire) -> CmOrderAmendmentDetail:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(CmOrderAmendmentDetail)
    instance.price = UNSET if w.price is msgspec.UNSET else _cm_amended_value(w.price)
    instance.orig_qty = UNSET if w.orig_qty is msgspec.UNSET else _cm_amended_value(w.orig_qty)
    instance.count = UNSET if w.count is msgspec.UNSET else w.count
    instance.additional_properties = {}
    return instance


def _cm_order_amendment(w: CmOrderAmendmentWire) -> CmOrderAmendment:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(CmOrderAmendment)
    instance.amendment_id = w.amendment_id
    instance.symbol = w.symbol
    instance.order_id = w.order_id
    instance.pair = UNSET if w.pair is msgspec.UNSET else w.pair
    instance.client_order_id = UNSET if w.client_order_id is msgspec.UNSET else w.client_order_id
    instance.time = UNSET if w.time is msgspec.UNSET else w.time
    instance.amendment = UNSET if w.amendment is msgspec.UNSET else _cm_order_amendment_detail(w.amendment)
    instance.additional_properties = {}
    return instance


def _cm_force_order(w: CmForceOrderWire) -> CmForceOrder:
    if not (
        (w.price is msgspec.UNSET or w.price.is_finite())
        and (w.avg_price is msgspec.UNSET or w.avg_price.is_finite())
        and (w.orig_qty is msgspec.UNSET or w.orig_qty.is_finite())
        and (w.executed_qty is msgspec.UNSET or w.executed_qty.is_finite())
        and (w.cum_base is msgspec.UNSET or w.cum_base.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(CmForceOrder)
    instance.order_id = w.order_id
    instance.symbol = w.symbol
    instance.pair = UNSET if w.pair is msgspec.UNSET else w.pair
    instance.status = UNSET if w.status is msgspec.UNSET else OrderStatus(w.status)
    instance.client_order_id = UNSET if w.client_order_id is msgspec.UNSET else w.client_order_id
    instance.price = UNSET if w.price is msgspec.UNSET else w.price
    instance.avg_price = UNSET if w.avg_price is msgspec.UNSET else w.avg_price
    instance.orig_qty = UNSET if w.orig_qty is msgspec.UNSET else w.orig_qty
    instance.executed_qty = UNSET if w.executed_qty is msgspec.UNSET else w.executed_qty
    instance.cum_base = UNSET if w.cum_base is msgspec.UNSET else w.cum_base
    instance.time_in_force = UNSET if w.time_in_force is msgspec.UNSET else TimeInForce(w.time_in_force)
    instance.type_ = UNSET if w.type_ is msgspec.UNSET else FuturesOrderType(w.type_)
    instance.reduce_only = UNSET if w.reduce_only is msgspec.UNSET else w.reduce_only
    instance.side = UNSET if w.side is msgspec.UNSET else Side(w.side)
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else PositionSide(w.position_side)
    instance.orig_type = UNSET if w.orig_type is msgspec.UNSET else FuturesOrderType(w.orig_type)
    instance.time = UNSET if w.time is msgspec.UNSET else w.time
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.additional_properties = {}
    return instance


def _pm_account_information(w: PmAccountInformationWire) -> PmAccountInformation:
    if not (
        w.uni_mmr.is_finite()
        and w.account_equity.is_finite()
        and w.actual_equity.is_finite()
        and w.account_maint_margin.is_finite()
        and (w.account_initial_margin is msgspec.UNSET or w.account_initial_margin.is_finite())
        and (w.virtual_max_withdraw_amount is msgspec.UNSET or w.virtual_max_withdraw_amount.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmAccountInformation)
    instance.uni_mmr = w.uni_mmr
    instance.account_equity = w.account_equity
    instance.actual_equity = w.actual_equity
    instance.account_maint_margin = w.account_maint_margin
    instance.account_status = AccountStatus(w.account_status)
    instance.account_initial_margin = UNSET if w.account_initial_margin is msgspec.UNSET else w.account_initial_margin
    instance.virtual_max_withdraw_amount = (
        UNSET if w.virtual_max_withdraw_amount is msgspec.UNSET else w.virtual_max_withdraw_amount
    )
    instance.total_available_balance = (
        UNSET if w.total_available_balance is msgspec.UNSET else w.total_available_balance
    )
    instance.total_margin_open_loss = UNSET if w.total_margin_open_loss is msgspec.UNSET else w.total_margin_open_loss
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.additional_properties = {}
    return instance


def _cm_leverage_change(w: CmLeverageChangeWire) -> CmLeverageChange:
    if not (w.max_qty is msgspec.UNSET or w.max_qty.is_finite()):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(CmLeverageChange)
    instance.symbol = w.symbol
    instance.leverage = w.leverage
    instance.max_qty = UNSET if w.max_qty is msgspec.UNSET else w.max_qty
    instance.additional_properties = {}
    return instance


def _pm_position_mode(w: PmPositionModeWire) -> PmPositionMode:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmPositionMode)
    instance.dual_side_position = w.dual_side_position
    instance.additional_properties = {}
    return instance


def _um_leverage_change(w: UmLeverageChangeWire) -> UmLeverageChange:
    if not (w.max_notional_value is msgspec.UNSET or w.max_notional_value.is_finite()):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmLeverageChange)
    instance.symbol = w.symbol
    instance.leverage = w.leverage
    instance.max_notional_value = UNSET if w.max_notional_value is msgspec.UNSET else w.max_notional_value
    instance.additional_properties = {}
    return instance


def _cm_bracket(w: CmBracketWire) -> CmBracket:
    if not (
        w.qty_cap.is_finite() and w.qty_floor.is_finite() and w.maint_margin_ratio.is_finite() and w.cum.is_finite()
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(CmBracket)
    instance.bracket = w.bracket
    instance.initial_leverage = w.initial_leverage
    instance.qty_cap = w.qty_cap
    instance.qty_floor = w.qty_floor
    instance.maint_margin_ratio = w.maint_margin_ratio
    instance.cum = w.cum
    instance.additional_properties = {}
    return instance


def _cm_leverage_bracket(w: CmLeverageBracketWire) -> CmLeverageBracket:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(CmLeverageBracket)
    instance.symbol = w.symbol
    instance.brackets = [_cm_bracket(item) for item in w.brackets]
    instance.additional_properties = {}
    return instance


def _pm_futures_asset(w: PmFuturesAssetWire) -> PmFuturesAsset:
    if not (
        w.cross_wallet_balance.is_finite()
        and (w.cross_un_pnl is msgspec.UNSET or w.cross_un_pnl.is_finite())
        and (w.maint_margin is msgspec.UNSET or w.maint_margin.is_finite())
        and (w.initial_margin is msgspec.UNSET or w.initial_margin.is_finite())
        and (w.position_initial_margin is msgspec.UNSET or w.position_initial_margin.is_finite())
        and (w.open_order_initial_margin is msgspec.UNSET or w.open_order_initial_margin.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmFuturesAsset)
    instance.asset = w.asset
    instance.cross_wallet_balance = w.cross_wallet_balance
    instance.cross_un_pnl = UNSET if w.cross_un_pnl is msgspec.UNSET else w.cross_un_pnl
    instance.maint_margin = UNSET if w.maint_margin is msgspec.UNSET else w.maint_margin
    instance.initial_margin = UNSET if w.initial_margin is msgspec.UNSET else w.initial_margin
    instance.position_initial_margin = (
        UNSET if w.position_initial_margin is msgspec.UNSET else w.position_initial_margin
    )
    instance.open_order_initial_margin = (
        UNSET if w.open_order_initial_margin is msgspec.UNSET else w.open_order_initial_margin
    )
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.additional_properties = {}
    return instance


def _cm_account_position(w: CmAccountPositionWire) -> CmAccountPosition:
    if not (
        w.position_amt.is_finite()
        and (w.initial_margin is msgspec.UNSET or w.initial_margin.is_finite())
        and (w.maint_margin is msgspec.UNSET or w.maint_margin.is_finite())
        and (w.unrealized_profit is msgspec.UNSET or w.unrealized_profit.is_finite())
        and (w.position_initial_margin is msgspec.UNSET or w.position_initial_margin.is_finite())
        and (w.open_order_initial_margin is msgspec.UNSET or w.open_order_initial_margin.is_finite())
        and (w.leverage is msgspec.UNSET or w.leverage.is_finite())
        and (w.entry_price is msgspec.UNSET or w.entry_price.is_finite())
        and (w.max_qty is msgspec.UNSET or w.max_qty.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(CmAccountPosition)
    instance.symbol = w.symbol
    instance.position_amt = w.position_amt
    instance.initial_margin = UNSET if w.initial_margin is msgspec.UNSET else w.initial_margin
    instance.maint_margin = UNSET if w.maint_margin is msgspec.UNSET else w.maint_margin
    instance.unrealized_profit = UNSET if w.unrealized_profit is msgspec.UNSET else w.unrealized_profit
    instance.position_initial_margin = (
        UNSET if w.position_initial_margin is msgspec.UNSET else w.position_initial_margin
    )
    instance.open_order_initial_margin = (
        UNSET if w.open_order_initial_margin is msgspec.UNSET else w.open_order_initial_margin
    )
    instance.leverage = UNSET if w.leverage is msgspec.UNSET else w.leverage
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else PositionSide(w.position_side)
    instance.entry_price = UNSET if w.entry_price is msgspec.UNSET else w.entry_price
    instance.max_qty = UNSET if w.max_qty is msgspec.UNSET else w.max_qty
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.additional_properties = {}
    return instance


def _cm_account_detail(w: CmAccountDetailWire) -> CmAccountDetail:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(CmAccountDetail)
    instance.assets = [_pm_futures_asset(item) for item in w.assets]
    instance.positions = [_cm_account_position(item) for item in w.positions]
    instance.additional_properties = {}
    return instance


def _um_account_position(w: UmAccountPositionWire) -> UmAccountPosition:
    if not (
        w.position_amt.is_finite()
        and (w.initial_margin is msgspec.UNSET or w.initial_margin.is_finite())
        and (w.maint_margin is msgspec.UNSET or w.maint_margin.is_finite())
        and (w.unrealized_profit is msgspec.UNSET or w.unrealized_profit.is_finite())
        and (w.position_initial_margin is msgspec.UNSET or w.position_initial_margin.is_finite())
        and (w.open_order_initial_margin is msgspec.UNSET or w.open_order_initial_margin.is_finite())
        and (w.leverage is msgspec.UNSET or w.leverage.is_finite())
        and (w.entry_price is msgspec.UNSET or w.entry_price.is_finite())
        and (w.max_notional is msgspec.UNSET or w.max_notional.is_finite())
        and (w.bid_notional is msgspec.UNSET or w.bid_notional.is_finite())
        and (w.ask_notional is msgspec.UNSET or w.ask_notional.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmAccountPosition)
    instance.symbol = w.symbol
    instance.position_amt = w.position_amt
    instance.initial_margin = UNSET if w.initial_margin is msgspec.UNSET else w.initial_margin
    instance.maint_margin = UNSET if w.maint_margin is msgspec.UNSET else w.maint_margin
    instance.unrealized_profit = UNSET if w.unrealized_profit is msgspec.UNSET else w.unrealized_profit
    instance.position_initial_margin = (
        UNSET if w.position_initial_margin is msgspec.UNSET else w.position_initial_margin
    )
    instance.open_order_initial_margin = (
        UNSET if w.open_order_initial_margin is msgspec.UNSET else w.open_order_initial_margin
    )
    instance.leverage = UNSET if w.leverage is msgspec.UNSET else w.leverage
    instance.entry_price = UNSET if w.entry_price is msgspec.UNSET else w.entry_price
    instance.max_notional = UNSET if w.max_notional is msgspec.UNSET else w.max_notional
    instance.bid_notional = UNSET if w.bid_notional is msgspec.UNSET else w.bid_notional
    instance.ask_notional = UNSET if w.ask_notional is msgspec.UNSET else w.ask_notional
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else PositionSide(w.position_side)
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.additional_properties = {}
    return instance


def _um_account_detail(w: UmAccountDetailWire) -> UmAccountDetail:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmAccountDetail)
    instance.assets = [_pm_futures_asset(item) for item in w.assets]
    instance.positions = [_um_account_position(item) for item in w.positions]
    instance.additional_properties = {}
    return instance


def _um_account_position_v2(w: UmAccountPositionV2Wire) -> UmAccountPositionV2:
    if not (
        w.position_amt.is_finite()
        and (w.initial_margin is msgspec.UNSET or w.initial_margin.is_finite())
        and (w.maint_margin is msgspec.UNSET or w.maint_margin.is_finite())
        and (w.unrealized_profit is msgspec.UNSET or w.unrealized_profit.is_finite())
        and (w.notional is msgspec.UNSET or w.notional.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmAccountPositionV2)
    instance.symbol = w.symbol
    instance.position_amt = w.position_amt
    instance.initial_margin = UNSET if w.initial_margin is msgspec.UNSET else w.initial_margin
    instance.maint_margin = UNSET if w.maint_margin is msgspec.UNSET else w.maint_margin
    instance.unrealized_profit = UNSET if w.unrealized_profit is msgspec.UNSET else w.unrealized_profit
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else PositionSide(w.position_side)
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.notional = UNSET if w.notional is msgspec.UNSET else w.notional
    instance.additional_properties = {}
    return instance


def _um_account_detail_v2(w: UmAccountDetailV2Wire) -> UmAccountDetailV2:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmAccountDetailV2)
    instance.assets = [_pm_futures_asset(item) for item in w.assets]
    instance.positions = [_um_account_position_v2(item) for item in w.positions]
    instance.additional_properties = {}
    return instance


def _pm_commission_rate(w: PmCommissionRateWire) -> PmCommissionRate:
    if not (w.maker_commission_rate.is_finite() and w.taker_commission_rate.is_finite()):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(PmCommissionRate)
    instance.symbol = w.symbol
    instance.maker_commission_rate = w.maker_commission_rate
    instance.taker_commission_rate = w.taker_commission_rate
    instance.additional_properties = {}
    return instance


def _um_trading_rules_indicators_indicators(
    w: UmTradingRulesIndicatorsIndicatorsWire,
) -> UmTradingRulesIndicatorsIndicators:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmTradingRulesIndicatorsIndicators)
    instance.additional_properties = {}
    return instance


def _um_trading_rules_indicators(w: UmTradingRulesIndicatorsWire) -> UmTradingRulesIndicators:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmTradingRulesIndicators)
    instance.indicators = _um_trading_rules_indicators_indicators(w.indicators)
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.additional_properties = {}
    return instance


def _cm_position(w: CmPositionWire) -> CmPosition:
    if not (
        w.position_amt.is_finite()
        and (w.entry_price is msgspec.UNSET or w.entry_price.is_finite())
        and (w.mark_price is msgspec.UNSET or w.mark_price.is_finite())
        and (w.un_realized_profit is msgspec.UNSET or w.un_realized_profit.is_finite())
        and (w.liquidation_price is msgspec.UNSET or w.liquidation_price.is_finite())
        and (w.leverage is msgspec.UNSET or w.leverage.is_finite())
        and (w.max_qty is msgspec.UNSET or w.max_qty.is_finite())
        and (w.notional_value is msgspec.UNSET or w.notional_value.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(CmPosition)
    instance.symbol = w.symbol
    instance.position_amt = w.position_amt
    instance.entry_price = UNSET if w.entry_price is msgspec.UNSET else w.entry_price
    instance.mark_price = UNSET if w.mark_price is msgspec.UNSET else w.mark_price
    instance.un_realized_profit = UNSET if w.un_realized_profit is msgspec.UNSET else w.un_realized_profit
    instance.liquidation_price = UNSET if w.liquidation_price is msgspec.UNSET else w.liquidation_price
    instance.leverage = UNSET if w.leverage is msgspec.UNSET else w.leverage
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else PositionSide(w.position_side)
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.max_qty = UNSET if w.max_qty is msgspec.UNSET else w.max_qty
    instance.notional_value = UNSET if w.notional_value is msgspec.UNSET else w.notional_value
    instance.additional_properties = {}
    return instance


def _um_position(w: UmPositionWire) -> UmPosition:
    if not (
        w.position_amt.is_finite()
        and (w.entry_price is msgspec.UNSET or w.entry_price.is_finite())
        and (w.mark_price is msgspec.UNSET or w.mark_price.is_finite())
        and (w.un_realized_profit is msgspec.UNSET or w.un_realized_profit.is_finite())
        and (w.liquidation_price is msgspec.UNSET or w.liquidation_price.is_finite())
        and (w.leverage is msgspec.UNSET or w.leverage.is_finite())
        and (w.max_notional_value is msgspec.UNSET or w.max_notional_value.is_finite())
        and (w.notional is msgspec.UNSET or w.notional.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmPosition)
    instance.symbol = w.symbol
    instance.position_amt = w.position_amt
    instance.entry_price = UNSET if w.entry_price is msgspec.UNSET else w.entry_price
    instance.mark_price = UNSET if w.mark_price is msgspec.UNSET else w.mark_price
    instance.un_realized_profit = UNSET if w.un_realized_profit is msgspec.UNSET else w.un_realized_profit
    instance.liquidation_price = UNSET if w.liquidation_price is msgspec.UNSET else w.liquidation_price
    instance.leverage = UNSET if w.leverage is msgspec.UNSET else w.leverage
    instance.max_notional_value = UNSET if w.max_notional_value is msgspec.UNSET else w.max_notional_value
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else PositionSide(w.position_side)
    instance.notional = UNSET if w.notional is msgspec.UNSET else w.notional
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.additional_properties = {}
    return instance


def _um_account_config(w: UmAccountConfigWire) -> UmAccountConfig:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmAccountConfig)
    instance.fee_tier = w.fee_tier
    instance.can_trade = w.can_trade
    instance.dual_side_position = w.dual_side_position
    instance.can_deposit = UNSET if w.can_deposit is msgspec.UNSET else w.can_deposit
    instance.can_withdraw = UNSET if w.can_withdraw is msgspec.UNSET else w.can_withdraw
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.multi_assets_margin = UNSET if w.multi_assets_margin is msgspec.UNSET else w.multi_assets_margin
    instance.trade_group_id = UNSET if w.trade_group_id is msgspec.UNSET else w.trade_group_id
    instance.additional_properties = {}
    return instance


def _um_symbol_config(w: UmSymbolConfigWire) -> UmSymbolConfig:
    if not (w.max_notional_value is msgspec.UNSET or w.max_notional_value.is_finite()):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmSymbolConfig)
    instance.symbol = w.symbol
    instance.leverage = w.leverage
    instance.margin_type = UNSET if w.margin_type is msgspec.UNSET else UmMarginType(w.margin_type)
    instance.is_auto_add_margin = UNSET if w.is_auto_add_margin is msgspec.UNSET else BooleanText(w.is_auto_add_margin)
    instance.max_notional_value = UNSET if w.max_notional_value is msgspec.UNSET else w.max_notional_value
    instance.additional_properties = {}
    return instance


def _um_order(w: UmOrderWire) -> UmOrder:
    if not (
        (w.price is msgspec.UNSET or w.price.is_finite())
        and (w.avg_price is msgspec.UNSET or w.avg_price.is_finite())
        and (w.orig_qty is msgspec.UNSET or w.orig_qty.is_finite())
        and (w.executed_qty is msgspec.UNSET or w.executed_qty.is_finite())
        and (w.cum_qty is msgspec.UNSET or w.cum_qty.is_finite())
        and (w.cum_quote is msgspec.UNSET or w.cum_quote.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmOrder)
    instance.order_id = w.order_id
    instance.client_order_id = w.client_order_id
    instance.symbol = w.symbol
    instance.status = UNSET if w.status is msgspec.UNSET else OrderStatus(w.status)
    instance.side = UNSET if w.side is msgspec.UNSET else Side(w.side)
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else PositionSide(w.position_side)
    instance.type_ = UNSET if w.type_ is msgspec.UNSET else FuturesOrderType(w.type_)
    instance.orig_type = UNSET if w.orig_type is msgspec.UNSET else FuturesOrderType(w.orig_type)
    instance.time_in_force = UNSET if w.time_in_force is msgspec.UNSET else TimeInForce(w.time_in_force)
    instance.price = UNSET if w.price is msgspec.UNSET else w.price
    instance.avg_price = UNSET if w.avg_price is msgspec.UNSET else w.avg_price
    instance.orig_qty = UNSET if w.orig_qty is msgspec.UNSET else w.orig_qty
    instance.executed_qty = UNSET if w.executed_qty is msgspec.UNSET else w.executed_qty
    instance.cum_qty = UNSET if w.cum_qty is msgspec.UNSET else w.cum_qty
    instance.cum_quote = UNSET if w.cum_quote is msgspec.UNSET else w.cum_quote
    instance.reduce_only = UNSET if w.reduce_only is msgspec.UNSET else w.reduce_only
    instance.self_trade_prevention_mode = (
        UNSET
        if w.self_trade_prevention_mode is msgspec.UNSET
        else SelfTradePreventionMode(w.self_trade_prevention_mode)
    )
    instance.price_match = UNSET if w.price_match is msgspec.UNSET else PriceMatch(w.price_match)
    instance.good_till_date = UNSET if w.good_till_date is msgspec.UNSET else w.good_till_date
    instance.time = UNSET if w.time is msgspec.UNSET else w.time
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.additional_properties = {}
    return instance


def _um_amended_value(w: UmAmendedValueWire) -> UmAmendedValue:
    if not ((w.before is msgspec.UNSET or w.before.is_finite()) and (w.after is msgspec.UNSET or w.after.is_finite())):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmAmendedValue)
    instance.before = UNSET if w.before is msgspec.UNSET else w.before
    instance.after = UNSET if w.after is msgspec.UNSET else w.after
    instance.additional_properties = {}
    return instance


def _um_order_amendment_detail(w: UmOrderAmendmentDetailWire) -> UmOrderAmendmentDetail:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmOrderAmendmentDetail)
    instance.price = UNSET if w.price is msgspec.UNSET else _um_amended_value(w.price)
    instance.orig_qty = UNSET if w.orig_qty is msgspec.UNSET else _um_amended_value(w.orig_qty)
    instance.count = UNSET if w.count is msgspec.UNSET else w.count
    instance.additional_properties = {}
    return instance


def _um_order_amendment(w: UmOrderAmendmentWire) -> UmOrderAmendment:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmOrderAmendment)
    instance.amendment_id = w.amendment_id
    instance.symbol = w.symbol
    instance.order_id = w.order_id
    instance.pair = UNSET if w.pair is msgspec.UNSET else w.pair
    instance.client_order_id = UNSET if w.client_order_id is msgspec.UNSET else w.client_order_id
    instance.time = UNSET if w.time is msgspec.UNSET else w.time
    instance.amendment = UNSET if w.amendment is msgspec.UNSET else _um_order_amendment_detail(w.amendment)
    instance.price_match = UNSET if w.price_match is msgspec.UNSET else PriceMatch(w.price_match)
    instance.additional_properties = {}
    return instance


def _um_force_order(w: UmForceOrderWire) -> UmForceOrder:
    if not (
        (w.price is msgspec.UNSET or w.price.is_finite())
        and (w.avg_price is msgspec.UNSET or w.avg_price.is_finite())
        and (w.orig_qty is msgspec.UNSET or w.orig_qty.is_finite())
        and (w.executed_qty is msgspec.UNSET or w.executed_qty.is_finite())
        and (w.cum_quote is msgspec.UNSET or w.cum_quote.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmForceOrder)
    instance.order_id = w.order_id
    instance.symbol = w.symbol
    instance.status = UNSET if w.status is msgspec.UNSET else OrderStatus(w.status)
    instance.client_order_id = UNSET if w.client_order_id is msgspec.UNSET else w.client_order_id
    instance.price = UNSET if w.price is msgspec.UNSET else w.price
    instance.avg_price = UNSET if w.avg_price is msgspec.UNSET else w.avg_price
    instance.orig_qty = UNSET if w.orig_qty is msgspec.UNSET else w.orig_qty
    instance.executed_qty = UNSET if w.executed_qty is msgspec.UNSET else w.executed_qty
    instance.cum_quote = UNSET if w.cum_quote is msgspec.UNSET else w.cum_quote
    instance.time_in_force = UNSET if w.time_in_force is msgspec.UNSET else TimeInForce(w.time_in_force)
    instance.type_ = UNSET if w.type_ is msgspec.UNSET else FuturesOrderType(w.type_)
    instance.orig_type = UNSET if w.orig_type is msgspec.UNSET else FuturesOrderType(w.orig_type)
    instance.reduce_only = UNSET if w.reduce_only is msgspec.UNSET else w.reduce_only
    instance.side = UNSET if w.side is msgspec.UNSET else Side(w.side)
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else PositionSide(w.position_side)
    instance.time = UNSET if w.time is msgspec.UNSET else w.time
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.additional_properties = {}
    return instance


def _um_trade(w: UmTradeWire) -> UmTrade:
    if not (
        w.price.is_finite()
        and w.qty.is_finite()
        and (w.quote_qty is msgspec.UNSET or w.quote_qty.is_finite())
        and (w.realized_pnl is msgspec.UNSET or w.realized_pnl.is_finite())
        and (w.commission is msgspec.UNSET or w.commission.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmTrade)
    instance.symbol = w.symbol
    instance.id = w.id
    instance.order_id = w.order_id
    instance.price = w.price
    instance.qty = w.qty
    instance.side = UNSET if w.side is msgspec.UNSET else Side(w.side)
    instance.quote_qty = UNSET if w.quote_qty is msgspec.UNSET else w.quote_qty
    instance.realized_pnl = UNSET if w.realized_pnl is msgspec.UNSET else w.realized_pnl
    instance.commission = UNSET if w.commission is msgspec.UNSET else w.commission
    instance.commission_asset = UNSET if w.commission_asset is msgspec.UNSET else w.commission_asset
    instance.time = UNSET if w.time is msgspec.UNSET else w.time
    instance.buyer = UNSET if w.buyer is msgspec.UNSET else w.buyer
    instance.maker = UNSET if w.maker is msgspec.UNSET else w.maker
    instance.position_side = UNSET if w.position_side is msgspec.UNSET else PositionSide(w.position_side)
    instance.additional_properties = {}
    return instance


def _um_adl_quantile_values(w: UmAdlQuantileValuesWire) -> UmAdlQuantileValues:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmAdlQuantileValues)
    instance.long = UNSET if w.long is msgspec.UNSET else w.long
    instance.short = UNSET if w.short is msgspec.UNSET else w.short
    instance.both = UNSET if w.both is msgspec.UNSET else w.both
    instance.hedge = UNSET if w.hedge is msgspec.UNSET else w.hedge
    instance.additional_properties = {}
    return instance


def _um_adl_quantile(w: UmAdlQuantileWire) -> UmAdlQuantile:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmAdlQuantile)
    instance.symbol = w.symbol
    instance.adl_quantile = _um_adl_quantile_values(w.adl_quantile)
    instance.additional_properties = {}
    return instance


def _um_fee_burn_status(w: UmFeeBurnStatusWire) -> UmFeeBurnStatus:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(UmFeeBurnStatus)
    instance.fee_burn = w.fee_burn
    instance.additional_properties = {}
    return instance


def _margin_order_list_order(w: MarginOrderListOrderWire) -> MarginOrderListOrder:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(MarginOrderListOrder)
    instance.symbol = w.symbol
    instance.order_id = w.order_id
    instance.client_order_id = w.client_order_id
    instance.additional_properties = {}
    return instance


def _margin_loan_transaction(w: MarginLoanTransactionWire) -> MarginLoanTransaction:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(MarginLoanTransaction)
    instance.tran_id = w.tran_id
    instance.additional_properties = {}
    return instance


def _margin_repay_debt_result(w: MarginRepayDebtResultWire) -> MarginRepayDebtResult:
    if not (w.amount is msgspec.UNSET or w.amount.is_finite()):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(MarginRepayDebtResult)
    instance.asset = w.asset
    instance.success = w.success
    instance.amount = UNSET if w.amount is msgspec.UNSET else w.amount
    instance.specify_repay_assets = UNSET if w.specify_repay_assets is msgspec.UNSET else w.specify_repay_assets
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.additional_properties = {}
    return instance


def _margin_trade(w: MarginTradeWire) -> MarginTrade:
    if not (w.price.is_finite() and w.qty.is_finite() and (w.commission is msgspec.UNSET or w.commission.is_finite())):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(MarginTrade)
    instance.symbol = w.symbol
    instance.id = w.id
    instance.order_id = w.order_id
    instance.price = w.price
    instance.qty = w.qty
    instance.time = w.time
    instance.commission = UNSET if w.commission is msgspec.UNSET else w.commission
    instance.commission_asset = UNSET if w.commission_asset is msgspec.UNSET else w.commission_asset
    instance.is_buyer = UNSET if w.is_buyer is msgspec.UNSET else w.is_buyer
    instance.is_maker = UNSET if w.is_maker is msgspec.UNSET else w.is_maker
    instance.is_best_match = UNSET if w.is_best_match is msgspec.UNSET else w.is_best_match
    instance.additional_properties = {}
    return instance


def _margin_force_order(w: MarginForceOrderWire) -> MarginForceOrder:
    if not (
        (w.price is msgspec.UNSET or w.price.is_finite())
        and (w.avg_price is msgspec.UNSET or w.avg_price.is_finite())
        and (w.qty is msgspec.UNSET or w.qty.is_finite())
        and (w.executed_qty is msgspec.UNSET or w.executed_qty.is_finite())
    ):
        raise _Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(MarginForceOrder)
    instance.order_id = w.order_id
    instance.symbol = w.symbol
    instance.side = UNSET if w.side is msgspec.UNSET else Side(w.side)
    instance.price = UNSET if w.price is msgspec.UNSET else w.price
    instance.avg_price = UNSET if w.avg_price is msgspec.UNSET else w.avg_price
    instance.qty = UNSET if w.qty is msgspec.UNSET else w.qty
    instance.executed_qty = UNSET if w.executed_qty is msgspec.UNSET else w.executed_qty
    instance.time_in_force = UNSET if w.time_in_force is msgspec.UNSET else TimeInForce(w.time_in_force)
    instance.updated_time = UNSET if w.updated_time is msgspec.UNSET else w.updated_time
    instance.additional_properties = {}
    return instance


def _margin_force_order_page(w: MarginForceOrderPageWire) -> MarginForceOrderPage:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = _new_instance(MarginForceOrderPage)
    instance.rows = [_margin_force_order(item) for item in w.rows]
    instance.total = w.total
    instance.additional_properties = {}
    return instance


_GET_TIERED_COLLATERAL_RATE = msgspec.json.Decoder(list[TieredCollateralRateWire])


def get_tiered_collateral_rate(body: bytes) -> list[TieredCollateralRate] | None:
    try:
        wire = _GET_TIERED_COLLATERAL_RATE.decode(body)
        return [_tiered_collateral_rate(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_CLASSIC_COLLATERAL_RATE = msgspec.json.Decoder(list[CollateralRateWire])


def get_classic_collateral_rate(body: bytes) -> list[CollateralRate] | None:
    try:
        wire = _GET_CLASSIC_COLLATERAL_RATE.decode(body)
        return [_collateral_rate(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_ACCOUNT_INFO = msgspec.json.Decoder(PortfolioMarginProAccountWire)


def get_account_info(body: bytes) -> PortfolioMarginProAccount | None:
    try:
        wire = _GET_ACCOUNT_INFO.decode(body)
        return _portfolio_margin_pro_account(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_PM_PRO_BNB_TRANSFER = msgspec.json.Decoder(PmProTransactionWire)


def pm_pro_bnb_transfer(body: bytes) -> PmProTransaction | None:
    try:
        wire = _PM_PRO_BNB_TRANSFER.decode(body)
        return _pm_pro_transaction(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_PM_PRO_GET_AUTO_REPAY_FUTURES_STATUS = msgspec.json.Decoder(PmProAutoRepayStatusWire)


def pm_pro_get_auto_repay_futures_status(body: bytes) -> PmProAutoRepayStatus | None:
    try:
        wire = _PM_PRO_GET_AUTO_REPAY_FUTURES_STATUS.decode(body)
        return _pm_pro_auto_repay_status(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_PM_PRO_CHANGE_AUTO_REPAY_FUTURES_STATUS = msgspec.json.Decoder(PmProMessageWire)


def pm_pro_change_auto_repay_futures_status(body: bytes) -> PmProMessage | None:
    try:
        wire = _PM_PRO_CHANGE_AUTO_REPAY_FUTURES_STATUS.decode(body)
        return _pm_pro_message(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_MARGIN_CALL_LEVEL = msgspec.json.Decoder(PmProMarginCallLevelWire)


def get_margin_call_level(body: bytes) -> PmProMarginCallLevel | None:
    try:
        wire = _GET_MARGIN_CALL_LEVEL.decode(body)
        return _pm_pro_margin_call_level(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_SET_MARGIN_CALL_LEVEL = msgspec.json.Decoder(PmProMarginCallLevelWire)


def set_margin_call_level(body: bytes) -> PmProMarginCallLevel | None:
    try:
        wire = _SET_MARGIN_CALL_LEVEL.decode(body)
        return _pm_pro_margin_call_level(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_DELETE_MARGIN_CALL_LEVEL = msgspec.json.Decoder(PmProMessageWire)


def delete_margin_call_level(body: bytes) -> PmProMessage | None:
    try:
        wire = _DELETE_MARGIN_CALL_LEVEL.decode(body)
        return _pm_pro_message(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_PM_PRO_FUND_AUTO_COLLECTION = msgspec.json.Decoder(PmProMessageWire)


def pm_pro_fund_auto_collection(body: bytes) -> PmProMessage | None:
    try:
        wire = _PM_PRO_FUND_AUTO_COLLECTION.decode(body)
        return _pm_pro_message(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_PM_PRO_FUND_COLLECTION_BY_ASSET = msgspec.json.Decoder(PmProMessageWire)


def pm_pro_fund_collection_by_asset(body: bytes) -> PmProMessage | None:
    try:
        wire = _PM_PRO_FUND_COLLECTION_BY_ASSET.decode(body)
        return _pm_pro_message(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_DELTA_MODE_STATUS = msgspec.json.Decoder(PmProDeltaModeStatusWire)


def get_delta_mode_status(body: bytes) -> PmProDeltaModeStatus | None:
    try:
        wire = _GET_DELTA_MODE_STATUS.decode(body)
        return _pm_pro_delta_mode_status(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_SWITCH_DELTA_MODE = msgspec.json.Decoder(PmProMessageWire)


def switch_delta_mode(body: bytes) -> PmProMessage | None:
    try:
        wire = _SWITCH_DELTA_MODE.decode(body)
        return _pm_pro_message(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_PORTFOLIO_MARGIN_PRO_ACCOUNT_BALANCE = msgspec.json.Decoder(list[PmProBalanceWire])


def get_portfolio_margin_pro_account_balance(body: bytes) -> list[PmProBalance] | None:
    try:
        wire = _GET_PORTFOLIO_MARGIN_PRO_ACCOUNT_BALANCE.decode(body)
        return [_pm_pro_balance(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_PORTFOLIO_MARGIN_PRO_SPAN_ACCOUNT_INFO = msgspec.json.Decoder(PmProSpanAccountWire)


def get_portfolio_margin_pro_span_account_info(body: bytes) -> PmProSpanAccount | None:
    try:
        wire = _GET_PORTFOLIO_MARGIN_PRO_SPAN_ACCOUNT_INFO.decode(body)
        return _pm_pro_span_account(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_TRANSFERABLE_EARN_ASSET_BALANCE_FOR_PORTFOLIO_MARGIN = msgspec.json.Decoder(PmProEarnAssetBalanceWire)


def get_transferable_earn_asset_balance_for_portfolio_margin(body: bytes) -> PmProEarnAssetBalance | None:
    try:
        wire = _GET_TRANSFERABLE_EARN_ASSET_BALANCE_FOR_PORTFOLIO_MARGIN.decode(body)
        return _pm_pro_earn_asset_balance(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_PORTFOLIO_MARGIN_PRO_BANKRUPTCY_LOAN_REPAY = msgspec.json.Decoder(PmProTransactionWire)


def portfolio_margin_pro_bankruptcy_loan_repay(body: bytes) -> PmProTransaction | None:
    try:
        wire = _PORTFOLIO_MARGIN_PRO_BANKRUPTCY_LOAN_REPAY.decode(body)
        return _pm_pro_transaction(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_PORTFOLIO_MARGIN_PRO_BANKRUPTCY_LOAN_AMOUNT = msgspec.json.Decoder(PmProBankruptcyLoanWire)


def query_portfolio_margin_pro_bankruptcy_loan_amount(body: bytes) -> PmProBankruptcyLoan | None:
    try:
        wire = _QUERY_PORTFOLIO_MARGIN_PRO_BANKRUPTCY_LOAN_AMOUNT.decode(body)
        return _pm_pro_bankruptcy_loan(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_PORTFOLIO_MARGIN_PRO_BANKRUPTCY_LOAN_REPAY_HISTORY = msgspec.json.Decoder(PmProBankruptcyLoanRepayHistoryWire)


def query_portfolio_margin_pro_bankruptcy_loan_repay_history(body: bytes) -> PmProBankruptcyLoanRepayHistory | None:
    try:
        wire = _QUERY_PORTFOLIO_MARGIN_PRO_BANKRUPTCY_LOAN_REPAY_HISTORY.decode(body)
        return _pm_pro_bankruptcy_loan_repay_history(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_PORTFOLIO_MARGIN_PRO_NEGATIVE_BALANCE_INTEREST_HISTORY = msgspec.json.Decoder(
    list[PmProNegativeBalanceInterestWire]
)


def query_portfolio_margin_pro_negative_balance_interest_history(
    body: bytes,
) -> list[PmProNegativeBalanceInterest] | None:
    try:
        wire = _QUERY_PORTFOLIO_MARGIN_PRO_NEGATIVE_BALANCE_INTEREST_HISTORY.decode(body)
        return [_pm_pro_negative_balance_interest(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_PM_PRO_REPAY_FUTURES_NEGATIVE_BALANCE = msgspec.json.Decoder(PmProMessageWire)


def pm_pro_repay_futures_negative_balance(body: bytes) -> PmProMessage | None:
    try:
        wire = _PM_PRO_REPAY_FUTURES_NEGATIVE_BALANCE.decode(body)
        return _pm_pro_message(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_TRANSFER_LDUSDT_RWUSD_FOR_PORTFOLIO_MARGIN = msgspec.json.Decoder(PmProMessageWire)


def transfer_ldusdt_rwusd_for_portfolio_margin(body: bytes) -> PmProMessage | None:
    try:
        wire = _TRANSFER_LDUSDT_RWUSD_FOR_PORTFOLIO_MARGIN.decode(body)
        return _pm_pro_message(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_PORTFOLIO_MARGIN_ASSET_LEVERAGE = msgspec.json.Decoder(list[PmProAssetLeverageWire])


def get_portfolio_margin_asset_leverage(body: bytes) -> list[PmProAssetLeverage] | None:
    try:
        wire = _GET_PORTFOLIO_MARGIN_ASSET_LEVERAGE.decode(body)
        return [_pm_pro_asset_leverage(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_PORTFOLIO_MARGIN_ASSET_INDEX_PRICE = msgspec.json.Decoder(list[PmProAssetIndexPriceWire])


def query_portfolio_margin_asset_index_price(body: bytes) -> list[PmProAssetIndexPrice] | None:
    try:
        wire = _QUERY_PORTFOLIO_MARGIN_ASSET_INDEX_PRICE.decode(body)
        return [_pm_pro_asset_index_price(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_UM_LEVERAGE_BRACKETS = msgspec.json.Decoder(list[UmLeverageBracketWire])


def get_um_leverage_brackets(body: bytes) -> list[UmLeverageBracket] | None:
    try:
        wire = _GET_UM_LEVERAGE_BRACKETS.decode(body)
        return [_um_leverage_bracket(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_CM_INCOME_HISTORY = msgspec.json.Decoder(list[PmIncomeRecordWire])


def get_cm_income_history(body: bytes) -> list[PmIncomeRecord] | None:
    try:
        wire = _GET_CM_INCOME_HISTORY.decode(body)
        return [_pm_income_record(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_UM_INCOME_HISTORY = msgspec.json.Decoder(list[PmIncomeRecordWire])


def get_um_income_history(body: bytes) -> list[PmIncomeRecord] | None:
    try:
        wire = _GET_UM_INCOME_HISTORY.decode(body)
        return [_pm_income_record(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_DOWNLOAD_ID_FOR_UM_FUTURES_ORDER_HISTORY = msgspec.json.Decoder(UmDownloadIdWire)


def get_download_id_for_um_futures_order_history(body: bytes) -> UmDownloadId | None:
    try:
        wire = _GET_DOWNLOAD_ID_FOR_UM_FUTURES_ORDER_HISTORY.decode(body)
        return _um_download_id(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_DOWNLOAD_ID_FOR_UM_FUTURES_TRADE_HISTORY = msgspec.json.Decoder(UmDownloadIdWire)


def get_download_id_for_um_futures_trade_history(body: bytes) -> UmDownloadId | None:
    try:
        wire = _GET_DOWNLOAD_ID_FOR_UM_FUTURES_TRADE_HISTORY.decode(body)
        return _um_download_id(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_DOWNLOAD_ID_FOR_UM_FUTURES_TRANSACTION_HISTORY = msgspec.json.Decoder(UmDownloadIdWire)


def get_download_id_for_um_futures_transaction_history(body: bytes) -> UmDownloadId | None:
    try:
        wire = _GET_DOWNLOAD_ID_FOR_UM_FUTURES_TRANSACTION_HISTORY.decode(body)
        return _um_download_id(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_USER_RATE_LIMIT = msgspec.json.Decoder(list[PmOrderRateLimitWire])


def query_user_rate_limit(body: bytes) -> list[PmOrderRateLimit] | None:
    try:
        wire = _QUERY_USER_RATE_LIMIT.decode(body)
        return [_pm_order_rate_limit(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_TEST_CONNECTIVITY = msgspec.json.Decoder(EmptyObjectWire)


def test_connectivity(body: bytes) -> EmptyObject | None:
    try:
        wire = _TEST_CONNECTIVITY.decode(body)
        return _empty_object(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_KEEPALIVE_USER_DATA_STREAM = msgspec.json.Decoder(EmptyObjectWire)


def keepalive_user_data_stream(body: bytes) -> EmptyObject | None:
    try:
        wire = _KEEPALIVE_USER_DATA_STREAM.decode(body)
        return _empty_object(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_START_USER_DATA_STREAM = msgspec.json.Decoder(PmListenKeyWire)


def start_user_data_stream(body: bytes) -> PmListenKey | None:
    try:
        wire = _START_USER_DATA_STREAM.decode(body)
        return _pm_listen_key(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_CLOSE_USER_DATA_STREAM = msgspec.json.Decoder(EmptyObjectWire)


def close_user_data_stream(body: bytes) -> EmptyObject | None:
    try:
        wire = _CLOSE_USER_DATA_STREAM.decode(body)
        return _empty_object(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_BNB_TRANSFER = msgspec.json.Decoder(PmBnbTransferResultWire)


def bnb_transfer(body: bytes) -> PmBnbTransferResult | None:
    try:
        wire = _BNB_TRANSFER.decode(body)
        return _pm_bnb_transfer_result(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_AUTO_REPAY_FUTURES_STATUS = msgspec.json.Decoder(PmAutoRepayFuturesStatusWire)


def get_auto_repay_futures_status(body: bytes) -> PmAutoRepayFuturesStatus | None:
    try:
        wire = _GET_AUTO_REPAY_FUTURES_STATUS.decode(body)
        return _pm_auto_repay_futures_status(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_CHANGE_AUTO_REPAY_FUTURES_STATUS = msgspec.json.Decoder(PmFundsActionResultWire)


def change_auto_repay_futures_status(body: bytes) -> PmFundsActionResult | None:
    try:
        wire = _CHANGE_AUTO_REPAY_FUTURES_STATUS.decode(body)
        return _pm_funds_action_result(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_FUND_AUTO_COLLECTION = msgspec.json.Decoder(PmFundsActionResultWire)


def fund_auto_collection(body: bytes) -> PmFundsActionResult | None:
    try:
        wire = _FUND_AUTO_COLLECTION.decode(body)
        return _pm_funds_action_result(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_FUND_COLLECTION_BY_ASSET = msgspec.json.Decoder(PmFundsActionResultWire)


def fund_collection_by_asset(body: bytes) -> PmFundsActionResult | None:
    try:
        wire = _FUND_COLLECTION_BY_ASSET.decode(body)
        return _pm_funds_action_result(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_MARGIN_BORROW_LOAN_INTEREST_HISTORY = msgspec.json.Decoder(PmMarginInterestHistoryWire)


def get_margin_borrow_loan_interest_history(body: bytes) -> PmMarginInterestHistory | None:
    try:
        wire = _GET_MARGIN_BORROW_LOAN_INTEREST_HISTORY.decode(body)
        return _pm_margin_interest_history(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_MARGIN_MAX_BORROW = msgspec.json.Decoder(PmMarginMaxBorrowWire)


def margin_max_borrow(body: bytes) -> PmMarginMaxBorrow | None:
    try:
        wire = _MARGIN_MAX_BORROW.decode(body)
        return _pm_margin_max_borrow(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_MARGIN_LOAN_RECORD = msgspec.json.Decoder(PmMarginLoanRecordPageWire)


def query_margin_loan_record(body: bytes) -> PmMarginLoanRecordPage | None:
    try:
        wire = _QUERY_MARGIN_LOAN_RECORD.decode(body)
        return _pm_margin_loan_record_page(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_MARGIN_MAX_WITHDRAW = msgspec.json.Decoder(PmMarginMaxWithdrawWire)


def query_margin_max_withdraw(body: bytes) -> PmMarginMaxWithdraw | None:
    try:
        wire = _QUERY_MARGIN_MAX_WITHDRAW.decode(body)
        return _pm_margin_max_withdraw(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_MARGIN_REPAY_RECORD = msgspec.json.Decoder(PmMarginRepayRecordPageWire)


def query_margin_repay_record(body: bytes) -> PmMarginRepayRecordPage | None:
    try:
        wire = _QUERY_MARGIN_REPAY_RECORD.decode(body)
        return _pm_margin_repay_record_page(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_PORTFOLIO_MARGIN_NEGATIVE_BALANCE_INTEREST_HISTORY = msgspec.json.Decoder(list[PmNegativeBalanceInterestWire])


def query_portfolio_margin_negative_balance_interest_history(body: bytes) -> list[PmNegativeBalanceInterest] | None:
    try:
        wire = _QUERY_PORTFOLIO_MARGIN_NEGATIVE_BALANCE_INTEREST_HISTORY.decode(body)
        return [_pm_negative_balance_interest(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_USER_NEGATIVE_BALANCE_AUTO_EXCHANGE_RECORD = msgspec.json.Decoder(PmNegativeBalanceExchangeRecordPageWire)


def query_user_negative_balance_auto_exchange_record(body: bytes) -> PmNegativeBalanceExchangeRecordPage | None:
    try:
        wire = _QUERY_USER_NEGATIVE_BALANCE_AUTO_EXCHANGE_RECORD.decode(body)
        return _pm_negative_balance_exchange_record_page(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_REPAY_FUTURES_NEGATIVE_BALANCE = msgspec.json.Decoder(PmFundsActionResultWire)


def repay_futures_negative_balance(body: bytes) -> PmFundsActionResult | None:
    try:
        wire = _REPAY_FUTURES_NEGATIVE_BALANCE.decode(body)
        return _pm_funds_action_result(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_CANCEL_UM_ALGO_ORDER = msgspec.json.Decoder(UmAlgoCancelResultWire)


def cancel_um_algo_order(body: bytes) -> UmAlgoCancelResult | None:
    try:
        wire = _CANCEL_UM_ALGO_ORDER.decode(body)
        return _um_algo_cancel_result(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_CANCEL_ALL_UM_ALGO_OPEN_ORDERS = msgspec.json.Decoder(SuccessResultWire)


def cancel_all_um_algo_open_orders(body: bytes) -> SuccessResult | None:
    try:
        wire = _CANCEL_ALL_UM_ALGO_OPEN_ORDERS.decode(body)
        return _success_result(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_NEW_CM_CONDITIONAL_ORDER = msgspec.json.Decoder(CmConditionalOrderWire)


def new_cm_conditional_order(body: bytes) -> CmConditionalOrder | None:
    try:
        wire = _NEW_CM_CONDITIONAL_ORDER.decode(body)
        return _cm_conditional_order(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_CANCEL_CM_CONDITIONAL_ORDER = msgspec.json.Decoder(CmConditionalOrderWire)


def cancel_cm_conditional_order(body: bytes) -> CmConditionalOrder | None:
    try:
        wire = _CANCEL_CM_CONDITIONAL_ORDER.decode(body)
        return _cm_conditional_order(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_CURRENT_CM_OPEN_CONDITIONAL_ORDER = msgspec.json.Decoder(CmConditionalOrderWire)


def query_current_cm_open_conditional_order(body: bytes) -> CmConditionalOrder | None:
    try:
        wire = _QUERY_CURRENT_CM_OPEN_CONDITIONAL_ORDER.decode(body)
        return _cm_conditional_order(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_ALL_CURRENT_CM_OPEN_CONDITIONAL_ORDERS = msgspec.json.Decoder(list[CmConditionalOrderWire])


def query_all_current_cm_open_conditional_orders(body: bytes) -> list[CmConditionalOrder] | None:
    try:
        wire = _QUERY_ALL_CURRENT_CM_OPEN_CONDITIONAL_ORDERS.decode(body)
        return [_cm_conditional_order(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_ALL_CM_CONDITIONAL_ORDERS = msgspec.json.Decoder(list[CmConditionalOrderWire])


def query_all_cm_conditional_orders(body: bytes) -> list[CmConditionalOrder] | None:
    try:
        wire = _QUERY_ALL_CM_CONDITIONAL_ORDERS.decode(body)
        return [_cm_conditional_order(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_CM_CONDITIONAL_ORDER_HISTORY = msgspec.json.Decoder(CmConditionalOrderWire)


def query_cm_conditional_order_history(body: bytes) -> CmConditionalOrder | None:
    try:
        wire = _QUERY_CM_CONDITIONAL_ORDER_HISTORY.decode(body)
        return _cm_conditional_order(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_CM_ORDER = msgspec.json.Decoder(CmOrderWire)


def query_cm_order(body: bytes) -> CmOrder | None:
    try:
        wire = _QUERY_CM_ORDER.decode(body)
        return _cm_order(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_MODIFY_CM_ORDER = msgspec.json.Decoder(CmOrderWire)


def modify_cm_order(body: bytes) -> CmOrder | None:
    try:
        wire = _MODIFY_CM_ORDER.decode(body)
        return _cm_order(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_NEW_CM_ORDER = msgspec.json.Decoder(CmOrderWire)


def new_cm_order(body: bytes) -> CmOrder | None:
    try:
        wire = _NEW_CM_ORDER.decode(body)
        return _cm_order(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_CANCEL_CM_ORDER = msgspec.json.Decoder(CmOrderWire)


def cancel_cm_order(body: bytes) -> CmOrder | None:
    try:
        wire = _CANCEL_CM_ORDER.decode(body)
        return _cm_order(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_CANCEL_ALL_CM_OPEN_ORDERS = msgspec.json.Decoder(SuccessResultWire)


def cancel_all_cm_open_orders(body: bytes) -> SuccessResult | None:
    try:
        wire = _CANCEL_ALL_CM_OPEN_ORDERS.decode(body)
        return _success_result(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_CM_ACCOUNT_TRADE_LIST = msgspec.json.Decoder(list[CmTradeWire])


def cm_account_trade_list(body: bytes) -> list[CmTrade] | None:
    try:
        wire = _CM_ACCOUNT_TRADE_LIST.decode(body)
        return [_cm_trade(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_CM_POSITION_ADL_QUANTILE_ESTIMATION = msgspec.json.Decoder(list[CmAdlQuantileWire])


def cm_position_adl_quantile_estimation(body: bytes) -> list[CmAdlQuantile] | None:
    try:
        wire = _CM_POSITION_ADL_QUANTILE_ESTIMATION.decode(body)
        return [_cm_adl_quantile(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_ALL_CM_ORDERS = msgspec.json.Decoder(list[CmOrderWire])


def query_all_cm_orders(body: bytes) -> list[CmOrder] | None:
    try:
        wire = _QUERY_ALL_CM_ORDERS.decode(body)
        return [_cm_order(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_ALL_CURRENT_CM_OPEN_ORDERS = msgspec.json.Decoder(list[CmOrderWire])


def query_all_current_cm_open_orders(body: bytes) -> list[CmOrder] | None:
    try:
        wire = _QUERY_ALL_CURRENT_CM_OPEN_ORDERS.decode(body)
        return [_cm_order(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_CURRENT_CM_OPEN_ORDER = msgspec.json.Decoder(CmOrderWire)


def query_current_cm_open_order(body: bytes) -> CmOrder | None:
    try:
        wire = _QUERY_CURRENT_CM_OPEN_ORDER.decode(body)
        return _cm_order(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_CM_MODIFY_ORDER_HISTORY = msgspec.json.Decoder(list[CmOrderAmendmentWire])


def query_cm_modify_order_history(body: bytes) -> list[CmOrderAmendment] | None:
    try:
        wire = _QUERY_CM_MODIFY_ORDER_HISTORY.decode(body)
        return [_cm_order_amendment(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_USERS_CM_FORCE_ORDERS = msgspec.json.Decoder(list[CmForceOrderWire])


def query_users_cm_force_orders(body: bytes) -> list[CmForceOrder] | None:
    try:
        wire = _QUERY_USERS_CM_FORCE_ORDERS.decode(body)
        return [_cm_force_order(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_ACCOUNT_INFORMATION = msgspec.json.Decoder(PmAccountInformationWire)


def account_information(body: bytes) -> PmAccountInformation | None:
    try:
        wire = _ACCOUNT_INFORMATION.decode(body)
        return _pm_account_information(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_CHANGE_CM_INITIAL_LEVERAGE = msgspec.json.Decoder(CmLeverageChangeWire)


def change_cm_initial_leverage(body: bytes) -> CmLeverageChange | None:
    try:
        wire = _CHANGE_CM_INITIAL_LEVERAGE.decode(body)
        return _cm_leverage_change(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_CM_CURRENT_POSITION_MODE = msgspec.json.Decoder(PmPositionModeWire)


def get_cm_current_position_mode(body: bytes) -> PmPositionMode | None:
    try:
        wire = _GET_CM_CURRENT_POSITION_MODE.decode(body)
        return _pm_position_mode(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_CHANGE_CM_POSITION_MODE = msgspec.json.Decoder(SuccessResultWire)


def change_cm_position_mode(body: bytes) -> SuccessResult | None:
    try:
        wire = _CHANGE_CM_POSITION_MODE.decode(body)
        return _success_result(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_CHANGE_UM_INITIAL_LEVERAGE = msgspec.json.Decoder(UmLeverageChangeWire)


def change_um_initial_leverage(body: bytes) -> UmLeverageChange | None:
    try:
        wire = _CHANGE_UM_INITIAL_LEVERAGE.decode(body)
        return _um_leverage_change(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_UM_CURRENT_POSITION_MODE = msgspec.json.Decoder(PmPositionModeWire)


def get_um_current_position_mode(body: bytes) -> PmPositionMode | None:
    try:
        wire = _GET_UM_CURRENT_POSITION_MODE.decode(body)
        return _pm_position_mode(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_CHANGE_UM_POSITION_MODE = msgspec.json.Decoder(SuccessResultWire)


def change_um_position_mode(body: bytes) -> SuccessResult | None:
    try:
        wire = _CHANGE_UM_POSITION_MODE.decode(body)
        return _success_result(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_CM_NOTIONAL_AND_LEVERAGE_BRACKETS = msgspec.json.Decoder(list[CmLeverageBracketWire])


def cm_notional_and_leverage_brackets(body: bytes) -> list[CmLeverageBracket] | None:
    try:
        wire = _CM_NOTIONAL_AND_LEVERAGE_BRACKETS.decode(body)
        return [_cm_leverage_bracket(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_CM_ACCOUNT_DETAIL = msgspec.json.Decoder(CmAccountDetailWire)


def get_cm_account_detail(body: bytes) -> CmAccountDetail | None:
    try:
        wire = _GET_CM_ACCOUNT_DETAIL.decode(body)
        return _cm_account_detail(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_UM_ACCOUNT_DETAIL = msgspec.json.Decoder(UmAccountDetailWire)


def get_um_account_detail(body: bytes) -> UmAccountDetail | None:
    try:
        wire = _GET_UM_ACCOUNT_DETAIL.decode(body)
        return _um_account_detail(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_UM_ACCOUNT_DETAIL_V2 = msgspec.json.Decoder(UmAccountDetailV2Wire)


def get_um_account_detail_v2(body: bytes) -> UmAccountDetailV2 | None:
    try:
        wire = _GET_UM_ACCOUNT_DETAIL_V2.decode(body)
        return _um_account_detail_v2(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_USER_COMMISSION_RATE_FOR_CM = msgspec.json.Decoder(PmCommissionRateWire)


def get_user_commission_rate_for_cm(body: bytes) -> PmCommissionRate | None:
    try:
        wire = _GET_USER_COMMISSION_RATE_FOR_CM.decode(body)
        return _pm_commission_rate(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_USER_COMMISSION_RATE_FOR_UM = msgspec.json.Decoder(PmCommissionRateWire)


def get_user_commission_rate_for_um(body: bytes) -> PmCommissionRate | None:
    try:
        wire = _GET_USER_COMMISSION_RATE_FOR_UM.decode(body)
        return _pm_commission_rate(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_PORTFOLIO_MARGIN_UM_TRADING_QUANTITATIVE_RULES_INDICATORS = msgspec.json.Decoder(UmTradingRulesIndicatorsWire)


def portfolio_margin_um_trading_quantitative_rules_indicators(body: bytes) -> UmTradingRulesIndicators | None:
    try:
        wire = _PORTFOLIO_MARGIN_UM_TRADING_QUANTITATIVE_RULES_INDICATORS.decode(body)
        return _um_trading_rules_indicators(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_CM_POSITION_INFORMATION = msgspec.json.Decoder(list[CmPositionWire])


def query_cm_position_information(body: bytes) -> list[CmPosition] | None:
    try:
        wire = _QUERY_CM_POSITION_INFORMATION.decode(body)
        return [_cm_position(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_UM_POSITION_INFORMATION = msgspec.json.Decoder(list[UmPositionWire])


def query_um_position_information(body: bytes) -> list[UmPosition] | None:
    try:
        wire = _QUERY_UM_POSITION_INFORMATION.decode(body)
        return [_um_position(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_UM_FUTURES_ACCOUNT_CONFIGURATION = msgspec.json.Decoder(UmAccountConfigWire)


def um_futures_account_configuration(body: bytes) -> UmAccountConfig | None:
    try:
        wire = _UM_FUTURES_ACCOUNT_CONFIGURATION.decode(body)
        return _um_account_config(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_UM_FUTURES_SYMBOL_CONFIGURATION = msgspec.json.Decoder(list[UmSymbolConfigWire])


def um_futures_symbol_configuration(body: bytes) -> list[UmSymbolConfig] | None:
    try:
        wire = _UM_FUTURES_SYMBOL_CONFIGURATION.decode(body)
        return [_um_symbol_config(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_UM_ORDER = msgspec.json.Decoder(UmOrderWire)


def query_um_order(body: bytes) -> UmOrder | None:
    try:
        wire = _QUERY_UM_ORDER.decode(body)
        return _um_order(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_MODIFY_UM_ORDER = msgspec.json.Decoder(UmOrderWire)


def modify_um_order(body: bytes) -> UmOrder | None:
    try:
        wire = _MODIFY_UM_ORDER.decode(body)
        return _um_order(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_NEW_UM_ORDER = msgspec.json.Decoder(UmOrderWire)


def new_um_order(body: bytes) -> UmOrder | None:
    try:
        wire = _NEW_UM_ORDER.decode(body)
        return _um_order(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_CANCEL_UM_ORDER = msgspec.json.Decoder(UmOrderWire)


def cancel_um_order(body: bytes) -> UmOrder | None:
    try:
        wire = _CANCEL_UM_ORDER.decode(body)
        return _um_order(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_CANCEL_ALL_UM_OPEN_ORDERS = msgspec.json.Decoder(SuccessResultWire)


def cancel_all_um_open_orders(body: bytes) -> SuccessResult | None:
    try:
        wire = _CANCEL_ALL_UM_OPEN_ORDERS.decode(body)
        return _success_result(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_CURRENT_UM_OPEN_ORDER = msgspec.json.Decoder(UmOrderWire)


def query_current_um_open_order(body: bytes) -> UmOrder | None:
    try:
        wire = _QUERY_CURRENT_UM_OPEN_ORDER.decode(body)
        return _um_order(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_ALL_CURRENT_UM_OPEN_ORDERS = msgspec.json.Decoder(list[UmOrderWire])


def query_all_current_um_open_orders(body: bytes) -> list[UmOrder] | None:
    try:
        wire = _QUERY_ALL_CURRENT_UM_OPEN_ORDERS.decode(body)
        return [_um_order(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_ALL_UM_ORDERS = msgspec.json.Decoder(list[UmOrderWire])


def query_all_um_orders(body: bytes) -> list[UmOrder] | None:
    try:
        wire = _QUERY_ALL_UM_ORDERS.decode(body)
        return [_um_order(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_UM_MODIFY_ORDER_HISTORY = msgspec.json.Decoder(list[UmOrderAmendmentWire])


def query_um_modify_order_history(body: bytes) -> list[UmOrderAmendment] | None:
    try:
        wire = _QUERY_UM_MODIFY_ORDER_HISTORY.decode(body)
        return [_um_order_amendment(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_USERS_UM_FORCE_ORDERS = msgspec.json.Decoder(list[UmForceOrderWire])


def query_users_um_force_orders(body: bytes) -> list[UmForceOrder] | None:
    try:
        wire = _QUERY_USERS_UM_FORCE_ORDERS.decode(body)
        return [_um_force_order(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_UM_ACCOUNT_TRADE_LIST = msgspec.json.Decoder(list[UmTradeWire])


def um_account_trade_list(body: bytes) -> list[UmTrade] | None:
    try:
        wire = _UM_ACCOUNT_TRADE_LIST.decode(body)
        return [_um_trade(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_UM_POSITION_ADL_QUANTILE_ESTIMATION = msgspec.json.Decoder(list[UmAdlQuantileWire])


def um_position_adl_quantile_estimation(body: bytes) -> list[UmAdlQuantile] | None:
    try:
        wire = _UM_POSITION_ADL_QUANTILE_ESTIMATION.decode(body)
        return [_um_adl_quantile(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_GET_UM_FUTURES_BNB_BURN_STATUS = msgspec.json.Decoder(UmFeeBurnStatusWire)


def get_um_futures_bnb_burn_status(body: bytes) -> UmFeeBurnStatus | None:
    try:
        wire = _GET_UM_FUTURES_BNB_BURN_STATUS.decode(body)
        return _um_fee_burn_status(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_TOGGLE_BNB_BURN_ON_UM_FUTURES_TRADE = msgspec.json.Decoder(SuccessResultWire)


def toggle_bnb_burn_on_um_futures_trade(body: bytes) -> SuccessResult | None:
    try:
        wire = _TOGGLE_BNB_BURN_ON_UM_FUTURES_TRADE.decode(body)
        return _success_result(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_FUTURES_TRADFI_PERPS_CONTRACT = msgspec.json.Decoder(SuccessResultWire)


def futures_tradfi_perps_contract(body: bytes) -> SuccessResult | None:
    try:
        wire = _FUTURES_TRADFI_PERPS_CONTRACT.decode(body)
        return _success_result(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_MARGIN_ACCOUNT_BORROW = msgspec.json.Decoder(MarginLoanTransactionWire)


def margin_account_borrow(body: bytes) -> MarginLoanTransaction | None:
    try:
        wire = _MARGIN_ACCOUNT_BORROW.decode(body)
        return _margin_loan_transaction(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_MARGIN_ACCOUNT_REPAY = msgspec.json.Decoder(MarginLoanTransactionWire)


def margin_account_repay(body: bytes) -> MarginLoanTransaction | None:
    try:
        wire = _MARGIN_ACCOUNT_REPAY.decode(body)
        return _margin_loan_transaction(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_MARGIN_ACCOUNT_REPAY_DEBT = msgspec.json.Decoder(MarginRepayDebtResultWire)


def margin_account_repay_debt(body: bytes) -> MarginRepayDebtResult | None:
    try:
        wire = _MARGIN_ACCOUNT_REPAY_DEBT.decode(body)
        return _margin_repay_debt_result(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None


_MARGIN_ACCOUNT_TRADE_LIST = msgspec.json.Decoder(list[MarginTradeWire])


def margin_account_trade_list(body: bytes) -> list[MarginTrade] | None:
    try:
        wire = _MARGIN_ACCOUNT_TRADE_LIST.decode(body)
        return [_margin_trade(item) for item in wire]
    except (msgspec.DecodeError, _Mismatch):
        return None


_QUERY_USERS_MARGIN_FORCE_ORDERS = msgspec.json.Decoder(MarginForceOrderPageWire)


def query_users_margin_force_orders(body: bytes) -> MarginForceOrderPage | None:
    try:
        wire = _QUERY_USERS_MARGIN_FORCE_ORDERS.decode(body)
        return _margin_force_order_page(wire)
    except (msgspec.DecodeError, _Mismatch):
        return None
