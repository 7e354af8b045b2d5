"""The edits ``--fix`` makes, one difference at a time, on the spec loaded in a round trip.

``Editor.page`` takes one page's differences as the checker reports them and applies those
that are mechanical: the title, the security type and the ``security`` it implies, the
source URL, the weight (value, basis, ``when-present``), a new or removed parameter, a
parameter's changed type or mandatory flag, a new enum value, a new answer field (its
schema inferred from the example), an answer field gone from the example (kept, optional
and ``deprecated: true``: older answers still carry it), and a page without an operation
(drafted into one, see ``draft``). A difference the Chinese half does not confirm is left
alone, with the reason kept in the ``Outcome``.

Changes at a place that may lie in a shared component are collected, then made by
``Editor.apply_located``: at the component's definition when every operation using it asks
for the same change, else in a copy of its own for each operation (``sharing``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from binance_pm_spec import OperationFacts, read_facts, resolve

from . import roundtrip
from .checker import (
    ABSENT,
    IP_BY_DEFAULT,
    PageResult,
    Report,
    _Checker,
    _merge_objects,
)
from .docpage import DocHalf, DocPage
from .draft import draft_operation, security_requirement
from .infer import binance_type_schema, pascal, schema_for, signature
from .jsonish import JArray, JObject, JValue
from .parameters import new_parameter
from .sharing import Place, Step, component_users, privately, walk
from .weights import read_weight_text

__all__ = ["Editor", "Outcome"]

_STEP = re.compile(r"\.([^.\[\]{}]+)|(\[\])|(\{\})")


@dataclass
class Outcome:
    """What ``update_spec`` did: the changes applied (one line each), the copies of shared
    components it made, and the differences left for a person."""

    applied: list[str] = field(default_factory=list)
    copies: list[str] = field(default_factory=list)
    needs_person: list[Report] = field(default_factory=list)
    changed: bool = False
    #: Why a difference was left to a person, where the remaining report does not say it.
    reasons: dict[Report, str] = field(default_factory=dict)


@dataclass
class _Located:
    """A change at a place that may lie in a shared component."""

    operation_id: str
    line: str
    start: Callable[[], Any]
    steps: list[Step]
    apply: Callable[[CommentedMap], bool]
    payload: str
    key: tuple[str, ...] | None = None


def _steps(field_path: str) -> list[Step] | None:
    """``response[].brackets[].cap`` -> prop/items steps; None when it is not such a path."""
    rest, steps, pos = field_path.removeprefix("response"), [], 0
    while pos < len(rest):
        match = _STEP.match(rest, pos)
        if match is None:
            return None
        steps.append(("prop", match.group(1)) if match.group(1) else ("items", "") if match.group(2) else ("map", ""))
        pos = match.end()
    return steps


def _value_at(value: JValue | None, steps: list[Step]) -> JValue | None:
    """The page's example at ``steps``, read as the checker reads it (array elements merged)."""
    for kind, name in steps:
        if isinstance(value, JArray) and kind == "items" and value.items:
            objects = all(isinstance(item, JObject) for item in value.items)
            value = _merge_objects(value.items) if objects else value.items[0]
        elif isinstance(value, JObject) and kind == "prop":
            value = next((m.value for m in value.members if m.key == name), None)
        elif isinstance(value, JObject) and kind == "map" and value.members:
            value = value.members[0].value
        else:
            return None
    return value


def _comment_at(value: JValue | None, key: str) -> str:
    if isinstance(value, JObject):
        return next((m.comment for m in value.members if m.key == key), "")
    return ""


def _node(op: OperationFacts) -> CommentedMap:
    """The operation as the editable node it is (the checker reads the document being edited)."""
    return cast(CommentedMap, op.operation)


def _media(operation: CommentedMap) -> CommentedMap | None:
    responses = operation.get("responses") or {}
    ok = next((responses[c] for c in ("200", "201", "2XX") if c in responses), None)
    content = ok.get("content") if isinstance(ok, CommentedMap) and "$ref" not in ok else None
    media = (content or {}).get("application/json")
    return media if isinstance(media, CommentedMap) and "schema" in media else None


class Editor:
    def __init__(self, document: CommentedMap) -> None:
        self.doc = document
        self.facts = read_facts(document)
        self.checker = _Checker(document)
        self.outcome = Outcome()
        self.located: list[_Located] = []

    # -- new component schemas ----------------------------------------------------------

    def name_component(self, parent: str, key: str) -> str:
        schemas = self.doc["components"]["schemas"]
        wanted = f"{parent}{pascal(key)}"
        name, number = wanted, 2
        while name in schemas:
            name, number = f"{wanted}{number}", number + 1
        return name

    def add_component(self, name: str, schema: CommentedMap) -> None:
        roundtrip.append(self.doc["components"]["schemas"], name, schema)

    # -- one page -------------------------------------------------------------------------

    def page(self, result: PageResult) -> None:
        page, op = result.page, result.operation
        # Where the halves disagree a person decides; a page problem ("-") is not a change.
        reports = [r for r in result.reports if not r.field.startswith("zh:") and r.spec != "-"]
        if op is not None and page.zh is not None:
            disagree = self.halves_disagree(page.zh, op, reports)
            for report in disagree:
                self.outcome.reasons[report] = "the English and Chinese halves disagree"
            reports = [r for r in reports if r not in disagree]
        if op is None:
            endpoint = next((r for r in reports if r.field == "endpoint" and r.spec == "(no such operation)"), None)
            if endpoint is not None:
                self.draft(page, endpoint)
            return
        weights = [r for r in reports if r.field.startswith("weight.")]
        for report in reports:
            name = report.field
            if name == "source_url":
                docs = _node(op).setdefault("externalDocs", CommentedMap())
                docs["url"] = report.doc
                self.applied(page, report)
            elif name.startswith("param."):
                self.parameter(page, op, report)
            elif name.startswith("response"):
                self.response(page, op, report)
        self.security(page, op, {r.field: r for r in reports})
        if weights:
            self.weight(page, op, weights)

    def halves_disagree(self, zh: DocHalf, op: OperationFacts, reports: list[Report]) -> list[Report]:
        """The English half's differences the Chinese half does not say too. The checker
        reports the Chinese half only where it differs from the English, so it is compared
        here on its own; a difference only the English half is compared on (the title, the
        security it implies, enum values a comment no longer names) or that the Chinese
        half has no section for cannot be confirmed, and is taken as it is."""
        said = {(field, _kind(field, doc)) for field, doc, _ in self.checker.compare(zh, op, primary=False)}
        sections = {
            "weight.": zh.weight is not None or zh.weight_text is not None,
            "param.": zh.params is not None,
            "response": zh.response is not None,
            "security-type": zh.security_type is not None,
        }
        disagree = []
        for report in reports:
            has_section = next(
                (present for prefix, present in sections.items() if report.field.startswith(prefix)), False
            )
            primary_only = (report.doc == ABSENT and report.field.endswith(".enum")) or report.spec == "(no enum)"
            if has_section and not primary_only and (report.field, _kind(report.field, report.doc)) not in said:
                disagree.append(report)
        return disagree

    def applied(self, page: DocPage, report: Report, what: str | None = None) -> None:
        change = what or f"{report.spec} -> {report.doc}"
        self.outcome.applied.append(f"{page.name} | {report.field} | {change}")

    def security(self, page: DocPage, op: OperationFacts, reports: dict[str, Report]) -> None:
        """The security type, then the ``security`` and title that go with it: those two
        only when the page's type is then the operation's (a type left to a person leaves
        them too, so that summary, type and security never disagree)."""
        operation = _node(op)
        kind = reports.get("security-type")
        if kind is not None and kind.doc in self.facts.security_types:
            operation["x-binance-security-type"] = kind.doc
            self.applied(page, kind)
        current = str(operation["x-binance-security-type"])
        security = reports.get("security")
        if security is not None and security.doc.split(":")[0] == current:
            operation["security"] = security_requirement(self.facts.security_types[current])
            self.applied(page, security)
        title = reports.get("title")
        if title is not None and page.en.security_type == current:
            operation["summary"] = title.doc
            self.applied(page, title)

    def weight(self, page: DocPage, op: OperationFacts, reports: list[Report]) -> None:
        half = page.en
        weight = _node(op)["x-binance-weight"]
        names = [str(resolve(self.doc, p).get("name")) for p in _node(op).get("parameters") or []]
        when: tuple[tuple[str, int], ...] = ()
        if half.weight is not None:
            value = half.weight
        else:
            read = read_weight_text(half.weight_text or "", names)
            if read is None:
                return  # the text is not a weight the reader understands: left to a person
            value = read.plain if read.plain is not None else int(weight["value"])
            when = read.when_present
        basis = half.weight_basis or ("IP" if (half.path or "").startswith(IP_BY_DEFAULT) else None)
        weight["value"] = value
        if basis is not None:
            weight["per"] = basis
        if when:
            weight["when-present"] = CommentedSeq(CommentedMap([("parameter", p), ("value", v)]) for p, v in when)
        else:
            weight.pop("when-present", None)
        for report in reports:
            if report.field != "weight.per" or basis is not None:
                self.applied(page, report)

    # -- parameters -----------------------------------------------------------------------

    def _entry(self, op: OperationFacts, name: str) -> CommentedMap | None:
        for entry in _node(op).get("parameters") or []:
            if resolve(self.doc, entry).get("name") == name:
                return entry  # type: ignore[no-any-return]
        return None

    def parameter(self, page: DocPage, op: OperationFacts, report: Report) -> None:
        parts = report.field.split(".")
        name = parts[1] if len(parts) >= 2 else ""
        doc_param = next((p for p in page.en.params or [] if p.name == name), None)
        if len(parts) == 2 and report.spec == ABSENT and doc_param is not None:
            self.add_parameter(page, op, report, doc_param.name)
        elif len(parts) == 2 and report.doc == ABSENT:
            self.remove_parameter(page, op, report, name)
        elif len(parts) == 3 and doc_param is not None:
            entry = self._entry(op, name)
            if entry is None:
                return
            kind = parts[2]
            if kind == "mandatory" and report.doc in ("YES", "NO"):
                required = report.doc == "YES"

                def set_required(node: CommentedMap) -> bool:
                    node["required"] = required
                    return True

                self.locate(op, page, report, lambda: entry, [], set_required, report.doc)
            elif kind == "type":
                schema = binance_type_schema(doc_param.type, doc_param.description)
                if schema is None:
                    return

                def set_schema(node: CommentedMap) -> bool:
                    old = node.get("schema")
                    if isinstance(old, CommentedMap) and "$ref" not in old and old.get("type") == schema.get("type"):
                        # Same JSON type (INT -> LONG, STRING -> ENUM): keep its bounds and default.
                        for key in ("format", "enum"):
                            if key in schema:
                                old[key] = schema[key]
                            else:
                                old.pop(key, None)
                    else:
                        node["schema"] = schema
                    return True

                self.locate(op, page, report, lambda: entry, [], set_schema, report.doc)
            elif kind == "enum" and report.spec == ABSENT:
                self.locate(op, page, report, lambda: entry, [("field", "schema")], _add_enum(report.doc), report.doc)

    def add_parameter(self, page: DocPage, op: OperationFacts, report: Report, name: str) -> None:
        doc_params = page.en.params or []
        doc_param = next(p for p in doc_params if p.name == name)
        parameter = new_parameter(self.doc, doc_param, page.name)
        if parameter is None:
            return
        operation = _node(op)
        if "parameters" not in operation:
            index = list(operation).index("responses") if "responses" in operation else len(operation)
            operation.insert(index, "parameters", CommentedSeq())
        entries = operation["parameters"]
        names = [resolve(self.doc, entry).get("name") for entry in entries]
        position = 0
        for earlier in doc_params[: doc_params.index(doc_param)]:
            if earlier.name in names:
                position = names.index(earlier.name) + 1
        entries.insert(position, parameter)
        self.applied(page, report, f"added ({doc_param.type}, mandatory {doc_param.mandatory})")

    def remove_parameter(self, page: DocPage, op: OperationFacts, report: Report, name: str) -> None:
        named_elsewhere = (
            any(name in rule.parameters or name in dict(rule.when) for rule in op.rules)
            or name in dict(op.weight_when_present)
            or op.client_order_id == name
            or any(
                o.order_lookup is not None
                and o.order_lookup.operation_id == op.operation_id
                and name in (o.order_lookup.id_parameter, *o.order_lookup.copy)
                for o in self.facts.operations
            )
        )
        entry = self._entry(op, name)
        if named_elsewhere or entry is None:
            return  # a rule, a weight or an order lookup names it: a person decides
        entries = _node(op)["parameters"]
        entries.remove(entry)
        if not entries:
            del _node(op)["parameters"]
        self.applied(page, report, "removed")

    # -- answers --------------------------------------------------------------------------

    def response(self, page: DocPage, op: OperationFacts, report: Report) -> None:
        steps = _steps(report.field.removesuffix(".enum"))
        media = _media(_node(op))
        if steps is None or media is None or page.en.response is None:
            return
        start: Callable[[], Any] = lambda: media["schema"]  # noqa: E731
        if report.field.endswith(".enum"):
            if report.spec == ABSENT and report.doc != ABSENT:
                self.locate(op, page, report, start, steps, _add_enum(report.doc), report.doc)
            return
        if not steps or steps[-1][0] != "prop":
            return
        parent, key = steps[:-1], steps[-1][1]
        if report.spec == ABSENT and not report.doc.startswith(("at ", "renamed to ")):
            holder = _value_at(page.en.response, parent)
            value = _value_at(page.en.response, steps)
            if value is None:
                return
            comment = _comment_at(holder, key)

            def add_field(node: CommentedMap) -> bool:
                if node.get("type") != "object" and "properties" not in node:
                    return False
                properties = node.setdefault("properties", CommentedMap())
                owner = self._owner_name(op, start, parent)
                properties[key] = schema_for(value, comment, owner, key, self.name_component, self.add_component)
                return True

            self.locate(op, page, report, start, parent, add_field, f"add:{key}:{signature(value)}", "added")
        elif report.doc == ABSENT:

            def deprecate(node: CommentedMap) -> bool:
                prop = (node.get("properties") or {}).get(key)
                if not isinstance(prop, CommentedMap):
                    return False
                prop["deprecated"] = True
                required = node.get("required")
                if isinstance(required, list) and key in required:
                    required.remove(key)
                    if not required:
                        del node["required"]
                return True

            self.locate(op, page, report, start, parent, deprecate, f"deprecate:{key}", "optional and deprecated")

    def _owner_name(self, op: OperationFacts, start: Callable[[], Any], steps: list[Step]) -> str:
        place = walk(self.doc, start(), steps)
        if place is not None and place.owner is not None:
            return place.owner[1]
        return pascal(op.operation_id)

    # -- changes that may land in shared components ------------------------------------

    def locate(
        self,
        op: OperationFacts,
        page: DocPage,
        report: Report,
        start: Callable[[], Any],
        steps: list[Step],
        apply: Callable[[CommentedMap], bool],
        payload: str,
        what: str | None = None,
    ) -> None:
        line = f"{page.name} | {report.field} | {what or f'{report.spec} -> {report.doc}'}"
        self.located.append(_Located(op.operation_id, line, start, steps, apply, payload))

    def apply_located(self) -> None:
        """Changes agreed by every user of their component at its definition, once; the
        others in a copy of their own."""
        users = component_users(self.doc)
        proposers: dict[tuple[str, ...], set[str]] = {}
        for change in self.located:
            place = walk(self.doc, change.start(), change.steps)
            if place is None or place.owner is None:
                continue
            hop = place.hops[-1]
            local = tuple(f"{kind}:{name}" for kind, name in change.steps[hop.at :])
            change.key = (hop.kind, hop.name, *local, change.payload)
            proposers.setdefault(change.key, set()).add(change.operation_id)
        done: set[tuple[str, ...]] = set()
        private: list[_Located] = []
        for change in self.located:
            key = change.key
            if key is not None and users.get((key[0], key[1]), set()) - proposers[key]:
                private.append(change)
                continue
            where = f" (in {key[1]}, for all its users)" if key else ""
            if key is not None and key in done:
                self.outcome.applied.append(change.line + where)
                continue
            place = walk(self.doc, change.start(), change.steps)
            if place is not None and change.apply(place.node):
                self.outcome.applied.append(change.line + where)
                if key is not None:
                    done.add(key)
        for change in private:

            def locate(change: _Located = change) -> Place | None:
                return walk(self.doc, change.start(), change.steps)

            place = privately(self.doc, change.operation_id, locate, users, self.outcome.copies)
            if place is not None and change.apply(place.node):
                self.outcome.applied.append(change.line)

    # -- new operations -------------------------------------------------------------------

    def draft(self, page: DocPage, report: Report) -> None:
        drafted = draft_operation(self.doc, self.facts, page, self.name_component, self.add_component)
        if isinstance(drafted, str):
            self.outcome.reasons[report] = f"cannot be drafted: {drafted}"
            return
        paths = self.doc["paths"]
        method = drafted.method.lower()
        if drafted.path in paths:
            roundtrip.append(paths[drafted.path], method, drafted.operation)
        else:
            roundtrip.append(paths, drafted.path, CommentedMap([(method, drafted.operation)]))
        op_id = drafted.operation["operationId"]
        self.facts = read_facts(self.doc)  # the next draft must not take the same operationId
        self.outcome.applied.append(
            f"{page.name} | endpoint | drafted {drafted.method} {drafted.path} as {op_id} (flagged x-binance-review)"
        )


def _kind(field_name: str, doc: str) -> str:
    """What a half says of a field, for comparing the halves: of a new answer field just its
    kind (``string '0.5'`` -> ``string``), since each language's example has its own values."""
    if field_name.startswith("response") and not field_name.endswith(".enum"):
        return doc.split(" ", 1)[0]
    return doc


def _add_enum(value: str) -> Callable[[CommentedMap], bool]:
    def add(node: CommentedMap) -> bool:
        values = node.get("enum")
        if not isinstance(values, list):
            return False
        if value not in values:
            values.append(value)
            descriptions = node.get("x-enum-descriptions")
            if isinstance(descriptions, list) and len(descriptions) == len(values) - 1:
                descriptions.append("New in Binance's docs; not yet described.")
        return True

    return add
