"""A tolerant reader for the JSON-like response examples on Binance's doc pages.

The examples are not JSON: they carry ``//`` and ``/* */`` comments, trailing commas,
non-breaking and full-width spaces, the odd unquoted key and, sometimes, a thousands
separator in a bare number. This reader accepts all of that and keeps what the checker
needs: the shape of the value, the JSON kind of every scalar, and the comment written
next to each object member (Binance names enum values there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["JArray", "JObject", "JScalar", "JValue", "Member", "ParseError", "parse"]


class ParseError(ValueError):
    """The text is not even JSON-like."""


@dataclass
class JScalar:
    kind: str  # "string" | "integer" | "number" | "boolean" | "null"
    value: object


@dataclass
class Member:
    key: str
    value: JValue
    comment: str = ""
    line: int = 0


@dataclass
class JObject:
    members: list[Member] = field(default_factory=list)


@dataclass
class JArray:
    items: list[JValue] = field(default_factory=list)


JValue = JScalar | JObject | JArray

# Characters that count as white space between tokens (besides str.isspace()).
_EXTRA_SPACE = {"\ufeff", "\u200b", "\u200c", "\u200d", "\u2060"}
_NUMBER = re.compile(r"-?(?:\d+(?:,\d{3})*|\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?")
_PLAIN_NUMBER = re.compile(r"-?\d*(?:\.\d+)?(?:[eE][+-]?\d+)?")
_BARE_KEY = re.compile(r"[A-Za-z_$][A-Za-z0-9_$\-]*")
_LITERALS = {"true": JScalar("boolean", True), "false": JScalar("boolean", False), "null": JScalar("null", None)}


#: Deeper than any real example; bounds the recursion on a hostile page.
MAX_DEPTH = 64


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.depth = 0
        # (line, text) of every comment seen, in order.
        self.comments: list[tuple[int, str]] = []
        # Comments before this index have been given to a member (or passed over).
        self.used = 0

    def line(self) -> int:
        return self.text.count("\n", 0, self.pos) + 1

    def error(self, what: str) -> ParseError:
        return ParseError(f"{what} at line {self.line()}: {self.text[self.pos : self.pos + 30]!r}")

    def skip(self) -> None:
        """Skip white space (any Unicode space) and comments, recording the comments."""
        text = self.text
        while self.pos < len(text):
            ch = text[self.pos]
            if ch.isspace() or ch in _EXTRA_SPACE:
                self.pos += 1
            elif text.startswith("//", self.pos) or ch == "#":
                start = self.pos
                end = text.find("\n", self.pos)
                end = len(text) if end < 0 else end
                self.comments.append((self.line(), text[start + (1 if ch == "#" else 2) : end].strip()))
                self.pos = end
            elif text.startswith("/*", self.pos):
                start = self.pos
                end = text.find("*/", self.pos + 2)
                end = len(text) if end < 0 else end
                self.comments.append((self.line(), text[start + 2 : end].strip()))
                self.pos = end + 2
            elif text.startswith("...", self.pos) or ch == "\u2026":
                # An elided part of an example ("...", "…"): nothing to read.
                self.pos += 1 if ch == "\u2026" else 3
            else:
                return

    def peek(self) -> str:
        self.skip()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def value(self, member: bool = False) -> JValue:
        """Read a value; ``member`` allows a thousands separator in a bare number (an
        object member's value, where a comma followed by three digits cannot start a key)."""
        ch = self.peek()
        if not ch:
            raise self.error("expected a value, found the end")
        if ch in "{[":
            if self.depth >= MAX_DEPTH:
                raise self.error(f"nested deeper than {MAX_DEPTH} levels")
            self.depth += 1
            try:
                return self.obj() if ch == "{" else self.arr()
            finally:
                self.depth -= 1
        if ch in "\"'\u201c":
            return JScalar("string", self.string())
        for word, lit in _LITERALS.items():
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return lit
        match = (_NUMBER if member else _PLAIN_NUMBER).match(self.text, self.pos)
        if match and match.group(0) not in ("", "-"):
            raw = match.group(0)
            self.pos = match.end()
            plain = raw.replace(",", "")
            if re.fullmatch(r"-?\d+", plain):
                return JScalar("integer", int(plain))
            return JScalar("number", float(plain))
        raise self.error("expected a value")

    def string(self) -> str:
        quote = self.text[self.pos]
        close = "\u201d" if quote == "\u201c" else quote
        self.pos += 1
        out: list[str] = []
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch == "\\" and self.pos + 1 < len(self.text):
                nxt = self.text[self.pos + 1]
                if nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", self.text[self.pos + 2 : self.pos + 6]):
                    out.append(chr(int(self.text[self.pos + 2 : self.pos + 6], 16)))
                    self.pos += 6
                    continue
                out.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}.get(nxt, nxt))
                self.pos += 2
                continue
            if ch == close:
                self.pos += 1
                return "".join(out)
            if ch == "\n":
                break
            out.append(ch)
            self.pos += 1
        raise self.error("unterminated string")

    def key(self) -> str:
        ch = self.peek()
        if ch in "\"'\u201c":
            return self.string()
        match = _BARE_KEY.match(self.text, self.pos)
        if not match:
            raise self.error("expected a key")
        self.pos = match.end()
        return match.group(0)

    def obj(self) -> JObject:
        self.pos += 1  # "{"
        result = JObject()
        while True:
            ch = self.peek()
            if ch == "}":
                self.pos += 1
                return result
            if ch == ",":  # a stray or trailing comma
                self.pos += 1
                continue
            if not ch:
                raise self.error("unterminated object")
            key_line = self.line()
            # Comments before the key, on lines of their own, belong to this member...
            before = [text for line, text in self.comments[self.used :] if line < key_line]
            key = self.key()
            if self.peek() not in (":", "\uff1a"):
                raise self.error("expected ':'")
            self.pos += 1
            self.used = len(self.comments)
            value = self.value(member=True)
            end_line = self.line()
            # ...and so does one on the line where its value ends (read after the comma, if any).
            if self.peek() == ",":
                self.pos += 1
            self.skip()
            after: list[str] = []
            while self.used < len(self.comments) and self.comments[self.used][0] == end_line:
                after.append(self.comments[self.used][1])
                self.used += 1
            result.members.append(Member(key, value, " ".join(before + after).strip(), key_line))

    def arr(self) -> JArray:
        self.pos += 1  # "["
        result = JArray()
        while True:
            ch = self.peek()
            if ch == "]":
                self.pos += 1
                return result
            if ch == ",":
                self.pos += 1
                continue
            if not ch:
                raise self.error("unterminated array")
            result.items.append(self.value())


def parse(text: str) -> JValue:
    """Read the first JSON-like value in ``text``; anything after it is ignored."""
    reader = _Reader(text)
    if not reader.peek():
        raise ParseError("no value")
    return reader.value()


def to_python(value: JValue) -> object:
    """The plain Python value (for tests and for printing)."""
    if isinstance(value, JScalar):
        return value.value
    if isinstance(value, JArray):
        return [to_python(item) for item in value.items]
    return {m.key: to_python(m.value) for m in value.members}
