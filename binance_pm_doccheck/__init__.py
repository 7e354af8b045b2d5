"""binance-pm doc-drift checker: compare Binance's doc pages with spec/binance-pm.yaml.

Run it as ``python -m binance_pm_doccheck [--docs DIR] [--spec FILE] [--complete] [--json]``
(``make check-docs``; ``make check-docs DOCS=dir COMPLETE=1`` for a complete scrape, where
an operation without a page is a difference too). See ``__main__`` for the options.
"""

from .checker import Report, check

__all__ = ["Report", "check"]
