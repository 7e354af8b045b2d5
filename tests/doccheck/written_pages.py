"""Doc pages written from the spec's own facts, in Binance's scraped format.

The project keeps only four of Binance's pages (``spec/docs/``) and stores no others, so
the tests that need a page for any other operation (NONE, USER_STREAM, a weight that
depends on a parameter) write one here, in a temporary folder: title with its bracketed
security type, method and path, weight, parameter table and the spec's response example.
A test then changes one thing in it, as a new version of Binance's page would.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from binance_pm_spec import OperationFacts, SpecFacts, load_document, read_facts

SPEC = Path(__file__).resolve().parents[2] / "spec" / "binance-pm.yaml"


@functools.cache
def spec_document() -> dict[str, Any]:
    """The spec, loaded once for the whole test run (the checker never changes it)."""
    return load_document(SPEC)


@functools.cache
def spec_facts() -> SpecFacts:
    return read_facts(spec_document())


def binance_type(schema: dict[str, Any]) -> str:
    """The type Binance's parameter tables would write for ``schema``."""
    kind = schema.get("type")
    if schema.get("format") == "decimal":
        return "DECIMAL"
    if kind == "integer":
        return "LONG" if schema.get("format") == "int64" else "INT"
    if kind == "string":
        return "ENUM" if schema.get("enum") else "STRING"
    return str(kind).upper()


def weight_text(op: OperationFacts) -> str:
    """``**1** with symbol; **40** without``, or ``**5**`` when no parameter changes it."""
    cases = [f"**{value}** with {name}" for name, value in op.weight_when_present]
    return "; ".join([*cases, f"**{op.weight}** without"]) if cases else f"**{op.weight}**"


def _example(op: OperationFacts) -> Any:
    media = op.operation["responses"]["200"]["content"]["application/json"]
    if "example" in media:
        return media["example"]
    return next(iter(media["examples"].values()))["value"]


def _half(op: OperationFacts, title: str, weight: str) -> str:
    rows = [
        f"{p['name']}| {binance_type(p['schema'])}| {'YES' if p.get('required') else 'NO'}| " for p in op.parameters
    ]
    table = "\n".join(["Name| Type| Mandatory| Description", "---|---|---|---", *rows]) if rows else "None"
    example = "\n".join("    " + line for line in json.dumps(_example(op), indent=2).split("\n"))
    return (
        f"# {title}\n\n## HTTP Request\n\n{op.method} `{op.path}`\n\n"
        f"## Request Weight({op.weight_per})\n\n{weight}\n\n"
        f"## Request Parameters\n\n{table}\n\n## Response Example\n\n{example}\n"
    )


def page_text(
    operation_id: str, *, title: str | None = None, weight: str | None = None, zh_weight: str | None = None
) -> str:
    """A page (English, then Chinese) that agrees with the spec on ``operation_id``, except
    for what the keywords replace: the English title, the weight text of both halves, or
    of the Chinese half alone."""
    op = spec_facts().operation(operation_id)
    url = op.operation["externalDocs"]["url"]
    en_weight = weight if weight is not None else weight_text(op)
    # The Chinese title is not compared, but its bracketed security type is (none for NONE).
    zh_title = "接口" if op.security_type == "NONE" else f"接口 ({op.security_type})"
    return (
        f"---\nsource_url: {url}\n---\n\n"
        + _half(op, title if title is not None else op.summary, en_weight)
        + "\n---\n\n"
        + _half(op, zh_title, zh_weight if zh_weight is not None else en_weight)
    )


def write_page(docs: Path, name: str, operation_id: str, **changes: str) -> Path:
    path = docs / name
    path.write_text(page_text(operation_id, **changes), encoding="utf-8")
    return path
