"""binance_pm: a typed client for Binance's Portfolio Margin REST API.

Generated from the project's OpenAPI spec (Binance Portfolio Margin, spec version 2026.01.15).
Operations live in ``binance_pm.api.<tag>.<operation>``, each with ``sync``,
``sync_detailed``, ``asyncio`` and ``asyncio_detailed``.

``BinanceClient`` and the errors are imported on first use (a module ``__getattr__``), so
``import binance_pm`` loads nothing but this file; ``from binance_pm import BinanceClient``
works as usual.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import BinanceClient
    from .errors import BinanceAPIError, BinancePMError

__version__ = "0.1.0"
SPEC_VERSION = "2026.01.15"

__all__ = ["SPEC_VERSION", "BinanceAPIError", "BinanceClient", "BinancePMError", "__version__"]

# Each lazily exported name -> the module that defines it.
_LAZY = {
    "BinanceClient": "client",
    "BinanceAPIError": "errors",
    "BinancePMError": "errors",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return [*globals(), *__all__]
