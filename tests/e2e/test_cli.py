"""The ``binance-pm`` CLI against the sandbox over real HTTP: in-process through ``main()``,
and as a separate process for what only a real process shows (bytes on stdout, exit status)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from binance_pm_cli.main import EXIT_API_ERROR, EXIT_NO_ANSWER, EXIT_OK, EXIT_USAGE, main
from binance_pm_cli.operations import discover
from binance_pm_sandbox import Sandbox, ScriptedResponse

from .conftest import API_KEY, BRACKETS_PATH, SECRET, load_raw_spec

ENV_NAMES = (
    "BINANCE_API_KEY",
    "BINANCE_API_SECRET",
    "BINANCE_PRIVATE_KEY",
    "BINANCE_BASE_URL",
    "BINANCE_PAPI_BASE_URL",
)


@pytest.fixture
def env(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """The CLI's environment pointed at the sandbox, with its keys."""
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    values = {
        "BINANCE_API_KEY": API_KEY,
        "BINANCE_API_SECRET": SECRET,
        "BINANCE_BASE_URL": sandbox.url,
        "BINANCE_PAPI_BASE_URL": sandbox.url,
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    yield values


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    assert SECRET not in out.getvalue() + err.getvalue()
    return status, out.getvalue(), err.getvalue()


def run_process(*argv: str, env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    result = subprocess.run(
        [sys.executable, "-m", "binance_pm_cli", *argv],
        env={**os.environ, **env},
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert SECRET.encode() not in result.stdout + result.stderr
    return result


# -- the subcommands come from the generated package and the spec ---------------------------


def test_one_subcommand_per_spec_operation() -> None:
    raw = load_raw_spec()
    summaries = {op["operationId"]: op["summary"] for item in raw["paths"].values() for op in item.values()}
    commands = discover()
    assert {command.operation.operation_id for command in commands} == set(summaries)
    assert {command.name for command in commands} == {
        "get-account-info",
        "get-classic-collateral-rate",
        "get-tiered-collateral-rate",
        "get-um-leverage-brackets",
    }
    brackets = next(command for command in commands if command.name == "get-um-leverage-brackets")
    assert [option.flag for option in brackets.options] == ["--symbol", "--recv-window"]


def test_help_lists_operations_with_spec_summaries(env: dict[str, str]) -> None:
    result = run_process("--help", env=env)
    assert result.returncode == 0
    text = " ".join(result.stdout.decode().split())
    for command in discover():
        assert command.name in text
        assert command.operation.summary in text


# -- every operation, table output ----------------------------------------------------------


def test_signed_operation_table(env: dict[str, str], sandbox: Sandbox) -> None:
    status, out, err = run("get-um-leverage-brackets", "--symbol", "ETHUSDT")
    assert (status, err) == (EXIT_OK, "")
    header, rule, row = out.splitlines()
    assert header.split() == [
        "symbol", "notionalCoef", "bracket", "initialLeverage", "notionalCap", "notionalFloor", "maintMarginRatio", "cum",
    ]  # fmt: skip
    assert set(rule.replace(" ", "")) == {"-"}
    assert row.split() == ["ETHUSDT", "4.0", "1", "75", "10000", "0", "0.0065", "0"]
    assert b"symbol=ETHUSDT" in sandbox.requests[-1].raw_query
    assert b"&signature=" in sandbox.requests[-1].raw_query


def test_key_only_operation_table(env: dict[str, str], sandbox: Sandbox) -> None:
    status, out, _ = run("get-classic-collateral-rate")
    assert status == EXIT_OK
    assert [line.split() for line in out.splitlines()[2:]] == [["USDC", "1.0000"], ["BUSD", "1.0000"]]
    assert b"signature" not in sandbox.requests[-1].raw_query


def test_account_table_shows_values_exactly_as_sent(env: dict[str, str]) -> None:
    status, out, _ = run("get-account-info")
    assert status == EXIT_OK
    rows = dict(line.split(None, 1) for line in out.splitlines()[2:])
    assert rows["totalAvailableBalance"].strip() == "122,559.90199491"
    assert rows["accountStatus"].strip() == "NORMAL"


def test_nested_table(env: dict[str, str]) -> None:
    status, out, _ = run("get-tiered-collateral-rate")
    assert status == EXIT_OK
    lines = out.splitlines()
    assert lines[0].split() == ["asset", "tierFloor", "tierCap", "collateralRate", "cum"]
    assert [line.split() for line in lines[2:4]] == [
        ["BNB", "0.0000", "1000.0000", "1.0000", "0.0000"],
        ["1000.0000", "2000.0000", "0.9000", "0.0000"],
    ]


# -- --json -----------------------------------------------------------------------------------


def test_json_prints_the_body_byte_for_byte(env: dict[str, str], sandbox: Sandbox) -> None:
    body = b'[{"symbol":"ETHUSDT","brackets":[{"bracket":1,"initialLeverage":75,"notionalCap":1.10000000000000000001,"notionalFloor":0,"maintMarginRatio":0.00650,"cum":0}]}]'
    sandbox.set_body("getUmLeverageBrackets", body)
    result = run_process("get-um-leverage-brackets", "--json", env=env)
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stdout == body + b"\n"


def test_options_after_the_operation_name(env: dict[str, str], sandbox: Sandbox) -> None:
    status, out, _ = run("get-account-info", "--json", "--recv-window", "7000")
    assert status == EXIT_OK
    assert out.strip() == sandbox.state.spec.resolve("getAccountInfo").example_body.decode()
    assert sandbox.requests[-1].params["recvWindow"] == "7000"


def test_global_recv_window(env: dict[str, str], sandbox: Sandbox) -> None:
    assert run("--recv-window", "9000", "get-tiered-collateral-rate")[0] == EXIT_OK
    assert sandbox.requests[-1].params["recvWindow"] == "9000"


# -- errors: Binance's code and message on stderr, non-zero exit, never the secret -------------


def test_bad_signature_exits_non_zero_with_code(env: dict[str, str]) -> None:
    status, out, err = run("get-um-leverage-brackets", "--api-secret", "not-the-secret")
    assert (status, out) == (EXIT_API_ERROR, "")
    assert "-1022" in err and "Signature for this request is not valid." in err


def test_unknown_symbol_exits_non_zero(env: dict[str, str]) -> None:
    status, _, err = run("get-um-leverage-brackets", "--symbol", "BTCUSDT")
    assert status == EXIT_API_ERROR
    assert "-1121" in err and "Invalid symbol." in err


def test_unknown_key_exits_non_zero(env: dict[str, str]) -> None:
    status, _, err = run("--api-key", "unknown-key", "get-classic-collateral-rate")
    assert status == EXIT_API_ERROR
    assert "-2015" in err


def test_rate_limit_exits_non_zero(env: dict[str, str], sandbox: Sandbox) -> None:
    sandbox.script(
        BRACKETS_PATH,
        ScriptedResponse.error(429, -1003, "Too much request weight used", headers={"Retry-After": "120"}),
    )
    status, _, err = run("get-um-leverage-brackets")
    assert status == EXIT_API_ERROR
    assert "-1003" in err and "429" in err


def test_server_error_as_separate_process(env: dict[str, str], sandbox: Sandbox) -> None:
    rejection = ScriptedResponse.error(400, -1021, "Timestamp for this request is outside of the recvWindow.")
    sandbox.script(BRACKETS_PATH, rejection, rejection)
    result = run_process("get-um-leverage-brackets", "--api-secret", SECRET, env=env)
    assert result.returncode == EXIT_API_ERROR
    assert result.stdout == b""
    assert b"-1021" in result.stderr and b"outside of the recvWindow" in result.stderr


def test_cut_answer_is_no_answer(env: dict[str, str], sandbox: Sandbox) -> None:
    cut = ScriptedResponse(status=200, body=b'[{"asset":"USDC","collateralRate":"1.0000"}]', cut_after=10)
    sandbox.script("getClassicCollateralRate", cut, cut, cut, cut)
    status, out, err = run("get-classic-collateral-rate")
    assert (status, out) == (EXIT_NO_ANSWER, "")
    assert "no answer" in err


def test_missing_secret_is_a_usage_error(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BINANCE_API_SECRET")
    status, _, err = run("get-account-info")
    assert status == EXIT_USAGE
    assert "BINANCE_API_SECRET" in err


def test_invalid_argument_is_a_usage_error(env: dict[str, str], sandbox: Sandbox) -> None:
    status, _, err = run("get-um-leverage-brackets", "--symbol", "eth usdt")
    assert status == EXIT_USAGE
    assert "--symbol" in err
    assert sandbox.requests == []


def test_unknown_operation_is_a_usage_error(env: dict[str, str]) -> None:
    assert run("get-everything")[0] == EXIT_USAGE


@pytest.mark.parametrize(
    "argv",
    [
        ["--api-secret", SECRET, "get-everything"],
        ["get-account-info", "--api-secret", SECRET, "--no-such-option"],
        ["get-account-info", "--api-secret", SECRET, "--recv-window", "many"],
    ],
)
def test_usage_errors_never_echo_the_secret(env: dict[str, str], argv: list[str]) -> None:
    result = run_process(*argv, env=env)  # asserts the secret is in neither stream
    assert result.returncode == EXIT_USAGE
    assert result.stderr


def test_private_key_option_beats_the_secret_in_the_environment(
    env: dict[str, str], sandbox: Sandbox, tmp_path: Path
) -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    pem = tmp_path / "key.pem"
    pem.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    public = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    sandbox.add_key("e2e-cli-ed25519", public_key_pem=public)
    try:
        status, out, err = run("--api-key", "e2e-cli-ed25519", "--private-key", str(pem), "get-account-info", "--json")
    finally:
        sandbox.remove_key("e2e-cli-ed25519")
    assert (status, err) == (EXIT_OK, "")
    assert out.strip() == sandbox.state.spec.resolve("getAccountInfo").example_body.decode()


def test_a_new_operation_module_becomes_a_subcommand(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "fake_api"
    (package / "portfolio_margin").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "portfolio_margin" / "__init__.py").write_text("")
    (package / "portfolio_margin" / "get_cm_leverage_brackets.py").write_text(
        "from binance_pm._operation import Operation\n"
        "from binance_pm.types import UNSET, Unset\n"
        "OPERATION = Operation('getCmLeverageBrackets', 'GET', '/papi/v1/cm/leverageBracket', 'papi', 'USER_DATA',"
        " True, True, 1, 'IP', 'CM Notional and Leverage Brackets (USER_DATA)')\n"
        "def sync_detailed(*, client, pair: str | Unset = UNSET, limit: int | Unset = UNSET):\n"
        '    """CM brackets.\n\n    Args:\n        client: the client.\n        pair: The pair, such as\n'
        '            `BTCUSD`.\n        limit: How many.\n    """\n'
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    import fake_api  # type: ignore[import-not-found]

    (command,) = discover(fake_api)
    assert command.name == "get-cm-leverage-brackets"
    assert [(option.flag, option.kind, option.required) for option in command.options] == [
        ("--pair", str, False),
        ("--limit", int, False),
    ]
    assert command.options[0].help == "The pair, such as `BTCUSD`."
