"""RSA and Ed25519 keys: loading (bytes, text, file, encrypted), type detection, clear
errors, and secrets kept out of repr, messages and traceback locals."""

from __future__ import annotations

import logging
import pickle
import traceback
from pathlib import Path

import httpx
import pytest
from binance_pm import BinanceClient
from binance_pm.api.portfolio_margin import get_um_leverage_brackets
from binance_pm.auth import Ed25519Signer, HmacSigner, RsaSigner, load_private_key_signer
from binance_pm.errors import BinanceAPIError
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from binance_pm_sandbox.signing import verify_signature

from .conftest import BRACKETS, KEY, PASSWORD, SECRET, KeyPair, Recorder, mock_client

LIBRARY = str(Path(BinanceClient.__module__.replace(".", "/")).parent)


def _library_locals(error: BaseException) -> str:
    """Every local of every frame of the library in the error's traceback (and chained
    ones), as ``traceback`` formats them with ``capture_locals=True``, plus the message."""
    formatted = traceback.TracebackException.from_exception(error, capture_locals=True)
    texts = [str(error), repr(error)]
    seen: list[traceback.TracebackException] = [formatted]
    while seen:
        current = seen.pop()
        for frame in current.stack:
            if "/binance_pm/" in frame.filename and frame.locals:
                texts.extend(f"{name}={value}" for name, value in frame.locals.items())
        seen.extend(e for e in (current.__cause__, current.__context__) if e is not None)
    return "\n".join(texts)


def _key_body(pem: bytes) -> str:
    # A line from the middle of the PEM: key material, not the header.
    return pem.decode().splitlines()[2]


def _signed_with(client: BinanceClient, recorder: Recorder) -> bytes:
    get_um_leverage_brackets.sync(client=client, symbol="BTCUSDT")
    return recorder.requests[-1].url.query


@pytest.mark.parametrize("form", ["bytes", "text", "path", "str-path"])
def test_key_in_every_form_signs_verifiably(key_pair: KeyPair, form: str, tmp_path: Path) -> None:
    path = tmp_path / "key.pem"
    path.write_bytes(key_pair.private_pem)
    given = {
        "bytes": key_pair.private_pem,
        "text": key_pair.private_pem.decode(),
        "path": path,
        "str-path": str(path),
    }[form]
    recorder = Recorder(lambda request: httpx.Response(200, content=BRACKETS))
    client = mock_client(recorder, api_secret=None, private_key=given)
    assert type(client._signer) is (RsaSigner if key_pair.kind == "rsa" else Ed25519Signer)
    assert verify_signature(_signed_with(client, recorder), public_key_pem=key_pair.public_pem)


def test_encrypted_key_with_its_password(key_pair: KeyPair, tmp_path: Path) -> None:
    path = tmp_path / "encrypted.pem"
    path.write_bytes(key_pair.encrypted_pem)
    recorder = Recorder(lambda request: httpx.Response(200, content=BRACKETS))
    for given in (key_pair.encrypted_pem, path):
        client = mock_client(recorder, api_secret=None, private_key=given, private_key_password=PASSWORD)
        assert verify_signature(_signed_with(client, recorder), public_key_pem=key_pair.public_pem)


def test_key_type_is_read_from_the_key(key_pair: KeyPair) -> None:
    signer = load_private_key_signer(key_pair.private_pem)
    assert isinstance(signer, RsaSigner if key_pair.kind == "rsa" else Ed25519Signer)
    signature = signer.sign(b"a=1&timestamp=2")
    # RSA-2048 signatures are 256 bytes, Ed25519 ones 64: 344 and 88 base64 characters.
    assert len(signature) == (344 if key_pair.kind == "rsa" else 88)


@pytest.mark.parametrize("password", ["wrong-password", None])
def test_wrong_or_missing_password_is_a_clear_error_without_key_material(
    key_pair: KeyPair, password: str | None
) -> None:
    with pytest.raises(ValueError, match="cannot load the private key") as caught:
        BinanceClient(KEY, private_key=key_pair.encrypted_pem, private_key_password=password)
    shown = _library_locals(caught.value)
    assert _key_body(key_pair.encrypted_pem) not in shown
    assert "PRIVATE KEY" not in shown
    assert "wrong-password" not in shown
    assert caught.value.__cause__ is None


def test_not_a_key_and_missing_file_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot load the private key"):
        BinanceClient(KEY, private_key=b"-----BEGIN PRIVATE KEY-----\nnot base64\n-----END PRIVATE KEY-----\n")
    # A string that is neither PEM nor an existing file: the error must not echo it,
    # since it may be key material pasted without its header.
    pasted = "MC4CAQAwBQYDK2VwBCIEIPASTEDKEYMATERIALxxxxxxxxxxxxxxxxxxxxxx"
    with pytest.raises(ValueError, match="cannot read the private key file") as caught:
        BinanceClient(KEY, private_key=pasted)
    assert pasted not in _library_locals(caught.value)
    with pytest.raises(ValueError, match="cannot read the private key file"):
        BinanceClient(KEY, private_key=tmp_path / "absent.pem")


def test_unsupported_key_type_is_named() -> None:
    pem = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(ValueError, match=r"unsupported private key type .*RSA or Ed25519"):
        BinanceClient(KEY, private_key=pem)


def test_secret_and_key_together_is_refused(key_pair: KeyPair) -> None:
    with pytest.raises(ValueError, match="not both") as caught:
        BinanceClient(KEY, SECRET, private_key=key_pair.private_pem)
    assert SECRET not in _library_locals(caught.value)


def test_repr_and_pickle_never_show_secrets(key_pair: KeyPair) -> None:
    hmac_client = BinanceClient(KEY, SECRET)
    key_client = BinanceClient(KEY, private_key=key_pair.encrypted_pem, private_key_password=PASSWORD)
    for client in (hmac_client, key_client):
        shown = repr(client) + repr(client._signer) + str(vars(client))
        assert SECRET not in shown
        assert PASSWORD not in shown
        assert KEY not in repr(client)  # the API key is masked in repr (it is an attribute, not a secret)
        assert _key_body(key_pair.private_pem) not in shown
        with pytest.raises(TypeError, match="cannot be pickled"):
            pickle.dumps(client)
    assert repr(HmacSigner(SECRET)) == "HmacSigner(secret=<redacted>)"


def test_traceback_locals_of_a_failed_call_hold_no_secret(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)

    def invalid_signature(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"code": -1022, "msg": "Signature for this request is not valid."})

    client = mock_client(Recorder(invalid_signature), max_retries=0)
    with pytest.raises(BinanceAPIError) as caught:
        get_um_leverage_brackets.sync(client=client, symbol="BTCUSDT")
    shown = _library_locals(caught.value)
    assert "signer=HmacSigner(secret=<redacted>)" in shown  # the client's frames were inspected
    assert SECRET not in shown
    assert SECRET not in caplog.text


def test_traceback_locals_of_a_bad_constructor_argument_hold_no_secret() -> None:
    with pytest.raises(ValueError, match="recv_window") as caught:
        BinanceClient(KEY, SECRET, recv_window=60001)
    shown = _library_locals(caught.value)
    assert "recv_window" in shown
    assert SECRET not in shown
