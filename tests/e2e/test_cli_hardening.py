"""``binance-pm`` as a hostile tester tries it: secrets typed into the wrong option, absurd
timeouts and URLs, a pipe closed under it, contradictory keys, and a server that sends
terminal escape sequences. Each test checks what the user sees: the exit status, what is
printed, and that nothing is sent when the command line is refused."""

from __future__ import annotations

import io
import json
import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from binance_pm_cli.main import EXIT_BROKEN_PIPE, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, main
from binance_pm_cli.operations import commands
from binance_pm_cli.parser import global_flags
from binance_pm_cli.printable import printable
from binance_pm_cli.redact import misspelt_secret_option
from binance_pm_sandbox import Sandbox, ScriptedResponse

from .conftest import SECRET


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdin=io.StringIO(), stdout=out, stderr=err)
    assert SECRET not in out.getvalue() + err.getvalue()
    return status, out.getvalue(), err.getvalue()


def run_process(*argv: str, stdout: int = subprocess.PIPE) -> subprocess.CompletedProcess[bytes]:
    """``binance-pm`` as a separate process, in the environment the ``env`` fixture set."""
    result = subprocess.run(
        [sys.executable, "-m", "binance_pm_cli", *argv],
        stdin=subprocess.DEVNULL,
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=60,
        check=False,
    )
    assert SECRET.encode() not in (result.stdout or b"") + result.stderr
    assert b"Traceback" not in result.stderr, result.stderr.decode()
    return result


@pytest.fixture
def pem_file(tmp_path: Path) -> Path:
    key = ed25519.Ed25519PrivateKey.generate()
    path = tmp_path / "key.pem"
    path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return path


# -- 3: a secret given to a misspelt option is never printed ----------------------------------


@pytest.mark.parametrize(
    ("argv", "hint"),
    [
        (["--api=" + SECRET, "get-account-info"], "did you mean --api-key or --api-secret?"),
        (["--api_secret", SECRET, "get-account-info"], "unknown option --api_secret; did you mean --api-secret?"),
        (["--api-secretx=" + SECRET, "get-account-info"], "unknown option --api-secretx; did you mean --api-secret?"),
        (["get-account-info", "--api=" + SECRET], "did you mean --api-key or --api-secret?"),
        (["get-account-info", "--api_secret", SECRET], "did you mean --api-secret?"),
        (["get-account-info", "--API-SECRET", SECRET], "did you mean --api-secret?"),
        (["get-account-info", "--api-secert", SECRET], "did you mean --api-secret?"),
        (["--api-s", SECRET, "get-account-info"], "did you mean --api-secret?"),
        (["--api_key", SECRET, "get-account-info"], "did you mean --api-key?"),
        (["--private-key-password", SECRET, "get-account-info"], "argument 1 is not an option of binance-pm"),
        (["get-account-info", "--api-secret" + SECRET], "argument 2 is not an option of binance-pm"),
    ],
    ids=[
        "ambiguous prefix before",
        "underscore before",
        "misspelt with =",
        "ambiguous prefix after",
        "underscore after",
        "upper case",
        "transposed letters",
        "prefix",
        "api key with underscore",
        "a password option",
        "secret glued to the option",
    ],
)
def test_a_misspelt_secret_option_is_refused_without_its_value(
    env: dict[str, str], sandbox: Sandbox, argv: list[str], hint: str
) -> None:
    result = run_process(*argv)  # asserts the secret is in neither stream, and no traceback
    assert (result.returncode, result.stdout) == (EXIT_USAGE, b"")
    assert hint in result.stderr.decode()
    assert sandbox.requests == []


def test_the_secret_of_the_environment_is_masked_wherever_it_is_echoed(env: dict[str, str]) -> None:
    # Pasted into the wrong option: argparse quotes the value it refuses, twice.
    result = run_process("new-um-order", "--symbol", "BTCUSDT", "--side", SECRET, "--type", "LIMIT")
    assert result.returncode == EXIT_USAGE
    assert b"argument --side: '***' is not one of BUY, SELL" in result.stderr
    assert b"write it as +***" in result.stderr


def test_the_api_key_given_as_an_option_is_masked_in_messages(env: dict[str, str]) -> None:
    status, _, err = run("--api-key", "given-key-0123", "new-um-order", "--side", "given-key-0123")
    assert status == EXIT_USAGE
    assert "given-key-0123" not in err and "'***' is not one of BUY, SELL" in err


def test_an_operation_name_taken_as_the_key_is_not_masked(env: dict[str, str]) -> None:
    # The key was forgotten: argparse takes the operation's name for it, and the help lists
    # every operation, that one included.
    status, _, err = run("--api-key", "get-account-info")
    assert status == EXIT_USAGE
    assert "  get-account-info " in err and "***" not in err


def test_option_prefixes_are_not_accepted(env: dict[str, str], sandbox: Sandbox) -> None:
    # A prefix is not a name: "--sym" could name a second option tomorrow.
    status, _, err = run("get-um-leverage-brackets", "--sym", "ETHUSDT")
    assert status == EXIT_USAGE
    assert "unrecognized arguments: --sym ETHUSDT" in err
    assert sandbox.requests == []


def test_no_real_option_is_taken_for_a_misspelt_secret_one() -> None:
    table = commands()
    known = global_flags() | table.flags()
    for flag in sorted(known):
        assert misspelt_secret_option([flag, "value"], known=known.__contains__) is None, flag


# -- 12: a timeout or a base URL that cannot work is a usage error -----------------------------


@pytest.mark.parametrize("timeout", ["-1", "0", "nan", "inf", "-inf", "1e300"])
def test_a_timeout_that_cannot_work_is_a_usage_error(env: dict[str, str], sandbox: Sandbox, timeout: str) -> None:
    status, out, err = run(f"--timeout={timeout}", "get-um-leverage-brackets", "--symbol", "ETHUSDT")
    assert (status, out) == (EXIT_USAGE, "")
    assert f"argument --timeout: expected a number of seconds more than 0 and at most 86400, got '{timeout}'" in err
    assert sandbox.requests == []


def test_a_timeout_that_is_not_a_number_is_a_usage_error(env: dict[str, str], sandbox: Sandbox) -> None:
    status, _, err = run("get-um-leverage-brackets", "--timeout", "ten")
    assert status == EXIT_USAGE
    assert "argument --timeout: expected a number of seconds, got 'ten'" in err
    assert sandbox.requests == []


BAD_URLS = [
    ("http://", "has no host"),
    ("https://", "has no host"),
    ("http://:8080", "has no host"),
    ("ftp://127.0.0.1", "must start with http:// or https://"),
    ("127.0.0.1:8080", "must start with http:// or https://"),
    ("http://[::1", "is not a URL"),
    ("http://127.0.0.1:99999", "is not a URL"),
    ("http://127.0.0.1:0", "has port 0"),
    ("http://127.0.0.1/?debug=1", "must not have a query (?) or a fragment (#)"),
    ("http://127.0.0.1#top", "must not have a query (?) or a fragment (#)"),
    ("http://127.0.0.1 /papi", "holds a space or a control character"),
]


@pytest.mark.parametrize(("url", "problem"), BAD_URLS, ids=[url for url, _ in BAD_URLS])
def test_a_base_url_that_cannot_work_is_a_usage_error(
    env: dict[str, str], sandbox: Sandbox, url: str, problem: str
) -> None:
    status, out, err = run("--papi-base-url", url, "test-connectivity")
    assert (status, out) == (EXIT_USAGE, "")
    assert f"argument --papi-base-url: {url!r} {problem}" in err
    assert sandbox.requests == []


@pytest.mark.parametrize(("url", "problem"), BAD_URLS[:6], ids=[url for url, _ in BAD_URLS[:6]])
def test_a_base_url_from_the_environment_is_checked_too(
    env: dict[str, str], sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, url: str, problem: str
) -> None:
    monkeypatch.setenv("BINANCE_PAPI_BASE_URL", url)
    status, out, err = run("test-connectivity")
    assert (status, out) == (EXIT_USAGE, "")
    assert f"$BINANCE_PAPI_BASE_URL: {url!r} {problem}" in err
    assert sandbox.requests == []


def test_a_password_in_a_base_url_is_refused_and_not_shown(env: dict[str, str], sandbox: Sandbox) -> None:
    status, _, err = run("--papi-base-url", "http://user:hunter2@127.0.0.1", "test-connectivity")
    assert status == EXIT_USAGE
    assert "'http://***@127.0.0.1' must not hold a user name or password" in err
    assert "hunter2" not in err and sandbox.requests == []


def test_a_base_url_scheme_in_upper_case_works(env: dict[str, str], sandbox: Sandbox) -> None:
    status, _, _ = run("--papi-base-url", sandbox.url.replace("http://", "HTTP://"), "test-connectivity")
    assert status == EXIT_OK
    assert [request.path for request in sandbox.requests] == ["/papi/v1/ping"]


@pytest.mark.parametrize(
    "argv",
    [["--timeout", "nan", "test-connectivity"], ["--papi-base-url", "http://[::1", "test-connectivity"]],
    ids=["timeout nan", "broken IPv6 literal"],
)
def test_usage_errors_of_a_process_end_without_a_traceback(env: dict[str, str], argv: list[str]) -> None:
    result = run_process(*argv)  # asserts there is no traceback
    assert result.returncode == EXIT_USAGE
    assert result.stderr.decode().splitlines()[-1].startswith("binance-pm: error: argument ")


# -- 13: a reader that goes away (binance-pm ... | head -2) ends the run quietly --------------


def _with_closed_stdout(*argv: str) -> subprocess.CompletedProcess[bytes]:
    """Runs the CLI with its stdout a pipe whose reader has already gone, as ``head`` leaves it."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return run_process(*argv, stdout=write_end)
    finally:
        os.close(write_end)


@pytest.mark.parametrize(
    "argv",
    [["get-tiered-collateral-rate"], ["get-tiered-collateral-rate", "--json"], ["--help"]],
    ids=["table", "json", "help"],
)
def test_a_closed_pipe_ends_quietly(env: dict[str, str], argv: list[str]) -> None:
    result = _with_closed_stdout(*argv)
    assert result.stderr == b""  # no traceback, no "Exception ignored" at exit
    assert result.returncode == (EXIT_OK if argv == ["--help"] else EXIT_BROKEN_PIPE)


def test_a_pipe_read_to_its_end_is_not_disturbed(env: dict[str, str]) -> None:
    result = run_process("get-tiered-collateral-rate")
    assert result.returncode == EXIT_OK and result.stderr == b""
    assert result.stdout.splitlines()[0].split() == [b"asset", b"tierFloor", b"tierCap", b"collateralRate", b"cum"]


# -- Ctrl-C while a request is in flight ends the run without a traceback -----------------------


@pytest.fixture
def silent_server() -> Iterator[tuple[str, threading.Event]]:
    """A server that takes connections and never answers; the event is set on the first."""
    listener = socket.create_server(("127.0.0.1", 0))
    connected = threading.Event()
    held: list[socket.socket] = []

    def accept() -> None:
        try:
            connection, _ = listener.accept()
        except OSError:  # closed by the fixture's teardown
            return
        held.append(connection)
        connected.set()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", connected
    finally:
        listener.close()
        for connection in held:
            connection.close()
        thread.join(timeout=5)


def test_ctrl_c_during_a_call_ends_quietly_and_says_the_request_may_have_gone(
    env: dict[str, str], silent_server: tuple[str, threading.Event]
) -> None:
    url, connected = silent_server
    process = subprocess.Popen(
        [sys.executable, "-m", "binance_pm_cli", "get-tiered-collateral-rate", "--base-url", url],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert connected.wait(timeout=30), "the CLI never connected"
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == EXIT_INTERRUPTED
    assert b"Traceback" not in err and SECRET.encode() not in out + err
    assert b"binance-pm: interrupted; a request already sent may have been carried out" in err


# -- 14: an HMAC secret and a private key together are refused --------------------------------


def test_a_secret_and_a_private_key_given_together_are_refused(
    env: dict[str, str], sandbox: Sandbox, pem_file: Path
) -> None:
    status, out, err = run("--api-secret", SECRET, "--private-key", str(pem_file), "get-account-info")
    assert (status, out) == (EXIT_USAGE, "")
    assert "--api-secret and --private-key were both given: sign with one of them" in err
    assert sandbox.requests == []


def test_a_secret_and_a_private_key_in_the_environment_are_refused(
    env: dict[str, str], sandbox: Sandbox, pem_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BINANCE_PRIVATE_KEY", str(pem_file))
    status, out, err = run("get-account-info")
    assert (status, out) == (EXIT_USAGE, "")
    assert "$BINANCE_API_SECRET and $BINANCE_PRIVATE_KEY are both set" in err
    # A dry run would show a request the real run refuses to send: refused as well.
    assert run("get-account-info", "--dry-run")[0] == EXIT_USAGE
    assert sandbox.requests == []


def test_an_option_still_chooses_over_the_environment(
    env: dict[str, str], sandbox: Sandbox, pem_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BINANCE_PRIVATE_KEY", str(pem_file))
    status, _, err = run("--api-secret", SECRET, "get-account-info")
    assert (status, err) == (EXIT_OK, "")
    assert len(sandbox.requests[-1].params["signature"]) == 64  # HMAC hex, not a key's base64


# -- 15: what a server sends never drives the terminal -----------------------------------------

# JSON's own escapes: ESC sequences that clear the screen and set the window title, a
# one-byte CSI (C1), a right-to-left override, a zero-width space and a line break.
HOSTILE_BODY = (
    b'[{"asset":"\\u001b[2J\\u001b]0;pwned\\u0007USDC","collateralRate":"1.0000"},'
    b'{"asset":"\\u202eBU\\u009b31mSD","collateralRate":"0.1000"},'
    b'{"asset":"ET\\u200bH\\nBTC","collateralRate":"0.9500"}]'
)


def test_control_characters_in_a_table_are_shown_escaped(env: dict[str, str], sandbox: Sandbox) -> None:
    sandbox.set_body("getClassicCollateralRate", HOSTILE_BODY)
    status, out, _ = run("get-classic-collateral-rate")
    assert status == EXIT_OK
    assert out.replace("\n", "").isprintable()
    rows = [line.split() for line in out.splitlines()[2:]]
    assert rows == [
        ["\\x1b[2J\\x1b]0;pwned\\x07USDC", "1.0000"],
        ["\\u202eBU\\x9b31mSD", "0.1000"],
        ["ET\\u200bH\\nBTC", "0.9500"],
    ]


def test_control_characters_in_column_names_are_shown_escaped(env: dict[str, str], sandbox: Sandbox) -> None:
    sandbox.set_body("getClassicCollateralRate", b'[{"asset":"USDC","collateralRate":"1.0","\\u001b[8mx":"y"}]')
    status, out, _ = run("get-classic-collateral-rate")
    assert status == EXIT_OK
    assert out.splitlines()[0].split() == ["asset", "collateralRate", "\\x1b[8mx"]


def test_json_keeps_the_bytes_as_sent(env: dict[str, str], sandbox: Sandbox) -> None:
    sandbox.set_body("getClassicCollateralRate", HOSTILE_BODY)
    result = run_process("get-classic-collateral-rate", "--json")
    assert result.returncode == EXIT_OK
    assert result.stdout == HOSTILE_BODY + b"\n"


def test_control_characters_in_an_error_message_are_shown_escaped(env: dict[str, str], sandbox: Sandbox) -> None:
    sandbox.script(
        "getUmLeverageBrackets", ScriptedResponse.error(400, -1121, "Invalid symbol.\x1b[2J\x1b]0;pwned\x07")
    )
    status, _, err = run("get-um-leverage-brackets", "--symbol", "ETHUSDT")
    assert status == 1
    assert "\x1b" not in err and "\x07" not in err
    assert "code -1121: Invalid symbol.\\x1b[2J\\x1b]0;pwned\\x07" in err


def test_an_error_message_of_a_process_reaches_its_terminal_escaped(env: dict[str, str], sandbox: Sandbox) -> None:
    # A lone surrogate cannot even be encoded; an ESC would drive the terminal.
    body = b'{"code":-1121,"msg":"Invalid symbol \\udc80\\u001b[2J"}'
    sandbox.script("getClassicCollateralRate", ScriptedResponse(status=400, body=body))
    result = run_process("get-classic-collateral-rate")
    assert result.returncode == 1
    assert result.stderr == b"binance-pm: error: Binance answered HTTP 400 code -1121: Invalid symbol \\udc80\\x1b[2J\n"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("BTCUSDT", "BTCUSDT"),
        ("比特币 à\u00a0la carte", "比特币 à\u00a0la carte"),  # any script, and a no-break space, as they are
        ("a\x1b[31mb", "a\\x1b[31mb"),
        ("tab\there\r\n", "tab\\there\\r\\n"),
        ("\x9b\x7f\x00", "\\x9b\\x7f\\x00"),
        ("\u202eevil\u2066\u200b\u2028", "\\u202eevil\\u2066\\u200b\\u2028"),
        ("\udc80", "\\udc80"),
        ("\U000e0041", "\\U000e0041"),
    ],
)
def test_printable(text: str, shown: str) -> None:
    assert printable(text) == shown


# -- start-up: what a run loads --------------------------------------------------------------

_MODULES_AFTER = """\
import json, sys
from binance_pm_cli.main import main
status = main(sys.argv[2:])
with open(sys.argv[1], "w") as out:
    json.dump({"status": status, "loaded": sorted(sys.modules)}, out)
"""


@pytest.mark.parametrize(
    "argv",
    [["--version"], ["get-everything"], ["--timeout", "0", "get-account-info"], ["--api=x", "get-account-info"]],
    ids=["version", "unknown operation", "bad timeout", "misspelt secret option"],
)
def test_a_run_that_sends_nothing_loads_no_http_client(tmp_path: Path, argv: list[str]) -> None:
    catalog_alone = subprocess.run(
        [sys.executable, "-c", "import sys, binance_pm._catalog; print('httpx' in sys.modules)"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    if catalog_alone.stdout.strip() == "True":
        pytest.skip("importing the binance_pm package loads httpx itself: the CLI cannot avoid it")
    report = tmp_path / "modules.json"
    subprocess.run(
        [sys.executable, "-c", _MODULES_AFTER, str(report), *argv], capture_output=True, timeout=60, check=True
    )
    after = json.loads(report.read_text())
    assert after["status"] in (EXIT_OK, EXIT_USAGE)
    assert not [name for name in after["loaded"] if name.split(".")[0] in ("httpx", "httpcore", "binance_pm.client")]
    assert "binance_pm.client" not in after["loaded"]
