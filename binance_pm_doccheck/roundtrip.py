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
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.representer import RoundTripRepresenter

from binance_pm_spec import SpecError

__all__ = ["append", "dump", "load"]


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


def _end(node: Any, key: Any) -> tuple[Any, Any]:
    """The innermost (container, key) at the end of ``node[key]``: where ruamel keeps the
    comment and blank lines that follow a block."""
    while True:
        child = node[key]
        if isinstance(child, CommentedMap) and child:
            node, key = child, list(child)[-1]
        elif isinstance(child, CommentedSeq) and child:
            node, key = child, len(child) - 1
        else:
            return node, key


def append(mapping: CommentedMap, key: str, value: Any) -> None:
    """``mapping[key] = value`` as its new last entry, moving the blank lines or comment
    that followed the old last entry to after the new one (so that a blank line before
    the next section stays before it)."""
    previous = list(mapping)[-1] if mapping else None
    mapping[key] = value
    if previous is None:
        return
    node, last = _end(mapping, previous)
    slot = 0 if isinstance(node, CommentedSeq) else 2
    entry = node.ca.items.get(last)
    if not entry or len(entry) <= slot or entry[slot] is None:
        return
    token, entry[slot] = entry[slot], None
    node, last = _end(mapping, key)
    if isinstance(node, CommentedSeq):
        node.ca.items[last] = [token, None]
    else:
        node.ca.items[last] = [None, None, token, None]
