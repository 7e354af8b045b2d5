"""Reading a weight section that depends on a parameter.

Binance writes such weights as text: ``**1** for a single symbol; **40** when the symbol
parameter is omitted``, ``**20** with symbol, **40** with pair``, ``**1** if send asset or
**50** if not send asset``, or in Chinese ``带symbol **1**``, ``不带symbol **40**`` with
full-width punctuation. The text is cut into clauses, each with exactly one number. A
clause that names one of the operation's parameters, without a negation, is that
parameter's weight; a clause with a negation (``without``, ``omitted``, ``not``,
``otherwise``, ``不``, ...) is the weight when none of the named parameters is sent.
Anything else (two numbers in a clause, a clause that names no parameter and negates
nothing) makes the text unreadable, and the checker reports it whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["ConditionalWeight", "read_weight_text"]

# Clause breaks: ; , (ASCII and full-width), the Chinese full stop, a full stop, "or".
_CLAUSE_BREAK = re.compile(r"[;,\uff1b\uff0c\u3002]|\.(?!\d)|\bor\b|或者?")
# ASCII-only lookarounds: in Chinese text a parameter or a number sits right next to a CJK
# character, which Python's \w would count as part of the word.
_NUMBER = re.compile(r"(?<![A-Za-z0-9_.])\d+(?![A-Za-z0-9_.])")
_NEGATION = re.compile(r"\b(?:without|omit\w*|not|no|none|otherwise|else)\b|不|未|无|没有|否则|其他|其它|省略", re.I)


@dataclass(frozen=True)
class ConditionalWeight:
    """What a weight text says: the weight when no listed parameter is sent (``plain``,
    None when the text does not say) and one weight per parameter it names."""

    plain: int | None
    when_present: tuple[tuple[str, int], ...]


def _mentions(clause: str, parameters: Iterable[str]) -> list[str]:
    return [name for name in parameters if re.search(rf"(?<![A-Za-z0-9_]){re.escape(name)}(?![A-Za-z0-9_])", clause)]


def read_weight_text(text: str, parameters: Iterable[str]) -> ConditionalWeight | None:
    """The weights ``text`` gives, reading parameter names from ``parameters``; None when
    the text cannot be read that way."""
    names = sorted(set(parameters), key=len, reverse=True)
    plain: int | None = None
    when_present: list[tuple[str, int]] = []
    for clause in _CLAUSE_BREAK.split(text):
        numbers = _NUMBER.findall(clause)
        if not numbers:
            continue  # a remark without a weight ("Careful when accessing this with no symbol")
        if len(numbers) > 1:
            return None
        value = int(numbers[0])
        named = _mentions(clause, names)
        if _NEGATION.search(clause):
            if plain is not None:
                return None
            plain = value
        elif len(named) == 1 and named[0] not in dict(when_present):
            when_present.append((named[0], value))
        else:
            return None
    if not when_present:
        return None  # one number with words around it is not a conditional weight
    return ConditionalWeight(plain, tuple(when_present))
