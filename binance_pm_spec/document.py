"""The spec as a YAML document: locating it, loading it, following its local ``$ref``s."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

SPEC_ENV_VAR = "BINANCE_PM_SPEC"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_MAX_REF_HOPS = 32


class SpecError(ValueError):
    """The spec is unreadable or lacks something; the message says what and where."""


_PACKAGE_DIR = Path(__file__).resolve().parent
#: Where the spec lives in a checkout of the repository (the one copy that is edited).
REPOSITORY_SPEC = _PACKAGE_DIR.parent / "spec" / "binance-pm.yaml"
#: Where a built wheel carries it: package data of ``binance_pm_spec``, copied from
#: ``spec/binance-pm.yaml`` at build time by the ``build_spec`` step of ``setup.py``.
PACKAGED_SPEC = _PACKAGE_DIR / "binance-pm.yaml"


def default_spec_path() -> Path:
    """``$BINANCE_PM_SPEC``; else ``spec/binance-pm.yaml`` of the repository this package
    sits in (a checkout, or an editable install); else the copy an installed wheel carries.

    The repository's file wins over a packaged one so that, in a checkout, the spec being
    edited is the one read. When neither exists, the packaged path is returned, for the
    reader's error to name.
    """
    env = os.environ.get(SPEC_ENV_VAR)
    if env:
        return Path(env)
    if REPOSITORY_SPEC.is_file():
        return REPOSITORY_SPEC
    return PACKAGED_SPEC


def default_docs_path() -> Path | None:
    """The repository's folder of Binance doc pages (``spec/docs``, the doc checker's test
    data) when run from a checkout; ``None`` when installed, where there is no such folder
    and the pages to compare must be named."""
    docs = REPOSITORY_SPEC.parent / "docs"
    return docs if docs.is_dir() else None


# libyaml's loader when PyYAML was built with it: about seven times faster on the spec
# (126 operations), and it builds the same data.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _ExactLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    """Reads YAML floats as Decimal, so example numbers keep the digits they were written with."""


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal:
    assert isinstance(node, yaml.ScalarNode)
    return Decimal(str(loader.construct_scalar(node)).replace("_", ""))


_ExactLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)


def load_document(path: str | os.PathLike[str] | None = None, *, exact_numbers: bool = False) -> dict[str, Any]:
    """The spec at ``path`` (default: ``default_spec_path()``) as plain data.

    With ``exact_numbers``, YAML floats become ``Decimal`` (for serving examples exactly);
    otherwise they are ``float``, as every OpenAPI tool reads them.
    """
    spec_path = Path(path) if path is not None else default_spec_path()
    try:
        text = spec_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"cannot read the spec at {spec_path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise SpecError(
            f"cannot read the spec at {spec_path}: not UTF-8 text ({exc.reason} at byte {exc.start})"
        ) from None
    try:
        document = yaml.load(text, Loader=_ExactLoader if exact_numbers else _SafeLoader)
    except yaml.YAMLError as exc:
        raise SpecError(f"{spec_path} is not valid YAML: {exc}") from None
    if not isinstance(document, dict):
        raise SpecError(f"{spec_path} is not an OpenAPI document")
    return document


def resolve(document: Mapping[str, Any], node: Any) -> Any:
    """``node`` with local ``$ref``s followed (``#/components/...``); other nodes unchanged."""
    hops = 0
    while isinstance(node, Mapping) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise SpecError(f"only local $refs are supported, got {ref!r}")
        target: Any = document
        for part in ref[2:].split("/"):
            try:
                target = target[part.replace("~1", "/").replace("~0", "~")]
            except (KeyError, TypeError):
                raise SpecError(f"$ref {ref!r} points at nothing") from None
        node = target
        hops += 1
        if hops > _MAX_REF_HOPS:
            raise SpecError(f"$ref cycle at {ref!r}")
    return node


def iter_operations(document: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """``(METHOD, path, operation, path item)`` for every operation, in document order."""
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield method.upper(), path, operation, item
