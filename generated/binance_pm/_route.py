"""How an operation's requests are built: what is the same on every call is made once.

httpx's ``Client.request`` merges the client's URL, headers, cookies, query parameters
and timeout into a new ``Request`` on every call, and parses the URL it is given: for a
small Binance call that is a tenth of its time. An operation's request differs from one
call to the next only in its query, so a ``Route`` asks httpx once, with
``build_request``, what the operation's request is, and builds each attempt's ``Request``
from that: the same method, URL, headers (in the same order) and timeout, byte for byte.

That holds because nothing else a client merges can change between calls: the client
keeps no cookies (``no_cookies``: Binance authenticates by key and signature, never by
cookie), and its base URL, headers, query parameters and timeout are set when it is made.
"""

from __future__ import annotations

from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import TYPE_CHECKING

import httpx

from ._urls import with_query
from .auth import QUERY_EXTENSION

if TYPE_CHECKING:
    from .auth import BinanceAuth

__all__ = ["Route", "no_cookies"]

# A request without a body. Stateless, so one serves every request; passing it as the
# stream is also what tells httpx not to add its automatic headers again (the template
# has them).
_NO_BODY = httpx.ByteStream(b"")


def no_cookies() -> CookieJar:
    """A cookie jar that keeps none: what the client's httpx clients are made with."""
    return CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))


class Route:
    """One operation's request, less its query, as the client's httpx client would build it.

    Attributes:
        url: the operation's URL without a query.
        auth: the operation's ``BinanceAuth``, or None for an operation without a key.
    """

    __slots__ = ("_extensions", "_headers", "_method", "auth", "url")

    def __init__(self, method: str, url: str, auth: BinanceAuth | None, http: httpx.Client | httpx.AsyncClient) -> None:
        self.url = httpx.URL(url)
        self.auth = auth
        template = http.build_request(method, self.url)
        self._method = template.method
        self._headers = template.headers
        self._extensions = template.extensions

    def request(self, query: str) -> httpx.Request:
        """An attempt's request, with ``query`` (already encoded, ``encode_query``).

        With an auth, the query goes beside the URL, for the auth flow to complete and
        sign (``BinanceAuth.auth_flow``); without one it is put in the URL here.
        """
        if self.auth is not None:
            url = self.url
            extensions = {**self._extensions, QUERY_EXTENSION: query}
        else:
            url = with_query(self.url, query) if query else self.url
            extensions = self._extensions
        request = httpx.Request(self._method, url, headers=self._headers, stream=_NO_BODY, extensions=extensions)
        # As httpx's own build_request does for a body it has in full: a transport or an
        # event hook may read request.content.
        request.read()
        return request
