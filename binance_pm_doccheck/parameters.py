"""A parameter for the spec from a row of a page's parameter table."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ruamel.yaml.comments import CommentedMap

from binance_pm_spec import resolve

from .checker import _param_type_ok
from .docpage import DocParam
from .infer import binance_type_schema, ref

__all__ = ["new_parameter", "parameter_schema"]


def parameter_schema(doc_param: DocParam) -> CommentedMap | None:
    return binance_type_schema(doc_param.type, doc_param.description)


def new_parameter(document: Mapping[str, Any], doc_param: DocParam, page: str) -> CommentedMap | None:
    """The shared component parameter of that name when it agrees with the row (type and
    mandatory flag), else the parameter written inline; None when the row's type or
    mandatory flag has no mechanical mapping."""
    if doc_param.mandatory not in ("YES", "NO"):
        return None
    required = doc_param.mandatory == "YES"
    shared = (document.get("components") or {}).get("parameters") or {}
    for name, parameter in shared.items():
        if parameter.get("name") != doc_param.name or bool(parameter.get("required", False)) != required:
            continue
        if _param_type_ok(doc_param.type, resolve(document, parameter.get("schema") or {})):
            return ref(f"#/components/parameters/{name}")
    schema = parameter_schema(doc_param)
    if schema is None:
        return None
    description = " ".join(doc_param.description.split()) or f"New on the page {page}; not yet described."
    return CommentedMap(
        [
            ("name", doc_param.name),
            ("in", "query"),
            ("required", required),
            ("description", description),
            ("schema", schema),
        ]
    )
