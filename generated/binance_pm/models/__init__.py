"""Contains all the data models used in inputs/outputs"""

from .account_status import AccountStatus
from .account_type import AccountType
from .binance_error import BinanceError
from .collateral_rate import CollateralRate
from .collateral_tier import CollateralTier
from .portfolio_margin_pro_account import PortfolioMarginProAccount
from .tiered_collateral_rate import TieredCollateralRate
from .um_bracket import UmBracket
from .um_leverage_bracket import UmLeverageBracket

__all__ = (
    "AccountStatus",
    "AccountType",
    "BinanceError",
    "CollateralRate",
    "CollateralTier",
    "PortfolioMarginProAccount",
    "TieredCollateralRate",
    "UmBracket",
    "UmLeverageBracket",
)
