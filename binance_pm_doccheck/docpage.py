"""Reading one scraped Binance doc page.

A page is YAML front matter between ``---`` lines, then the English page in Markdown,
then a line ``---``, then the same page in Chinese. Both halves have the same sections:
a ``#`` title ending in the bracketed security type (no bracket: NONE), ``## HTTP
Request`` with the method and path, ``## Request Weight(IP)`` (or ``(UID)``, or no basis)
with the weight in bold (a number, or text when it depends on a parameter), ``## Request
Parameters`` as a ``Name| Type| Mandatory| Description`` table (or ``None``) and
``## Response Example`` with an indented JSON-like example.

A file that is no such page at all (not UTF-8 text, binary, front matter that is not a
closed YAML mapping) raises ``PageError`` naming the file: nothing in it can be compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .jsonish import JValue, ParseError, parse

__all__ = ["DocHalf", "DocPage", "DocParam", "PageError", "read_page"]

_METHODS = "GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS"
_HTTP_LINE = re.compile(rf"\b({_METHODS})\s+(https?://[^/\s]+)?(/[^\s?#]*)")
_TITLE = re.compile(r"^(?P<title>.*?)\s*[(\uff08]\s*(?P<sec>[A-Z_]+)\s*[)\uff09]\s*$")
_HEADING_LINK = re.compile(r"\[\]\([^)]*\)\s*$")

# Section names in each language, by what the checker calls them.
_SECTIONS = {
    "description": ("API Description", "接口描述"),
    "http": ("HTTP Request", "HTTP请求"),
    "weight": ("Request Weight", "请求权重"),
    "params": ("Request Parameters", "请求参数"),
    "response": ("Response Example", "响应示例"),
}


class PageError(ValueError):
    """A file that cannot be read as a doc page; the message names it and says why."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass
class DocParam:
    name: str
    type: str
    mandatory: str
    description: str


@dataclass
class DocHalf:
    """What one language's half of a page says. Every field is None when the half
    does not say it (or says it in a way the reader cannot make out; see ``problems``)."""

    lang: str  # "en" | "zh"
    title: str | None = None
    security_type: str | None = None
    method: str | None = None
    path: str | None = None
    url_host: str | None = None  # host name when the page gives a full URL
    weight: int | None = None
    weight_text: str | None = None  # the weight section's text when it is not one number
    weight_basis: str | None = None  # "IP" | "UID" | None (not given)
    params: list[DocParam] | None = None
    response: JValue | None = None
    problems: list[tuple[str, str]] = field(default_factory=list)  # (field, what is wrong)


@dataclass
class DocPage:
    path: Path
    front_matter: dict[str, object]
    en: DocHalf
    zh: DocHalf | None

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def source_url(self) -> str | None:
        url = self.front_matter.get("source_url")
        return str(url) if url else None


def _front_matter(lines: list[str]) -> tuple[dict[str, object], int]:
    """The front matter (empty when the page has none) and the index of the line after it."""
    if not lines or lines[0].strip() != "---":
        return {}, 0
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        raise ValueError("the front matter opened on line 1 has no closing '---' line")
    try:
        loaded = yaml.safe_load("\n".join(lines[1:end]))
    except RecursionError:
        raise ValueError("the front matter is nested too deeply to read") from None
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" on line {where.line + 2}" if where is not None else ""
        problem = getattr(exc, "problem", None) or "not YAML"
        raise ValueError(f"the front matter is not valid YAML{line}: {problem}") from None
    if loaded is None:
        return {}, end + 1
    if not isinstance(loaded, dict):
        raise ValueError(f"the front matter is a YAML {type(loaded).__name__}, not a mapping of keys to values")
    return loaded, end + 1


def _split(text: str) -> tuple[dict[str, object], str, str | None]:
    lines = text.replace("\r\n", "\n").split("\n")
    front, start = _front_matter(lines)
    body = lines[start:]
    for i, line in enumerate(body):
        if line.strip() == "---":
            return front, "\n".join(body[:i]), "\n".join(body[i + 1 :])
    return front, "\n".join(body), None


def _sections(text: str) -> tuple[str | None, dict[str, str]]:
    title: str | None = None
    sections: dict[str, str] = {}
    current: str | None = None
    buf: list[str] = []

    def flush() -> None:
        if current is not None and current not in sections:
            sections[current] = "\n".join(buf)

    for line in text.split("\n"):
        if line.startswith("# ") and title is None:
            title = line[2:].strip()
            continue
        if line.startswith("## "):
            flush()
            heading = _HEADING_LINK.sub("", line[3:]).strip()
            current = heading
            buf = []
            continue
        buf.append(line)
    flush()
    return title, sections


def _find(sections: dict[str, str], kind: str) -> tuple[str, str] | None:
    for heading, body in sections.items():
        if any(heading.startswith(name) for name in _SECTIONS[kind]):
            return heading, body
    return None


def _clean(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u3000", " ")


def _parse_half(lang: str, text: str) -> DocHalf:
    half = DocHalf(lang)
    title, sections = _sections(_clean(text))
    if title is not None:
        match = _TITLE.match(title)
        if match:
            half.title = " ".join(match.group("title").split())
            half.security_type = match.group("sec")
        else:
            # Binance brackets every security type but NONE ("# Test Connectivity").
            half.title = " ".join(title.split())
            half.security_type = "NONE"
    else:
        half.problems.append(("title", "no '# ' title"))

    http = _find(sections, "http")
    if http is not None:
        match = _HTTP_LINE.search(http[1].replace("`", " "))
        if match:
            half.method = match.group(1)
            half.url_host = match.group(2).split("//", 1)[1] if match.group(2) else None
            half.path = match.group(3)
        else:
            half.problems.append(("method", f"no method and path in {http[1].strip()!r}"))
    else:
        half.problems.append(("method", "no HTTP Request section"))

    weight = _find(sections, "weight")
    if weight is not None:
        heading, body = weight
        basis = re.search(r"[(\uff08]\s*([A-Za-z]+)\s*[)\uff09]", heading)
        half.weight_basis = basis.group(1).upper() if basis else None
        plain = " ".join(body.replace("*", " ").split())
        if re.fullmatch(r"\d+", plain):
            half.weight = int(plain)
        else:
            half.weight_text = plain
    else:
        half.problems.append(("weight.value", "no Request Weight section"))

    params = _find(sections, "params")
    if params is not None:
        half.params = _parse_table(params[1], half)
    else:
        half.problems.append(("param", "no Request Parameters section"))

    response = _find(sections, "response")
    if response is not None:
        try:
            half.response = parse(response[1])
        except ParseError as exc:
            half.problems.append(("response", f"cannot read the response example: {exc}"))
    else:
        half.problems.append(("response", "no Response Example section"))
    return half


def _parse_table(body: str, half: DocHalf) -> list[DocParam]:
    rows = [line.strip() for line in body.split("\n") if "|" in line]
    if not rows:
        text = " ".join(body.split())
        if text and text.lower() not in ("none", "无", "none.", "nil"):
            half.problems.append(("param", f"cannot read the parameter table {text!r}"))
        return []
    out: list[DocParam] = []
    for row in rows[1:]:  # rows[0] is the header
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        if all(re.fullmatch(r":?-+:?", cell) for cell in cells if cell):
            continue
        cells += [""] * (4 - len(cells))
        name = cells[0].strip("`* ")
        if not name:
            continue
        out.append(DocParam(name, cells[1].strip("`* ").upper(), cells[2].strip("`* ").upper(), "|".join(cells[3:])))
    return out


def _text_of(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PageError(path, f"cannot read it: {exc.strerror or exc}") from None
    if b"\x00" in raw:
        raise PageError(path, "a binary file (it holds NUL bytes), not a doc page")
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise PageError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def read_page(path: Path) -> DocPage:
    """The page in ``path``; ``PageError`` when the file is no doc page at all."""
    text = _text_of(path)
    try:
        front, en, zh = _split(text)
    except ValueError as exc:
        raise PageError(path, str(exc)) from None
    return DocPage(path, front, _parse_half("en", en), _parse_half("zh", zh) if zh is not None else None)
