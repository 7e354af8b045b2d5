"""The checker on pages for the operations the project keeps no Binance page of: NONE and
USER_STREAM security, weights that depend on a parameter, every method. The pages are
written from the spec's facts into a temporary folder (see written_pages.py), then one
thing is changed in them, as a new version of Binance's page would."""

from __future__ import annotations

from pathlib import Path

import pytest

from binance_pm_doccheck import Report, check
from binance_pm_doccheck.weights import ConditionalWeight, read_weight_text

from .written_pages import spec_document, spec_facts, write_page

OPEN_ORDERS = "queryAllCurrentUmOpenOrders"  # weight 40, or 1 with symbol
CM_TRADES = "cmAccountTradeList"  # weight 40, or 20 with symbol; symbol or pair is required
INDEX_PRICE = "queryPortfolioMarginAssetIndexPrice"  # MARKET_DATA, weight 50, or 1 with asset


def drift(docs: Path, *, complete: bool = False) -> list[Report]:
    """The reports on everything but the response: the written pages carry the spec's
    response examples, which leave out optional fields that Binance's own pages show."""
    reports = check(docs, spec_document(), complete=complete)
    return [r for r in reports if not r.field.removeprefix("zh:").startswith("response")]


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    return folder


def test_pages_written_from_every_operation_agree(docs: Path) -> None:
    # One page per operation: all 126 are matched, and title, security, method, path, host,
    # weight (when-present included) and parameters read back without a difference.
    for index, op in enumerate(spec_facts().operations):
        write_page(docs, f"{index:03d}.txt", op.operation_id)
    assert drift(docs, complete=True) == []


# -- NONE and USER_STREAM -------------------------------------------------------------------


def test_none_operation_title_has_no_bracketed_type(docs: Path) -> None:
    page = write_page(docs, "ping.txt", "testConnectivity")
    assert page.read_text(encoding="utf-8").count("# Test Connectivity\n") == 1
    assert drift(docs) == []


def test_none_operation_that_becomes_signed(docs: Path) -> None:
    write_page(docs, "ping.txt", "testConnectivity", title="Test Connectivity (USER_DATA)")
    found = {r.field: r for r in drift(docs)}
    assert (found["security-type"].doc, found["security-type"].spec) == ("USER_DATA", "NONE")
    assert (found["security"].doc, found["security"].spec) == ("USER_DATA: ApiKey + Signature", "none")
    assert (found["title"].doc, found["title"].spec) == ("Test Connectivity (USER_DATA)", "Test Connectivity")


def test_signed_operation_whose_title_loses_its_type_reads_as_none(docs: Path) -> None:
    write_page(docs, "order.txt", "newUmOrder", title="New UM Order")
    found = {r.field: r for r in drift(docs)}
    assert (found["security-type"].doc, found["security-type"].spec) == ("NONE", "TRADE")
    assert (found["security"].doc, found["security"].spec) == ("NONE: none", "ApiKey + Signature")


def test_user_stream_operation_agrees(docs: Path) -> None:
    write_page(docs, "listen.txt", "startUserDataStream")
    assert drift(docs) == []


def test_user_stream_operation_that_becomes_signed(docs: Path) -> None:
    write_page(docs, "listen.txt", "startUserDataStream", title="Start User Data Stream (USER_DATA)")
    found = {r.field: r for r in drift(docs)}
    assert (found["security-type"].doc, found["security-type"].spec) == ("USER_DATA", "USER_STREAM")
    assert (found["security"].doc, found["security"].spec) == ("USER_DATA: ApiKey + Signature", "ApiKey")


# -- weights that depend on a parameter -----------------------------------------------------


@pytest.mark.parametrize(
    ("operation_id", "text"),
    [
        (OPEN_ORDERS, "**1** for a single symbol; **40** when the symbol parameter is omitted"),
        (OPEN_ORDERS, "**40** without symbol, **1** with symbol"),
        (CM_TRADES, "**20** with symbol, **40** with pair"),
        (INDEX_PRICE, "**1** if send asset or **50** if not send asset"),
    ],
)
def test_conditional_weight_as_binance_writes_it(docs: Path, operation_id: str, text: str) -> None:
    write_page(docs, "page.txt", operation_id, weight=text)
    assert drift(docs) == []


def test_conditional_weight_in_chinese(docs: Path) -> None:
    write_page(docs, "page.txt", OPEN_ORDERS, zh_weight="带symbol **1**\uff1b不带symbol **40**")
    assert drift(docs) == []


def test_conditional_weight_plain_value_changed(docs: Path) -> None:
    write_page(docs, "page.txt", OPEN_ORDERS, weight="**1** for a single symbol; **50** when the symbol is omitted")
    assert drift(docs) == [Report("page.txt", "weight.value", "50", "40")]


def test_conditional_weight_when_present_value_changed(docs: Path) -> None:
    write_page(docs, "page.txt", OPEN_ORDERS, weight="**5** with symbol; **40** without")
    assert drift(docs) == [Report("page.txt", "weight.when-present.symbol", "5", "1")]


def test_conditional_weight_changed_in_chinese_half_only(docs: Path) -> None:
    write_page(docs, "page.txt", OPEN_ORDERS, zh_weight="带symbol **2**\uff1b不带symbol **40**")
    assert drift(docs) == [Report("page.txt", "zh:weight.when-present.symbol", "2", "1")]


def test_weight_no_longer_depends_on_a_parameter(docs: Path) -> None:
    write_page(docs, "page.txt", OPEN_ORDERS, weight="**40**")
    assert drift(docs) == [Report("page.txt", "weight.when-present.symbol", "(absent)", "1")]


def test_weight_now_depends_on_a_parameter(docs: Path) -> None:
    # getUmLeverageBrackets has a plain weight of 1 and an optional symbol.
    write_page(docs, "page.txt", "getUmLeverageBrackets", weight="**1** with symbol; **5** without")
    assert drift(docs) == [Report("page.txt", "weight.value", "5", "1")]
    write_page(docs, "page.txt", "getUmLeverageBrackets", weight="**2** with symbol; **1** without")
    assert drift(docs) == [Report("page.txt", "weight.when-present.symbol", "2", "(absent)")]


def test_conditional_weight_on_a_parameter_the_spec_lacks(docs: Path) -> None:
    write_page(docs, "page.txt", OPEN_ORDERS, weight="**1** with symbol; **10** with pair; **40** without")
    assert drift(docs) == [
        Report("page.txt", "weight.value", "'1 with symbol; 10 with pair; 40 without'", "40; 1 with symbol")
    ]


# -- reading the weight text on its own ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 for a single symbol; 40 when the symbol parameter is omitted", ConditionalWeight(40, (("symbol", 1),))),
        ("20 with symbol, 40 with pair", ConditionalWeight(None, (("symbol", 20), ("pair", 40)))),
        ("1 if send asset or 50 if not send asset", ConditionalWeight(50, (("asset", 1),))),
        ("带symbol 1\uff1b不带symbol 40", ConditionalWeight(40, (("symbol", 1),))),
        (
            "1 with symbol; 40 otherwise. Careful when accessing this with no symbol.",
            ConditionalWeight(40, (("symbol", 1),)),
        ),
        # not readable as a conditional weight
        ("40", None),
        ("50 per request", None),  # names no parameter of the operation
        ("1 with symbol and 2 with pair", None),  # two numbers in one clause
        ("1 with symbol; 2 with symbol", None),  # the same case twice
        ("1 without symbol; 40 without pair", None),  # two plain weights
        ("", None),
    ],
)
def test_read_weight_text(text: str, expected: ConditionalWeight | None) -> None:
    assert read_weight_text(text, ["symbol", "pair", "asset", "recvWindow", "timestamp"]) == expected
