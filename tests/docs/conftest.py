"""What the checks of the built site share: where it is, and whether it must be there.

``make docs-check`` sets ``BINANCE_PM_DOCS_CHECK=1``: then a missing site, browser or Playwright
fails the checks. Without it (``make test`` before ``make docs``) they are skipped, saying why.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SITE = REPO / "build" / "site"
CHROMIUM = Path("/usr/bin/chromium")
REQUIRED = os.environ.get("BINANCE_PM_DOCS_CHECK") == "1"


def need(condition: bool, reason: str) -> None:
    """Skips the test when ``condition`` is false, or fails it under ``make docs-check``."""
    if condition:
        return
    if REQUIRED:
        pytest.fail(f"{reason} (make docs-check needs it)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def site() -> Path:
    need((SITE / "index.html").is_file(), f"no built site in {SITE}: run make docs")
    return SITE
