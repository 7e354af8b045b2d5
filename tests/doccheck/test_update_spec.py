"""`make update-spec` (``python -m binance_pm_doccheck --fix``) applied to a copy of the spec
from a folder of edited pages (``edited_pages``): each kind of difference lands in the spec,
the pages then agree with it, the spec still passes its lints, and the client regenerated
from it imports, type-checks and is served by the sandbox, drafted operation included.

Applying a folder costs seconds (the spec is 11,000 lines of YAML read in a round trip), and
regenerating the client more, so this module applies the edited folder once and regenerates
once; the tests read the result.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from binance_pm_doccheck.__main__ import main
from binance_pm_doccheck.spec_examples import problems
from binance_pm_spec import load_document, read_facts, reference_problems

from .edited_pages import (
    ACCOUNT,
    BRACKETS,
    CLASSIC,
    CM_INCOME,
    DOCS,
    NEW_PAGE,
    ROOT,
    SPEC,
    TIERED,
    UM_INCOME,
    drop_line,
    edited_pages,
    new_page_text,
)
from .written_pages import page_text, spec_facts, write_page

SPECTRAL = ROOT / "interop" / "node_modules" / ".bin" / "spectral"
FEE_TIER = "/papi/v1/um/feeTier"


@dataclass
class Run:
    code: int
    out: str
    err: str


def run(*args: str | Path) -> Run:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(arg) for arg in args])
    return Run(code, out.getvalue(), err.getvalue())


def fix(docs: Path, spec: Path) -> Run:
    return run("--fix", "--docs", docs, "--spec", spec)


@dataclass
class Applied:
    docs: Path
    spec: Path
    run: Run
    document: dict[str, Any]

    def operation(self, path: str, method: str = "get") -> dict[str, Any]:
        operation: dict[str, Any] = self.document["paths"][path][method]
        return operation

    def schema(self, name: str) -> dict[str, Any]:
        schema: dict[str, Any] = self.document["components"]["schemas"][name]
        return schema


@pytest.fixture(scope="module")
def applied(tmp_path_factory: pytest.TempPathFactory) -> Applied:
    base = tmp_path_factory.mktemp("update-spec")
    docs = edited_pages(base / "docs")
    spec = base / "binance-pm.yaml"
    shutil.copy(SPEC, spec)
    result = fix(docs, spec)
    return Applied(docs, spec, result, load_document(spec))


@pytest.fixture(scope="module")
def client(applied: Applied, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The client generated from the updated spec; returns the folder to put on PYTHONPATH."""
    output = tmp_path_factory.mktemp("client") / "binance_pm"
    generated = subprocess.run(
        [sys.executable, "-m", "generator", "--spec", str(applied.spec), "--output", str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert generated.returncode == 0, generated.stderr
    return output.parent


def python_with(package_root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(package_root)}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=package_root)


# -- the whole folder -----------------------------------------------------------------------


def test_everything_is_applied_and_the_pages_then_agree(applied: Applied) -> None:
    assert applied.run.code == 0, applied.run.out + applied.run.err
    assert "0 difference(s) need a person" in applied.run.out
    # What `make check-docs DOCS=...` runs, on the updated spec.
    after = run("--docs", applied.docs, "--spec", applied.spec)
    assert after.code == 0, after.out
    assert "ok: 7 page(s)" in after.out


def test_the_report_names_each_change(applied: Applied) -> None:
    out = applied.run.out
    for line in (
        f"changed: {TIERED} | weight.value | 50 -> 100",
        f"changed: {TIERED} | param.asset | added (STRING, mandatory NO)",
        f"changed: {CLASSIC} | security-type | MARKET_DATA -> USER_DATA",
        f"changed: {ACCOUNT} | weight.per | UID -> IP",
        f"changed: {BRACKETS} | param.recvWindow | removed",
        f"changed: {NEW_PAGE} | endpoint | drafted GET {FEE_TIER} as getUmFeeTier (flagged x-binance-review)",
    ):
        assert line in out, out


def test_the_updated_spec_passes_the_spec_lints(applied: Applied) -> None:
    from openapi_spec_validator import validate

    validate(applied.document)
    assert problems(applied.document) == []
    assert reference_problems(read_facts(applied.document).operations) == []
    if SPECTRAL.exists():  # `make lint-spec` installs it; the npm tools are optional here
        linted = subprocess.run(
            [
                str(SPECTRAL),
                "lint",
                "--ruleset",
                str(ROOT / "spec" / ".spectral.yaml"),
                "--fail-severity",
                "warn",
                "--quiet",
                str(applied.spec),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert linted.returncode == 0, linted.stdout + linted.stderr


# -- each kind of difference ----------------------------------------------------------------


def test_weight_value_and_basis(applied: Applied) -> None:
    assert applied.operation("/sapi/v2/portfolio/collateralRate")["x-binance-weight"] == {"value": 100, "per": "IP"}
    assert applied.operation("/sapi/v1/portfolio/account")["x-binance-weight"] == {"value": 5, "per": "IP"}


def test_security_type_brings_its_security_and_title(applied: Applied) -> None:
    operation = applied.operation("/sapi/v1/portfolio/collateralRate")
    assert operation["x-binance-security-type"] == "USER_DATA"
    assert operation["security"] == [{"ApiKey": [], "Signature": []}]
    assert operation["summary"] == "Portfolio Margin Collateral Rate (USER_DATA)"
    # The signed parameters the page now lists are the spec's shared ones.
    assert operation["parameters"] == [
        {"$ref": "#/components/parameters/recvWindow"},
        {"$ref": "#/components/parameters/timestamp"},
    ]


def test_new_parameter_in_the_pages_order_and_removed_parameter(applied: Applied) -> None:
    tiered = applied.operation("/sapi/v2/portfolio/collateralRate")["parameters"]
    assert tiered[0] == {
        "name": "asset",
        "in": "query",
        "required": False,
        "description": f"New on the page {TIERED}; not yet described.",
        "schema": {"type": "string"},
    }
    assert tiered[1:] == [{"$ref": "#/components/parameters/recvWindow"}, {"$ref": "#/components/parameters/timestamp"}]
    brackets = applied.operation("/papi/v1/um/leverageBracket")["parameters"]
    assert [p.get("name", p.get("$ref")) for p in brackets] == ["symbol", "#/components/parameters/timestamp"]


def test_a_shared_parameter_changed_by_one_page_is_copied_not_changed_for_everyone(applied: Applied) -> None:
    symbol = applied.operation("/papi/v1/um/leverageBracket")["parameters"][0]
    assert symbol["required"] is True
    assert symbol["schema"] == applied.document["components"]["parameters"]["symbol"]["schema"]
    assert applied.document["components"]["parameters"]["symbol"]["required"] is False
    income = applied.operation("/papi/v1/cm/income")["parameters"]
    assert {"$ref": "#/components/parameters/symbol"} in income
    assert "copied: parameter symbol written inline in getUmLeverageBrackets" in applied.run.out


def test_a_parameters_changed_type_keeps_its_bounds(applied: Applied) -> None:
    limit = next(p for p in applied.operation("/papi/v1/cm/income")["parameters"] if p.get("name") == "limit")
    assert limit["schema"] == {"type": "integer", "format": "int64", "minimum": 1, "maximum": 1000, "default": 100}


def test_a_shared_component_changes_where_it_is_defined_when_every_user_agrees(applied: Applied) -> None:
    record = applied.schema("PmIncomeRecord")
    assert record["properties"]["batchId"] == {"type": "string"}
    for operation in ("/papi/v1/cm/income", "/papi/v1/um/income"):
        items = applied.operation(operation)["responses"]["200"]["content"]["application/json"]["schema"]["items"]
        assert items == {"$ref": "#/components/schemas/PmIncomeRecord"}
    for page in (CM_INCOME, UM_INCOME):
        assert f"changed: {page} | response[].batchId | added (in PmIncomeRecord, for all its users)" in applied.run.out


def test_a_new_value_of_a_shared_parameter_enum_goes_to_a_copy(applied: Applied) -> None:
    income_type = next(
        p for p in applied.operation("/papi/v1/cm/income")["parameters"] if p.get("name") == "incomeType"
    )
    assert income_type["schema"] == {"$ref": "#/components/schemas/GetCmIncomeHistoryIncomeType"}
    assert applied.schema("GetCmIncomeHistoryIncomeType")["enum"][-1] == "STRATEGY_FEE"
    assert "STRATEGY_FEE" not in applied.schema("IncomeType")["enum"]
    um_income_type = next(
        p for p in applied.operation("/papi/v1/um/income")["parameters"] if p.get("name") == "incomeType"
    )
    assert um_income_type["schema"] == {"$ref": "#/components/schemas/IncomeType"}


def test_new_enum_value_goes_to_a_copy_of_the_shared_enum(applied: Applied) -> None:
    account = applied.schema("PortfolioMarginProAccount")
    assert account["properties"]["accountStatus"]["$ref"] == "#/components/schemas/GetAccountInfoAccountStatus"
    copied = applied.schema("GetAccountInfoAccountStatus")
    assert copied["enum"][-1] == "LIQUIDATED"
    assert len(copied["x-enum-descriptions"]) == len(copied["enum"])
    assert "LIQUIDATED" not in applied.schema("AccountStatus")["enum"]  # other operations' answers keep theirs
    assert "copied: schema AccountStatus copied to GetAccountInfoAccountStatus for getAccountInfo" in applied.run.out


def test_new_answer_fields_get_types_from_the_example(applied: Applied) -> None:
    properties = applied.schema("PortfolioMarginProAccount")["properties"]
    assert properties["updateTime"] == {"type": "integer", "format": "int64"}
    assert properties["riskUnit"] == {"$ref": "#/components/schemas/PortfolioMarginProAccountRiskUnit"}
    assert applied.schema("PortfolioMarginProAccountRiskUnit") == {
        "type": "object",
        "properties": {"unit": {"type": "string"}, "rate": {"$ref": "#/components/schemas/DecimalString"}},
    }
    # In a nested list of objects; UmBracket has no other user, so it changes where it is.
    assert applied.schema("UmBracket")["properties"]["riskLevel"] == {"$ref": "#/components/schemas/DecimalString"}


def test_a_field_gone_from_the_example_stays_optional_and_deprecated(applied: Applied) -> None:
    account = applied.schema("PortfolioMarginProAccount")
    assert account["properties"]["actualEquity"]["deprecated"] is True
    assert "actualEquity" not in account["required"]
    assert "uniMMR" in account["required"]


def test_a_new_page_is_drafted_in_the_specs_conventions(applied: Applied) -> None:
    operation = applied.operation(FEE_TIER)
    assert operation["operationId"] == "getUmFeeTier"
    assert "getUmFeeTier" in operation["x-binance-review"]
    assert operation["tags"] == ["Portfolio Margin"]
    assert operation["summary"] == "Get UM Fee Tier (USER_DATA)"
    assert operation["servers"] == [{"url": "https://papi.binance.com", "x-binance-host": "papi"}]
    assert operation["x-binance-security-type"] == "USER_DATA"
    assert operation["security"] == [{"ApiKey": [], "Signature": []}]
    assert operation["x-binance-doc-group"] == "account"
    assert operation["x-binance-weight"] == {"value": 5, "per": "IP"}
    assert operation["externalDocs"]["url"].endswith("/portfolio-margin/account/Get-UM-Fee-Tier")
    assert operation["parameters"][1]["schema"] == {"type": "string", "enum": ["STANDARD", "VIP"]}
    assert operation["parameters"][2:] == [
        {"$ref": "#/components/parameters/recvWindow"},
        {"$ref": "#/components/parameters/timestamp"},
    ]
    responses = operation["responses"]
    assert responses["4XX"] == {"$ref": "#/components/responses/ClientError"}
    assert responses["5XX"] == {"$ref": "#/components/responses/ServerError"}
    media = responses["200"]["content"]["application/json"]
    assert media["schema"] == {"$ref": "#/components/schemas/GetUmFeeTierResult"}
    # The page's example without its comments, numbers and decimal strings as written.
    assert media["example"]["makerRate"] == "0.000200"
    assert media["example"]["limits"][1] == {"asset": "BTC", "cap": "0.75", "floor": "0.1"}
    result = applied.schema("GetUmFeeTierResult")["properties"]
    assert result["makerRate"] == {"$ref": "#/components/schemas/DecimalString", "description": "a rate"}
    assert result["limits"] == {"type": "array", "items": {"$ref": "#/components/schemas/GetUmFeeTierResultLimits"}}
    assert result["next"] == {"$ref": "#/components/schemas/GetUmFeeTierResultNext"}
    assert result["eligible"] == {"type": "boolean"}
    assert set(applied.schema("GetUmFeeTierResultLimits")["properties"]) == {"asset", "cap", "floor"}


# -- the regenerated client -----------------------------------------------------------------

PROBE = """
import sys
from decimal import Decimal
from binance_pm_sandbox import Sandbox
from binance_pm.api.portfolio_margin import get_um_fee_tier, get_um_leverage_brackets
from binance_pm.api.portfolio_margin_pro import get_account_info, get_tiered_collateral_rate
from binance_pm.models import PortfolioMarginProAccount

print(sorted(get_tiered_collateral_rate._params(asset="BNB")))
print("risk_unit" in PortfolioMarginProAccount.__annotations__)
with Sandbox(spec=sys.argv[1]) as box:
    client = box.client()
    answer = get_um_fee_tier.sync(client=client, symbol="BTCUSDT")
    print(type(answer).__name__, repr(answer.maker_rate), repr(answer.limits[1].floor), answer.eligible)
    print([request.path for request in box.requests if request.path.startswith("/papi")])
    print(get_account_info.sync(client=client).account_status)
"""


def test_the_regenerated_client_imports_and_the_sandbox_serves_the_drafted_operation(
    applied: Applied, client: Path
) -> None:
    ran = python_with(client, "-c", PROBE, str(applied.spec))
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines() == [
        "['asset']",
        "True",
        "GetUmFeeTierResult Decimal('0.000200') Decimal('0.1') True",
        f"['{FEE_TIER}']",
        "NORMAL",
    ]


def test_the_drafted_operation_type_checks(client: Path) -> None:
    package = client / "binance_pm"
    checked = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            os.devnull,
            str(package / "api" / "portfolio_margin" / "get_um_fee_tier.py"),
            str(package / "models"),
        ],
        capture_output=True,
        text=True,
        cwd=client,
        env={**os.environ, "MYPYPATH": str(client)},
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


# -- guarantees -----------------------------------------------------------------------------


def test_a_second_run_changes_nothing(applied: Applied, tmp_path: Path) -> None:
    spec = tmp_path / "binance-pm.yaml"
    shutil.copy(applied.spec, spec)
    again = fix(applied.docs, spec)
    assert again.code == 0, again.out
    assert spec.read_bytes() == applied.spec.read_bytes()
    assert "changed:" not in again.out
    assert f"{spec} unchanged; 0 difference(s) need a person" in again.out


def test_comments_and_layout_survive_and_the_diff_is_just_the_change(tmp_path: Path) -> None:
    original = SPEC.read_text(encoding="utf-8")
    commented = original.replace("openapi: 3.1.0\n", "# Kept by hand.\nopenapi: 3.1.0\n", 1)
    commented = commented.replace(
        "  /sapi/v2/portfolio/collateralRate:\n    get:\n",
        "  /sapi/v2/portfolio/collateralRate:\n    # the tiered rates\n    get:\n",
        1,
    )
    commented = commented.replace("        value: 50\n", "        value: 50  # per the 2026 page\n", 1)
    spec = tmp_path / "binance-pm.yaml"
    spec.write_text(commented, encoding="utf-8")
    docs = tmp_path / "docs"
    shutil.copytree(DOCS, docs)
    page = docs / TIERED
    page.write_text(page.read_text(encoding="utf-8").replace("**50**", "**70**"), encoding="utf-8")
    assert fix(docs, spec).code == 0
    assert spec.read_text(encoding="utf-8") == commented.replace(
        "        value: 50  # per the 2026 page\n", "        value: 70  # per the 2026 page\n", 1
    )


def test_pages_that_agree_leave_the_spec_byte_for_byte(tmp_path: Path) -> None:
    spec = tmp_path / "binance-pm.yaml"
    shutil.copy(SPEC, spec)
    result = fix(DOCS, spec)
    assert result.code == 0
    assert spec.read_bytes() == SPEC.read_bytes()


def test_what_needs_a_person_is_listed_and_left_alone(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(DOCS, docs)

    def change(name: str, old: str, new: str, half: int | None = None) -> None:
        path = docs / name
        text = path.read_text(encoding="utf-8")
        cut = text.index("\n---\n", text.index("\n---\n") + 1)
        parts = [text[:cut], text[cut:]]
        for index in (0, 1) if half is None else (half,):
            assert old in parts[index]
            parts[index] = parts[index].replace(old, new)
        path.write_text("".join(parts), encoding="utf-8")

    change(ACCOUNT, '"uniMMR"', '"uniMmr"')  # looks renamed
    change(TIERED, "**50**", "**70**", half=0)  # the English and Chinese halves disagree
    change(TIERED, "**50**", "**20**", half=1)
    change(CLASSIC, "**50**", "**60**")  # applied
    change(BRACKETS, "(USER_DATA)", "(TRADE)", half=0)  # only the English half says it
    (docs / "007_fapi.txt").write_text(new_page_text().replace("/papi/v1/um/", "/fapi/v1/"), encoding="utf-8")
    spec = tmp_path / "binance-pm.yaml"
    shutil.copy(SPEC, spec)
    result = fix(docs, spec)
    assert result.code == 1
    needs = [line for line in result.out.splitlines() if line.startswith("needs a person: ")]
    disagree = " (the English and Chinese halves disagree)"
    title = "UM Notional and Leverage Brackets"
    assert needs == [
        f"needs a person: {TIERED} | weight.value | doc says: 70 | spec says: 50" + disagree,
        f"needs a person: {TIERED} | zh:weight.value | doc says: 20 | spec says: 50",
        f"needs a person: {ACCOUNT} | response.uniMMR | doc says: renamed to 'uniMmr' | spec says: 'uniMMR'",
        f"needs a person: {BRACKETS} | title | doc says: {title} (TRADE) | spec says: {title} (USER_DATA)",
        f"needs a person: {BRACKETS} | security-type | doc says: TRADE | spec says: USER_DATA" + disagree,
        "needs a person: 007_fapi.txt | endpoint | doc says: GET /fapi/v1/feeTier on fapi | spec says: (no such"
        " operation) (cannot be drafted: host fapi is not among the spec's servers)",
    ]
    document = load_document(spec)
    assert document["paths"]["/sapi/v1/portfolio/collateralRate"]["get"]["x-binance-weight"]["value"] == 60
    assert document["paths"]["/sapi/v2/portfolio/collateralRate"]["get"]["x-binance-weight"]["value"] == 50
    assert document["components"] == load_document(SPEC)["components"]
    brackets = document["paths"]["/papi/v1/um/leverageBracket"]["get"]
    assert brackets == load_document(SPEC)["paths"]["/papi/v1/um/leverageBracket"]["get"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "an empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a binary file"),
        (
            b"---\nsource_url: https://example.test/x\n---\n\n# A Title(USER_DATA)\n\n## Request Weight\n\n**1**\n",
            "no HTTP Request section",
        ),
    ],
)
def test_a_bad_page_is_named_and_the_spec_is_left_alone(tmp_path: Path, content: bytes, reason: str) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(DOCS, docs)
    (docs / TIERED).write_text((docs / TIERED).read_text(encoding="utf-8").replace("**50**", "**70**"))
    (docs / "009_bad.txt").write_bytes(content)
    spec = tmp_path / "binance-pm.yaml"
    shutil.copy(SPEC, spec)
    result = fix(docs, spec)
    assert result.code == 2
    assert str(docs / "009_bad.txt") in result.err and reason in result.err
    assert spec.read_bytes() == SPEC.read_bytes()


def test_an_unreadable_spec_is_bad_input(tmp_path: Path) -> None:
    spec = tmp_path / "binance-pm.yaml"
    spec.write_text("openapi: [3.1\n", encoding="utf-8")
    result = fix(DOCS, spec)
    assert result.code == 2
    assert str(spec) in result.err
    assert spec.read_text(encoding="utf-8") == "openapi: [3.1\n"


def test_fix_takes_no_json_or_complete(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        run("--fix", "--json", "--docs", DOCS, "--spec", tmp_path / "s.yaml")
    assert exited.value.code == 2


def test_make_update_spec_runs_fix_on_the_folder_given() -> None:
    dry_run = subprocess.run(
        ["make", "-n", "--no-print-directory", "-C", str(ROOT), "update-spec", "DOCS=/tmp/new-pages"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "-m binance_pm_doccheck --fix --docs /tmp/new-pages --spec spec/binance-pm.yaml" in dry_run


def test_different_changes_to_one_shared_component_each_get_a_copy(tmp_path: Path) -> None:
    # Both users of PmIncomeRecord have a page, but each drops a different field: no change
    # is asked for by every user, so each operation gets its own copy with its own change.
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, operation_id, dropped in (
        (CM_INCOME, "getCmIncomeHistory", '"info":'),
        (UM_INCOME, "getUmIncomeHistory", '"tradeId":'),
    ):
        (docs / name).write_text(page_text(operation_id), encoding="utf-8")
        drop_line(docs / name, dropped)
    spec = tmp_path / "binance-pm.yaml"
    shutil.copy(SPEC, spec)
    result = fix(docs, spec)
    assert result.code == 0, result.out
    document = load_document(spec)
    schemas = document["components"]["schemas"]
    assert schemas["PmIncomeRecord"] == load_document(SPEC)["components"]["schemas"]["PmIncomeRecord"]
    assert schemas["GetCmIncomeHistoryPmIncomeRecord"]["properties"]["info"]["deprecated"] is True
    assert "deprecated" not in schemas["GetCmIncomeHistoryPmIncomeRecord"]["properties"]["tradeId"]
    assert schemas["GetUmIncomeHistoryPmIncomeRecord"]["properties"]["tradeId"]["deprecated"] is True
    assert "deprecated" not in schemas["GetUmIncomeHistoryPmIncomeRecord"]["properties"]["info"]
    assert "copied: schema PmIncomeRecord copied to GetCmIncomeHistoryPmIncomeRecord" in result.out
    assert run("--docs", docs, "--spec", spec).code == 0


def test_a_page_for_every_operation_is_applied_once_and_a_second_run_changes_nothing(tmp_path: Path) -> None:
    # Pages written from the spec carry its examples, which leave out fields some answers
    # have: many fields of shared components are dropped, each by a different set of pages.
    docs = tmp_path / "docs"
    docs.mkdir()
    for index, operation in enumerate(spec_facts().operations):
        write_page(docs, f"{index:03d}.txt", operation.operation_id)
    spec = tmp_path / "binance-pm.yaml"
    shutil.copy(SPEC, spec)
    first = fix(docs, spec)
    assert "change(s) applied" in first.out
    # What is left is only what a person must decide (fields that moved in a composed answer).
    assert all(
        "doc says: at " in line or "(absent)" in line for line in first.out.splitlines() if "needs a person" in line
    )
    written = spec.read_bytes()
    second = fix(docs, spec)
    assert spec.read_bytes() == written
    assert "changed:" not in second.out and "copied:" not in second.out
    assert second.code == first.code
