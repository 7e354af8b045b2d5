"""binance-pm doc-drift checker: compare Binance's doc pages with spec/binance-pm.yaml.

Run it as ``python -m binance_pm_doccheck [--docs DIR] [--spec FILE] [--complete] [--json]``
(``make check-docs``; ``make check-docs DOCS=dir COMPLETE=1`` for a complete scrape, where
an operation without a page is a difference too). See ``__main__`` for the options. With
``--fix`` (``make update-spec DOCS=dir``) it applies the differences to the spec instead,
wherever that is mechanical; see ``fix``.

``check`` and ``Report`` load lazily, so that ``python -m binance_pm_doccheck`` can say
which extra to install when PyYAML is missing instead of failing on this import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .checker import Report, UnreadablePages, check

__all__ = ["Report", "UnreadablePages", "check"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import checker

        return getattr(checker, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
