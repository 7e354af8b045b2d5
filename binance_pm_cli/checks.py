"""Checks of the connection options, made before anything is sent.

A timeout of 0, a negative one, ``nan`` or ``inf``, and a base URL such as ``http://`` are
mistakes of usage: they are refused here with exit status 2 and a sentence, rather than
surfacing as a traceback from the socket layer or as a connection failure after retries.
"""

from __future__ import annotations

import argparse
from urllib.parse import urlsplit

__all__ = ["MAX_TIMEOUT", "base_url", "base_url_problem", "shown_url", "timeout_seconds"]

# A day: far past any REST answer, and far below what the socket layer refuses to represent
# (1e300 seconds ends in an OverflowError deep inside socket.settimeout).
MAX_TIMEOUT = 86400.0


def timeout_seconds(text: str) -> float:
    """``--timeout``: a number of seconds, more than 0 and at most ``MAX_TIMEOUT``."""
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    # Written so that nan, which compares false with everything, is refused too.
    if not 0 < seconds <= MAX_TIMEOUT:
        raise argparse.ArgumentTypeError(
            f"expected a number of seconds more than 0 and at most {MAX_TIMEOUT:g}, got {text!r}"
        )
    return seconds


def _normalised(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    return f"{scheme.lower()}{sep}{rest}"


def base_url_problem(url: str) -> str | None:
    """What is wrong with ``url`` as a base URL (``scheme://host[:port][/path]``), or None."""
    if not url.isprintable() or any(char.isspace() for char in url):
        return "holds a space or a control character"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:  # "Port out of range 0-65535", "Invalid IPv6 URL"
        return f"is not a URL ({exc})"
    if parts.scheme.lower() not in ("http", "https") or not url.lower().startswith(("http://", "https://")):
        return "must start with http:// or https://"
    if not parts.hostname:
        return "has no host"
    if port == 0:
        return "has port 0"
    if parts.username is not None or parts.password is not None:
        # It would be sent as Basic auth, and shown wherever the URL is (--dry-run, errors).
        return "must not hold a user name or password"
    if "?" in url or "#" in url:
        # The query of a SIGNED request is signed: a base URL's own query or fragment would
        # be sent outside it, or cut the path off.
        return "must not have a query (?) or a fragment (#)"
    # The last word is the HTTP client's own parser (IDNA host names, IPv6 literals), which
    # the command line loads anyway to send anything.
    import httpx

    try:
        httpx.URL(_normalised(url))
    except httpx.InvalidURL as exc:
        return f"is not a URL ({exc})"
    return None


def shown_url(url: str) -> str:
    """``url`` quoted for an error message, any ``user:password@`` in it masked."""
    scheme, sep, rest = url.partition("://")
    authority, slash, path = rest.partition("/")
    if not sep:
        return repr("***@" + url.rpartition("@")[2] if "@" in url else url)
    if "@" in authority:
        rest = "***@" + authority.rpartition("@")[2] + slash + path
    return repr(f"{scheme}{sep}{rest}")


def base_url(text: str) -> str:
    """``--base-url`` and ``--papi-base-url``: a checked base URL, its scheme in lower case."""
    problem = base_url_problem(text)
    if problem is not None:
        raise argparse.ArgumentTypeError(f"{shown_url(text)} {problem}")
    return _normalised(text)
