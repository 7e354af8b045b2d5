"""The Python reference, written at build time: an MkDocs hook that adds one page per Binance doc
section, each operation with its facts from the spec and its four call forms from the generated
docstrings (rendered by mkdocstrings), and one page of models and one of enums.

Nothing here is written per operation: the operations come from ``binance_pm._catalog``, their
facts (weight, rules, constraints) from the spec through ``binance_pm_spec``, and their prose
from the generated modules' docstrings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from binance_pm._catalog import OPERATIONS
from binance_pm_spec import load_document, read_facts
from binance_pm_spec.facts import OperationFacts

REPO = Path(__file__).resolve().parents[2]
MODELS_DIR = REPO / "generated" / "binance_pm" / "models"
HTTP_REFERENCE = REPO / "build" / "http-reference.html"
CALL_FORMS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


class Section(NamedTuple):
    slug: str
    title: str
    intro: str


# Binance's doc sections, as the reference pages group them. `section_of` is the one place that
# says which operation belongs where; the order here is the order of the navigation.
SECTIONS = (
    Section("um-trade", "UM trade", "Orders on USDⓈ-M futures (`/papi/v1/um/...`, Binance's Trade section)."),
    Section("cm-trade", "CM trade", "Orders on COIN-M futures (`/papi/v1/cm/...`, Binance's Trade section)."),
    Section(
        "margin-trade", "Margin trade", "Margin orders, OCO lists, loans and repayments (Binance's Trade section)."
    ),
    Section("account", "Account", "Balances, positions, settings and histories of the Portfolio Margin account."),
    Section("market-data", "Market data", "Portfolio Margin operations that read no account."),
    Section("user-data-stream", "User data stream", "Listen keys for the user data stream."),
    Section("pm-pro", "Portfolio Margin Pro", "The Portfolio Margin Pro operations under `/sapi` on the api host."),
)


def section_of(facts: OperationFacts) -> str:
    """The slug of the reference page an operation is listed on, from its tag, doc group and path."""
    tags = facts.operation.get("tags") or ()
    if "Portfolio Margin Pro" in tags:
        return "pm-pro"
    if facts.doc_group == "user_data_streams":
        return "user-data-stream"
    if facts.doc_group == "market_data":
        return "market-data"
    if facts.doc_group == "trade":
        market = facts.path.split("/")[3]
        return {"um": "um-trade", "cm": "cm-trade"}.get(market, "margin-trade")
    return "account"


def _python_type(kind: str, enum_class: str | None) -> str:
    return {
        "decimal": "Decimal | str | int",
        "int": "int",
        "bool": "bool",
        "str": "str",
        "enum": f"{enum_class} | str" if enum_class else "str",
    }[kind]


def _constraints(schema: Mapping[str, Any]) -> str:
    parts: list[str] = []
    for key, label in (
        ("minimum", ">="),
        ("exclusiveMinimum", ">"),
        ("maximum", "<="),
        ("exclusiveMaximum", "<"),
        ("minLength", "length >="),
        ("maxLength", "length <="),
    ):
        if key in schema:
            parts.append(f"{label} {schema[key]}")
    if "pattern" in schema:
        parts.append(f"pattern `{schema['pattern']}`")
    if "enum" in schema:
        parts.append("one of " + ", ".join(f"`{value}`" for value in schema["enum"]))
    if "default" in schema:
        parts.append(f"default `{schema['default']}`")
    return "; ".join(parts)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _enum_classes(module: str) -> dict[str, str]:
    """The enum class each parameter of an operation module takes, read from its signature text."""
    source = (REPO / "generated" / Path(*module.split("."))).with_suffix(".py").read_text(encoding="utf-8")
    signature = source[source.index("def _params(") : source.index(") -> dict[str, Any]:")]
    return {name: enum for name, enum in re.findall(r"(\w+): (\w+) \| str", signature)}


def _answer_models(module: str) -> list[str]:
    """The model classes named in the answer type of ``sync``, in order."""
    source = (REPO / "generated" / Path(*module.split("."))).with_suffix(".py").read_text(encoding="utf-8")
    match = re.search(r"\ndef sync\(.*?\) -> (.+?):\n", source, re.DOTALL)
    if match is None:
        return []
    names = dict.fromkeys(re.findall(r"[A-Z]\w*", match.group(1)))
    return [name for name in names if (MODELS_DIR / f"{_snake(name)}.py").is_file()]


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def model_identifier(name: str) -> str:
    return f"binance_pm.models.{_snake(name)}.{name}"


def operation_entry(facts: OperationFacts) -> str:
    """The Markdown of one operation: its facts, its parameters and its four call forms."""
    module, summary, method, path, host, security_type, parameters = OPERATIONS[facts.operation_id]
    name = module.rsplit(".", 1)[1]
    title = re.sub(r"\s*\([A-Z_]+\)$", "", summary)
    lines = [
        f"## `{name}`: {title} {{#{name} data-toc-label='{name}'}}",
        "",
        f"`{method} {path}` on the {host} host · security type {security_type} · "
        f"weight {facts.weight} per {facts.weight_per}"
        + "".join(f"; {value} with `{parameter}`" for parameter, value in facts.weight_when_present)
        + f" · operationId `{facts.operation_id}` · `import {module}`",
        "",
    ]
    if facts.deprecated:
        lines += ['!!! warning "Deprecated"', "    Binance has deprecated this operation; calling it warns.", ""]
    docs = facts.operation.get("externalDocs") or {}
    if docs.get("url"):
        lines += [f"Binance's page: [{title}]({docs['url']}).", ""]
    schemas = {p["name"]: p.get("schema") or {} for p in facts.parameters}
    enum_classes = _enum_classes(module)
    lines += ["| parameter | Binance name | type | required | constraints |", "|---|---|---|---|---|"]
    for binance_name, python_name, kind, required, _values, _help in parameters:
        kind_text = _python_type(kind, enum_classes.get(python_name))
        constraints = _constraints(schemas.get(binance_name, {}))
        lines.append(
            f"| `{python_name}` | `{binance_name}` | `{kind_text}` | {'yes' if required else 'no'} | {_cell(constraints)} |"
        )
    lines.append("")
    if facts.rules:
        lines += ["Rules checked before sending (a broken one raises `ParameterError` naming it):", ""]
        for rule in facts.rules:
            when = " and ".join(f"`{p}` is {' or '.join(values)}" for p, values in rule.when)
            lines.append(
                f"- {rule.kind} {', '.join(f'`{p}`' for p in rule.parameters)}"
                + (f" when {when}" if when else "")
                + f": {rule.description}"
            )
        lines.append("")
    if facts.client_order_id and facts.order_lookup:
        lines += [
            f"Client order id: `{facts.client_order_id}`, filled in when not given; after an unknown outcome "
            f"`client.lookup_order(error)` asks `{facts.order_lookup.operation_id}` for it.",
            "",
        ]
    models = _answer_models(module)
    if models:
        lines += ["Answer: " + ", ".join(f"[`{m}`][{model_identifier(m)}]" for m in models) + ".", ""]
    for form in CALL_FORMS:
        full = form == "sync"
        lines += [
            f"::: {module}.{form}",
            "    options:",
            "      heading_level: 3",
            "      show_root_toc_entry: false",
            f"      show_docstring_description: {str(full).lower()}",
            f"      show_docstring_parameters: {str(full).lower()}",
            f"      show_docstring_raises: {str(full).lower()}",
            "",
        ]
    return "\n".join(lines)


def section_page(section: Section, operations: Iterable[OperationFacts]) -> str:
    entries = sorted(operations, key=lambda facts: OPERATIONS[facts.operation_id][0])
    head = [
        f"# {section.title}",
        "",
        section.intro,
        "",
        "Every operation has four call forms: `sync` (the answer model), `sync_detailed` (a `Response` with "
        "status, headers, raw body and weights), and their `await`able twins `asyncio` and `asyncio_detailed`. "
        "All take the same keyword arguments; only `sync` is shown with its full description.",
        "",
        "| operation | request | summary |",
        "|---|---|---|",
    ]
    for facts in entries:
        name = OPERATIONS[facts.operation_id][0].rsplit(".", 1)[1]
        head.append(f"| [`{name}`](#{name}) | `{facts.method} {facts.path}` | {_cell(facts.summary)} |")
    head.append("")
    return "\n".join(head + [operation_entry(facts) for facts in entries])


def _model_classes() -> list[tuple[str, bool]]:
    """Every generated model and enum class, with whether it is an enum, sorted by name."""
    found: list[tuple[str, bool]] = []
    for path in sorted(MODELS_DIR.glob("*.py")):
        if path.name == "__init__.py":
            continue
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"^class (\w+)(?:\((\w*))?", text, re.MULTILINE):
            found.append((match.group(1), match.group(2) in ("StrEnum", "IntEnum")))
    return sorted(found)


def models_page(enums: bool) -> str:
    kind = "Enums" if enums else "Models"
    intro = (
        "Enums accept any value Binance sends: one the spec does not list becomes a member that keeps its "
        "text, with `.known` False."
        if enums
        else "The answer models, attrs classes parsed from Binance's JSON. Money is `Decimal`; a field Binance "
        "did not send is `UNSET`; fields the spec does not list land in `additional_properties`."
    )
    lines = [f"# {kind}", "", intro, ""]
    for name, is_enum in _model_classes():
        if is_enum != enums:
            continue
        lines += [
            f"::: {model_identifier(name)}",
            "    options:",
            "      heading_level: 2",
            "      members: false",
            "",
        ]
    return "\n".join(lines)


def reference_pages() -> dict[str, str]:
    """Every generated page of the reference, by its path under the docs folder."""
    facts = read_facts(load_document())
    missing = set(OPERATIONS) ^ {op.operation_id for op in facts.operations}
    if missing:
        raise RuntimeError(f"the catalog and the spec disagree on {sorted(missing)}; run make generate")
    pages = {
        f"reference/{section.slug}.md": section_page(
            section, [op for op in facts.operations if section_of(op) == section.slug]
        )
        for section in SECTIONS
    }
    pages["reference/models.md"] = models_page(enums=False)
    pages["reference/enums.md"] = models_page(enums=True)
    return pages


def on_files(files: Any, config: Any) -> Any:
    """MkDocs hook: add the reference pages and the HTTP reference, which `make docs` builds first."""
    from mkdocs.structure.files import File

    for path, content in reference_pages().items():
        files.append(File.generated(config, path, content=content))
    if not HTTP_REFERENCE.is_file():
        raise RuntimeError(f"{HTTP_REFERENCE} is missing: build it with `make docs` (Redocly's build-docs)")
    files.append(File.generated(config, "http/index.html", abs_src_path=str(HTTP_REFERENCE)))
    return files
