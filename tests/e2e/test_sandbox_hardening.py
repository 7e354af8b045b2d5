"""The sandbox against a hostile tester: numbers in other scripts, options out of range,
unusable keys, and a machine without the sandbox's dependencies.

Over HTTP, every malformed number gets Binance's code (never a 500). On the command line,
every mistake is a usage error (exit 2, one line naming the option, no traceback) found
before the server starts; ``--access-log`` writes a line per request to stderr.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519

from binance_pm_sandbox import Sandbox
from binance_pm_sandbox.params import check_value
from binance_pm_sandbox.spec import ParameterSpec, load_spec

from .conftest import BRACKETS_PATH, SPEC_PATH, TIME_PATH, error_of, get, hmac_hex, now_ms, signed_query

#: Digits ``str.isdigit()`` accepts that Binance does not: a superscript (``int()`` refuses
#: it), Arabic-Indic and full-width digits (``int()`` reads them as 123).
NON_ASCII_DIGITS = ["\u00b2", "\u0661\u0662\u0663", "\uff11\uff12\uff13", "1\u00b2"]


def _encoded(text: str) -> str:
    return "".join(ch if ch.isascii() else "".join(f"%{b:02X}" for b in ch.encode()) for ch in text)


def _signed_raw(payload: str) -> str:
    """``payload`` (already percent-encoded) signed over exactly its bytes."""
    return f"{payload}&signature={hmac_hex(payload.encode('ascii'))}"


# -- malformed numbers over HTTP -------------------------------------------------------------


@pytest.mark.parametrize("digits", NON_ASCII_DIGITS)
def test_timestamp_in_other_digits_is_1102(sandbox: Sandbox, http: httpx.Client, digits: str) -> None:
    response = get(http, BRACKETS_PATH, _signed_raw(f"timestamp={_encoded(digits)}"))
    assert error_of(response) == (400, -1102)
    assert response.json()["msg"] == "Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed."


@pytest.mark.parametrize("digits", NON_ASCII_DIGITS)
def test_recv_window_in_other_digits_is_1100(sandbox: Sandbox, http: httpx.Client, digits: str) -> None:
    response = get(http, BRACKETS_PATH, _signed_raw(f"recvWindow={_encoded(digits)}&timestamp={now_ms()}"))
    assert error_of(response) == (400, -1100)
    assert (
        response.json()["msg"] == "Illegal characters found in parameter 'recvWindow'; legal range is '^[0-9]{1,20}$'."
    )


@pytest.mark.parametrize("digits", NON_ASCII_DIGITS)
def test_integer_parameter_in_other_digits_is_1100(sandbox: Sandbox, http: httpx.Client, digits: str) -> None:
    response = get(http, "/papi/v1/um/order", signed_query(f"symbol=BTCUSDT&orderId={_encoded(digits)}"))
    assert error_of(response) == (400, -1100)
    assert "'orderId'" in response.json()["msg"]


def test_recv_window_of_zero_must_be_greater_than_zero(sandbox: Sandbox, http: httpx.Client) -> None:
    response = get(http, BRACKETS_PATH, signed_query("recvWindow=0"))
    assert error_of(response) == (400, -1131)
    assert response.json()["msg"] == "recvWindow must be greater than 0."


def _integer_parameters() -> list[tuple[str, ParameterSpec]]:
    spec = load_spec(SPEC_PATH)
    timing = (spec.timestamp_parameter, spec.recv_window_parameter)
    return [
        (op.operation_id, parameter)
        for op in spec.operations
        for parameter in op.parameters
        if parameter.kind == "int" and parameter.name not in timing
    ]


def test_every_integer_parameter_takes_ascii_digits_only() -> None:
    """The gate's value check, for every integer parameter of every operation in the spec."""
    parameters = _integer_parameters()
    assert parameters
    for operation_id, parameter in parameters:
        for digits in NON_ASCII_DIGITS:
            refused = check_value(parameter, digits)
            assert refused is not None and refused.code == -1100, (operation_id, parameter.name, digits)


# -- the library's own checks ---------------------------------------------------------------


def _pem(key: ed25519.Ed25519PrivateKey | ec.EllipticCurvePrivateKey, *, private: bool = False) -> bytes:
    if private:
        return key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    return key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


@pytest.mark.parametrize(
    ("pem", "says"),
    [
        (b"not a key at all", "not a PEM public key"),
        (_pem(ec.generate_private_key(ec.SECP256R1())), "not an RSA or Ed25519 public key"),
        (_pem(ed25519.Ed25519PrivateKey.generate(), private=True), "this is a private key"),
    ],
    ids=["garbage", "ec", "private"],
)
def test_unusable_public_key_is_refused_when_given(sandbox: Sandbox, pem: bytes, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        Sandbox(public_key_pem=pem, spec=sandbox.state.spec)
    with pytest.raises(ValueError, match=says):
        sandbox.add_key("another-key", public_key_pem=pem)


@pytest.mark.parametrize("limit", [0, -5, 1.5, True])
def test_rate_limit_below_one_is_refused(sandbox: Sandbox, limit: object) -> None:
    with pytest.raises(ValueError, match="rate_limit must be a positive integer"):
        sandbox.rate_limit = limit  # type: ignore[assignment]
    assert sandbox.rate_limit is None


# -- the command line -------------------------------------------------------------------------


def _sandbox_command(*args: str) -> subprocess.CompletedProcess[str]:
    """``binance-pm-sandbox args`` run to its end; the timeout only guards against a server
    that started when it should have refused (it would never exit)."""
    return subprocess.run(
        [sys.executable, "-m", "binance_pm_sandbox", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--port", "99999"], "argument --port: '99999' is not a port: give 0 to 65535"),
        (["--port", "-1"], "argument --port: '-1' is not a port"),
        (["--rate-limit", "-5"], "argument --rate-limit: '-5' is not a positive integer"),
        (["--rate-limit", "0"], "argument --rate-limit: '0' is not a positive integer"),
        (["--clock-skew-ms", "\u0661\u0662"], "argument --clock-skew-ms: '\u0661\u0662' is not an integer"),
        (["--api-key", "k", "--api-secret", ""], "--api-secret must not be empty"),
    ],
    ids=["port-too-big", "port-negative", "rate-limit-negative", "rate-limit-zero", "skew-not-ascii", "empty-secret"],
)
def test_option_out_of_range_is_a_usage_error(args: list[str], says: str) -> None:
    result = _sandbox_command(*args)
    assert result.returncode == 2, result.stdout + result.stderr
    assert says in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""  # never started: no URL printed


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"garbage", "not a PEM public key"),
        (_pem(ed25519.Ed25519PrivateKey.generate(), private=True), "this is a private key"),
    ],
    ids=["garbage", "private"],
)
def test_unusable_public_key_file_is_refused_at_start(tmp_path: Path, content: bytes, says: str) -> None:
    pem_file = tmp_path / "key.pem"
    pem_file.write_bytes(content)
    result = _sandbox_command("--api-key", "k", "--public-key", str(pem_file))
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.startswith(f"binance-pm-sandbox: --public-key {pem_file}: {says}")
    assert result.stderr.count("\n") == 1
    assert "PRIVATE" not in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_access_log_writes_each_request_to_stderr() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "binance_pm_sandbox", "--access-log"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline().rstrip("\n") for _ in range(4)]  # URL, 2 demo keys, "serving"
        with httpx.Client(base_url=lines[0], timeout=10.0) as http:
            assert get(http, TIME_PATH, key=None).status_code == 200
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0
    assert f'"GET {TIME_PATH} HTTP/1.1" 200' in err
    assert TIME_PATH not in out  # stdout stays the URL and the keys


# -- without the sandbox extra -----------------------------------------------------------------

_WITHOUT = """
import sys
for name in sys.argv[1].split(","):
    sys.modules[name] = None  # what "not installed" looks like to an import
sys.argv[1:] = sys.argv[2:]
from binance_pm_sandbox.main import main  # exactly what the binance-pm-sandbox script runs
sys.exit(main())
"""


@pytest.mark.parametrize(
    ("missing", "distribution"),
    [("starlette", "starlette"), ("uvicorn", "uvicorn"), ("yaml", "PyYAML")],
)
def test_entry_point_without_the_extra_names_it(missing: str, distribution: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _WITHOUT, missing, "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr == (
        f"binance-pm-sandbox: {distribution} is not installed; "
        "it comes with the sandbox extra: pip install 'binance-pm[sandbox]'\n"
    )
    assert result.stdout == ""


def test_sandbox_class_without_the_extra_names_it() -> None:
    code = "import sys; sys.modules['uvicorn'] = None\nfrom binance_pm_sandbox import Sandbox"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert (
        "ModuleNotFoundError: binance_pm_sandbox: uvicorn is not installed; "
        "it comes with the sandbox extra: pip install 'binance-pm[sandbox]'"
    ) in result.stderr


@pytest.mark.parametrize("argv", [["--api-s", "sandbox-secret-value"], ["--api_secret=sandbox-secret-value"]])
def test_a_mistyped_secret_option_is_refused_without_echoing_its_value(argv: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "binance_pm_sandbox", *argv], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 2
    assert "sandbox-secret-value" not in result.stderr + result.stdout
    assert "***" in result.stderr
