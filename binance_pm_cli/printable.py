"""Text from a server, made safe to show on a terminal.

A string Binance (or anything answering in its place) sends can hold ESC sequences that
recolour, retitle or clear the terminal, C1 controls (``\\x9b`` is a one-byte CSI on some
terminals), bidirectional overrides that make text read in another order than it is
stored, zero-width characters that make two different symbols look alike, and lone
surrogates that cannot be encoded at all. Each such character is shown escaped, as Python
writes it (``\\x1b``, ``\\u202e``), so what is printed is what was sent and nothing acts on
the terminal. ``--json`` is left alone: it promises the body's bytes.
"""

from __future__ import annotations

__all__ = ["printable"]

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(char: str) -> str:
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _shown_as_is(char: str) -> bool:
    if char.isprintable():
        return True
    # Only reached for the rare character str.isprintable() refuses: the data tables load
    # on the first one.
    import unicodedata

    # Spaces other than " " (no-break, ideographic) are not printable to Python, but show as
    # the space they are. Everything else refused (Cc, Cf, Cs, Co, Cn, Zl, Zp) is escaped.
    return unicodedata.category(char) == "Zs"


def printable(text: str) -> str:
    """``text`` with every control, format, surrogate, unassigned or line-separating
    character escaped; ordinary text (any script, spaces included) is returned unchanged."""
    if text.isprintable():
        return text
    return "".join(char if _shown_as_is(char) else _escaped(char) for char in text)
