"""Verifying the ``signature`` of a SIGNED request, as Binance does.

Pure functions, no server state: the sandbox calls them on every SIGNED request and the
property tests call them directly.

The signed payload (``totalParams``) is the raw query string exactly as it arrived, up to
(not including) ``&signature=``, followed by the request body (empty for GET). Nothing is
decoded or re-encoded before verifying: a client that changes parameter order or encoding
after signing is rejected, as Binance rejects it.

* HMAC keys (``secret``): the signature is lowercase hex HMAC-SHA256; compared in
  constant time. Uppercase hex is accepted too (Binance is case-insensitive here).
* RSA public keys: base64 of RSASSA-PKCS1-v1_5 / SHA-256, percent-encoded in the query.
* Ed25519 public keys: base64 of the Ed25519 signature, percent-encoded in the query.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from typing import Any
from urllib.parse import unquote_to_bytes

__all__ = [
    "SIGNATURE_PARAMETER",
    "compute_hmac_signature",
    "public_key_problem",
    "split_signature",
    "verify_signature",
]

SIGNATURE_PARAMETER = "signature"
_MARKER = b"&" + SIGNATURE_PARAMETER.encode("ascii") + b"="
_LEADING = SIGNATURE_PARAMETER.encode("ascii") + b"="


def split_signature(raw_query: bytes) -> tuple[bytes, bytes] | None:
    """Splits a raw query into (signed payload, signature value as sent, still percent-encoded).

    The signature must be the LAST parameter. ``None`` when there is none, or when
    anything follows it. A query made of the signature alone signs the empty payload.
    """
    if raw_query.startswith(_LEADING):
        payload, value = b"", raw_query[len(_LEADING) :]
    else:
        index = raw_query.rfind(_MARKER)
        if index < 0:
            return None
        payload, value = raw_query[:index], raw_query[index + len(_MARKER) :]
    if not value or b"&" in value:
        return None
    return payload, value


def compute_hmac_signature(payload: bytes, secret: str | bytes) -> str:
    """Lowercase hex HMAC-SHA256 of ``payload`` keyed with ``secret``."""
    key = secret.encode("utf-8") if isinstance(secret, str) else secret
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def _verify_hmac(payload: bytes, value: bytes, secret: str | bytes) -> bool:
    expected = compute_hmac_signature(payload, secret).encode("ascii")
    return hmac.compare_digest(expected, value.lower())


def _load_public_key(public_key_pem: bytes) -> Any:
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    return load_pem_public_key(public_key_pem)


def public_key_problem(public_key_pem: bytes) -> str | None:
    """Why ``public_key_pem`` cannot verify Binance signatures; None when it can (a PEM RSA
    or Ed25519 public key). The text never quotes the key."""
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

    if not isinstance(public_key_pem, bytes):
        return f"must be the PEM file's bytes, not {type(public_key_pem).__name__}"
    if b"PRIVATE KEY-----" in public_key_pem:
        return "this is a private key; give its public half (openssl pkey -pubout)"
    try:
        key = _load_public_key(public_key_pem)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        return "not a PEM public key (-----BEGIN PUBLIC KEY-----)"
    if not isinstance(key, rsa.RSAPublicKey | ed25519.Ed25519PublicKey):
        return "not an RSA or Ed25519 public key, the only kinds Binance accepts"
    return None


def _verify_public_key(payload: bytes, value: bytes, public_key_pem: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

    try:
        raw = base64.b64decode(unquote_to_bytes(value), validate=True)
    except (binascii.Error, ValueError):
        return False
    try:
        key = _load_public_key(public_key_pem)
    except (ValueError, TypeError):
        return False
    try:
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(raw, payload, padding.PKCS1v15(), hashes.SHA256())
            return True
        if isinstance(key, ed25519.Ed25519PublicKey):
            key.verify(raw, payload)
            return True
    except InvalidSignature:
        return False
    return False


def verify_signature(
    raw_query: bytes,
    *,
    secret: str | bytes | None = None,
    public_key_pem: bytes | None = None,
    body: bytes = b"",
) -> bool:
    """True when ``raw_query`` ends with a valid ``&signature=`` over everything before it.

    Args:
        raw_query: the query string exactly as received (no leading ``?``).
        secret: the HMAC API secret; or
        public_key_pem: the PEM public key (RSA or Ed25519) registered for the API key.
        body: the request body, appended to the payload (Binance's ``totalParams``).

    Exactly one of ``secret`` and ``public_key_pem`` must be given.
    """
    if (secret is None) == (public_key_pem is None):
        raise ValueError("give exactly one of secret and public_key_pem")
    split = split_signature(raw_query)
    if split is None:
        return False
    payload, value = split
    payload += body
    if secret is not None:
        return _verify_hmac(payload, value, secret)
    assert public_key_pem is not None
    return _verify_public_key(payload, value, public_key_pem)
