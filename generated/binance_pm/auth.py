"""Request signing: the signers and the ``httpx.Auth`` hook that applies them.

``BinanceAuth.auth_flow`` is where every Binance authentication rule is applied, for sync
and async calls alike (httpx drives the same generator for both):

* ``X-MBX-APIKEY`` on every operation that needs a key, and on no other;
* for SIGNED operations, ``recvWindow`` (the client default unless the
  call set one) and ``timestamp`` appended to the query, then
  ``signature`` computed over the query exactly as it goes on the wire.

The clock it signs with is kept by the client: measuring Binance's time (before signing,
and once after a -1021 answer) is shared by every concurrent call, which a per-request
auth flow cannot wait for.

Secrets that cannot be used (a wrong type, text that cannot be encoded) are refused with
errors that name the problem and never hold the secret, in their message, ``args`` or the
locals of their traceback.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Generator
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

import httpx

from ._clock import ServerClock
from ._operation import Operation
from ._urls import with_query
from .errors import ParameterError

__all__ = ["BinanceAuth", "Ed25519Signer", "HmacSigner", "RsaSigner", "Signer", "load_private_key_signer"]

API_KEY_HEADER = "X-MBX-APIKEY"
TIMESTAMP_PARAMETER = "timestamp"
RECV_WINDOW_PARAMETER = "recvWindow"
SIGNATURE_PARAMETER = "signature"
# The request extension that carries the encoded query from the client to the auth flow.
QUERY_EXTENSION = "binance_pm.query"


class Signer(Protocol):
    """Turns the exact query string of a request into the ``signature`` value."""

    def sign(self, payload: str | bytes) -> str: ...


def _as_bytes(payload: str | bytes) -> bytes:
    return payload.encode("utf-8") if isinstance(payload, str) else payload


def _secret_bytes(secret: object, name: str = "api_secret") -> bytes | ParameterError:
    """The secret's bytes, or the error to raise (returned, so that the caller raises it
    after dropping the secret from its own locals).

    Text that is not valid Unicode (a lone surrogate, as an environment variable read
    with ``surrogateescape`` can hold) cannot be encoded; ``UnicodeEncodeError`` keeps the
    whole string in its ``args``, so it is replaced by an error that holds only where.
    """
    if isinstance(secret, (bytes, bytearray)):
        return bytes(secret)
    if not isinstance(secret, str):
        return ParameterError(name, f"expected str or bytes, got {type(secret).__name__}")
    try:
        return secret.encode("utf-8")
    except UnicodeEncodeError as exc:
        where = exc.start
    return ParameterError(
        name, f"cannot be encoded as UTF-8 (character {where + 1} is not valid Unicode); the secret is not shown"
    )


class HmacSigner:
    """HMAC-SHA256 with an API secret; the signature is lowercase hex."""

    __slots__ = ("_mac",)

    def __init__(self, secret: str | bytes) -> None:
        key = _secret_bytes(secret)
        # Dropped before any error is raised: a traceback's locals cannot show it.
        secret = ""
        if isinstance(key, ParameterError):
            raise key
        if not key:
            raise ParameterError("api_secret", "must not be empty")
        # Keyed once: each signature copies the keyed state instead of re-deriving it.
        self._mac = hmac.new(key, digestmod=hashlib.sha256)

    def sign(self, payload: str | bytes) -> str:
        mac = self._mac.copy()
        mac.update(payload.encode("utf-8") if isinstance(payload, str) else payload)
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
    private_key: bytes | str | os.PathLike[str], password: str | bytes | None = None
) -> RsaSigner | Ed25519Signer:
    """A signer for a PEM private key (bytes, PEM text, or a file path); the type comes from the key.

    ``password`` is text (encoded as UTF-8) or bytes, cryptography's own type.

    Raises ``ValueError`` (bad password, not a PEM key, unreadable file, unsupported key
    type; a ``ParameterError`` naming ``private_key`` or ``private_key_password`` for a
    wrong type) with a message that holds no key material; the error is raised after the key,
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
    problem: str | ParameterError = ""
    pem = b""
    secret = None if password is None else _secret_bytes(password, "private_key_password")
    if isinstance(secret, ParameterError):
        problem = secret
    elif isinstance(private_key, str) and "-----BEGIN" in private_key and not private_key.isascii():
        # Not ``encode``'s error: its ``args`` hold the whole PEM.
        problem = "cannot load the private key: PEM text must be ASCII"
    elif not isinstance(private_key, (bytes, str, os.PathLike)):
        problem = ParameterError(
            "private_key", f"expected PEM bytes, PEM text or a file path, got {type(private_key).__name__}"
        )
    else:
        try:
            if isinstance(private_key, bytes):
                pem = private_key
            elif isinstance(private_key, str) and "-----BEGIN" in private_key:
                pem = private_key.encode("ascii")
            else:
                pem = Path(private_key).read_bytes()
            key = load_pem_private_key(pem, password=secret)
        except OSError as exc:
            # Not the file name: a mistyped PEM string would be echoed back.
            problem = f"cannot read the private key file: {exc.strerror or type(exc).__name__}"
        except UnicodeError:
            # Its text would show the offending character of the path or key.
            problem = "cannot load the private key: it is not valid text"
        except (ValueError, TypeError) as exc:
            # cryptography's message names the problem (bad password, not PEM), never the key.
            problem = f"cannot load the private key: {exc}"
    # Drop the secrets before raising, so that a traceback's locals cannot show them.
    private_key = pem = b""
    password = secret = None
    if isinstance(problem, ParameterError):
        raise problem
    if problem:
        raise ValueError(problem)
    if isinstance(key, rsa.RSAPrivateKey):
        return RsaSigner(key)
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return Ed25519Signer(key)
    raise ValueError(f"unsupported private key type {type(key).__name__}: Binance takes RSA or Ed25519 keys")


def _has_parameter(query: str, name: str) -> bool:
    """Whether the (encoded) query string carries the parameter ``name``."""
    key = name + "="
    return query.startswith(key) or "&" + key in query


class BinanceAuth(httpx.Auth):
    """Authenticates one operation's request: the API key header, and signing if SIGNED."""

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
        # HMAC's hex goes on the wire as it is; base64 (RSA, Ed25519) is percent-encoded.
        self._signature = signer.sign if type(signer) is HmacSigner else self._quoted_signature
        self._recv_window_text = f"{RECV_WINDOW_PARAMETER}={recv_window}&"

    def __repr__(self) -> str:
        return f"BinanceAuth({self._operation.operation_id!r}, api_key=<redacted>, signer={self._signer!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._api_key is not None:
            request.headers[API_KEY_HEADER] = self._api_key
        # The client sends the operation's URL without a query and the encoded query beside
        # it, so the URL is made once, here, with the query complete. A request made
        # elsewhere has its query in its URL.
        query: str | None = request.extensions.get(QUERY_EXTENSION)
        if query is None:
            query = request.url.query.decode("ascii")
        if self._operation.signed:
            query = self._signed_query(query)
        elif not query:
            yield request
            return
        request.url = with_query(request.url, query)
        yield request

    def _signed_query(self, query: str) -> str:
        """``query`` (already percent-encoded, ``encode_query``) with ``recvWindow`` (unless
        it has one), ``timestamp`` and the ``signature`` of all that appended.

        What is appended is letters, digits, "=", "&" and a percent-encoded base64
        signature, none of which httpx re-encodes: the bytes signed are the bytes sent
        (the tests check this on the wire, for every operation).
        """
        timestamp = f"{TIMESTAMP_PARAMETER}={self._clock.now_ms()}"
        if not query:
            payload = self._recv_window_text + timestamp
        elif _has_parameter(query, RECV_WINDOW_PARAMETER):
            payload = f"{query}&{timestamp}"
        else:
            payload = f"{query}&{self._recv_window_text}{timestamp}"
        return f"{payload}&{SIGNATURE_PARAMETER}={self._signature(payload)}"

    def _quoted_signature(self, payload: str) -> str:
        return quote(self._signer.sign(payload), safe="")  # type: ignore[union-attr]
