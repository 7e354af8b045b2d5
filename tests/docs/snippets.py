"""The code of the guides, extracted so that the tests can run it against the sandbox.

A guide's ```` ```python ```` blocks run in order as one program, in a fresh interpreter, so a
later block may use what an earlier one made. Its ```` ```sh ```` blocks run in order as one bash
script with ``set -e``, with ``BINANCE_*`` pointing the ``binance-pm`` command at a sandbox the
test starts. A block right after the line ``<!-- not run: REASON -->`` is left out (real keys,
a real Binance account); say why.

The program keeps each line of code at its line in the Markdown file (every other line is
blank), so a traceback names the guide and the line of the failing snippet.

``python tests/docs/snippets.py GUIDE.md`` runs one guide's Python blocks (the tests do it in a
subprocess, with the network closed to anything but loopback).
"""

from __future__ import annotations

import re
import socket
import sys
from pathlib import Path
from typing import Any, NamedTuple

REPO = Path(__file__).resolve().parents[2]
# The files whose code the tests run: every guide, the site's front page and the README.
# A new guide is picked up by the glob; another Markdown file joins by being added here.
SNIPPET_FILES: tuple[Path, ...] = (
    *sorted((REPO / "docs" / "guides").glob("*.md")),
    REPO / "docs" / "index.md",
    REPO / "README.md",
)

FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```[ \t]*$", re.DOTALL | re.MULTILINE)
NOT_RUN = re.compile(r"<!--\s*not run:\s*\S.*?-->\s*$")


class Snippet(NamedTuple):
    language: str
    line: int  # the line of the block's first line of code, counting from 1
    code: str


def snippets(markdown: str, language: str) -> list[Snippet]:
    """The blocks of one language, in order, without those marked ``<!-- not run: ... -->``."""
    found: list[Snippet] = []
    for match in FENCE.finditer(markdown):
        if match.group(1) != language:
            continue
        before = markdown[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        if NOT_RUN.search(before):
            continue
        line = markdown.count("\n", 0, match.start(2)) + 1
        found.append(Snippet(language, line, match.group(2)))
    return found


def program(markdown: str, language: str = "python") -> str:
    """The runnable blocks of one language as one program, each line where it is in the file."""
    lines = [""] * (markdown.count("\n") + 1)
    for snippet in snippets(markdown, language):
        for offset, code in enumerate(snippet.code.splitlines()):
            lines[snippet.line - 1 + offset] = code
    return "\n".join(lines) + "\n"


def _loopback_only() -> None:
    """Refuse every connection that would leave this machine: a guide never reaches Binance."""
    real_getaddrinfo = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in ("127.0.0.1", "localhost", "::1", None):
            raise OSError(f"a guide's code tried to reach {host!r}; guides run against the sandbox only")
        return real_getaddrinfo(host, *args, **kwargs)

    socket.getaddrinfo = getaddrinfo


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: snippets.py GUIDE.md", file=sys.stderr)
        return 2
    path = Path(argv[0]).resolve()
    _loopback_only()
    code = compile(program(path.read_text(encoding="utf-8")), str(path), "exec")
    exec(code, {"__name__": "__main__"})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
