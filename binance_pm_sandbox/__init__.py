"""A local, Binance-compatible server for the binance-pm client, its CLI, tests and demo.

Routes, security, weights, parameter checks and example answers are read from the OpenAPI
spec (``spec/binance-pm.yaml``). The parts: ``gate`` (security, parameters, weights),
``handlers`` (answers by operationId, spec examples otherwise), ``exchange`` (the trading
rules: accounts, matching against mark prices, positions, balances, events, storage; no
HTTP), ``controls`` (what tests set), ``state`` (all of them, one request at a time), ``app``
(HTTP only) and ``harness`` (``Sandbox``, the server in a thread).

``Sandbox`` (the in-process server for tests) is imported lazily so that
``binance_pm_sandbox.signing`` stays importable without the server's dependencies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .controls import RecordedRequest, ScriptedResponse
    from .harness import DEMO_API_KEY, DEMO_API_SECRET, Sandbox

__all__ = ["DEMO_API_KEY", "DEMO_API_SECRET", "RecordedRequest", "Sandbox", "ScriptedResponse"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        try:
            from . import controls, harness
        except ModuleNotFoundError as exc:
            from .main import missing_extra

            message = missing_extra(exc, __name__)
            if message is None:
                raise
            raise ModuleNotFoundError(message, name=exc.name) from exc

        return getattr(harness, name, None) or getattr(controls, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
