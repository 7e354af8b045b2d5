"""The data models of every answer (attrs classes) and enums (tolerant ``StrEnum`` classes).

Each model is imported on first use, not with this package: an operation loads only the
models its answer needs, so the import cost stays flat as the spec grows.
``from binance_pm.models import UmOrder`` works as usual.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_config_update_event import AccountConfigUpdateEvent
    from .account_status import AccountStatus
    from .account_type import AccountType
    from .account_update_balance import AccountUpdateBalance
    from .account_update_data import AccountUpdateData
    from .account_update_event import AccountUpdateEvent
    from .account_update_position import AccountUpdatePosition
    from .algo_order_update import AlgoOrderUpdate
    from .algo_status import AlgoStatus
    from .algo_update_event import AlgoUpdateEvent
    from .auto_close_type import AutoCloseType
    from .balance_update_event import BalanceUpdateEvent
    from .binance_error import BinanceError
    from .boolean_text import BooleanText
    from .cm_account_detail import CmAccountDetail
    from .cm_account_position import CmAccountPosition
    from .cm_adl_quantile import CmAdlQuantile
    from .cm_adl_quantile_scores import CmAdlQuantileScores
    from .cm_amended_value import CmAmendedValue
    from .cm_bracket import CmBracket
    from .cm_conditional_cancel_all_result import CmConditionalCancelAllResult
    from .cm_conditional_order import CmConditionalOrder
    from .cm_conditional_strategy_status import CmConditionalStrategyStatus
    from .cm_conditional_strategy_type import CmConditionalStrategyType
    from .cm_force_order import CmForceOrder
    from .cm_leverage_bracket import CmLeverageBracket
    from .cm_leverage_change import CmLeverageChange
    from .cm_order import CmOrder
    from .cm_order_amendment import CmOrderAmendment
    from .cm_order_amendment_detail import CmOrderAmendmentDetail
    from .cm_position import CmPosition
    from .cm_trade import CmTrade
    from .collateral_rate import CollateralRate
    from .collateral_tier import CollateralTier
    from .conditional_order_trade_update_event import ConditionalOrderTradeUpdateEvent
    from .conditional_order_update import ConditionalOrderUpdate
    from .empty_object import EmptyObject
    from .execution_report_event import ExecutionReportEvent
    from .execution_type import ExecutionType
    from .futures_business_unit import FuturesBusinessUnit
    from .futures_order_type import FuturesOrderType
    from .futures_order_update import FuturesOrderUpdate
    from .income_type import IncomeType
    from .leverage_update import LeverageUpdate
    from .liability_change_event import LiabilityChangeEvent
    from .listen_key_expired_event import ListenKeyExpiredEvent
    from .margin_balance import MarginBalance
    from .margin_contingency_type import MarginContingencyType
    from .margin_force_order import MarginForceOrder
    from .margin_force_order_page import MarginForceOrderPage
    from .margin_list_order_status import MarginListOrderStatus
    from .margin_list_status_type import MarginListStatusType
    from .margin_loan_transaction import MarginLoanTransaction
    from .margin_order import MarginOrder
    from .margin_order_fill import MarginOrderFill
    from .margin_order_list import MarginOrderList
    from .margin_order_list_order import MarginOrderListOrder
    from .margin_order_type import MarginOrderType
    from .margin_repay_debt_result import MarginRepayDebtResult
    from .margin_trade import MarginTrade
    from .open_order_loss_event import OpenOrderLossEvent
    from .open_order_loss_item import OpenOrderLossItem
    from .order_status import OrderStatus
    from .order_trade_update_event import OrderTradeUpdateEvent
    from .outbound_account_position_event import OutboundAccountPositionEvent
    from .pm_account_information import PmAccountInformation
    from .pm_auto_repay_futures_status import PmAutoRepayFuturesStatus
    from .pm_balance import PmBalance
    from .pm_bnb_transfer_result import PmBnbTransferResult
    from .pm_bnb_transfer_side import PmBnbTransferSide
    from .pm_commission_rate import PmCommissionRate
    from .pm_funds_action_result import PmFundsActionResult
    from .pm_futures_asset import PmFuturesAsset
    from .pm_income_record import PmIncomeRecord
    from .pm_listen_key import PmListenKey
    from .pm_margin_interest_history import PmMarginInterestHistory
    from .pm_margin_interest_record import PmMarginInterestRecord
    from .pm_margin_interest_type import PmMarginInterestType
    from .pm_margin_loan_record import PmMarginLoanRecord
    from .pm_margin_loan_record_page import PmMarginLoanRecordPage
    from .pm_margin_loan_status import PmMarginLoanStatus
    from .pm_margin_max_borrow import PmMarginMaxBorrow
    from .pm_margin_max_withdraw import PmMarginMaxWithdraw
    from .pm_margin_repay_record import PmMarginRepayRecord
    from .pm_margin_repay_record_page import PmMarginRepayRecordPage
    from .pm_negative_balance_exchange_detail import PmNegativeBalanceExchangeDetail
    from .pm_negative_balance_exchange_record import PmNegativeBalanceExchangeRecord
    from .pm_negative_balance_exchange_record_page import PmNegativeBalanceExchangeRecordPage
    from .pm_negative_balance_interest import PmNegativeBalanceInterest
    from .pm_order_rate_limit import PmOrderRateLimit
    from .pm_position_mode import PmPositionMode
    from .pm_pro_asset_index_price import PmProAssetIndexPrice
    from .pm_pro_asset_leverage import PmProAssetLeverage
    from .pm_pro_auto_repay_status import PmProAutoRepayStatus
    from .pm_pro_balance import PmProBalance
    from .pm_pro_bankruptcy_loan import PmProBankruptcyLoan
    from .pm_pro_bankruptcy_loan_repay_history import PmProBankruptcyLoanRepayHistory
    from .pm_pro_bankruptcy_loan_repayment import PmProBankruptcyLoanRepayment
    from .pm_pro_bnb_transfer_side import PmProBnbTransferSide
    from .pm_pro_delta_mode_status import PmProDeltaModeStatus
    from .pm_pro_earn_asset import PmProEarnAsset
    from .pm_pro_earn_asset_balance import PmProEarnAssetBalance
    from .pm_pro_earn_transfer_type import PmProEarnTransferType
    from .pm_pro_margin_call_level import PmProMarginCallLevel
    from .pm_pro_message import PmProMessage
    from .pm_pro_negative_balance_interest import PmProNegativeBalanceInterest
    from .pm_pro_repay_source import PmProRepaySource
    from .pm_pro_risk_unit_maint_margin import PmProRiskUnitMaintMargin
    from .pm_pro_span_account import PmProSpanAccount
    from .pm_pro_transaction import PmProTransaction
    from .portfolio_margin_pro_account import PortfolioMarginProAccount
    from .position_side import PositionSide
    from .price_match import PriceMatch
    from .response_type import ResponseType
    from .risk_level import RiskLevel
    from .risk_level_change_event import RiskLevelChangeEvent
    from .self_trade_prevention_mode import SelfTradePreventionMode
    from .side import Side
    from .side_effect_type import SideEffectType
    from .success_result import SuccessResult
    from .tiered_collateral_rate import TieredCollateralRate
    from .time_in_force import TimeInForce
    from .um_account_config import UmAccountConfig
    from .um_account_detail import UmAccountDetail
    from .um_account_detail_v2 import UmAccountDetailV2
    from .um_account_position import UmAccountPosition
    from .um_account_position_v2 import UmAccountPositionV2
    from .um_adl_quantile import UmAdlQuantile
    from .um_adl_quantile_values import UmAdlQuantileValues
    from .um_algo_cancel_result import UmAlgoCancelResult
    from .um_algo_order import UmAlgoOrder
    from .um_algo_order_type import UmAlgoOrderType
    from .um_algo_status import UmAlgoStatus
    from .um_algo_type import UmAlgoType
    from .um_amended_value import UmAmendedValue
    from .um_bracket import UmBracket
    from .um_download_id import UmDownloadId
    from .um_download_link import UmDownloadLink
    from .um_download_status import UmDownloadStatus
    from .um_fee_burn_status import UmFeeBurnStatus
    from .um_force_order import UmForceOrder
    from .um_leverage_bracket import UmLeverageBracket
    from .um_leverage_change import UmLeverageChange
    from .um_margin_type import UmMarginType
    from .um_order import UmOrder
    from .um_order_amendment import UmOrderAmendment
    from .um_order_amendment_detail import UmOrderAmendmentDetail
    from .um_position import UmPosition
    from .um_symbol_config import UmSymbolConfig
    from .um_trade import UmTrade
    from .um_trading_rule_indicator import UmTradingRuleIndicator
    from .um_trading_rule_indicator_name import UmTradingRuleIndicatorName
    from .um_trading_rules_indicators import UmTradingRulesIndicators
    from .um_trading_rules_indicators_indicators import UmTradingRulesIndicatorsIndicators
    from .working_type import WorkingType

# Each public name -> the module that defines it.
_MODULES = {
    "AccountConfigUpdateEvent": ".account_config_update_event",
    "AccountStatus": ".account_status",
    "AccountType": ".account_type",
    "AccountUpdateBalance": ".account_update_balance",
    "AccountUpdateData": ".account_update_data",
    "AccountUpdateEvent": ".account_update_event",
    "AccountUpdatePosition": ".account_update_position",
    "AlgoOrderUpdate": ".algo_order_update",
    "AlgoStatus": ".algo_status",
    "AlgoUpdateEvent": ".algo_update_event",
    "AutoCloseType": ".auto_close_type",
    "BalanceUpdateEvent": ".balance_update_event",
    "BinanceError": ".binance_error",
    "BooleanText": ".boolean_text",
    "CmAccountDetail": ".cm_account_detail",
    "CmAccountPosition": ".cm_account_position",
    "CmAdlQuantile": ".cm_adl_quantile",
    "CmAdlQuantileScores": ".cm_adl_quantile_scores",
    "CmAmendedValue": ".cm_amended_value",
    "CmBracket": ".cm_bracket",
    "CmConditionalCancelAllResult": ".cm_conditional_cancel_all_result",
    "CmConditionalOrder": ".cm_conditional_order",
    "CmConditionalStrategyStatus": ".cm_conditional_strategy_status",
    "CmConditionalStrategyType": ".cm_conditional_strategy_type",
    "CmForceOrder": ".cm_force_order",
    "CmLeverageBracket": ".cm_leverage_bracket",
    "CmLeverageChange": ".cm_leverage_change",
    "CmOrder": ".cm_order",
    "CmOrderAmendment": ".cm_order_amendment",
    "CmOrderAmendmentDetail": ".cm_order_amendment_detail",
    "CmPosition": ".cm_position",
    "CmTrade": ".cm_trade",
    "CollateralRate": ".collateral_rate",
    "CollateralTier": ".collateral_tier",
    "ConditionalOrderTradeUpdateEvent": ".conditional_order_trade_update_event",
    "ConditionalOrderUpdate": ".conditional_order_update",
    "EmptyObject": ".empty_object",
    "ExecutionReportEvent": ".execution_report_event",
    "ExecutionType": ".execution_type",
    "FuturesBusinessUnit": ".futures_business_unit",
    "FuturesOrderType": ".futures_order_type",
    "FuturesOrderUpdate": ".futures_order_update",
    "IncomeType": ".income_type",
    "LeverageUpdate": ".leverage_update",
    "LiabilityChangeEvent": ".liability_change_event",
    "ListenKeyExpiredEvent": ".listen_key_expired_event",
    "MarginBalance": ".margin_balance",
    "MarginContingencyType": ".margin_contingency_type",
    "MarginForceOrder": ".margin_force_order",
    "MarginForceOrderPage": ".margin_force_order_page",
    "MarginListOrderStatus": ".margin_list_order_status",
    "MarginListStatusType": ".margin_list_status_type",
    "MarginLoanTransaction": ".margin_loan_transaction",
    "MarginOrder": ".margin_order",
    "MarginOrderFill": ".margin_order_fill",
    "MarginOrderList": ".margin_order_list",
    "MarginOrderListOrder": ".margin_order_list_order",
    "MarginOrderType": ".margin_order_type",
    "MarginRepayDebtResult": ".margin_repay_debt_result",
    "MarginTrade": ".margin_trade",
    "OpenOrderLossEvent": ".open_order_loss_event",
    "OpenOrderLossItem": ".open_order_loss_item",
    "OrderStatus": ".order_status",
    "OrderTradeUpdateEvent": ".order_trade_update_event",
    "OutboundAccountPositionEvent": ".outbound_account_position_event",
    "PmAccountInformation": ".pm_account_information",
    "PmAutoRepayFuturesStatus": ".pm_auto_repay_futures_status",
    "PmBalance": ".pm_balance",
    "PmBnbTransferResult": ".pm_bnb_transfer_result",
    "PmBnbTransferSide": ".pm_bnb_transfer_side",
    "PmCommissionRate": ".pm_commission_rate",
    "PmFundsActionResult": ".pm_funds_action_result",
    "PmFuturesAsset": ".pm_futures_asset",
    "PmIncomeRecord": ".pm_income_record",
    "PmListenKey": ".pm_listen_key",
    "PmMarginInterestHistory": ".pm_margin_interest_history",
    "PmMarginInterestRecord": ".pm_margin_interest_record",
    "PmMarginInterestType": ".pm_margin_interest_type",
    "PmMarginLoanRecord": ".pm_margin_loan_record",
    "PmMarginLoanRecordPage": ".pm_margin_loan_record_page",
    "PmMarginLoanStatus": ".pm_margin_loan_status",
    "PmMarginMaxBorrow": ".pm_margin_max_borrow",
    "PmMarginMaxWithdraw": ".pm_margin_max_withdraw",
    "PmMarginRepayRecord": ".pm_margin_repay_record",
    "PmMarginRepayRecordPage": ".pm_margin_repay_record_page",
    "PmNegativeBalanceExchangeDetail": ".pm_negative_balance_exchange_detail",
    "PmNegativeBalanceExchangeRecord": ".pm_negative_balance_exchange_record",
    "PmNegativeBalanceExchangeRecordPage": ".pm_negative_balance_exchange_record_page",
    "PmNegativeBalanceInterest": ".pm_negative_balance_interest",
    "PmOrderRateLimit": ".pm_order_rate_limit",
    "PmPositionMode": ".pm_position_mode",
    "PmProAssetIndexPrice": ".pm_pro_asset_index_price",
    "PmProAssetLeverage": ".pm_pro_asset_leverage",
    "PmProAutoRepayStatus": ".pm_pro_auto_repay_status",
    "PmProBalance": ".pm_pro_balance",
    "PmProBankruptcyLoan": ".pm_pro_bankruptcy_loan",
    "PmProBankruptcyLoanRepayHistory": ".pm_pro_bankruptcy_loan_repay_history",
    "PmProBankruptcyLoanRepayment": ".pm_pro_bankruptcy_loan_repayment",
    "PmProBnbTransferSide": ".pm_pro_bnb_transfer_side",
    "PmProDeltaModeStatus": ".pm_pro_delta_mode_status",
    "PmProEarnAsset": ".pm_pro_earn_asset",
    "PmProEarnAssetBalance": ".pm_pro_earn_asset_balance",
    "PmProEarnTransferType": ".pm_pro_earn_transfer_type",
    "PmProMarginCallLevel": ".pm_pro_margin_call_level",
    "PmProMessage": ".pm_pro_message",
    "PmProNegativeBalanceInterest": ".pm_pro_negative_balance_interest",
    "PmProRepaySource": ".pm_pro_repay_source",
    "PmProRiskUnitMaintMargin": ".pm_pro_risk_unit_maint_margin",
    "PmProSpanAccount": ".pm_pro_span_account",
    "PmProTransaction": ".pm_pro_transaction",
    "PortfolioMarginProAccount": ".portfolio_margin_pro_account",
    "PositionSide": ".position_side",
    "PriceMatch": ".price_match",
    "ResponseType": ".response_type",
    "RiskLevel": ".risk_level",
    "RiskLevelChangeEvent": ".risk_level_change_event",
    "SelfTradePreventionMode": ".self_trade_prevention_mode",
    "Side": ".side",
    "SideEffectType": ".side_effect_type",
    "SuccessResult": ".success_result",
    "TieredCollateralRate": ".tiered_collateral_rate",
    "TimeInForce": ".time_in_force",
    "UmAccountConfig": ".um_account_config",
    "UmAccountDetail": ".um_account_detail",
    "UmAccountDetailV2": ".um_account_detail_v2",
    "UmAccountPosition": ".um_account_position",
    "UmAccountPositionV2": ".um_account_position_v2",
    "UmAdlQuantile": ".um_adl_quantile",
    "UmAdlQuantileValues": ".um_adl_quantile_values",
    "UmAlgoCancelResult": ".um_algo_cancel_result",
    "UmAlgoOrder": ".um_algo_order",
    "UmAlgoOrderType": ".um_algo_order_type",
    "UmAlgoStatus": ".um_algo_status",
    "UmAlgoType": ".um_algo_type",
    "UmAmendedValue": ".um_amended_value",
    "UmBracket": ".um_bracket",
    "UmDownloadId": ".um_download_id",
    "UmDownloadLink": ".um_download_link",
    "UmDownloadStatus": ".um_download_status",
    "UmFeeBurnStatus": ".um_fee_burn_status",
    "UmForceOrder": ".um_force_order",
    "UmLeverageBracket": ".um_leverage_bracket",
    "UmLeverageChange": ".um_leverage_change",
    "UmMarginType": ".um_margin_type",
    "UmOrder": ".um_order",
    "UmOrderAmendment": ".um_order_amendment",
    "UmOrderAmendmentDetail": ".um_order_amendment_detail",
    "UmPosition": ".um_position",
    "UmSymbolConfig": ".um_symbol_config",
    "UmTrade": ".um_trade",
    "UmTradingRuleIndicator": ".um_trading_rule_indicator",
    "UmTradingRuleIndicatorName": ".um_trading_rule_indicator_name",
    "UmTradingRulesIndicators": ".um_trading_rules_indicators",
    "UmTradingRulesIndicatorsIndicators": ".um_trading_rules_indicators_indicators",
    "WorkingType": ".working_type",
}

__all__ = (
    "AccountConfigUpdateEvent",
    "AccountStatus",
    "AccountType",
    "AccountUpdateBalance",
    "AccountUpdateData",
    "AccountUpdateEvent",
    "AccountUpdatePosition",
    "AlgoOrderUpdate",
    "AlgoStatus",
    "AlgoUpdateEvent",
    "AutoCloseType",
    "BalanceUpdateEvent",
    "BinanceError",
    "BooleanText",
    "CmAccountDetail",
    "CmAccountPosition",
    "CmAdlQuantile",
    "CmAdlQuantileScores",
    "CmAmendedValue",
    "CmBracket",
    "CmConditionalCancelAllResult",
    "CmConditionalOrder",
    "CmConditionalStrategyStatus",
    "CmConditionalStrategyType",
    "CmForceOrder",
    "CmLeverageBracket",
    "CmLeverageChange",
    "CmOrder",
    "CmOrderAmendment",
    "CmOrderAmendmentDetail",
    "CmPosition",
    "CmTrade",
    "CollateralRate",
    "CollateralTier",
    "ConditionalOrderTradeUpdateEvent",
    "ConditionalOrderUpdate",
    "EmptyObject",
    "ExecutionReportEvent",
    "ExecutionType",
    "FuturesBusinessUnit",
    "FuturesOrderType",
    "FuturesOrderUpdate",
    "IncomeType",
    "LeverageUpdate",
    "LiabilityChangeEvent",
    "ListenKeyExpiredEvent",
    "MarginBalance",
    "MarginContingencyType",
    "MarginForceOrder",
    "MarginForceOrderPage",
    "MarginListOrderStatus",
    "MarginListStatusType",
    "MarginLoanTransaction",
    "MarginOrder",
    "MarginOrderFill",
    "MarginOrderList",
    "MarginOrderListOrder",
    "MarginOrderType",
    "MarginRepayDebtResult",
    "MarginTrade",
    "OpenOrderLossEvent",
    "OpenOrderLossItem",
    "OrderStatus",
    "OrderTradeUpdateEvent",
    "OutboundAccountPositionEvent",
    "PmAccountInformation",
    "PmAutoRepayFuturesStatus",
    "PmBalance",
    "PmBnbTransferResult",
    "PmBnbTransferSide",
    "PmCommissionRate",
    "PmFundsActionResult",
    "PmFuturesAsset",
    "PmIncomeRecord",
    "PmListenKey",
    "PmMarginInterestHistory",
    "PmMarginInterestRecord",
    "PmMarginInterestType",
    "PmMarginLoanRecord",
    "PmMarginLoanRecordPage",
    "PmMarginLoanStatus",
    "PmMarginMaxBorrow",
    "PmMarginMaxWithdraw",
    "PmMarginRepayRecord",
    "PmMarginRepayRecordPage",
    "PmNegativeBalanceExchangeDetail",
    "PmNegativeBalanceExchangeRecord",
    "PmNegativeBalanceExchangeRecordPage",
    "PmNegativeBalanceInterest",
    "PmOrderRateLimit",
    "PmPositionMode",
    "PmProAssetIndexPrice",
    "PmProAssetLeverage",
    "PmProAutoRepayStatus",
    "PmProBalance",
    "PmProBankruptcyLoan",
    "PmProBankruptcyLoanRepayHistory",
    "PmProBankruptcyLoanRepayment",
    "PmProBnbTransferSide",
    "PmProDeltaModeStatus",
    "PmProEarnAsset",
    "PmProEarnAssetBalance",
    "PmProEarnTransferType",
    "PmProMarginCallLevel",
    "PmProMessage",
    "PmProNegativeBalanceInterest",
    "PmProRepaySource",
    "PmProRiskUnitMaintMargin",
    "PmProSpanAccount",
    "PmProTransaction",
    "PortfolioMarginProAccount",
    "PositionSide",
    "PriceMatch",
    "ResponseType",
    "RiskLevel",
    "RiskLevelChangeEvent",
    "SelfTradePreventionMode",
    "Side",
    "SideEffectType",
    "SuccessResult",
    "TieredCollateralRate",
    "TimeInForce",
    "UmAccountConfig",
    "UmAccountDetail",
    "UmAccountDetailV2",
    "UmAccountPosition",
    "UmAccountPositionV2",
    "UmAdlQuantile",
    "UmAdlQuantileValues",
    "UmAlgoCancelResult",
    "UmAlgoOrder",
    "UmAlgoOrderType",
    "UmAlgoStatus",
    "UmAlgoType",
    "UmAmendedValue",
    "UmBracket",
    "UmDownloadId",
    "UmDownloadLink",
    "UmDownloadStatus",
    "UmFeeBurnStatus",
    "UmForceOrder",
    "UmLeverageBracket",
    "UmLeverageChange",
    "UmMarginType",
    "UmOrder",
    "UmOrderAmendment",
    "UmOrderAmendmentDetail",
    "UmPosition",
    "UmSymbolConfig",
    "UmTrade",
    "UmTradingRuleIndicator",
    "UmTradingRuleIndicatorName",
    "UmTradingRulesIndicators",
    "UmTradingRulesIndicatorsIndicators",
    "WorkingType",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return [*globals(), *__all__]
