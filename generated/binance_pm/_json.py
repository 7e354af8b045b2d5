"""Decoding response bodies: JSON numbers with a fraction become exact ``Decimal``."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx

from .errors import ResponseParseError

_decoder = json.JSONDecoder(parse_float=Decimal)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


_decoder.parse_constant = _reject_constant


def decode_json(response: httpx.Response) -> Any:
    """The body of a success answer, or a ``ResponseParseError`` that says what came instead."""
    try:
        return _decoder.decode(response.content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        kind = response.headers.get("content-type", "unknown content type")
        excerpt = response.content[:200].decode("utf-8", "replace")
        raise ResponseParseError(f"HTTP {response.status_code} body is not JSON ({kind}): {excerpt!r}: {exc}") from None
