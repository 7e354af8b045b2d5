"""Keeping the secrets of a command line out of what it prints.

argparse quotes the arguments it cannot place: ``unrecognized arguments: --api_secret S``,
``ambiguous option: --api=S could match ...``. Two layers keep a secret out of that:

- ``misspelt_secret_option`` finds, before any parsing, an option that is not one of ours
  but looks like a secret's (``--api_secret``, ``--api``, ``--api-secretx``,
  ``--private-key-password``), so that it is refused with a message that quotes neither it
  (unless it is plainly a misspelling) nor its value;
- ``Redacting`` wraps the error stream and replaces, in everything written to it, each
  value given to such an option (attached with ``=`` or as the next argument) and each
  secret of the environment, whatever the path that printed it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from typing import TextIO

__all__ = ["MASK", "Redacting", "hidden_values", "misspelt_secret_option"]

MASK = "***"

# The options whose values are secrets (the API key too: it is masked wherever it is shown).
SECRET_OPTIONS = ("--api-secret", "--api-key")
# The options a misspelling is compared with; --private-key names a file, not a secret, but
# its misspellings (--private-key-password) may carry one.
_NEAR_SECRET_OPTIONS = (*SECRET_OPTIONS, "--private-key")
# Environment variables whose values are secrets.
SECRET_VARIABLES = ("BINANCE_API_SECRET", "BINANCE_API_KEY", "BINANCE_PRIVATE_KEY_PASSWORD")
_SECRET_WORDS = ("secret", "key", "pass", "pwd", "token")
_OPTION = re.compile(r"--?[A-Za-z]")
# A value this long is replaced wherever it appears (even glued to other text, as in
# "write it as +VALUE"); a shorter one only where no letter or digit touches it, so that a
# short value does not eat into the words of the message around it.
_ANYWHERE = 6


def _name(token: str) -> str | None:
    """The option's name, normalised (``--API_Secret=x`` -> ``api-secret``), or None for a
    token that is not an option (a value, a negative number, ``-``, ``--``)."""
    if not _OPTION.match(token):
        return None
    return token.lstrip("-").partition("=")[0].lower().replace("_", "-")


def _distance(a: str, b: str) -> int:
    """Levenshtein's edit distance; the names compared are a few letters long."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


def _looks_secret(name: str) -> bool:
    return (
        any(word in name for word in _SECRET_WORDS)
        or any(option[2:].startswith(name) for option in _NEAR_SECRET_OPTIONS)
        or any(_distance(name, option[2:]) <= 2 for option in _NEAR_SECRET_OPTIONS)
    )


def _carries_secret(token: str) -> bool:
    option = token.partition("=")[0]
    if option in SECRET_OPTIONS:
        return True
    name = _name(token)
    return name is not None and option not in _NEAR_SECRET_OPTIONS and _looks_secret(name)


def hidden_values(argv: Sequence[str], environ: Mapping[str, str], not_secret: Container[str] = ()) -> list[str]:
    """The values to keep out of every message: each given to a secret option or to one
    that looks like it, and the environment's secrets. A value in ``not_secret`` (an
    operation's name, after an option left without its value) is not hidden: it is no
    secret, and hiding it would blank it out of the help."""
    values = [environ[name] for name in SECRET_VARIABLES if environ.get(name)]
    for index, token in enumerate(argv):
        if token == "--":  # what follows is positional, never an option's value
            break
        if not _carries_secret(token):
            continue
        _, attached, value = token.partition("=")
        if attached:
            values.append(value)
        elif index + 1 < len(argv) and not argv[index + 1].startswith("--"):
            # argparse never takes a "--" argument as a value: that one is an option.
            values.append(argv[index + 1])
    return [value for value in dict.fromkeys(values) if value and value not in not_secret]


def misspelt_secret_option(argv: Sequence[str], known: Callable[[str], bool]) -> str | None:
    """The refusal of the first option that looks like a secret's but is not ``known`` (its
    value is never quoted), or None when there is none. ``known`` is asked only about such
    options, so it may be slow."""
    for position, token in enumerate(argv, 1):
        if token == "--":
            return None
        option = token.partition("=")[0]
        name = _name(token)
        if name is None or not _looks_secret(name) or known(option):
            continue
        close = [
            candidate
            for candidate in _NEAR_SECRET_OPTIONS
            if candidate[2:].startswith(name) or _distance(name, candidate[2:]) <= 2
        ]
        if not close:
            # Quoted only when plainly a misspelling of ours: any other name could be a
            # secret typed straight after the dashes.
            return f"argument {position} is not an option of binance-pm (neither it nor its value is shown)"
        return f"unknown option {option}; did you mean {' or '.join(sorted(close))}? (its value is not shown)"
    return None


class Redacting(io.TextIOBase):
    """A text stream that writes to ``target`` with each of ``values`` replaced by ``MASK``."""

    def __init__(self, target: TextIO, values: Iterable[str]) -> None:
        super().__init__()
        self._target = target
        forms: set[str] = set()
        for value in values:
            # As given, and as repr() quotes it inside a message ('a\\b' for a\b).
            forms.update((value, repr(value)[1:-1]))
        ordered = sorted(forms, key=len, reverse=True)  # "abcd" before "abc"
        alternatives = "|".join(
            re.escape(form) if len(form) >= _ANYWHERE else f"(?<![A-Za-z0-9]){re.escape(form)}(?![A-Za-z0-9])"
            for form in ordered
        )
        self._pattern = re.compile(alternatives) if ordered else None

    def redact(self, text: str) -> str:
        return text if self._pattern is None else self._pattern.sub(MASK, text)

    def write(self, text: str) -> int:
        self._target.write(self.redact(text))
        return len(text)

    def flush(self) -> None:
        self._target.flush()

    def fileno(self) -> int:
        return self._target.fileno()

    def isatty(self) -> bool:
        return self._target.isatty()

    def writable(self) -> bool:
        return True
