"""``--dry-run``: the request an operation would send, built by the client itself, never sent.

The call goes through the generated operation and ``BinanceClient`` exactly as a real one
(argument checks, rules, the client order id, the query's encoding, ``recvWindow`` and
``timestamp`` added by the auth hook), down to a transport that keeps the request instead
of sending it. A SIGNED request is signed with a throwaway secret, and that signature is cut
off: what is shown is the query byte for byte as it would be signed, and no secret of the
user's is read, needed or shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TextIO

import httpx
from binance_pm.auth import API_KEY_HEADER, SIGNATURE_PARAMETER

__all__ = ["PLACEHOLDER_API_KEY", "THROWAWAY_SECRET", "CaptureTransport", "Captured", "capture", "render"]

# Signs the request that is captured; the signature it makes is removed before printing.
THROWAWAY_SECRET = "binance-pm-dry-run-throwaway-secret"
# Stands in for a missing API key, so that a dry run needs no credentials at all.
PLACEHOLDER_API_KEY = "binance-pm-dry-run-no-api-key"


class Captured(Exception):
    """The request a dry run stopped at, before any connection was made."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(f"{request.method} {request.url.path}")
        self.request = request


class CaptureTransport(httpx.BaseTransport):
    """A transport that sends nothing: it raises ``Captured`` with the request."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise Captured(request)


def _mask(api_key: str) -> str:
    return f"{api_key[:4]}... ({len(api_key)} characters)" if len(api_key) > 8 else "... (masked)"


def _unsigned_url(url: httpx.URL) -> str:
    # The signature is always the last parameter, and a "&" inside a value is
    # percent-encoded, so the last "&signature=" is the one the client appended.
    query = url.query
    head, marker, _ = query.rpartition(f"&{SIGNATURE_PARAMETER}=".encode("ascii"))
    if marker:
        query = head
    base = str(url).partition("?")[0]
    return f"{base}?{query.decode('ascii')}" if query else base


def render(request: httpx.Request, *, api_key: str | None, signed: bool, needs_api_key: bool, out: TextIO) -> None:
    """Prints the request: method and full URL, the API key header masked, and where the
    signature would go."""
    print(f"{request.method} {_unsigned_url(request.url)}", file=out)
    if needs_api_key or signed:
        shown = _mask(api_key) if api_key else "(none: a real call needs $BINANCE_API_KEY or --api-key)"
        print(f"{API_KEY_HEADER}: {shown}", file=out)
    if signed:
        print(
            f"{SIGNATURE_PARAMETER}: not shown; when sent, the signature of the query above is appended last "
            f"as &{SIGNATURE_PARAMETER}=...",
            file=out,
        )


def capture(call: Callable[..., Any], **kwargs: Any) -> httpx.Request:
    """Runs ``call`` (an operation's ``sync_detailed``, its client on a ``CaptureTransport``)
    and returns the request it would have sent."""
    try:
        call(**kwargs)
    except Captured as stop:
        return stop.request
    raise RuntimeError("the dry run reached no request")  # pragma: no cover - every operation sends one
