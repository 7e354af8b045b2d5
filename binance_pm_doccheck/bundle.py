"""``make bundle``: write the spec as one JSON file for tools that want JSON.

The spec has no external ``$ref``s, so bundling is a faithful YAML-to-JSON conversion. It
refuses anything that would not survive the trip: a ``$ref`` to another file, a YAML value
with no JSON equivalent (an unquoted date, a non-string key such as an unquoted ``200:``).

    python -m binance_pm_doccheck.bundle [--spec FILE] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from binance_pm_spec import default_spec_path, load_document

ROOT = Path(__file__).resolve().parent.parent


class BundleError(ValueError):
    pass


def _check(node: Any, where: str) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if not isinstance(key, str):
                raise BundleError(f"{where}: key {key!r} is a {type(key).__name__}, not a string (quote it)")
            if key == "$ref" and not (isinstance(value, str) and value.startswith("#")):
                raise BundleError(f"{where}: $ref {value!r} points outside the document")
            _check(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, item in enumerate(node):
            _check(item, f"{where}/{i}")
    elif node is not None and not isinstance(node, str | int | float | bool):
        raise BundleError(f"{where}: {node!r} is a {type(node).__name__}, which JSON cannot hold (quote it)")


def bundle(spec: Path) -> str:
    document = load_document(spec)
    _check(document, "#")
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m binance_pm_doccheck.bundle", description="Write the spec as one JSON file."
    )
    parser.add_argument("--spec", type=Path, default=default_spec_path())
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "binance-pm.json")
    args = parser.parse_args(argv)
    try:
        text = bundle(args.spec)
    except BundleError as exc:
        print(f"error: {args.spec}: {exc}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text)} bytes) from {args.spec}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
