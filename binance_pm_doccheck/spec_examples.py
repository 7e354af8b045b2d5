"""Check that every example in the spec validates against its schema (``make lint-spec``).

Spectral's ``oas3-valid-schema-example`` (6.16) reads only the OpenAPI ``example`` and
``default`` keywords, not the JSON Schema ``examples`` arrays that OpenAPI 3.1 schemas use,
so this check covers them (and, as a second net, media-type and parameter ``example``s):
JSON Schema 2020-12, ``$ref``s resolved within the document.

    python -m binance_pm_doccheck.spec_examples [SPEC]
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from binance_pm_spec import default_spec_path, load_document

BASE = "urn:binance-pm-spec"


def _pointer(parts: list[str]) -> str:
    return "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in parts)


def _examples(node: Any, parts: list[str], in_schema: bool) -> Iterator[tuple[list[str], str, Any]]:
    """(pointer to the schema, where the example is, the example) for every example."""
    if isinstance(node, list):
        for i, item in enumerate(node):
            yield from _examples(item, [*parts, str(i)], in_schema)
        return
    if not isinstance(node, dict):
        return
    if in_schema and isinstance(node.get("examples"), list):
        for i, example in enumerate(node["examples"]):
            yield parts, _pointer([*parts, "examples", str(i)]), example
    if "schema" in node and "example" in node and not in_schema:  # media type or parameter
        yield [*parts, "schema"], _pointer([*parts, "example"]), node["example"]
    if "schema" in node and isinstance(node.get("examples"), dict) and not in_schema:
        for name, example in node["examples"].items():
            if isinstance(example, dict) and "value" in example:
                yield [*parts, "schema"], _pointer([*parts, "examples", name, "value"]), example["value"]
    for key, value in node.items():
        if key in ("example", "examples", "enum", "default", "const") or key.startswith("x-"):
            continue
        child_in_schema = in_schema or key == "schema" or (parts == ["components"] and key == "schemas")
        if in_schema and key == "properties" and isinstance(value, dict):
            for name, sub in value.items():
                yield from _examples(sub, [*parts, key, name], True)
            continue
        yield from _examples(value, [*parts, key], child_in_schema)


def problems(document: dict[str, Any]) -> list[str]:
    registry: Registry[Any] = Registry().with_resource(BASE, DRAFT202012.create_resource(document))
    found: list[str] = []
    for schema_parts, where, example in _examples(document, [], False):
        validator = Draft202012Validator({"$ref": f"{BASE}#{_pointer(schema_parts)}"}, registry=registry)
        for error in validator.iter_errors(example):
            found.append(f"#{where}: {error.message}")
    return found


def count(document: dict[str, Any]) -> int:
    return sum(1 for _ in _examples(document, [], False))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    spec = Path(args[0]) if args else default_spec_path()
    document = load_document(spec)
    found = problems(document)
    for line in found:
        print(line)
    print(f"{count(document)} example(s) checked in {spec}: {len(found)} invalid")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
