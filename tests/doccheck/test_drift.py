"""Each kind of drift between a doc page and the spec, made in a copy of the page, is caught
with the right (page, field) report; the pages as they are give no report. Operations
without a page are reported only for a complete scrape (``--complete``)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from binance_pm_doccheck import Report, check
from binance_pm_doccheck.__main__ import main

from .written_pages import spec_document, spec_facts

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "spec" / "docs"
SPEC = ROOT / "spec" / "binance-pm.yaml"

TIERED = "000_80d83aa030195b73.txt"  # GET /sapi/v2/portfolio/collateralRate, USER_DATA, 50 (IP)
CLASSIC = "001_96da83d8de54fb0b.txt"  # GET /sapi/v1/portfolio/collateralRate, MARKET_DATA, 50 (IP)
ACCOUNT = "002_6be0d2a47299f1a4.txt"  # GET /sapi/v1/portfolio/account, USER_DATA, 5 (UID)
BRACKETS = "003_bffa7c7a1bd0750d.txt"  # GET /papi/v1/um/leverageBracket, USER_DATA, 1 (no basis)

Edit = Callable[..., None]


def drift(docs: Path, *, complete: bool = False) -> list[Report]:
    """check() on the spec loaded once for the run (loading it is most of a check's time)."""
    return check(docs, spec_document(), complete=complete)


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    target = tmp_path / "docs"
    shutil.copytree(DOCS, target)
    return target


@pytest.fixture
def edit(docs: Path) -> Edit:
    """edit(page, old, new, half="both"|"en"|"zh", count=-1): replace text in one half of a copied page."""

    def _edit(page: str, old: str, new: str, half: str = "both", count: int = -1) -> None:
        path = docs / page
        text = path.read_text(encoding="utf-8")
        # front matter "---" ... "---", then English, then a "---" line, then Chinese.
        cut = text.index("\n---\n", text.index("\n---\n") + 1)
        en, zh = text[:cut], text[cut:]
        halves = {"en": [en], "zh": [zh], "both": [en, zh]}[half]
        for part in halves:
            assert old in part, f"{old!r} not in the {half} half of {page}"
        if half in ("en", "both"):
            en = en.replace(old, new, count)
        if half in ("zh", "both"):
            zh = zh.replace(old, new, count)
        path.write_text(en + zh, encoding="utf-8")

    return _edit


def fields(reports: list[Report], page: str) -> dict[str, Report]:
    return {r.field: r for r in reports if r.page == page}


def only(reports: list[Report], page: str, field: str) -> Report:
    found = fields(reports, page)
    assert field in found, f"no {field!r} report for {page}: {reports}"
    return found[field]


# -- the pages as they are -----------------------------------------------------------------


def test_current_pages_agree_with_the_spec() -> None:
    assert check(DOCS, SPEC) == []


def test_untouched_copy_agrees(docs: Path) -> None:
    assert drift(docs) == []


def test_cli_exit_codes_and_report_format(docs: Path, edit: Edit, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--docs", str(docs), "--spec", str(SPEC)]) == 0
    assert "ok: 4 page(s)" in capsys.readouterr().out
    edit(TIERED, "**50**", "**100**")
    assert main(["--docs", str(docs), "--spec", str(SPEC)]) == 1
    out = capsys.readouterr().out
    assert f"{TIERED} | weight.value | doc says: 100 | spec says: 50" in out
    assert "1 difference(s)" in out


def test_cli_json_output(docs: Path, edit: Edit, capsys: pytest.CaptureFixture[str]) -> None:
    edit(TIERED, "**50**", "**100**")
    assert main(["--docs", str(docs), "--spec", str(SPEC), "--json"]) == 1
    assert '"field": "weight.value"' in capsys.readouterr().out


def test_missing_docs_folder_is_an_error(tmp_path: Path) -> None:
    assert main(["--docs", str(tmp_path / "nope"), "--spec", str(SPEC)]) == 2


# -- title and security type ----------------------------------------------------------------


def test_title_changed(docs: Path, edit: Edit) -> None:
    edit(ACCOUNT, "# Get Portfolio Margin Pro Account Info(", "# Query Portfolio Margin Pro Account Info(", "en")
    reports = drift(docs)
    report = only(reports, ACCOUNT, "title")
    assert report.doc == "Query Portfolio Margin Pro Account Info (USER_DATA)"
    assert report.spec == "Get Portfolio Margin Pro Account Info (USER_DATA)"
    assert len(reports) == 1


def test_security_type_changed(docs: Path, edit: Edit) -> None:
    edit(CLASSIC, "(MARKET_DATA)", "(USER_DATA)")
    found = fields(drift(docs), CLASSIC)
    assert found["security-type"].doc == "USER_DATA"
    assert found["security-type"].spec == "MARKET_DATA"
    assert found["security"].doc == "USER_DATA: ApiKey + Signature"
    assert found["security"].spec == "ApiKey"
    assert "title" in found


def test_security_type_changed_in_chinese_half_only(docs: Path, edit: Edit) -> None:
    edit(CLASSIC, "(MARKET_DATA)", "(USER_DATA)", "zh")
    reports = drift(docs)
    assert only(reports, CLASSIC, "zh:security-type").doc == "USER_DATA"
    assert "security-type" not in fields(reports, CLASSIC)


# -- method, path, host -------------------------------------------------------------------


def test_method_changed(docs: Path, edit: Edit) -> None:
    edit(ACCOUNT, "GET `/sapi/v1/portfolio/account`", "POST `/sapi/v1/portfolio/account`")
    report = only(drift(docs), ACCOUNT, "method")
    assert (report.doc, report.spec) == ("POST", "GET")


def test_path_changed(docs: Path, edit: Edit) -> None:
    edit(ACCOUNT, "`/sapi/v1/portfolio/account`", "`/sapi/v9/portfolio/account`")
    reports = drift(docs)
    report = only(reports, ACCOUNT, "path")
    assert (report.doc, report.spec) == ("/sapi/v9/portfolio/account", "/sapi/v1/portfolio/account")
    assert [r.field for r in reports] == ["path"]


def test_host_changed_by_full_url(docs: Path, edit: Edit) -> None:
    edit(ACCOUNT, "GET `/sapi/v1/portfolio/account`", "GET `https://papi.binance.com/sapi/v1/portfolio/account`")
    reports = drift(docs)
    report = only(reports, ACCOUNT, "host")
    assert (report.doc, report.spec) == ("papi", "api")
    assert len(reports) == 1


def test_host_changed_by_path_prefix(docs: Path, edit: Edit) -> None:
    edit(ACCOUNT, "`/sapi/v1/portfolio/account`", "`/papi/v1/portfolio/account`")
    found = fields(drift(docs), ACCOUNT)
    assert (found["host"].doc, found["host"].spec) == ("papi", "api")
    assert found["path"].doc == "/papi/v1/portfolio/account"


def test_mirror_host_counts_as_api(docs: Path, edit: Edit) -> None:
    edit(ACCOUNT, "GET `/sapi/v1/portfolio/account`", "GET `https://api3.binance.com/sapi/v1/portfolio/account`")
    assert drift(docs) == []


# -- weight ---------------------------------------------------------------------------------


def test_weight_value_changed(docs: Path, edit: Edit) -> None:
    edit(TIERED, "**50**", "**100**")
    reports = drift(docs)
    assert reports == [Report(TIERED, "weight.value", "100", "50")]


def test_weight_value_changed_in_chinese_half_only(docs: Path, edit: Edit) -> None:
    edit(TIERED, "**50**", "**20**", "zh")
    assert drift(docs) == [Report(TIERED, "zh:weight.value", "20", "50")]


def test_weight_basis_changed(docs: Path, edit: Edit) -> None:
    edit(ACCOUNT, "## Request Weight(UID)", "## Request Weight(IP)", "en")
    edit(ACCOUNT, "(UID)[]", "(IP)[]", "zh")
    reports = drift(docs)
    assert Report(ACCOUNT, "weight.per", "IP", "UID") in reports
    assert "zh:weight.per" not in fields(reports, ACCOUNT)


def test_weight_basis_added_to_a_papi_page(docs: Path, edit: Edit) -> None:
    # The /papi page gives no basis, which Binance's general rules make IP; UID is a change.
    edit(BRACKETS, "## Request Weight[]", "## Request Weight(UID)[]", "en")
    assert Report(BRACKETS, "weight.per", "UID", "IP") in drift(docs)


def test_weight_basis_dropped_from_a_sapi_page(docs: Path, edit: Edit) -> None:
    edit(TIERED, "## Request Weight(IP)[]", "## Request Weight[]", "en")
    assert Report(TIERED, "weight.per", "(not given)", "IP") in drift(docs)


def test_weight_that_is_not_one_number(docs: Path, edit: Edit) -> None:
    edit(TIERED, "**50**", "**50** per symbol, **200** without", "en")
    assert only(drift(docs), TIERED, "weight.value").spec == "50"


# -- request parameters ---------------------------------------------------------------------


def test_parameter_added(docs: Path, edit: Edit) -> None:
    edit(BRACKETS, "symbol| STRING| NO|", "symbol| STRING| NO|  \npair| STRING| NO|")
    report = only(drift(docs), BRACKETS, "param.pair")
    assert (report.doc, report.spec) == ("STRING NO", "(absent)")


def test_parameter_removed(docs: Path, edit: Edit) -> None:
    edit(BRACKETS, "symbol| STRING| NO|   \n", "")
    report = only(drift(docs), BRACKETS, "param.symbol")
    assert (report.doc, report.spec) == ("(absent)", "NO")


def test_parameter_added_to_a_page_without_parameters(docs: Path, edit: Edit) -> None:
    table = "Name| Type| Mandatory| Description  \n---|---|---|---  \nasset| STRING| YES|   \n"
    edit(CLASSIC, "None\n", table, "en", count=1)
    assert only(drift(docs), CLASSIC, "param.asset").doc == "STRING YES"


def test_parameter_type_changed(docs: Path, edit: Edit) -> None:
    edit(BRACKETS, "symbol| STRING| NO|", "symbol| LONG| NO|")
    report = only(drift(docs), BRACKETS, "param.symbol.type")
    assert (report.doc, report.spec) == ("LONG", "string")


def test_parameter_type_int_is_not_long(docs: Path, edit: Edit) -> None:
    edit(TIERED, "recvWindow| LONG| NO|", "recvWindow| INT| NO|")
    report = only(drift(docs), TIERED, "param.recvWindow.type")
    assert (report.doc, report.spec) == ("INT", "integer/int64")


def test_parameter_mandatory_changed(docs: Path, edit: Edit) -> None:
    edit(BRACKETS, "symbol| STRING| NO|", "symbol| STRING| YES|")
    report = only(drift(docs), BRACKETS, "param.symbol.mandatory")
    assert (report.doc, report.spec) == ("YES", "NO")


# -- response fields ------------------------------------------------------------------------


def test_response_field_added(docs: Path, edit: Edit) -> None:
    edit(CLASSIC, '"asset": "USDC",', '"asset": "USDC",\n           "haircut": "0.05",', "en")
    report = only(drift(docs), CLASSIC, "response[].haircut")
    assert (report.doc, report.spec) == ("string '0.05'", "(absent)")


def test_response_field_removed(docs: Path, edit: Edit) -> None:
    edit(ACCOUNT, '"uniMMR": "5167.92171923",', "")
    report = only(drift(docs), ACCOUNT, "response.uniMMR")
    assert (report.doc, report.spec) == ("(absent)", "string/decimal")


def test_response_field_renamed(docs: Path, edit: Edit) -> None:
    edit(TIERED, '"cum":', '"cumulative":')
    reports = drift(docs)
    report = only(reports, TIERED, "response[].collateralInfo[].cum")
    assert (report.doc, report.spec) == ("renamed to 'cumulative'", "'cum'")
    assert len(reports) == 1


def test_response_field_moved_to_another_level(docs: Path, edit: Edit) -> None:
    edit(BRACKETS, '"notionalCoef": "4.0",', '"notionalCoef": "4.0",\n        "cum": 0,', "en")
    edit(BRACKETS, '"maintMarginRatio": 0.0065, // Maintenance ratio for this bracket  \n', "", "en")
    edit(BRACKETS, '"cum":0 // Auxiliary', '"maintMarginRatio": 0.0065 // Auxiliary', "en")
    reports = drift(docs)
    report = only(reports, BRACKETS, "response[].brackets[].cum")
    assert (report.doc, report.spec) == ("at response[].cum", "at response[].brackets[].cum")
    assert len(reports) == 1


def test_response_nesting_changed(docs: Path, edit: Edit) -> None:
    # brackets becomes one object instead of an array of them
    edit(BRACKETS, '"brackets": [', '"brackets": ', "en")
    edit(BRACKETS, "},  \n            ]  \n", "}  \n", "en")
    report = only(drift(docs), BRACKETS, "response[].brackets")
    assert (report.doc, report.spec) == ("object", "array")


def test_response_wrapped_in_an_object(docs: Path, edit: Edit) -> None:
    edit(ACCOUNT, '"uniMMR": ', '"data": { "uniMMR": ', "en")
    edit(ACCOUNT, '"accountStatus": "NORMAL",', '}, "accountStatus": "NORMAL",', "en")
    found = fields(drift(docs), ACCOUNT)
    assert found["response.uniMMR"].doc == "at response.data.uniMMR"
    assert found["response.data"].spec == "(absent)"


def test_response_field_type_changed(docs: Path, edit: Edit) -> None:
    edit(BRACKETS, '"notionalCap": 10000,', '"notionalCap": "10000",', "en")
    report = only(drift(docs), BRACKETS, "response[].brackets[].notionalCap")
    assert (report.doc, report.spec) == ("string '10000'", "number/decimal")


def test_response_example_quirks_are_tolerated(docs: Path, edit: Edit) -> None:
    # non-breaking spaces, a bare number with a thousands separator, block comments
    edit(ACCOUNT, '"uniMMR": "5167.92171923",', '"uniMMR":\u00a0"5167.92171923",\u00a0/* rate */', "en")
    edit(BRACKETS, '"notionalCap": 10000,', '"notionalCap": 10,000,', "en")
    assert drift(docs) == []


def test_unreadable_response_example(docs: Path, edit: Edit) -> None:
    edit(CLASSIC, '"asset": "USDC",', '"asset": "USDC,', "en")
    assert only(drift(docs), CLASSIC, "response").spec == "-"


# -- enum values named in comments ----------------------------------------------------------


def test_enum_value_added(docs: Path, edit: Edit) -> None:
    edit(ACCOUNT, '"BANKRUPTED"  \n', '"BANKRUPTED", "LIQUIDATED"  \n', "en")
    report = only(drift(docs), ACCOUNT, "response.accountStatus.enum")
    assert (report.doc, report.spec) == ("LIQUIDATED", "(absent)")


def test_enum_value_added_bare_word(docs: Path, edit: Edit) -> None:
    edit(ACCOUNT, "PM_3 for PM PRO SPAN", "PM_3 for PM PRO SPAN, PM_4 for PM LITE", "en")
    assert Report(ACCOUNT, "response.accountType.enum", "PM_4", "(absent)") in drift(docs)


def test_enum_value_dropped_from_the_comment(docs: Path, edit: Edit) -> None:
    edit(ACCOUNT, ', "BANKRUPTED"  \n', "  \n", "en")
    assert drift(docs) == [Report(ACCOUNT, "response.accountStatus.enum", "(absent)", "BANKRUPTED")]


def test_enum_value_added_in_chinese_half(docs: Path, edit: Edit) -> None:
    edit(ACCOUNT, '"BANKRUPTED"破产', '"BANKRUPTED"破产, "FROZEN"冻结', "zh")
    assert drift(docs) == [Report(ACCOUNT, "zh:response.accountStatus.enum", "FROZEN", "(absent)")]


def test_example_value_outside_the_enum(docs: Path, edit: Edit) -> None:
    edit(ACCOUNT, '"accountType": "PM_1"', '"accountType": "PM_9"', "en")
    assert Report(ACCOUNT, "response.accountType.enum", "PM_9", "(absent)") in drift(docs)


# -- pages and endpoints --------------------------------------------------------------------


def test_new_page_with_unknown_endpoint(docs: Path) -> None:
    text = (docs / BRACKETS).read_text(encoding="utf-8")
    text = text.replace("/papi/v1/um/leverageBracket", "/papi/v1/xm/leverageBracket")
    text = text.replace("UM-Notional-and-Leverage-Brackets", "XM-Notional-and-Leverage-Brackets")
    (docs / "004_new.txt").write_text(text, encoding="utf-8")
    reports = drift(docs)
    assert reports == [
        Report("004_new.txt", "endpoint", "GET /papi/v1/xm/leverageBracket on papi", "(no such operation)")
    ]


def test_page_removed_is_not_drift_when_only_some_pages_are_kept(docs: Path) -> None:
    (docs / TIERED).unlink()
    assert drift(docs) == []


def test_page_removed_from_a_complete_scrape(docs: Path) -> None:
    (docs / TIERED).unlink()
    no_page = {r.spec for r in drift(docs, complete=True) if r.page == "(no page)"}
    assert "GET /sapi/v2/portfolio/collateralRate (getTieredCollateralRate)" in no_page


def test_a_complete_scrape_names_every_operation_without_a_page() -> None:
    reports = drift(DOCS, complete=True)
    documented = {"getTieredCollateralRate", "getClassicCollateralRate", "getAccountInfo", "getUmLeverageBrackets"}
    expected = [
        Report("(no page)", "endpoint", "(no page)", f"{op.method} {op.path} ({op.operation_id})")
        for op in spec_facts().operations
        if op.operation_id not in documented
    ]
    assert reports == expected
    assert len(reports) == len(spec_facts().operations) - 4


def test_cli_complete_flag(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--docs", str(DOCS), "--spec", str(SPEC)]) == 0
    assert "(no page)" not in capsys.readouterr().out
    assert main(["--docs", str(DOCS), "--spec", str(SPEC), "--complete"]) == 1
    out = capsys.readouterr().out
    assert "(no page) | endpoint | doc says: (no page) | spec says: POST /papi/v1/um/order (newUmOrder)" in out
    assert f"{len(spec_facts().operations) - 4} difference(s)" in out


@pytest.mark.parametrize(("complete", "flag"), [("", False), ("COMPLETE=1", True), ("COMPLETE=0", False)])
def test_make_check_docs_passes_complete_through(complete: str, flag: bool) -> None:
    dry_run = subprocess.run(
        ["make", "-n", "--no-print-directory", "-C", str(ROOT), "check-docs", *([complete] if complete else [])],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert ("--complete" in dry_run) is flag, dry_run


def test_an_unreadable_spec_is_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "spec.yaml"
    broken.write_text(SPEC.read_text(encoding="utf-8").replace("x-binance-weight:", "x-binance-weigh:", 1))
    assert main(["--docs", str(DOCS), "--spec", str(broken)]) == 2
    assert "x-binance-weight" in capsys.readouterr().err


def test_second_page_for_the_same_endpoint(docs: Path) -> None:
    shutil.copy(docs / TIERED, docs / "009_copy.txt")
    assert only(drift(docs), "009_copy.txt", "endpoint").spec == f"already documented by {TIERED}"


def test_source_url_changed(docs: Path, edit: Edit) -> None:
    edit(
        TIERED,
        "source_url: https://developers.binance.com/docs/",
        "source_url: https://developers.binance.com/en/docs/",
        "en",
    )
    assert only(drift(docs), TIERED, "source_url").spec.endswith("Portfolio-Margin-Pro-Tiered-Collateral-Rate")
