"""The ``binance-pm`` CLI against the sandbox over real HTTP: in-process through ``main()``,
and as a separate process for what only a real process shows (bytes on stdout, exit status)."""

from __future__ import annotations

import importlib
import inspect
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from binance_pm.client import Sent
from binance_pm.errors import ResponseParseError
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from binance_pm_cli.main import EXIT_API_ERROR, EXIT_NO_ANSWER, EXIT_OK, EXIT_USAGE, main
from binance_pm_cli.operations import commands
from binance_pm_cli.safety import is_loopback
from binance_pm_sandbox import Sandbox, ScriptedResponse
from binance_pm_spec import load_document, read_facts

from .conftest import API_KEY, BRACKETS_PATH, ENV_NAMES, SECRET


class Terminal(io.StringIO):
    """Standard input that is a terminal, with what the user types on it."""

    def isatty(self) -> bool:
        return True


class UntouchedTerminal(Terminal):
    """A terminal the CLI must not ask anything on."""

    def readline(self, size: int | None = -1, /) -> str:  # type: ignore[override]
        raise AssertionError("the CLI asked for a confirmation")


def run(*argv: str, stdin: io.StringIO | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdin=stdin if stdin is not None else io.StringIO(), stdout=out, stderr=err)
    assert SECRET not in out.getvalue() + err.getvalue()
    return status, out.getvalue(), err.getvalue()


def run_process(*argv: str, env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    result = subprocess.run(
        [sys.executable, "-m", "binance_pm_cli", *argv],
        env={**os.environ, **env},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert SECRET.encode() not in result.stdout + result.stderr
    return result


# -- the subcommands come from the generated catalog, which follows the spec ------------------


def test_one_subcommand_per_spec_operation_with_the_keywords_of_its_module() -> None:
    facts = read_facts(load_document())
    table = commands()
    assert {command.operation_id for command in table.values()} == {op.operation_id for op in facts.operations}
    for command in table.values():
        op = facts.operation(command.operation_id)
        assert (command.summary, command.method, command.path, command.security_type) == (
            op.summary, op.method, op.path, op.security_type,
        )  # fmt: skip
        # The CLI checks the catalog's keywords with _params (a dry run calls sync_detailed
        # with them): they must be exactly the operation's own.
        module = importlib.import_module(command.module)
        signature = inspect.signature(module.sync_detailed)
        keywords = [name for name in signature.parameters if name != "client"]
        assert [option.keyword for option in command.options] == keywords, command.name
        assert list(inspect.signature(module._params).parameters) == keywords, command.name
        required = {name for name, p in signature.parameters.items() if p.default is inspect.Parameter.empty}
        assert {option.keyword for option in command.options if option.required} == required - {"client"}
        assert command.name == module.__name__.rsplit(".", 1)[1].replace("_", "-")
        assert not any(option.flag.endswith("-") for option in command.options), command.name


def test_options_are_the_python_keywords_in_kebab_case() -> None:
    table = commands()
    options = {option.keyword: option for option in table["new-um-order"].options}
    assert options["time_in_force"].flag == "--time-in-force"
    # The trailing underscore only keeps a Python keyword off a reserved word.
    (repay_from,) = [o for o in table["portfolio-margin-pro-bankruptcy-loan-repay"].options if o.name == "from"]
    assert (repay_from.keyword, repay_from.flag) == ("from_", "--from")
    assert (options["quantity"].kind, options["reduce_only"].kind, options["side"].values) == (
        "decimal", "bool", ("BUY", "SELL"),
    )  # fmt: skip


def test_help_lists_operations_with_spec_summaries(env: dict[str, str]) -> None:
    result = run_process("--help", env=env)
    assert result.returncode == 0
    text = " ".join(result.stdout.decode().split())
    table = commands()
    assert len(table) > 100  # the catalog's operations, checked against the spec above
    for command in table.values():
        assert f"{command.name} {command.summary}" in text


def test_every_operation_has_a_help_page(capsys: pytest.CaptureFixture[str]) -> None:
    for command in commands().values():
        assert main([command.name, "--help"]) == EXIT_OK, command.name
        page = " ".join(capsys.readouterr().out.split())
        assert f"{command.method} {command.path}" in page
        for option in command.options:
            assert option.flag in page
    # One help text holds a "%" (argparse formats help strings with %).
    assert main(["new-um-algo-order", "--help"]) == EXIT_OK
    assert "(1 means 1%)" in " ".join(capsys.readouterr().out.split())


_MODULES_AFTER = """\
import json, sys
from binance_pm_cli.main import main
status = main(sys.argv[2:])
loaded = sorted(name for name in sys.modules if name.startswith("binance_pm.api"))
models = sorted(
    name for name in sys.modules if name.split(".")[0] in ("attr", "attrs") or name.startswith("binance_pm.models")
)
with open(sys.argv[1], "w") as out:
    json.dump({"status": status, "loaded": loaded, "models": models}, out)
"""


def _modules_loaded_by(tmp_path: Path, env: dict[str, str], *argv: str) -> dict[str, Any]:
    """The run's exit status, the operation modules and the models (with attrs) it loaded,
    and what it printed."""
    report = tmp_path / "modules.json"
    result = subprocess.run(
        [sys.executable, "-c", _MODULES_AFTER, str(report), *argv],
        env={**os.environ, **env},
        capture_output=True,
        timeout=60,
        check=True,
    )
    loaded: dict[str, Any] = json.loads(report.read_text())
    loaded["stdout"] = result.stdout
    return loaded


def test_a_call_imports_only_its_own_operation_module(env: dict[str, str], tmp_path: Path) -> None:
    after = _modules_loaded_by(tmp_path, env, "get-um-leverage-brackets", "--symbol", "ETHUSDT")
    assert after["status"] == EXIT_OK
    assert [name for name in after["loaded"] if name.startswith("binance_pm.api")] == [
        "binance_pm.api",
        "binance_pm.api.portfolio_margin",
        "binance_pm.api.portfolio_margin.get_um_leverage_brackets",
    ]


def test_help_imports_no_operation_module(env: dict[str, str], tmp_path: Path) -> None:
    after = _modules_loaded_by(tmp_path, env, "--help")
    assert (after["status"], after["loaded"], after["models"]) == (EXIT_OK, [], [])


# -- the answer, checked against the spec before it is printed ---------------------------------

TIERED = "getTieredCollateralRate"
# Binance's answer with a field the spec does not declare, at both levels.
TIERED_WITH_EXTRAS = (
    b'[{"asset":"BNB","newField":"x","collateralInfo":'
    b'[{"tierFloor":"0.0000","tierCap":"1000.0000","collateralRate":"1.0000","cum":"0.0000","tier":"A"}]}]'
)


@pytest.mark.parametrize(
    "argv",
    [
        ["get-tiered-collateral-rate"],
        ["get-um-leverage-brackets", "--symbol", "ETHUSDT"],
        ["get-account-info", "--json"],
        ["new-um-order", "--symbol", "BTCUSDT", "--side", "BUY", "--type", "MARKET", "--quantity", "0.01"],
    ],
    ids=["tiered", "brackets", "account --json", "order"],
)
def test_an_answer_that_fits_the_spec_is_printed_without_attrs_or_its_models(
    env: dict[str, str], tmp_path: Path, argv: list[str]
) -> None:
    after = _modules_loaded_by(tmp_path, env, *argv)
    assert after["status"] == EXIT_OK
    assert after["stdout"]
    # An order's enum parameters are checked with the enums (binance_pm.models.side, ...),
    # which are no attrs classes; no operation here needs a model for its answer.
    assert [name for name in after["models"] if not name.startswith("binance_pm.models")] == []
    answer_models = {"binance_pm.models.tiered_collateral_rate", "binance_pm.models.um_order"}
    assert answer_models.isdisjoint(after["models"])
    if argv[0] != "new-um-order":
        assert after["models"] == []


def test_an_extra_field_from_binance_fits_and_is_printed(env: dict[str, str], sandbox: Sandbox, tmp_path: Path) -> None:
    sandbox.set_body(TIERED, TIERED_WITH_EXTRAS)
    after = _modules_loaded_by(tmp_path, env, "get-tiered-collateral-rate", "--json")
    assert (after["status"], after["stdout"], after["models"]) == (EXIT_OK, TIERED_WITH_EXTRAS + b"\n", [])
    status, out, err = run("get-tiered-collateral-rate")
    assert (status, err) == (EXIT_OK, "")
    assert out.splitlines()[0].split() == ["asset", "newField", "tierFloor", "tierCap", "collateralRate", "cum", "tier"]


def _models_verdict(module_name: str, body: bytes) -> str:
    """The ``ResponseParseError`` the operation's models raise for ``body`` (with the
    sandbox's content type, which a message about a body that is not JSON names)."""
    module = importlib.import_module(module_name)
    answer = httpx.Response(200, content=body, headers={"Content-Type": "application/json;charset=UTF-8"})
    with pytest.raises(ResponseParseError) as caught:
        module._parse(Sent(answer, 0.0))
    return str(caught.value)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b'[{"asset":"BNB"}]', "TieredCollateralRate > collateralInfo: missing required field"),
        (
            b'[{"asset":"BNB","collateralInfo":[{"tierFloor":true,"tierCap":"1000","collateralRate":"1","cum":"0"}]}]',
            "CollateralTier > tierFloor: expected a decimal, got bool",
        ),
        (b'[{"asset":7,"collateralInfo":[]}]', "TieredCollateralRate > asset: expected a string, got int"),
        (b'{"asset":"BNB","collateralInfo":[]}', "response_200: expected a JSON array, got dict"),
        (b"[{]", "body is not JSON"),
    ],
    ids=["missing field", "bool for a decimal", "number for a string", "object for a list", "not JSON"],
)
def test_an_answer_that_does_not_fit_the_spec_exits_3_with_the_models_message(
    env: dict[str, str], sandbox: Sandbox, body: bytes, problem: str
) -> None:
    sandbox.set_body(TIERED, body)
    status, out, err = run("get-tiered-collateral-rate")
    assert (status, out) == (EXIT_NO_ANSWER, "")
    verdict = _models_verdict("binance_pm.api.portfolio_margin_pro.get_tiered_collateral_rate", body)
    assert err == f"binance-pm: error: the answer does not match the spec: {verdict}\n"
    assert problem in err


def test_an_answer_the_shape_cannot_vouch_for_is_left_to_the_models(
    env: dict[str, str], sandbox: Sandbox, tmp_path: Path
) -> None:
    # A missing field: the models load and refuse it.
    sandbox.set_body(TIERED, b'[{"asset":"BNB"}]')
    after = _modules_loaded_by(tmp_path, env, "get-tiered-collateral-rate")
    assert after["status"] == EXIT_NO_ANSWER
    assert {"attrs", "binance_pm.models.tiered_collateral_rate"} <= set(after["models"])
    # An operation whose answer has no shape (a union: one object or a list): the models
    # load and accept it.
    assert importlib.import_module("binance_pm.api.portfolio_margin.account_balance").ANSWER_SHAPE is None
    after = _modules_loaded_by(tmp_path, env, "account-balance", "--json")
    assert after["status"] == EXIT_OK
    assert json.loads(after["stdout"])
    assert {"attrs", "binance_pm.models.pm_balance"} <= set(after["models"])


def test_a_new_catalog_entry_becomes_a_subcommand(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "fake_api").mkdir()
    (tmp_path / "fake_api" / "__init__.py").write_text("")
    (tmp_path / "fake_api" / "get_cm_thing.py").write_text(
        "from binance_pm._operation import Operation\n"
        "OPERATION = Operation('getCmThing', 'GET', '/papi/v1/cm/thing', 'papi', 'USER_DATA',"
        " True, True, 1, 'IP', 'CM Thing (USER_DATA)')\n"
        "def sync_detailed(*, client, pair, limit=None, from_=None):\n"
        '    """CM Thing (USER_DATA)\n\n    What the thing is.\n\n    Args:\n        pair: x\n    """\n'
        "    params = {'pair': pair}\n"
        "    if limit is not None: params['limit'] = str(limit)\n"
        "    if from_ is not None: params['from'] = from_\n"
        "    return client.send(OPERATION, params)\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    catalog = {
        "getCmThing": (
            "fake_api.get_cm_thing", "CM Thing (USER_DATA)", "GET", "/papi/v1/cm/thing", "papi", "USER_DATA",
            (
                ("pair", "pair", "str", True, (), "The pair, such as `BTCUSD`."),
                ("limit", "limit", "int", False, (), "How many."),
                ("from", "from_", "str", False, (), "Where to start."),
            ),
        )
    }  # fmt: skip
    monkeypatch.setattr(sys.modules["binance_pm_cli.main"], "commands", lambda: commands(catalog))
    (command,) = commands(catalog).values()
    assert (command.name, [option.flag for option in command.options]) == (
        "get-cm-thing",
        ["--pair", "--limit", "--from"],
    )
    assert "fake_api.get_cm_thing" not in sys.modules
    assert main(["--help"]) == EXIT_OK
    assert "get-cm-thing CM Thing (USER_DATA)" in " ".join(capsys.readouterr().out.split())
    assert "fake_api.get_cm_thing" not in sys.modules  # listed without being imported
    status, out, _ = run("get-cm-thing", "--pair", "BTCUSD", "--limit", "5", "--from", "x", "--dry-run")
    assert status == EXIT_OK
    assert "GET https://papi.binance.com/papi/v1/cm/thing?pair=BTCUSD&limit=5&from=x&recvWindow=5000&timestamp=" in out


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


# -- orders, transfers and loans: confirmation before a real exchange --------------------------

# TEST-NET-1 (RFC 5737): never routed. Requests meant for it are handed to the sandbox by the
# ``outbound`` fixture, so nothing leaves this machine.
REMOTE = "http://192.0.2.1"

ORDER = (
    "new-um-order", "--symbol", "BTCUSDT", "--side", "BUY", "--type", "LIMIT", "--time-in-force", "GTC",
    "--quantity", "0.010", "--price", "29000.0", "--new-client-order-id", "cli-e2e-1",
)  # fmt: skip


@pytest.fixture
def outbound(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> list[httpx.Request]:
    """Every request the CLI hands to httpx's network transport, as it was addressed; each is
    delivered to the sandbox, whatever its host."""
    handed: list[httpx.Request] = []
    deliver = httpx.HTTPTransport.handle_request
    sandbox_url = httpx.URL(sandbox.url)

    def handle(transport: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        handed.append(httpx.Request(request.method, request.url, headers=request.headers))
        request.url = request.url.copy_with(scheme="http", host=sandbox_url.host, port=sandbox_url.port)
        return deliver(transport, request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", handle)
    return handed


@pytest.mark.parametrize("yes", [[], ["--yes"]], ids=["without --yes", "with --yes"])
def test_an_order_to_loopback_is_sent_without_confirmation(
    env: dict[str, str], sandbox: Sandbox, yes: list[str]
) -> None:
    status, out, err = run(*ORDER, *yes, stdin=UntouchedTerminal())
    assert (status, err) == (EXIT_OK, "")
    assert "BTCUSDT" in out
    (request,) = sandbox.requests
    assert (request.method, request.path) == ("POST", "/papi/v1/um/order")
    assert request.params["newClientOrderId"] == "cli-e2e-1"


@pytest.mark.parametrize(
    "argv",
    [
        [*ORDER, "--papi-base-url", REMOTE],
        ["margin-account-borrow", "--asset", "USDT", "--amount", "10", "--papi-base-url", REMOTE],
        ["--base-url", REMOTE, "switch-delta-mode", "--delta-enabled", "true"],
        ["--base-url", REMOTE, "pm-pro-bnb-transfer", "--amount", "1", "--transfer-side", "TO_UM"],
    ],
    ids=["TRADE on papi", "MARGIN on papi", "TRADE on api", "a USER_DATA transfer on api"],
)
def test_a_money_operation_to_a_remote_host_without_a_terminal_is_refused(
    env: dict[str, str], sandbox: Sandbox, outbound: list[httpx.Request], argv: list[str]
) -> None:
    status, out, err = run(*argv, stdin=io.StringIO())
    assert (status, out) == (EXIT_USAGE, "")
    assert "sends a real order/transfer to 192.0.2.1" in err
    assert "pass --yes" in err and "nothing was sent" in err
    assert outbound == [] and sandbox.requests == []


def test_a_refusal_as_a_separate_process(env: dict[str, str]) -> None:
    result = run_process(*ORDER, "--papi-base-url", REMOTE, env=env)
    assert (result.returncode, result.stdout) == (EXIT_USAGE, b"")
    assert b"pass --yes" in result.stderr


def test_the_confirmation_looks_at_the_operations_own_host(
    env: dict[str, str], sandbox: Sandbox, outbound: list[httpx.Request]
) -> None:
    # The api host is remote, but a UM order goes to the papi host: the sandbox.
    status, _, _ = run("--base-url", REMOTE, *ORDER, stdin=UntouchedTerminal())
    assert status == EXIT_OK
    assert [request.url.host for request in outbound] == ["127.0.0.1"]


def test_a_read_only_operation_to_a_remote_host_is_not_asked(
    env: dict[str, str], outbound: list[httpx.Request]
) -> None:
    status, _, _ = run(
        "get-um-leverage-brackets", "--symbol", "ETHUSDT", "--papi-base-url", REMOTE, stdin=UntouchedTerminal()
    )
    assert status == EXIT_OK
    assert [request.url.host for request in outbound] == ["192.0.2.1"]


@pytest.mark.parametrize("answer", ["no\n", "y\n", ""], ids=["no", "y", "end of input"])
def test_on_a_terminal_anything_but_yes_sends_nothing(
    env: dict[str, str], sandbox: Sandbox, outbound: list[httpx.Request], answer: str
) -> None:
    status, out, err = run(*ORDER, "--papi-base-url", REMOTE, stdin=Terminal(answer))
    assert (status, out) == (EXIT_USAGE, "")
    assert "this sends a real order/transfer to 192.0.2.1: new-um-order symbol=BTCUSDT side=BUY" in err
    assert "type yes" in err and "not confirmed (nothing was sent)" in err
    assert outbound == [] and sandbox.requests == []


def test_on_a_terminal_yes_sends_the_order(
    env: dict[str, str], sandbox: Sandbox, outbound: list[httpx.Request]
) -> None:
    status, _, err = run(*ORDER, "--papi-base-url", REMOTE, stdin=Terminal("yes\n"))
    assert status == EXIT_OK
    assert "type yes" in err
    assert [(request.method, request.url.host, request.url.path) for request in outbound] == [
        ("POST", "192.0.2.1", "/papi/v1/um/order")
    ]
    assert sandbox.requests[-1].params["newClientOrderId"] == "cli-e2e-1"


def test_yes_sends_to_a_remote_host_without_asking(
    env: dict[str, str], sandbox: Sandbox, outbound: list[httpx.Request]
) -> None:
    status, _, err = run(*ORDER, "--papi-base-url", REMOTE, "--yes", stdin=UntouchedTerminal())
    assert (status, err) == (EXIT_OK, "")
    assert [request.url.host for request in outbound] == ["192.0.2.1"]


@pytest.mark.parametrize(
    ("url", "loopback"),
    [
        ("http://127.0.0.1:8080", True),
        ("http://127.45.6.7", True),
        ("http://[::1]:9000", True),
        ("http://localhost:9000", True),
        ("HTTP://LOCALHOST", True),
        ("http://[::ffff:127.0.0.1]", True),
        ("https://papi.binance.com", False),
        ("http://192.0.2.1", False),
        ("http://127.0.0.1.example.com", False),
        ("http://localhost.example.com", False),
        ("http://localhost@192.0.2.1", False),
        ("http://[::2]", False),
    ],
)
def test_what_counts_as_this_machine(url: str, loopback: bool) -> None:
    assert is_loopback(url) is loopback


def test_an_unknown_outcome_names_the_client_order_id(env: dict[str, str], sandbox: Sandbox) -> None:
    sandbox.script("newUmOrder", ScriptedResponse.error(503, -1000, "busy"))
    status, _, err = run(*ORDER)
    assert status == EXIT_API_ERROR
    assert "HTTP 503" in err and "may have been carried out" in err and "cli-e2e-1" in err
    assert len(sandbox.requests) == 1  # never resent


# -- --dry-run ------------------------------------------------------------------------------------

_SIGNED_QUERY = re.compile(r"(?P<query>.*&recvWindow=\d+&timestamp=)\d{13}")


def test_dry_run_prints_the_request_without_signature_or_secret(env: dict[str, str], sandbox: Sandbox) -> None:
    result = run_process(*ORDER, "--papi-base-url", REMOTE, "--dry-run", env=env)  # no --yes: nothing is sent
    assert result.returncode == EXIT_OK, result.stderr
    lines = result.stdout.decode().splitlines()
    assert re.fullmatch(
        r"POST http://192\.0\.2\.1/papi/v1/um/order\?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC"
        r"&quantity=0\.010&price=29000\.0&newClientOrderId=cli-e2e-1&recvWindow=5000&timestamp=\d{13}",
        lines[0],
    )
    assert lines[1] == f"X-MBX-APIKEY: {API_KEY[:4]}... ({len(API_KEY)} characters)"
    output = result.stdout + result.stderr
    assert API_KEY.encode() not in output
    assert b"signature=" not in output.replace(b"&signature=...", b"")  # only the placeholder
    assert b"nothing was sent" in result.stderr
    assert sandbox.requests == []


def test_dry_run_shows_exactly_the_query_that_is_signed_and_sent(env: dict[str, str], sandbox: Sandbox) -> None:
    status, out, _ = run(*ORDER, "--recv-window", "7000", "--dry-run")
    assert status == EXIT_OK and sandbox.requests == []
    shown = _SIGNED_QUERY.fullmatch(out.splitlines()[0].split("?", 1)[1])
    assert run(*ORDER, "--recv-window", "7000")[0] == EXIT_OK
    sent, _, signature = sandbox.requests[-1].raw_query.decode().rpartition("&signature=")
    assert re.fullmatch("[0-9a-f]{64}", signature)
    on_the_wire = _SIGNED_QUERY.fullmatch(sent)
    assert shown is not None and on_the_wire is not None
    assert shown["query"] == on_the_wire["query"]


def test_dry_run_needs_no_credentials(env: dict[str, str], sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BINANCE_API_KEY")
    monkeypatch.delenv("BINANCE_API_SECRET")
    status, out, _ = run("--dry-run", "get-account-info")
    assert status == EXIT_OK
    assert out.splitlines()[0].startswith(f"GET {sandbox.url}/sapi/v1/portfolio/account?recvWindow=5000&timestamp=")
    assert "X-MBX-APIKEY: (none: a real call needs $BINANCE_API_KEY or --api-key)" in out
    status, out, _ = run("--dry-run", "test-connectivity")
    assert (status, out) == (EXIT_OK, f"GET {sandbox.url}/papi/v1/ping\n")
    assert sandbox.requests == []


def test_dry_run_checks_the_arguments(env: dict[str, str], sandbox: Sandbox) -> None:
    status, out, err = run("new-um-order", "--symbol", "BTCUSDT", "--side", "BUY", "--type", "LIMIT", "--dry-run")
    assert (status, out) == (EXIT_USAGE, "")
    assert "--time-in-force: A LIMIT order needs timeInForce and quantity." in err


# -- option kinds: enums, decimals, booleans ------------------------------------------------------


def test_an_enum_option_sends_its_value(env: dict[str, str], sandbox: Sandbox) -> None:
    argv = [*ORDER]
    argv[argv.index("GTC")] = "GTX"
    assert run(*argv)[0] == EXIT_OK
    assert b"&type=LIMIT&timeInForce=GTX&" in sandbox.requests[-1].raw_query


def test_an_enum_value_the_spec_does_not_list_needs_a_plus(env: dict[str, str], sandbox: Sandbox) -> None:
    argv = [*ORDER]
    argv[argv.index("GTC")] = "GTE_GTC"
    status, _, err = run(*argv)
    assert status == EXIT_USAGE
    assert "--time-in-force" in err and "'GTE_GTC' is not one of GTC, IOC, FOK, GTX, GTD" in err
    assert "write it as +GTE_GTC" in err
    assert sandbox.requests == []
    argv[argv.index("GTE_GTC")] = "+GTE_GTC"
    run(*argv)
    assert b"&timeInForce=GTE_GTC&" in sandbox.requests[-1].raw_query


def test_a_decimal_option_is_sent_as_plain_text(env: dict[str, str], sandbox: Sandbox) -> None:
    assert run(*ORDER)[0] == EXIT_OK
    # As typed: a float would have sent 0.01.
    assert b"&quantity=0.010&price=29000.0&" in sandbox.requests[-1].raw_query
    argv = [*ORDER]
    argv[argv.index("29000.0")] = "2.90005E+4"
    argv[argv.index("cli-e2e-1")] = "cli-e2e-2"  # a second order, with an id of its own
    assert run(*argv)[0] == EXIT_OK
    assert b"&price=29000.5&" in sandbox.requests[-1].raw_query  # never exponent notation on the wire
    argv[argv.index("2.90005E+4")] = "29,000.5"
    status, _, err = run(*argv)
    assert status == EXIT_USAGE and "--price: '29,000.5' is not a decimal number" in err


def test_a_boolean_option_takes_true_or_false(env: dict[str, str], sandbox: Sandbox) -> None:
    status, out, _ = run(*ORDER, "--reduce-only", "true", "--dry-run")
    assert status == EXIT_OK and "&reduceOnly=true&" in out
    status, _, err = run(*ORDER, "--reduce-only", "yes")
    assert status == EXIT_USAGE and "--reduce-only: expected true or false, got 'yes'" in err
    assert sandbox.requests == []


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
    status, _, err = run("new-um-ordr")
    assert status == EXIT_USAGE
    assert "no operation 'new-um-ordr'; did you mean new-um-order" in err
    assert len(err.splitlines()) == 1  # not argparse's list of every operation


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
