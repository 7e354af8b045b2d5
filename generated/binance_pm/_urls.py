"""An operation's URL with a call's query, without httpx parsing the whole URL again.

httpx parses and checks a URL in Python, a character at a time: for a signed order's URL
that is about a tenth of a call. An operation's URL without a query is parsed once (by its
``Route``); a call's URL is that one with the query put in, when every character of the
query is one httpx's own parse keeps as it is (letters, digits, ``-._~=&`` and
percent-escapes: what ``encode_query`` and the signers produce). Then httpx's parse would
give the same URL, byte for byte; any other query is parsed by httpx, as before.

Putting the query in uses how httpx 0.28 keeps a parsed URL (a NamedTuple of its parts in
``URL._uri_reference``). That is checked on the first call against httpx's own parse; if
it does not hold (another httpx), every URL is parsed by httpx.
"""

from __future__ import annotations

import re

import httpx

__all__ = ["with_query"]

# What httpx's parse leaves untouched in a query: unreserved characters, the "=" and "&"
# sub-delimiters, and percent-escapes.
_KEPT_AS_IS = re.compile(r"(?:[A-Za-z0-9\-._~=&]|%[0-9A-Fa-f]{2})*")

# Whether httpx keeps its parsed URLs as this module expects; None until first asked.
_parts_replaceable: bool | None = None


def _put_in(url: httpx.URL, query: str) -> httpx.URL:
    made = httpx.URL.__new__(httpx.URL)
    made._uri_reference = url._uri_reference._replace(query=query)
    return made


def _check_parts() -> bool:
    global _parts_replaceable
    try:
        made = _put_in(httpx.URL("https://binance-pm.test/p"), "a=1&b=%2F")
        expected = httpx.URL("https://binance-pm.test/p?a=1&b=%2F")
        _parts_replaceable = str(made) == str(expected) and made.raw_path == expected.raw_path
    except (AttributeError, TypeError, ValueError):
        _parts_replaceable = False
    return _parts_replaceable


def with_query(url: httpx.URL, query: str) -> httpx.URL:
    """``url`` with its query (if it has one) replaced by ``query``, as httpx would parse it."""
    if _KEPT_AS_IS.fullmatch(query) and (_parts_replaceable or (_parts_replaceable is None and _check_parts())):
        return _put_in(url, query)
    base = url.copy_with(query=None) if url.query else url
    return httpx.URL(f"{base}?{query}")
