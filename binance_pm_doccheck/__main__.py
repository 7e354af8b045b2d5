"""``python -m binance_pm_doccheck``: list the differences between doc pages and the spec.

    python -m binance_pm_doccheck [--docs DIR] [--spec FILE] [--complete] [--json]

By default only the pages present in ``--docs`` are compared: the project keeps a few of
Binance's pages as test data, so an operation without a page says nothing. ``--complete``
says the folder is a complete scrape of Binance's Portfolio Margin pages; then every
operation of the spec without a page is reported too (``(no page) | endpoint``).
``make check-docs DOCS=dir COMPLETE=1`` passes it. ``--docs`` defaults to the
repository's ``spec/docs`` when run from a checkout; an installed package has no pages of
its own, so there it must be given. Exit status: 0 no difference, 1 differences (one line
each), 2 bad usage or an unreadable spec.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from binance_pm_spec import SpecError, default_docs_path, default_spec_path

from .checker import check, doc_pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m binance_pm_doccheck",
        description="Compare Binance doc pages with the OpenAPI spec; exit 1 and list every difference.",
    )
    default_docs = default_docs_path()
    parser.add_argument(
        "--docs",
        type=Path,
        default=default_docs,
        help=f"folder of doc pages (default: {default_docs or 'none outside a checkout of the repository'})",
    )
    parser.add_argument("--spec", type=Path, default=default_spec_path(), help="the OpenAPI spec")
    parser.add_argument(
        "--complete",
        action="store_true",
        help="the folder is a complete scrape: also report every operation without a page "
        "(by default only the pages present are compared)",
    )
    parser.add_argument("--json", action="store_true", help="print the differences as a JSON list")
    args = parser.parse_args(argv)
    if args.docs is None:
        parser.error("--docs is required: name a folder of Binance doc pages (only a checkout has a default)")
    if not args.docs.is_dir():
        print(f"error: {args.docs} is not a folder", file=sys.stderr)
        return 2
    try:
        reports = check(args.docs, args.spec, complete=args.complete)
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    pages = len(doc_pages(args.docs))
    if args.json:
        print(json.dumps([r.__dict__ for r in reports], indent=2, ensure_ascii=False))
    else:
        for report in reports:
            print(report)
        scope = "a complete scrape" if args.complete else "the pages present"
        if reports:
            print(f"{len(reports)} difference(s) between {pages} page(s) in {args.docs} and {args.spec} ({scope})")
        else:
            print(f"ok: {pages} page(s) in {args.docs} agree with {args.spec} ({scope})")
    return 1 if reports else 0


if __name__ == "__main__":
    sys.exit(main())
