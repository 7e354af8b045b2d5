"""binance_pm: a typed client for Binance's Portfolio Margin REST API.

Generated from the project's OpenAPI spec (Binance Portfolio Margin, spec version 2026.01.15).
Operations live in ``binance_pm.api.<tag>.<operation>``, each with ``sync``,
``sync_detailed``, ``asyncio`` and ``asyncio_detailed``.
"""

from .client import BinanceClient
from .errors import BinanceAPIError, BinancePMError

__version__ = "0.1.0"
SPEC_VERSION = "2026.01.15"

__all__ = ["SPEC_VERSION", "BinanceAPIError", "BinanceClient", "BinancePMError", "__version__"]
