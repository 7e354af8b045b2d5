"""Reading and writing the spec in a round trip that keeps it as it was written.

ruamel.yaml keeps comments, key order, quoting, flow lists and block scalars; the settings
below are the spec's own layout (two-space maps, lists indented under their key, no line
wrapping), so that a document loaded and dumped unchanged comes back byte for byte, and a
change shows in ``git diff`` as just the lines it touches.
"""

from __future__ import annotations

import io
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import YAMLError
from ruamel.yaml.representer import RoundTripRepresenter

from binance_pm_spec import SpecError

__all__ = ["dump", "load"]


def _null(representer: RoundTripRepresenter, _: None) -> Any:
    # The spec writes null as `null`; ruamel's default is an empty value.
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.representer.add_representer(type(None), _null)
    return yaml


def load(text: str, name: str) -> CommentedMap:
    """The spec ``text`` as an editable document; ``SpecError`` naming ``name`` if it is no YAML mapping."""
    try:
        document = _yaml().load(text)
    except YAMLError as exc:
        raise SpecError(f"{name} is not valid YAML: {exc}") from None
    if not isinstance(document, CommentedMap):
        raise SpecError(f"{name} is not an OpenAPI document")
    return document


def dump(document: CommentedMap) -> str:
    out = io.StringIO()
    _yaml().dump(document, out)
    return out.getvalue()
