"""The tolerant reader of Binance's JSON-like examples."""

from __future__ import annotations

import pytest

from binance_pm_doccheck.jsonish import JObject, ParseError, parse, to_python


def test_comments_trailing_commas_and_spaces() -> None:
    text = '[\u00a0{ "a": "1,000.5", // note\n "b": 2, /* x */ "c": [1, 2, 300,], },\n ]'
    assert to_python(parse(text)) == [{"a": "1,000.5", "b": 2, "c": [1, 2, 300]}]


def test_comment_belongs_to_the_member_on_its_line() -> None:
    value = parse('{\n "s": "NORMAL", // "NORMAL", "MARGIN_CALL"\n // about t\n "t": 1\n}')
    assert isinstance(value, JObject)
    assert [(m.key, m.comment) for m in value.members] == [("s", '"NORMAL", "MARGIN_CALL"'), ("t", "about t")]


def test_bare_number_with_thousands_separator_in_an_object() -> None:
    assert to_python(parse('{"x": 122,559.9, "y": 1}')) == {"x": 122559.9, "y": 1}


def test_kinds() -> None:
    value = parse('{"i": 1, "f": 0.5, "s": "1", "b": true, "n": null, unquoted: -2}')
    assert isinstance(value, JObject)
    assert [m.value.kind for m in value.members if not isinstance(m.value, JObject)] == [  # type: ignore[union-attr]
        "integer",
        "number",
        "string",
        "boolean",
        "null",
        "integer",
    ]


def test_garbage_is_an_error() -> None:
    with pytest.raises(ParseError):
        parse('{"a": "unterminated}')
    with pytest.raises(ParseError):
        parse("")
