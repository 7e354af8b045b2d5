"""Secrets of every type a user may hold them in: a ``bytes`` password is accepted, and a
secret of the wrong type, or text that cannot be encoded, is refused with an error that
names the parameter and shows the secret nowhere: not in its message, ``repr``, ``args``,
nor the locals of its traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from binance_pm import BinanceClient
from binance_pm.auth import HmacSigner, load_private_key_signer
from binance_pm.errors import ParameterError

from binance_pm_sandbox.signing import verify_signature

from .conftest import BRACKETS, KEY, PASSWORD, SECRET, KeyPair, Recorder, mock_client
from .test_keys import _key_body, _library_locals, _signed_with

# A secret as an environment variable read with ``surrogateescape`` holds it: the byte
# 0xff, not valid UTF-8, became the lone surrogate U+DCFF.
UNENCODABLE = "env-secret-MUST-NOT-LEAK-\udcff-7c3d"


def _shown(error: BaseException) -> str:
    return "\n".join([str(error), repr(error), repr(error.args), _library_locals(error)])


@pytest.mark.parametrize("password_type", [bytes, bytearray])
def test_a_bytes_password_opens_an_encrypted_key(key_pair: KeyPair, password_type: type, tmp_path: Path) -> None:
    path = tmp_path / "encrypted.pem"
    path.write_bytes(key_pair.encrypted_pem)
    recorder = Recorder(lambda request: httpx.Response(200, content=BRACKETS))
    for given in (key_pair.encrypted_pem, path):
        client = mock_client(
            recorder, api_secret=None, private_key=given, private_key_password=password_type(PASSWORD.encode())
        )
        assert verify_signature(_signed_with(client, recorder), public_key_pem=key_pair.public_pem)
    assert load_private_key_signer(key_pair.encrypted_pem, PASSWORD.encode()).sign(b"a=1")


@pytest.mark.parametrize("password", [123456, 1.5, ["pem-password"], object()], ids=["int", "float", "list", "object"])
def test_a_password_of_another_type_is_refused_by_name_without_key_material(key_pair: KeyPair, password: Any) -> None:
    with pytest.raises(ParameterError) as caught:
        BinanceClient(KEY, private_key=key_pair.encrypted_pem, private_key_password=password)
    assert caught.value.parameter == "private_key_password"
    assert type(password).__name__ in str(caught.value)
    shown = _shown(caught.value)
    assert _key_body(key_pair.encrypted_pem) not in shown
    assert "PRIVATE KEY" not in shown
    # The same through the loader itself.
    with pytest.raises(ParameterError, match="private_key_password") as direct:
        load_private_key_signer(key_pair.encrypted_pem, password)
    assert _key_body(key_pair.encrypted_pem) not in _shown(direct.value)


@pytest.mark.parametrize("secret", [123, 4.5, ["a-secret"]], ids=["int", "float", "list"])
def test_an_api_secret_of_another_type_is_refused_by_name(secret: Any) -> None:
    with pytest.raises(ParameterError) as caught:
        BinanceClient(KEY, secret)
    assert caught.value.parameter == "api_secret"
    assert type(secret).__name__ in str(caught.value)


def test_an_empty_api_secret_is_refused_by_name() -> None:
    for secret in ("", b""):
        with pytest.raises(ParameterError, match=r"api_secret.*must not be empty"):
            BinanceClient(KEY, secret)


def test_an_unencodable_api_secret_is_refused_without_showing_it() -> None:
    with pytest.raises(ValueError) as caught:
        BinanceClient(KEY, UNENCODABLE)
    assert isinstance(caught.value, ParameterError)
    assert caught.value.parameter == "api_secret"
    assert "MUST-NOT-LEAK" not in _shown(caught.value)
    with pytest.raises(ParameterError) as direct:
        HmacSigner(UNENCODABLE)
    assert "MUST-NOT-LEAK" not in _shown(direct.value)


def test_an_unencodable_password_is_refused_without_showing_it(key_pair: KeyPair) -> None:
    with pytest.raises(ParameterError) as caught:
        BinanceClient(KEY, private_key=key_pair.encrypted_pem, private_key_password=UNENCODABLE)
    assert caught.value.parameter == "private_key_password"
    shown = _shown(caught.value)
    assert "MUST-NOT-LEAK" not in shown
    assert "\udcff" not in shown
    assert _key_body(key_pair.encrypted_pem) not in shown


def test_pem_text_that_is_not_ascii_is_refused_without_showing_it(key_pair: KeyPair) -> None:
    lines = key_pair.private_pem.decode().splitlines()
    lines[2] = lines[2][:10] + "\u00e9" + lines[2][11:]
    with pytest.raises(ValueError, match="cannot load the private key") as caught:
        BinanceClient(KEY, private_key="\n".join(lines))
    shown = _shown(caught.value)
    assert lines[2] not in shown
    assert "\u00e9" not in shown


def test_the_secret_of_a_working_client_is_still_used_as_given() -> None:
    # bytes and str secrets sign alike.
    recorder = Recorder(lambda request: httpx.Response(200, content=BRACKETS))
    as_text = mock_client(recorder)
    as_bytes = mock_client(recorder, api_secret=SECRET.encode())
    assert as_text._signer.sign("a=1") == as_bytes._signer.sign("a=1")  # type: ignore[union-attr]
