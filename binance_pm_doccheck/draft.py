"""A new operation drafted from a page the spec has no operation for.

The draft follows the spec's conventions (see its ``info.description``): its own
``servers`` entry with ``x-binance-host``, ``x-binance-security-type`` and the ``security``
that type implies, ``x-binance-doc-group`` (from the page's address), ``x-binance-weight``,
the parameters of the page's table, a 200 answer whose schema is inferred from the page's
example (the example itself, without comments, kept beside it) and the shared error
answers. Its ``operationId`` is derived from the title as Binance's SDKs name methods; an
``x-binance-review`` note says what a person should check before it is published.
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from collections.abc import Mapping
from typing import Any, cast

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from binance_pm_spec import SpecFacts

from .checker import IP_BY_DEFAULT, _host_of, _titled
from .docpage import DocPage
from .infer import AddComponent, NameComponent, example_value, object_schema, operation_id, pascal, ref, schema_for
from .jsonish import JArray, JObject
from .parameters import new_parameter
from .weights import read_weight_text

__all__ = ["Draft", "draft_operation"]

REVIEW = "x-binance-review"
# Sections of Binance's docs, as their addresses spell them -> x-binance-doc-group.
_DOC_GROUPS = {
    "account": "account",
    "market-data": "market_data",
    "trade": "trade",
    "user-data-streams": "user_data_streams",
}


class Draft:
    def __init__(self, method: str, path: str, operation: CommentedMap) -> None:
        self.method = method
        self.path = path
        self.operation = operation


def _doc_group(page: DocPage) -> str | None:
    url = page.source_url or ""
    for segment in re.split(r"[/#?]", url):
        if segment.lower() in _DOC_GROUPS:
            return _DOC_GROUPS[segment.lower()]
    api_type = str(page.front_matter.get("api_type", "")).strip().lower().replace(" ", "-")
    return _DOC_GROUPS.get(api_type)


def _tag(facts: SpecFacts, host: str) -> str | None:
    """The tag most operations on the same host carry."""
    tags = Counter(str((op.operation.get("tags") or [""])[0]) for op in facts.operations if op.host == host)
    return tags.most_common(1)[0][0] if tags else None


def _operation_id(facts: SpecFacts, title: str, host: str) -> str:
    taken = {op.operation_id for op in facts.operations}
    wanted = operation_id(title)
    if wanted in taken and host == "api":  # the project's prefix for a Pro twin of a classic operation
        wanted = "pmPro" + wanted[:1].upper() + wanted[1:]
    name, number = wanted, 2
    while name in taken:
        name, number = f"{wanted}{number}", number + 1
    return name


def draft_operation(
    document: Mapping[str, Any], facts: SpecFacts, page: DocPage, name: NameComponent, add: AddComponent
) -> Draft | str:
    """The drafted operation, or why the page cannot be drafted mechanically."""
    half = page.en
    if half.method is None or half.path is None:
        return "the page gives no method and path"
    if half.title is None or half.security_type is None:
        return "the page has no title"
    schemes = facts.security_types.get(half.security_type)
    if schemes is None:
        return f"security type {half.security_type} is not in the spec's x-binance-security-types"
    host = _host_of(half)
    if host is None or host not in facts.hosts:
        return f"host {host or '?'} is not among the spec's servers"
    group = _doc_group(page)
    if group is None:
        return "the doc group (account, market-data, trade, user-data-streams) is not in the page's address"
    tag = _tag(facts, host)
    basis = half.weight_basis or ("IP" if half.path.startswith(IP_BY_DEFAULT) else None)
    if basis is None:
        return "the weight gives no basis (IP or UID)"
    if half.response is None:
        return "the page has no readable response example"
    parameters = CommentedSeq()
    for doc_param in half.params or []:
        parameter = new_parameter(document, doc_param, page.name)
        if parameter is None:
            return f"parameter {doc_param.name}: type {doc_param.type} or mandatory {doc_param.mandatory!r} has no mechanical mapping"
        parameters.append(parameter)
    weight = CommentedMap()
    if half.weight is not None:
        weight["value"] = half.weight
    else:
        read = read_weight_text(half.weight_text or "", (p.name for p in half.params or []))
        if read is None or read.plain is None:
            return f"the weight {half.weight_text!r} cannot be read"
        weight["value"] = read.plain
        weight["when-present"] = CommentedSeq(
            CommentedMap([("parameter", p), ("value", v)]) for p, v in read.when_present
        )
    weight.insert(1, "per", basis)
    op_id = _operation_id(facts, half.title, host)
    root = pascal(op_id)
    if isinstance(half.response, JObject):
        body = CommentedMap()
        add(f"{root}Result", body)
        body.update(object_schema(half.response, f"{root}Result", name, add))
        schema = ref(f"#/components/schemas/{root}Result")
    elif isinstance(half.response, JArray):
        schema = schema_for(half.response, "", root, "Item", name, add)
    else:
        schema = schema_for(half.response, "", root, "Value", name, add)
    operation = CommentedMap()
    operation["operationId"] = op_id
    operation["tags"] = CommentedSeq([tag])
    operation["tags"].fa.set_flow_style()
    operation["summary"] = _titled(half.title, half.security_type)
    operation["description"] = _block(
        f"{half.title}: drafted from the page {page.name}; describe it in your own words."
    )
    operation[REVIEW] = _block(
        f"Drafted by update-spec from {page.name}. Check the operationId ({op_id}, derived from the title "
        "as Binance's SDKs name methods), the descriptions, and which answer fields Binance always sends "
        "(none is marked required)."
    )
    if page.source_url:
        operation["externalDocs"] = CommentedMap([("url", page.source_url)])
    operation["servers"] = CommentedSeq([CommentedMap([("url", facts.hosts[host]), ("x-binance-host", host)])])
    operation["x-binance-security-type"] = half.security_type
    operation["x-binance-doc-group"] = group
    operation["x-binance-weight"] = weight
    operation["security"] = security_requirement(schemes)
    if parameters:
        operation["parameters"] = parameters
    ok = CommentedMap()
    ok["description"] = "The answer, as the page's example shows it."
    ok["content"] = CommentedMap(
        [("application/json", CommentedMap([("schema", schema), ("example", example_value(half.response))]))]
    )
    operation["responses"] = CommentedMap(
        [
            (DoubleQuotedScalarString("200"), ok),
            (DoubleQuotedScalarString("4XX"), ref("#/components/responses/ClientError")),
            (DoubleQuotedScalarString("5XX"), ref("#/components/responses/ServerError")),
        ]
    )
    return Draft(half.method, half.path, operation)


def _block(text: str) -> LiteralScalarString:
    """Text as the spec writes descriptions: a ``|`` block, wrapped."""
    return cast(LiteralScalarString, LiteralScalarString(textwrap.fill(text, width=88) + "\n"))


def security_requirement(schemes: tuple[str, ...]) -> CommentedSeq:
    """``security`` for an operation whose type needs ``schemes`` (none: an empty list)."""
    if not schemes:
        return CommentedSeq()
    return CommentedSeq([CommentedMap((scheme, CommentedSeq()) for scheme in schemes)])
