"""The built site: every operation has its reference entry, and no internal link is broken."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

from binance_pm._catalog import OPERATIONS

from tests.docs import check_links
from tests.docs.conftest import REPO


def _reference_pages() -> ModuleType:
    # The MkDocs hook lives beside the docs (mkdocs.yml names it by path), not in a package.
    path = REPO / "docs" / "_build" / "reference_pages.py"
    spec = importlib.util.spec_from_file_location("reference_pages", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_operation_has_one_entry_in_the_written_reference() -> None:
    pages = _reference_pages().reference_pages()
    text = "\n".join(pages.values())
    for module, *_ in OPERATIONS.values():
        name = module.rsplit(".", 1)[1]
        assert len(re.findall(rf"^## `{name}`: ", text, re.MULTILINE)) == 1, name
        for form in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert f"::: {module}.{form}\n" in text, f"{module}.{form}"


def test_each_section_page_holds_its_own_operations() -> None:
    pages = _reference_pages().reference_pages()
    um_trade, pm_pro = pages["reference/um-trade.md"], pages["reference/pm-pro.md"]
    assert "## `new_um_order`: New UM Order" in um_trade
    assert "new_cm_order" not in um_trade
    assert "`POST /papi/v1/um/order` on the papi host · security type TRADE · weight 1 per IP" in um_trade
    assert "require-one-of `price`, `priceMatch` when `type` is LIMIT" in um_trade
    assert "## `get_account_info`: " in pm_pro


def test_every_operation_has_a_reference_entry_in_the_built_site(site: Path) -> None:
    ids: set[str] = set()
    for page in (site / "reference").rglob("index.html"):
        ids |= set(re.findall(r'id="([^"]+)"', page.read_text(encoding="utf-8")))
    for module, *_ in OPERATIONS.values():
        name = module.rsplit(".", 1)[1]
        assert name in ids, f"no entry for {name}"
        assert f"{module}.sync" in ids and f"{module}.asyncio_detailed" in ids, module


def test_no_internal_link_of_the_site_is_broken(site: Path) -> None:
    assert check_links.broken_site_links(site) == []


def test_the_readme_links_resolve() -> None:
    assert check_links.broken_markdown_links(REPO / "README.md", REPO) == []


def test_the_link_check_finds_a_broken_link_and_a_broken_anchor(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text('<a href="guide/">ok</a><a href="gone/">x</a><a href="guide/#nope">y</a>')
    (tmp_path / "guide").mkdir()
    (tmp_path / "guide" / "index.html").write_text('<h2 id="here">here</h2><a href="#here">z</a>')
    assert check_links.broken_site_links(tmp_path) == [
        "index.html: gone/ (no such file)",
        "index.html: guide/#nope (no such anchor)",
    ]
