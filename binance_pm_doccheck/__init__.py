"""binance-pm doc-drift checker: compare Binance's doc pages with spec/binance-pm.yaml.

Run it as ``python -m binance_pm_doccheck [--docs DIR] [--spec FILE]`` (``make check-docs``).
"""

from .checker import Report, check

__all__ = ["Report", "check"]
