"""``python -m binance_pm_doccheck``: list the differences between doc pages and the spec.

    python -m binance_pm_doccheck [--docs DIR] [--spec FILE] [--complete] [--json]
    python -m binance_pm_doccheck --fix [--docs DIR] [--spec FILE]     (make update-spec DOCS=dir)

By default only the pages present in ``--docs`` are compared: the project keeps a few of
Binance's pages as test data, so an operation without a page says nothing. ``--complete``
says the folder is a complete scrape of Binance's Portfolio Margin pages; then every
operation of the spec without a page is reported too (``(no page) | endpoint``).
``make check-docs DOCS=dir COMPLETE=1`` passes it. ``--docs`` defaults to the
repository's ``spec/docs`` when run from a checkout; an installed package has no pages of
its own, so there it must be given.

``--fix`` applies to the spec every difference that can be applied mechanically, prints
each change, then lists what needs a person (see ``fix``). Its exit status: 0 when
everything was applied or already agreed, 1 when something needs a person, 2 on bad input
(and then the spec is left as it was). It needs ruamel.yaml (the dev extra).

Exit status: 0 no difference; 1 differences (one line each); 2 bad usage, a spec that
cannot be read, or a file in the folder that is no doc page (each named on stderr, and
nothing compared), or PyYAML missing (the extra to install is named).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

PROG = "python -m binance_pm_doccheck"
#: The extra that brings PyYAML, the one dependency beyond the client's.
YAML_EXTRA = "pip install 'binance-pm[sandbox]'"


def main(argv: list[str] | None = None) -> int:
    try:
        import yaml  # noqa: F401  (binance_pm_spec and the page reader need it)
    except ModuleNotFoundError as exc:
        if exc.name != "yaml":
            raise
        print(f"{PROG}: PyYAML is not installed; it comes with the sandbox extra: {YAML_EXTRA}", file=sys.stderr)
        return 2
    return _run(argv)


def _error(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


def _run(argv: list[str] | None) -> int:
    from binance_pm_spec import SpecError, default_docs_path, default_spec_path, load_document

    from .checker import UnreadablePages, check, doc_pages

    parser = argparse.ArgumentParser(
        prog=PROG,
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
    parser.add_argument(
        "--fix",
        action="store_true",
        help="apply to the spec every difference that can be applied mechanically, then list what needs a person",
    )
    args = parser.parse_args(argv)
    if args.docs is None:
        parser.error("--docs is required: name a folder of Binance doc pages (only a checkout has a default)")
    docs: Path = args.docs
    if not docs.is_dir():
        return _error(f"{docs} is not a folder")
    spec: Path = args.spec
    if args.fix:
        if args.complete or args.json:
            parser.error("--fix takes neither --complete nor --json")
        from .fix_cli import run_fix

        return run_fix(docs, spec)
    try:
        document = load_document(spec)
    except SpecError as exc:  # unreadable, not UTF-8, not YAML: the message names the file
        return _error(str(exc))
    try:
        pages = len(doc_pages(docs))
        reports = check(docs, document, complete=args.complete)
    except OSError as exc:
        return _error(f"cannot read {exc.filename or docs}: {exc.strerror or exc}")
    except SpecError as exc:
        return _error(f"{spec}: {exc}")
    except UnreadablePages as exc:
        for page_error in exc.errors:
            print(f"error: {page_error}", file=sys.stderr)
        return _error(f"{len(exc.errors)} file(s) in {docs} are no doc pages; nothing was compared")
    if args.json:
        print(json.dumps([r.__dict__ for r in reports], indent=2, ensure_ascii=False))
    else:
        for report in reports:
            print(report)
        scope = "a complete scrape" if args.complete else "the pages present"
        if reports:
            print(f"{len(reports)} difference(s) between {pages} page(s) in {docs} and {spec} ({scope})")
        else:
            print(f"ok: {pages} page(s) in {docs} agree with {spec} ({scope})")
    return 1 if reports else 0


if __name__ == "__main__":
    sys.exit(main())
