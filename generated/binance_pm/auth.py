"""Request signing: the signers and the ``httpx.Auth`` hook that applies them.

``BinanceAuth.auth_flow`` is where every Binance authentication rule is applied, for sync
and async calls alike (httpx drives the same generator for both):

* ``X-MBX-APIKEY`` on every operation that needs a key, and on no other;
* for SIGNED operations, ``recvWindow`` (the client default unless the
  call set one) and ``timestamp`` appended to the query, then
  ``signature`` computed over the query exactly as it goes on the wire;
* on a -1021 answer, one re-measurement of the server clock and one re-signed retry.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import time
from collections.abc import Generator
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

import httpx

from ._clock import ServerClock
from ._operation import Operation
from .errors import error_code

__all__ = ["BinanceAuth", "Ed25519Signer", "HmacSigner", "RsaSigner", "Signer", "load_private_key_signer"]

_log = logging.getLogger("binance_pm")

API_KEY_HEADER = "X-MBX-APIKEY"
TIMESTAMP_PARAMETER = "timestamp"
RECV_WINDOW_PARAMETER = "recvWindow"
SIGNATURE_PARAMETER = "signature"
# The request extension that carries the encoded query from the client to the auth flow.
QUERY_EXTENSION = "binance_pm.query"
_TIMESTAMP_ERROR_CODE = -1021


class Signer(Protocol):
    """Turns the exact query string of a request into the ``signature`` value."""

    def sign(self, payload: str | bytes) -> str: ...


def _as_bytes(payload: str | bytes) -> bytes:
    return payload.encode("utf-8") if isinstance(payload, str) else payload


class HmacSigner:
    """HMAC-SHA256 with an API secret; the signature is lowercase hex."""

    __slots__ = ("_mac",)

    def __init__(self, secret: str | bytes) -> None:
        key = _as_bytes(secret)
        if not key:
            raise ValueError("the API secret is empty")
        # Keyed once: each signature copies the keyed state instead of re-deriving it.
        self._mac = hmac.new(key, digestmod=hashlib.sha256)

    def sign(self, payload: str | bytes) -> str:
        mac = self._mac.copy()
        mac.update(_as_bytes(payload))
        return mac.hexdigest()

    def __repr__(self) -> str:
        return "HmacSigner(secret=<redacted>)"

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("HmacSigner holds a secret and cannot be pickled")


class _PrivateKeySigner:
    __slots__ = ("_key",)
    _kind = ""

    def __init__(self, key: object) -> None:
        self._key = key

    def __repr__(self) -> str:
        return f"{type(self).__name__}(private_key=<redacted>)"

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError(f"{type(self).__name__} holds a private key and cannot be pickled")


class RsaSigner(_PrivateKeySigner):
    """RSASSA-PKCS1-v1_5 with SHA-256; the signature is base64."""

    def sign(self, payload: str | bytes) -> str:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

        raw = self._key.sign(_as_bytes(payload), padding.PKCS1v15(), hashes.SHA256())  # type: ignore[attr-defined]
        return base64.b64encode(raw).decode("ascii")


class Ed25519Signer(_PrivateKeySigner):
    """Ed25519; the signature is base64."""

    def sign(self, payload: str | bytes) -> str:
        raw = self._key.sign(_as_bytes(payload))  # type: ignore[attr-defined]
        return base64.b64encode(raw).decode("ascii")


def load_private_key_signer(
    private_key: bytes | str | os.PathLike[str], password: str | None = None
) -> RsaSigner | Ed25519Signer:
    """A signer for a PEM private key (bytes, PEM text, or a file path); the type comes from the key.

    Raises ``ValueError`` (bad password, not a PEM key, unreadable file, unsupported key
    type) with a message that holds no key material; the error is raised after the key,
    the password and the PEM are dropped from this function's locals, and without the
    underlying exception chained, so no traceback (even one formatted with its locals)
    shows them.
    """
    try:
        from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
        from cryptography.hazmat.primitives.serialization import load_pem_private_key
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "RSA and Ed25519 keys need the 'cryptography' package: pip install 'binance-pm[keys]'"
        ) from exc

    key: object = None
    problem = ""
    try:
        if isinstance(private_key, bytes):
            pem = private_key
        elif isinstance(private_key, str) and "-----BEGIN" in private_key:
            pem = private_key.encode("ascii")
        else:
            pem = Path(private_key).read_bytes()
        key = load_pem_private_key(pem, password=password.encode("utf-8") if password is not None else None)
    except OSError as exc:
        # Not the file name: a mistyped PEM string would be echoed back.
        problem = f"cannot read the private key file: {exc.strerror or type(exc).__name__}"
    except (ValueError, TypeError, UnicodeError) as exc:
        # cryptography's message names the problem (bad password, not PEM), never the key.
        problem = f"cannot load the private key: {exc}"
    # Drop the secrets before raising, so that a traceback's locals cannot show them.
    private_key = pem = b""
    password = None
    if problem:
        raise ValueError(problem)
    if isinstance(key, rsa.RSAPrivateKey):
        return RsaSigner(key)
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return Ed25519Signer(key)
    raise ValueError(f"unsupported private key type {type(key).__name__}: Binance takes RSA or Ed25519 keys")


def _timestamp_error(response: httpx.Response) -> bool:
    return response.status_code == 400 and error_code(response) == _TIMESTAMP_ERROR_CODE


def _has_parameter(query: str, name: str) -> bool:
    """Whether the (encoded) query string carries the parameter ``name``."""
    key = name + "="
    return query.startswith(key) or "&" + key in query


class BinanceAuth(httpx.Auth):
    """Authenticates one operation's request: the API key header, and signing if SIGNED."""

    requires_response_body = True

    def __init__(
        self,
        operation: Operation,
        *,
        api_key: str | None,
        signer: Signer | None,
        clock: ServerClock,
        recv_window: int,
    ) -> None:
        if operation.signed and signer is None:
            raise ValueError(
                f"{operation.operation_id} is a SIGNED operation: the client needs api_secret or private_key"
            )
        self._operation = operation
        self._api_key = api_key
        self._signer = signer
        self._clock = clock
        self._recv_window = recv_window

    def __repr__(self) -> str:
        return f"BinanceAuth({self._operation.operation_id!r}, api_key=<redacted>, signer={self._signer!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._api_key is not None:
            request.headers[API_KEY_HEADER] = self._api_key
        # The client sends the operation's URL without a query and the encoded query beside
        # it: the URL is then parsed by httpx once, here, with the query complete.
        base = str(request.url)
        query: str = request.extensions.get(QUERY_EXTENSION, "")
        if not self._operation.signed:
            if query:
                request.url = httpx.URL(f"{base}?{query}")
            yield request
            return
        if self._clock.stale:
            yield from self._measure_clock()
        generation = self._clock.generation
        self._sign(request, base, query)
        response = yield request
        if _timestamp_error(response):
            # One retry, never more. The clock is measured again, unless another request
            # measured it after this one was signed: then that fresh offset is used.
            if self._clock.generation == generation:
                yield from self._measure_clock()
            _log.warning(
                "%s: -1021 (timestamp outside recvWindow); clock offset now %d ms; retrying once",
                self._operation.operation_id,
                self._clock.offset_ms,
            )
            retry = httpx.Request(request.method, base, headers=request.headers, extensions=request.extensions)
            self._sign(retry, base, query)
            yield retry

    def _measure_clock(self) -> Generator[httpx.Request, httpx.Response, None]:
        sent_at = time.time()
        response = yield self._clock.time_request()
        self._clock.record(response, sent_at=sent_at, received_at=time.time())

    def _sign(self, request: httpx.Request, base: str, query: str) -> None:
        # The query is already percent-encoded (``encode_query``) and what is appended here
        # is letters, digits, "=", "&" and a percent-encoded base64 signature, all of which
        # httpx sends unchanged: so the payload signed is byte for byte the query sent
        # (checked below, at the cost of a bytes comparison).
        extra = []
        if not _has_parameter(query, RECV_WINDOW_PARAMETER):
            extra.append(f"{RECV_WINDOW_PARAMETER}={self._recv_window}")
        extra.append(f"{TIMESTAMP_PARAMETER}={self._clock.now_ms()}")
        payload = f"{query}&{'&'.join(extra)}" if query else "&".join(extra)
        signed = f"{payload}&{SIGNATURE_PARAMETER}={self._signature(payload)}"
        signed_url = httpx.URL(f"{base}?{signed}")
        if signed_url.query != signed.encode("ascii"):  # pragma: no cover - only if httpx changed its encoding
            # Sign what httpx will put on the wire, after its own normalisation of the query.
            wire = httpx.URL(f"{base}?{payload}").query.decode("ascii")
            signed_url = httpx.URL(f"{base}?{wire}&{SIGNATURE_PARAMETER}={self._signature(wire)}")
        request.url = signed_url

    def _signature(self, payload: str) -> str:
        signature = self._signer.sign(payload)  # type: ignore[union-attr]
        # Base64 (RSA, Ed25519) is percent-encoded; HMAC's hex needs nothing.
        return signature if signature.isalnum() else quote(signature, safe="")
