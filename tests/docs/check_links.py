"""Every internal link of the built site, and every relative link of the README, resolves.

``python tests/docs/check_links.py SITE_DIR [MARKDOWN ...]`` (``make docs`` runs it): each
``href`` and ``src`` in the site's HTML that stays on the site must name a file of the site
(a folder means its ``index.html``), and its ``#fragment`` an ``id`` or ``name`` on that page.
Each relative link of a Markdown file must name a file of the repository, and its fragment a
heading of that file. Links to other sites are not followed: nothing may reach the network.
Prints one line per broken link and exits 1 if there is any.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

# Redoc's page (the HTTP reference) routes its own links in the browser: its server-rendered
# root-absolute links ("/section/hosts") become routes of its hash router once its script runs.
# They are not files; the browser check opens an operation through that router instead.
CLIENT_ROUTED_PAGES = frozenset({"http/index.html"})

MARKDOWN_LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.anchors: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in ("id", "name"):
                self.anchors.add(value)
            elif name in ("href", "src") and not (tag == "link" and ("rel", "canonical") in attrs):
                self.links.append(value)


@cache
def _read(page: Path) -> _Page:
    parsed = _Page()
    parsed.feed(page.read_text(encoding="utf-8"))
    return parsed


def _external(link: str) -> bool:
    parts = urlsplit(link)
    return bool(parts.scheme or parts.netloc) or link.startswith(("mailto:", "javascript:", "data:"))


def _target(site: Path, page: Path, path: str) -> Path | None:
    base = site if path.startswith("/") else page.parent  # the 404 page links from the site's root
    candidate = (base / unquote(path.lstrip("/"))).resolve() if path else page.resolve()
    if candidate.is_dir():
        candidate = candidate / "index.html"
    if not candidate.is_file() or site.resolve() not in candidate.parents:
        return None
    return candidate


def broken_site_links(site: Path) -> list[str]:
    """`page: link` for each link of the built site that names no file, or no anchor on it."""
    broken: list[str] = []
    for page in sorted(site.rglob("*.html")):
        client_routed = page.relative_to(site).as_posix() in CLIENT_ROUTED_PAGES
        for link in _read(page).links:
            if _external(link) or (client_routed and link.startswith("/")):
                continue
            parts = urlsplit(link)
            target = _target(site, page, parts.path)
            where = f"{page.relative_to(site)}: {link}"
            if target is None:
                broken.append(f"{where} (no such file)")
            elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in _read(target).anchors:
                broken.append(f"{where} (no such anchor)")
    return broken


def heading_slugs(markdown: str) -> set[str]:
    """The anchors GitHub and MkDocs give a Markdown file's headings (lowercase, punctuation dropped)."""
    slugs: set[str] = set()
    for line in markdown.splitlines():
        if line.startswith("#"):
            text = line.lstrip("#").strip().lower()
            slugs.add(re.sub(r"[^\w\- ]", "", text).replace(" ", "-"))
    return slugs


def broken_markdown_links(markdown_file: Path, root: Path) -> list[str]:
    """`file: link` for each relative link of a Markdown file that names no file or heading of the repository."""
    broken: list[str] = []
    text = markdown_file.read_text(encoding="utf-8")
    for link in MARKDOWN_LINK.findall(text):
        if _external(link):
            continue
        parts = urlsplit(link)
        target = (markdown_file.parent / unquote(parts.path)).resolve() if parts.path else markdown_file.resolve()
        where = f"{markdown_file.name}: {link}"
        if not target.exists() or root.resolve() not in (target, *target.parents):
            broken.append(f"{where} (no such file)")
        elif (
            parts.fragment
            and target.suffix == ".md"
            and parts.fragment not in heading_slugs(target.read_text(encoding="utf-8"))
        ):
            broken.append(f"{where} (no such heading)")
    return broken


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: check_links.py SITE_DIR [MARKDOWN ...]", file=sys.stderr)
        return 2
    site = Path(argv[0])
    if not (site / "index.html").is_file():
        print(f"check_links: {site} holds no built site (run make docs)", file=sys.stderr)
        return 2
    root = Path(__file__).resolve().parents[2]
    broken = broken_site_links(site)
    for markdown in argv[1:]:
        broken += broken_markdown_links(Path(markdown), root)
    for line in broken:
        print(line)
    pages = len(list(site.rglob("*.html")))
    print(f"check_links: {pages} pages and {len(argv) - 1} Markdown files, {len(broken)} broken links")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
