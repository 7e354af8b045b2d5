"""Compare Binance's doc pages with the OpenAPI spec and list every difference.

Each difference is a :class:`Report` ``(page, field, doc, spec)``: the page's file name,
what differs (see ``FIELDS`` in the README), what the page says and what the spec says.
The English half of a page is compared first; the Chinese half is compared the same way
(except the title, which is in Chinese) and adds a report, with the field prefixed
``zh:``, only where it says something the English half does not.

The spec is read through ``binance_pm_spec.read_facts`` (routing, security, weights and
parameters); only the response schemas are walked in the raw document. An operation
without a page is reported only when the caller says the folder is a complete scrape
(``complete=True``): the project keeps a few pages as test data, not all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from binance_pm_spec import OperationFacts, SpecFacts, load_document, read_facts, resolve

from .docpage import DocHalf, DocPage, DocParam, PageError, read_page
from .jsonish import JArray, JObject, JScalar, JValue, Member
from .weights import read_weight_text

__all__ = ["PageResult", "Report", "UnreadablePages", "check", "compare_pages", "doc_pages", "read_pages"]

ABSENT = "(absent)"
# Path prefix -> Binance host (the spec's x-binance-host), per Binance's general rules.
PREFIX_HOSTS = {"/sapi/": "api", "/api/": "api", "/papi/": "papi", "/fapi/": "fapi", "/dapi/": "dapi", "/eapi/": "eapi"}
# Prefixes whose pages may omit the weight basis: Binance's general rules count
# /api, /papi, /fapi, /dapi and /eapi weights per IP. /sapi pages always name it.
IP_BY_DEFAULT = ("/api/", "/papi/", "/fapi/", "/dapi/", "/eapi/")
# Enum values in doc comments: quoted upper-case words, or bare ones with an underscore.
_ENUM_QUOTED = re.compile(r"[\"'\u201c]([A-Z][A-Z0-9_]*)[\"'\u201d]")
_ENUM_BARE = re.compile(r"(?<![A-Za-z0-9_])([A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9])(?![A-Za-z0-9_])")
_SUMMARY = re.compile(r"^(?P<title>.*?)\s*\(\s*(?P<sec>[A-Z_]+)\s*\)\s*$")
# Binance's titles carry no bracketed type for NONE operations ("Test Connectivity").
NONE = "NONE"


@dataclass(frozen=True, order=True)
class Report:
    page: str
    field: str
    doc: str
    spec: str

    def __str__(self) -> str:
        return f"{self.page} | {self.field} | doc says: {self.doc} | spec says: {self.spec}"


Schema = dict[str, Any]


@dataclass(frozen=True)
class PageResult:
    """One page, the operation it was matched to (None: no such operation) and its differences."""

    page: DocPage
    operation: OperationFacts | None
    reports: list[Report]


def _label(op: OperationFacts) -> str:
    return f"{op.method} {op.path} ({op.operation_id})"


def _titled(title: str, security_type: str | None) -> str:
    """A title as Binance writes it: with its bracketed security type, except for NONE."""
    return title if security_type in (None, NONE) else f"{title} ({security_type})"


class _Spec:
    def __init__(self, doc: Mapping[str, Any]) -> None:
        self.doc = doc
        self.facts: SpecFacts = read_facts(doc)
        self.ops = self.facts.operations

    def deref(self, node: Any) -> Any:
        return resolve(self.doc, node)

    def schema(self, node: Any) -> Schema:
        """The schema with $refs followed and allOf merged."""
        node = self.deref(node)
        if not isinstance(node, dict):
            return {}
        if "allOf" not in node:
            return node
        merged: Schema = {k: v for k, v in node.items() if k != "allOf"}
        props: dict[str, Any] = dict(merged.get("properties") or {})
        required: list[str] = list(merged.get("required") or [])
        for part in node["allOf"]:
            sub = self.schema(part)
            props.update(sub.get("properties") or {})
            required += sub.get("required") or []
            for key, value in sub.items():
                merged.setdefault(key, value)
        if props:
            merged["properties"] = props
        if required:
            merged["required"] = required
        return merged


def _types(schema: Schema) -> set[str]:
    declared = schema.get("type")
    if isinstance(declared, str):
        types = {declared}
    elif isinstance(declared, list):
        types = set(declared)
    elif "properties" in schema or "additionalProperties" in schema:
        types = {"object"}
    elif "items" in schema:
        types = {"array"}
    else:
        types = set()
    if schema.get("nullable") is True:
        types.add("null")
    return types


def _kind(value: JValue) -> str:
    if isinstance(value, JObject):
        return "object"
    if isinstance(value, JArray):
        return "array"
    return value.kind


def _describe(value: JValue) -> str:
    if isinstance(value, JScalar):
        return f"{value.kind} {value.value!r}"
    return _kind(value)


def _spec_type(schema: Schema) -> str:
    types = sorted(_types(schema)) or ["any"]
    text = "|".join(types)
    if schema.get("format"):
        text += f"/{schema['format']}"
    if schema.get("enum"):
        text += " enum"
    return text


def _enum_tokens(comment: str) -> list[str]:
    found: list[str] = []
    for match in list(_ENUM_QUOTED.finditer(comment)) + list(_ENUM_BARE.finditer(comment)):
        if match.group(1) not in found:
            found.append(match.group(1))
    return found


def _host_of(half: DocHalf) -> str | None:
    if half.url_host:
        name = half.url_host.split(":")[0].lower()
        first = name.split(".")[0]
        return "api" if re.fullmatch(r"api\d*|api-gcp", first) else first
    for prefix, host in PREFIX_HOSTS.items():
        if half.path and half.path.startswith(prefix):
            return host
    return None


def _merge_objects(values: list[JValue]) -> JValue:
    """One object holding every member of the given objects (array elements), so that a
    field shown in only some elements still counts once."""
    merged = JObject()
    by_key: dict[str, Member] = {}
    for value in values:
        assert isinstance(value, JObject)
        for member in value.members:
            if member.key not in by_key:
                by_key[member.key] = Member(member.key, member.value, member.comment, member.line)
                merged.members.append(by_key[member.key])
                continue
            have = by_key[member.key]
            if not have.comment:
                have.comment = member.comment
            if isinstance(have.value, JObject) and isinstance(member.value, JObject):
                have.value = _merge_objects([have.value, member.value])
            elif isinstance(have.value, JArray) and isinstance(member.value, JArray):
                have.value = JArray(have.value.items + member.value.items)
    return merged


class _ResponseDiff:
    """Differences between a doc response example and the response schema."""

    def __init__(self, spec: _Spec, primary: bool) -> None:
        self.spec = spec
        self.primary = primary
        self.out: list[tuple[str, str, str]] = []
        self.added: list[tuple[str, str, JValue]] = []  # (parent path, key, doc value)
        self.removed: list[tuple[str, str, Schema]] = []  # (parent path, key, spec schema)
        self.loose: list[tuple[str, str]] = []  # keys inside added subtrees: (parent path, key)

    def run(self, doc: JValue, schema: Any) -> list[tuple[str, str, str]]:
        self.walk(doc, self.spec.schema(schema), "response")
        self.pair()
        return self.out

    def pick(self, doc: JValue, schema: Schema) -> Schema:
        for key in ("oneOf", "anyOf"):
            if key in schema:
                branches = [self.spec.schema(b) for b in schema[key]]
                for branch in branches:
                    if not _types(branch) or _kind_fits(_kind(doc), _types(branch)):
                        return branch
                return branches[0] if branches else {}
        return schema

    def walk(self, doc: JValue, schema: Schema, path: str) -> None:
        schema = self.pick(doc, schema)
        types = _types(schema)
        kind = _kind(doc)
        if types and not _kind_fits(kind, types):
            self.out.append((path, _describe(doc), _spec_type(schema)))
            return
        if isinstance(doc, JArray):
            items = self.spec.schema(schema.get("items", {}))
            if doc.items and all(isinstance(item, JObject) for item in doc.items):
                self.walk(_merge_objects(doc.items), items, path + "[]")
            else:
                for item in doc.items:
                    self.walk(item, items, path + "[]")
        elif isinstance(doc, JObject):
            self.walk_object(doc, schema, path)

    def walk_object(self, doc: JObject, schema: Schema, path: str) -> None:
        props: dict[str, Any] = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        if not props and isinstance(extra, dict):  # a map: keys are data, not fields
            for member in doc.members:
                self.walk(member.value, self.spec.schema(extra), f"{path}{{}}")
            return
        seen = set()
        for member in doc.members:
            seen.add(member.key)
            if member.key not in props:
                self.added.append((path, member.key, member.value))
                self.collect_loose(member.value, f"{path}.{member.key}")
                continue
            sub = self.spec.schema(props[member.key])
            self.walk(member.value, sub, f"{path}.{member.key}")
            self.check_enum(member, self.pick(member.value, sub), f"{path}.{member.key}")
        for key in props:
            # A field marked deprecated may be gone from newer answers (update-spec marks a
            # field that way when a page drops it, because older answers still carry it).
            if key not in seen and not _deprecated(props[key], self.spec.schema(props[key])):
                self.removed.append((path, key, self.spec.schema(props[key])))

    def collect_loose(self, value: JValue, path: str) -> None:
        if isinstance(value, JArray):
            for item in value.items:
                self.collect_loose(item, path + "[]")
        elif isinstance(value, JObject):
            for member in value.members:
                self.loose.append((path, member.key))
                self.collect_loose(member.value, f"{path}.{member.key}")

    def check_enum(self, member: Member, schema: Schema, path: str) -> None:
        if not isinstance(member.value, JScalar):
            return
        named = _enum_tokens(member.comment)
        enum = [str(v) for v in schema.get("enum") or []]
        if not enum:
            if self.primary and len(named) >= 2:
                self.out.append((f"{path}.enum", ", ".join(named), "(no enum)"))
            return
        shown = list(named)
        if member.value.kind == "string" and str(member.value.value) not in shown:
            shown.append(str(member.value.value))
        for value in shown:
            if value not in enum:
                self.out.append((f"{path}.enum", value, ABSENT))
        if self.primary and named:
            for value in enum:
                if value not in named:
                    self.out.append((f"{path}.enum", ABSENT, value))

    def pair(self) -> None:
        """Turn an added and a removed key into one report when they are the same field
        moved to another level (nesting) or renamed at the same level."""
        added = list(self.added)
        removed = list(self.removed)
        # Moves: a field the spec has at one place and the doc has at another.
        doc_places = [(p, k) for p, k, _ in added] + self.loose
        for entry in list(removed):
            parent, key, _ = entry
            elsewhere = [p for p, k in doc_places if k == key and p != parent]
            if elsewhere:
                removed.remove(entry)
                added = [a for a in added if not (a[1] == key and a[0] == elsewhere[0])]
                self.out.append((f"{parent}.{key}", f"at {elsewhere[0]}.{key}", f"at {parent}.{key}"))
        # Renames: exactly one unknown and one missing key in the same object.
        for parent in sorted({p for p, _, _ in added} | {p for p, _, _ in removed}):
            here_added = [a for a in added if a[0] == parent]
            here_removed = [r for r in removed if r[0] == parent]
            if len(here_added) == 1 and len(here_removed) == 1:
                (_, new, _), (_, old, _) = here_added[0], here_removed[0]
                self.out.append((f"{parent}.{old}", f"renamed to {new!r}", f"{old!r}"))
                added.remove(here_added[0])
                removed.remove(here_removed[0])
        for parent, key, value in added:
            self.out.append((f"{parent}.{key}", _describe(value), ABSENT))
        for parent, key, schema in removed:
            self.out.append((f"{parent}.{key}", ABSENT, _spec_type(schema)))


def _deprecated(node: Any, schema: Schema) -> bool:
    """Whether a property is deprecated, on the property itself (beside its ``$ref``) or in its schema."""
    return (isinstance(node, Mapping) and node.get("deprecated") is True) or schema.get("deprecated") is True


def _kind_fits(kind: str, types: set[str]) -> bool:
    if kind == "integer":
        return bool(types & {"integer", "number"})
    return kind in types


def _param_type_ok(doc_type: str, schema: Schema) -> bool | None:
    """Whether a Binance parameter type matches the schema (None: unknown doc type)."""
    types, fmt = _types(schema), schema.get("format")
    base = re.sub(r"[<\[].*$", "", doc_type).strip()
    if base == "LONG":
        return types == {"integer"} and fmt == "int64"
    if base in ("INT", "INTEGER"):
        return types == {"integer"} and fmt in (None, "int32")
    if base == "STRING":
        return "string" in types
    if base == "DECIMAL":
        return bool(types & {"string", "number"}) and fmt == "decimal"
    if base in ("DOUBLE", "FLOAT", "NUMBER"):
        return "number" in types
    if base == "BOOLEAN":
        return "boolean" in types
    if base == "ENUM":
        return "string" in types and bool(schema.get("enum"))
    if base in ("ARRAY", "LIST"):
        return "array" in types
    return None


class _Checker:
    def __init__(self, spec_doc: Mapping[str, Any]) -> None:
        self.spec = _Spec(spec_doc)

    # -- matching a page to an operation -------------------------------------------------

    def match(self, page: DocPage) -> OperationFacts | None:
        halves = [h for h in (page.en, page.zh) if h is not None]
        for half in halves:
            for op in self.spec.ops:
                if op.method == half.method and op.path == half.path:
                    return op
        url = page.source_url
        if url:
            for op in self.spec.ops:
                if _source_url(op) == url:
                    return op
        for half in halves:
            same_path = [op for op in self.spec.ops if op.path == half.path]
            if len(same_path) == 1:
                return same_path[0]
        return None

    # -- one half of a page against one operation ------------------------------------------

    def compare(self, half: DocHalf, op: OperationFacts, primary: bool) -> Iterator[tuple[str, str, str]]:
        for what, problem in half.problems:
            yield what, problem, "-"
        if half.title is not None and primary:
            match = _SUMMARY.match(op.summary)
            spec_title = _titled(" ".join(match.group("title").split()), match.group("sec")) if match else op.summary
            doc_title = _titled(half.title, half.security_type)
            if doc_title != spec_title:
                yield "title", doc_title, spec_title or ABSENT
        if half.security_type is not None:
            if half.security_type != op.security_type:
                yield "security-type", half.security_type, op.security_type
            if primary:
                want = self.spec.facts.security_types.get(half.security_type)
                have = self.schemes_of(op)
                if want is not None and set(want) != set(have):
                    yield "security", f"{half.security_type}: {' + '.join(want) or 'none'}", " + ".join(have) or "none"
        if half.method is not None and half.method != op.method:
            yield "method", half.method, op.method
        if half.path is not None and half.path != op.path:
            yield "path", half.path, op.path
        doc_host = _host_of(half)
        if doc_host is not None and op.host != doc_host:
            yield "host", doc_host, op.host or ABSENT
        yield from self.compare_weight(half, op)
        if half.params is not None:
            yield from self.compare_params(half.params, op, primary)
        if half.response is not None:
            yield from self.compare_response(half, op, primary)

    def schemes_of(self, op: OperationFacts) -> tuple[str, ...]:
        signing = self.spec.facts.signing
        return tuple(
            scheme
            for scheme, needed in ((signing.api_key_scheme, op.needs_api_key), (signing.signature_scheme, op.signed))
            if needed
        )

    def compare_weight(self, half: DocHalf, op: OperationFacts) -> Iterator[tuple[str, str, str]]:
        if half.weight is not None:
            if half.weight != op.weight:
                yield "weight.value", str(half.weight), str(op.weight)
            # One number on the page: the weight depends on no parameter.
            for name, value in op.weight_when_present:
                yield f"weight.when-present.{name}", ABSENT, str(value)
        elif half.weight_text is not None:
            yield from self.compare_weight_text(half.weight_text, op)
        else:
            return
        basis = half.weight_basis
        if basis is None and half.path and half.path.startswith(IP_BY_DEFAULT):
            basis = "IP"  # Binance's general rule: no basis on the page means per IP.
        if basis is None:
            yield "weight.per", "(not given)", op.weight_per
        elif basis != op.weight_per:
            yield "weight.per", basis, op.weight_per

    def compare_weight_text(self, text: str, op: OperationFacts) -> Iterator[tuple[str, str, str]]:
        """A weight written as text ("1 with symbol; 40 without") against ``value`` and
        ``when-present``: each case the page names is compared with the weight the spec
        gives a request that sends just that parameter."""
        read = read_weight_text(text, (str(p.get("name")) for p in op.parameters))
        if read is None:
            yield "weight.value", repr(text), _spec_weight(op)
            return
        if read.plain is not None and read.plain != op.weight:
            yield "weight.value", str(read.plain), str(op.weight)
        spec_when = dict(op.weight_when_present)
        for name, value in read.when_present:
            if value != op.weight_for({name: ""}):
                yield f"weight.when-present.{name}", str(value), str(spec_when.get(name, ABSENT))
        for name, value in op.weight_when_present:
            if name not in dict(read.when_present):
                yield f"weight.when-present.{name}", ABSENT, str(value)

    def compare_params(
        self, params: list[DocParam], op: OperationFacts, primary: bool
    ) -> Iterator[tuple[str, str, str]]:
        spec_params = {str(p["name"]): p for p in op.parameters if "name" in p}
        doc_names = [p.name for p in params]
        for doc in params:
            spec = spec_params.get(doc.name)
            if spec is None:
                yield f"param.{doc.name}", f"{doc.type} {doc.mandatory}", ABSENT
                continue
            schema = self.spec.schema(spec.get("schema", {}))
            ok = _param_type_ok(doc.type, schema)
            if ok is not True:
                doc_text = doc.type if ok is False else f"{doc.type} (unknown Binance type)"
                yield f"param.{doc.name}.type", doc_text, _spec_type(schema)
            required = bool(spec.get("required", False))
            if doc.mandatory not in ("YES", "NO"):
                yield f"param.{doc.name}.mandatory", repr(doc.mandatory), "YES" if required else "NO"
            elif (doc.mandatory == "YES") != required:
                yield f"param.{doc.name}.mandatory", doc.mandatory, "YES" if required else "NO"
            enum = [str(v) for v in schema.get("enum") or []]
            named = _enum_tokens(doc.description)
            if enum:
                for value in named:
                    if value not in enum:
                        yield f"param.{doc.name}.enum", value, ABSENT
                if primary and named:
                    for value in enum:
                        if value not in named:
                            yield f"param.{doc.name}.enum", ABSENT, value
        for name, spec in spec_params.items():
            if name not in doc_names:
                yield f"param.{name}", ABSENT, "YES" if spec.get("required") else "NO"

    def compare_response(self, half: DocHalf, op: OperationFacts, primary: bool) -> Iterator[tuple[str, str, str]]:
        assert half.response is not None
        responses = op.operation.get("responses") or {}
        ok = next((self.spec.deref(responses[c]) for c in ("200", "201", "2XX") if c in responses), None)
        content = (ok or {}).get("content") or {}
        media = content.get("application/json") or next(iter(content.values()), None)
        if not isinstance(media, dict) or "schema" not in media:
            yield "response", _describe(half.response), "(no JSON success response)"
            return
        yield from _ResponseDiff(self.spec, primary).run(half.response, media["schema"])

    # -- everything -----------------------------------------------------------------------

    def page_reports(self, page: DocPage, claimed: dict[str, str]) -> list[Report]:
        op = self.match(page)
        en = page.en
        if op is None:
            half = en if en.method else (page.zh or en)
            where = f"{half.method} {half.path}" if half.method else "(no method and path)"
            host = _host_of(half)
            return [Report(page.name, "endpoint", f"{where} on {host or '?'}", "(no such operation)")]
        key = f"{op.method} {op.path}"
        if key in claimed:
            return [Report(page.name, "endpoint", key, f"already documented by {claimed[key]}")]
        claimed[key] = page.name
        reports: list[Report] = []
        url = page.source_url
        spec_url = _source_url(op)
        if url and url != spec_url:
            reports.append(Report(page.name, "source_url", url, spec_url or ABSENT))
        en_found = list(self.compare(en, op, primary=True))
        reports += [Report(page.name, f, d, s) for f, d, s in en_found]
        if page.zh is not None:
            said = {(f, d) for f, d, _ in en_found}
            for f, d, s in self.compare(page.zh, op, primary=False):
                if (f, d) not in said:
                    reports.append(Report(page.name, f"zh:{f}", d, s))
        return _dedupe(reports)

    def results(self, pages: list[DocPage]) -> list[PageResult]:
        claimed: dict[str, str] = {}
        return [PageResult(page, self.match(page), self.page_reports(page, claimed)) for page in pages]

    def run(self, pages: list[DocPage], complete: bool) -> list[Report]:
        claimed: dict[str, str] = {}
        reports: list[Report] = []
        for page in pages:
            reports += self.page_reports(page, claimed)
        if complete:
            for op in self.spec.ops:
                if f"{op.method} {op.path}" not in claimed:
                    reports.append(Report("(no page)", "endpoint", "(no page)", _label(op)))
        return reports


def _source_url(op: OperationFacts) -> str | None:
    url = (op.operation.get("externalDocs") or {}).get("url")
    return str(url) if url else None


def _spec_weight(op: OperationFacts) -> str:
    """The spec's weight in words: ``40; 1 with symbol`` (value, then each when-present)."""
    return "; ".join([str(op.weight), *(f"{value} with {name}" for name, value in op.weight_when_present)])


def _dedupe(reports: list[Report]) -> list[Report]:
    seen: set[Report] = set()
    out: list[Report] = []
    for report in reports:
        if report not in seen:
            seen.add(report)
            out.append(report)
    return out


class UnreadablePages(ValueError):
    """Files in the docs folder that are no doc pages (``errors``: one ``PageError`` each)."""

    def __init__(self, errors: list[PageError]) -> None:
        super().__init__("\n".join(str(error) for error in errors))
        self.errors = errors


def doc_pages(docs: Path) -> list[Path]:
    return sorted(p for p in docs.iterdir() if p.is_file() and p.suffix in (".txt", ".md"))


def read_pages(docs: Path) -> list[DocPage]:
    """Every page in ``docs``; ``UnreadablePages`` naming each file that is no page."""
    pages: list[DocPage] = []
    errors: list[PageError] = []
    for path in doc_pages(docs):
        try:
            pages.append(read_page(path))
        except PageError as error:
            errors.append(error)
    if errors:
        raise UnreadablePages(errors)
    return pages


def compare_pages(pages: list[DocPage], spec: Mapping[str, Any]) -> list[PageResult]:
    """Each page's operation and differences, against the document ``spec`` (any mapping,
    such as the one ``update-spec`` edits in place)."""
    return _Checker(spec).results(pages)


def check(docs: Path, spec: Path | Mapping[str, Any], *, complete: bool = False) -> list[Report]:
    """Every difference between the pages in ``docs`` and the spec (a path, or the document
    already loaded). With ``complete``, ``docs`` is taken as a full scrape of Binance's
    pages, so an operation without a page is a difference too.

    Raises ``UnreadablePages`` when a file is no doc page at all (nothing is compared), and
    ``SpecError`` for an unusable spec."""
    document = dict(load_document(spec) if isinstance(spec, Path) else spec)
    return _Checker(document).run(read_pages(docs), complete)
