"""``python -m binance_pm_doccheck``: list the differences between doc pages and the spec."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from binance_pm_spec import default_spec_path

from .checker import check, doc_pages

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m binance_pm_doccheck",
        description="Compare Binance doc pages with the OpenAPI spec; exit 1 and list every difference.",
    )
    parser.add_argument("--docs", type=Path, default=ROOT / "spec" / "docs", help="folder of doc pages")
    parser.add_argument("--spec", type=Path, default=default_spec_path(), help="the OpenAPI spec")
    parser.add_argument("--json", action="store_true", help="print the differences as a JSON list")
    args = parser.parse_args(argv)
    if not args.docs.is_dir():
        print(f"error: {args.docs} is not a folder", file=sys.stderr)
        return 2
    reports = check(args.docs, args.spec)
    pages = len(doc_pages(args.docs))
    if args.json:
        print(json.dumps([r.__dict__ for r in reports], indent=2, ensure_ascii=False))
    else:
        for report in reports:
            print(report)
        if reports:
            print(f"{len(reports)} difference(s) between {pages} page(s) in {args.docs} and {args.spec}")
        else:
            print(f"ok: {pages} page(s) in {args.docs} agree with {args.spec}")
    return 1 if reports else 0


if __name__ == "__main__":
    sys.exit(main())
