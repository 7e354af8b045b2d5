"""The built site in a real browser: Debian's Chromium, headless, driven by Playwright.

The site is served from a loopback HTTP server. Each check leaves a screenshot of the page it
looked at in ``build/site-check/``, for a person to look at. ``make docs-check`` runs these.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.docs.conftest import CHROMIUM, REPO, need

SCREENSHOTS = REPO / "build" / "site-check"
# This machine's network is closed: without these, Chromium keeps trying to reach Google's hosts.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 30_000


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def site_url(site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    need(CHROMIUM.is_file(), f"no Chromium at {CHROMIUM}: apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need(False, "Playwright is not installed: pip install -e '.[docs]'")
        raise
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),  # a fresh profile every run
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1280, "height": 900},
        )
        context.set_default_timeout(TIMEOUT_MS)
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def page(browser_context: Any) -> Iterator[Any]:
    opened = browser_context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    try:
        yield opened
    finally:
        opened.close()
    assert errors == [], f"the page raised script errors: {errors}"


def _leads_to_new_um_order(link: str) -> bool:
    parts = urlsplit(link)  # Material adds ?h=QUERY, which highlights the words on arrival
    return parts.path.endswith("/reference/um-trade/") and parts.fragment == "new_um_order"


def _search(page: Any, site_url: str, query: str) -> list[str]:
    """Types ``query`` into the site's search box; returns the links of its results, best first."""
    page.goto(site_url)
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query)
    page.locator(".md-search-result__item").first.wait_for()
    links: list[str] = page.locator(".md-search-result__item a.md-search-result__link").evaluate_all(
        "links => links.map(link => link.getAttribute('href'))"
    )
    return links


def test_the_front_page_renders(page: Any, site_url: str) -> None:
    page.goto(site_url)
    assert page.title().startswith("binance-pm")
    assert page.locator("article h1").inner_text().rstrip("¶") == "binance-pm"
    assert page.locator("nav.md-nav--primary").get_by_text("Python reference").first.is_visible()
    assert page.get_by_role("link", name="Quick start").first.is_visible()
    page.screenshot(path=str(SCREENSHOTS / "front-page.png"), full_page=False)


def test_searching_new_um_order_leads_to_its_entry_which_takes_quantity_as_decimal(page: Any, site_url: str) -> None:
    links = _search(page, site_url, "new_um_order")
    page.screenshot(path=str(SCREENSHOTS / "search-new_um_order.png"))
    entry = next((link for link in links if _leads_to_new_um_order(link)), None)
    assert entry is not None, f"no result leads to the entry: {links}"
    page.locator(f'.md-search-result__item a[href="{entry}"]').first.click()
    page.wait_for_url(lambda url: _leads_to_new_um_order(url))
    heading = page.locator("h2#new_um_order")
    assert heading.is_visible()
    assert "New UM Order" in heading.inner_text()
    parameters = page.locator('xpath=//h2[@id="new_um_order"]/following::table[1]')
    row = parameters.locator("tr", has=page.locator("td:first-child", has_text="quantity"))
    cells = row.first.locator("td").all_inner_texts()
    assert cells[0] == "quantity" and "Decimal" in cells[2], cells
    signature = page.locator('[id="binance_pm.api.portfolio_margin.new_um_order.sync"] ~ div').first.inner_text()
    assert "quantity: Decimal | str | int | Unset" in " ".join(signature.split())
    page.screenshot(path=str(SCREENSHOTS / "reference-new_um_order.png"))


@pytest.mark.parametrize("query", ["/papi/v1/um/order", "New UM Order"])
def test_search_finds_an_operation_by_its_path_and_by_its_title(page: Any, site_url: str, query: str) -> None:
    links = _search(page, site_url, query)
    assert any(_leads_to_new_um_order(link) for link in links[:10]), links[:10]


def test_the_http_reference_renders_the_new_um_order_operation(page: Any, site_url: str) -> None:
    page.goto(site_url + "http/")
    assert page.get_by_text("Signing a SIGNED request").first.is_visible()
    page.goto(site_url + "http/#/portfolio-margin/newumorder")
    operation = page.get_by_text("/papi/v1/um/order").first
    operation.wait_for()
    content = page.locator("#api-content").inner_text()
    entry = content[content.index("New UM Order (TRADE)") :]
    # Redoc shows the x- extensions without their prefix, and the operation's own first.
    assert "binance-security-type: TRADE" in entry
    assert 'binance-weight: {"value":1,"per":"IP"}' in entry
    assert "POST" in page.locator("body").inner_text()
    page.screenshot(path=str(SCREENSHOTS / "http-reference-new_um_order.png"))
