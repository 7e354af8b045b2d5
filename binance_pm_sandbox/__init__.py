"""A local, Binance-compatible server for the binance-pm client, its CLI, tests and demo.

Routes, security, weights, required parameters and example answers are read from the
OpenAPI spec (``spec/binance-pm.yaml``); see ``binance_pm_sandbox.app``.

``Sandbox`` (the in-process server for tests) is imported lazily so that
``binance_pm_sandbox.signing`` stays importable without the server's dependencies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import RecordedRequest
    from .harness import DEMO_API_KEY, DEMO_API_SECRET, Sandbox, ScriptedResponse

__all__ = ["DEMO_API_KEY", "DEMO_API_SECRET", "RecordedRequest", "Sandbox", "ScriptedResponse"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import app, harness

        return getattr(harness, name, None) or getattr(app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
