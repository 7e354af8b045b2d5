"""Printing answers: the raw body for ``--json``, a plain-text table otherwise.

Tables are built from the JSON text with every number read as ``Decimal`` and every string
kept as sent, so a value is shown with exactly the digits Binance sent; a control character
in a name or a value is shown escaped (``printable``), never sent to the terminal.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .printable import printable

__all__ = ["render_table"]

Row = dict[str, str]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | Decimal):
        return printable(str(value))
    return printable(json.dumps(value, default=str, separators=(",", ":")))


def _is_records(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, Mapping) for item in value)


def _rows(value: Any, prefix: str = "") -> list[Row]:
    """Flattens JSON into rows: nested objects become ``a.b`` columns; the first list of
    objects in an object becomes one row per element, its parent's cells shown once."""
    if isinstance(value, list):
        rows: list[Row] = []
        for item in value:
            rows.extend(_rows(item, prefix) if isinstance(item, Mapping) else [{prefix or "value": _cell(item)}])
        return rows
    if not isinstance(value, Mapping):
        return [{prefix or "value": _cell(value)}]
    base: Row = {}
    children: list[Row] = []
    expanded = False
    for key, item in value.items():
        column = f"{prefix}{printable(key)}"
        if isinstance(item, Mapping) and item:
            nested = _rows(item, column + ".")
            if len(nested) == 1:
                base.update(nested[0])
                continue
        if _is_records(item) and not expanded:
            expanded = True
            children = _rows(item, "")
            clashes = {k for child in children for k in child} & ({*value.keys()} | set(base))
            if clashes:
                children = _rows(item, column + ".")
            continue
        base[column] = _cell(item)
    if not children:
        return [base]
    blank = dict.fromkeys(base, "")
    return [{**(base if index == 0 else blank), **child} for index, child in enumerate(children)]


def _grid(columns: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(column), *(len(row[i]) for row in rows)) for i, column in enumerate(columns)]
    lines = ["  ".join(column.ljust(widths[i]) for i, column in enumerate(columns)).rstrip()]
    lines.append("  ".join("-" * width for width in widths))
    lines.extend("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows)
    return "\n".join(lines)


def render_table(content: bytes) -> str:
    """A readable table of a JSON answer body (the body itself when it is not JSON)."""
    try:
        value = json.loads(content, parse_float=Decimal)
        rows = _rows(value)
    except (ValueError, RecursionError):
        # Not JSON, or nested deeper than a table can show: the text itself.
        return printable(content.decode("utf-8", "replace"))
    if isinstance(value, list) and not value:
        return "(no rows)"
    if isinstance(value, Mapping) and not value:
        return "(empty answer)"
    if isinstance(value, Mapping) and len(rows) == 1:
        return _grid(["field", "value"], [[key, cell] for key, cell in rows[0].items()])
    columns: list[str] = []
    for row in rows:
        columns.extend(key for key in row if key not in columns)
    return _grid(columns, [[row.get(column, "") for column in columns] for row in rows])
