"""Checks on ``BinanceClient``'s options, made when the client is built or a setting is
changed, before anything is sent.

Each failure is a ``ParameterError`` (a ``ValueError``) naming the option. None shows an
API key or a secret: a key pasted with a newline is refused without being echoed, since
the message ends up in logs.
"""

from __future__ import annotations

import math
import numbers
import os
import re
from urllib.parse import urlsplit

import httpx

from .errors import ParameterError

__all__ = [
    "check_api_key",
    "check_base_url",
    "check_count",
    "check_credential_types",
    "check_flag",
    "check_seconds",
    "check_timeout",
    "check_transport",
]

# What an HTTP header value carries unchanged: printable ASCII, no space. Binance's keys
# are letters and digits; anything else is a paste gone wrong, found here rather than as
# a connection error (a newline) or an encoding error that shows the key (non-ASCII).
_API_KEY = re.compile(r"[!-~]+")


def check_api_key(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ParameterError("api_key", f"expected a string, got {type(value).__name__}")
    if not value:
        raise ParameterError("api_key", "must not be empty (None makes a client without a key)")
    if _API_KEY.fullmatch(value) is None:
        raise ParameterError(
            "api_key",
            "must be printable ASCII without spaces, tabs, newlines or control characters "
            "(the key is not shown; was it pasted with a newline or a space?)",
        )
    return value


def check_credential_types(api_secret: object, private_key: object, private_key_password: object) -> None:
    """The types of the secrets, checked before any is used; the message names only types."""
    if api_secret is not None and not isinstance(api_secret, (str, bytes)):
        raise ParameterError("api_secret", f"expected str or bytes, got {type(api_secret).__name__}")
    if private_key is not None and not isinstance(private_key, (str, bytes, os.PathLike)):
        raise ParameterError(
            "private_key", f"expected PEM bytes, PEM text or a file path, got {type(private_key).__name__}"
        )
    if private_key_password is not None and not isinstance(private_key_password, (str, bytes, bytearray)):
        raise ParameterError(
            "private_key_password", f"expected str or bytes, got {type(private_key_password).__name__}"
        )


def check_base_url(name: str, value: object) -> str:
    """A base URL as the client uses it: scheme in lower case, no trailing slash.

    Refused: no host, a scheme other than http(s), user info (credentials in a URL end up
    in logs and proxies), a query or a fragment (the signed query is appended to the URL,
    so either would move it), whitespace or control characters.
    """
    if not isinstance(value, str):
        raise ParameterError(name, f"expected an http:// or https:// URL, got {type(value).__name__}")
    # A URL with user info may carry a password: it is never shown.
    shown = "" if "@" in value else f", got {value!r}"
    if any(character.isspace() or not character.isprintable() for character in value):
        raise ParameterError(name, f"must not contain whitespace or control characters{shown}")
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number in range
    except ValueError:
        raise ParameterError(name, f"is not a valid URL{shown}") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ParameterError(name, f"must be an http:// or https:// URL{shown}")
    if "@" in parts.netloc:
        raise ParameterError(name, "must not carry user info (user:password@): it is not shown")
    if "?" in value:
        raise ParameterError(name, f"must not carry a query: the signed query goes there{shown}")
    if "#" in value:
        raise ParameterError(name, f"must not carry a fragment{shown}")
    if not parts.hostname:
        raise ParameterError(name, f"has no host{shown}")
    return f"{scheme}://{parts.netloc}{parts.path}".rstrip("/")


def check_seconds(name: str, value: object, *, positive: bool = False) -> float:
    """A finite number of seconds, >= 0 (> 0 if ``positive``)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ParameterError(name, f"expected a number of seconds, got {type(value).__name__}")
    seconds = float(value)
    if not math.isfinite(seconds) or seconds < 0 or (positive and seconds == 0):
        bound = "> 0" if positive else ">= 0"
        raise ParameterError(name, f"must be a finite number of seconds {bound}, got {value!r}")
    return seconds


def check_timeout(value: object) -> float | httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        raise ParameterError(
            "timeout", "expected seconds or an httpx.Timeout, got None (httpx.Timeout(None) waits forever)"
        )
    return check_seconds("timeout", value, positive=True)


def check_count(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ParameterError(name, f"expected an integer, got {type(value).__name__}")
    if value < 0:
        raise ParameterError(name, f"must be >= 0, got {value}")
    return value


def check_flag(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ParameterError(name, f"expected True or False, got {type(value).__name__}")
    return value


def check_transport(name: str, value: object, kind: type) -> None:
    if value is not None and not isinstance(value, kind):
        raise ParameterError(name, f"expected an httpx.{kind.__name__} or None, got {type(value).__name__}")
