"""A folder of edited doc pages, as a new scrape of Binance's docs might bring: each kind of
difference ``update-spec`` applies, in copies of the pages ``spec/docs/`` keeps, and one
page for an endpoint the spec does not have (written here, its example made up)."""

from __future__ import annotations

import shutil
from pathlib import Path

from .written_pages import page_text, spec_document

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "spec" / "docs"
SPEC = ROOT / "spec" / "binance-pm.yaml"

TIERED = "000_80d83aa030195b73.txt"  # GET /sapi/v2/portfolio/collateralRate, USER_DATA, 50 (IP)
CLASSIC = "001_96da83d8de54fb0b.txt"  # GET /sapi/v1/portfolio/collateralRate, MARKET_DATA, 50 (IP)
ACCOUNT = "002_6be0d2a47299f1a4.txt"  # GET /sapi/v1/portfolio/account, USER_DATA, 5 (UID)
BRACKETS = "003_bffa7c7a1bd0750d.txt"  # GET /papi/v1/um/leverageBracket, USER_DATA, 1 (no basis)
NEW_PAGE = "004_new_fee_tier.txt"
CM_INCOME = "005_cm_income.txt"  # written from the spec (written_pages), then edited
UM_INCOME = "006_um_income.txt"

SIGNED_ROWS = "recvWindow| LONG| NO|   \ntimestamp| LONG| YES|   \n"


def edit(path: Path, old: str, new: str) -> None:
    """Replaces ``old`` in both halves of the page (it must be there)."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def new_page_text(*, weight: str = "**5**", chinese: bool = True) -> str:
    """A page for GET /papi/v1/um/feeTier, which the spec does not have."""
    url = "https://developers.binance.com/docs/derivatives/portfolio-margin/account/Get-UM-Fee-Tier"
    english = f"""# Get UM Fee Tier(USER_DATA)

## HTTP Request

GET `/papi/v1/um/feeTier`

## Request Weight

{weight}

## Request Parameters

Name| Type| Mandatory| Description
---|---|---|---
symbol| STRING| YES|
tierType| ENUM| NO| "STANDARD" or "VIP"
recvWindow| LONG| NO|
timestamp| LONG| YES|

## Response Example

    {{
        "symbol": "BTCUSDT",
        "tier": 2,                  // the tier's number
        "makerRate": "0.000200",    /* a rate */
        "updateTime": 1700000000000,
        "eligible": true,
        "limits": [
            {{"asset": "USDT", "cap": "1000.5"}},
            {{"asset": "BTC", "cap": "0.75", "floor": "0.1"}}
        ],
        "next": {{"tier": 3, "volume": "5000000.00"}}
    }}
"""
    chinese_half = english.replace("# Get UM Fee Tier(USER_DATA)", "# 查询UM费率等级(USER_DATA)")
    return f"---\nsource_url: {url}\n---\n\n{english}" + (f"\n---\n\n{chinese_half}" if chinese else "")


def edited_pages(target: Path) -> Path:
    """``spec/docs`` copied to ``target`` with one edit of each kind; returns ``target``."""
    shutil.copytree(DOCS, target)
    # Weight value and a new parameter, on a page saved with its English half only.
    english_only(target / TIERED)
    edit(target / TIERED, "**50**", "**100**")
    edit(target / TIERED, "recvWindow| LONG| NO|", "asset| STRING| NO|   \nrecvWindow| LONG| NO|")
    # Security type (with the security it implies) and the signed parameters that come with it.
    edit(target / CLASSIC, "(MARKET_DATA)", "(USER_DATA)")
    edit(target / CLASSIC, "\nNone\n", "\nName| Type| Mandatory| Description  \n---|---|---|---  \n" + SIGNED_ROWS)
    # Weight basis; answer fields: two new ones (one a nested object), one gone; a new enum value.
    edit(target / ACCOUNT, "Request Weight(UID)", "Request Weight(IP)")
    edit(target / ACCOUNT, "(UID)[]", "(IP)[]")
    edit(target / ACCOUNT, '"BANKRUPTED"  \n', '"BANKRUPTED", "LIQUIDATED"  \n')
    edit(target / ACCOUNT, '"BANKRUPTED"破产', '"BANKRUPTED"破产, "LIQUIDATED"清算')
    edit(
        target / ACCOUNT,
        '"uniMMR":',
        '"riskUnit": {"unit": "USD", "rate": "0.25"},\n"updateTime": 1700000000000,\n"uniMMR":',
    )
    drop_line(target / ACCOUNT, '"actualEquity"')
    # A shared parameter made mandatory (only this operation: it gets its own copy), a
    # parameter removed, and a new field in a nested list of objects.
    edit(target / BRACKETS, "symbol| STRING| NO|", "symbol| STRING| YES|")
    drop_line(target / BRACKETS, "recvWindow| LONG|")
    edit(target / BRACKETS, '"bracket": 1,', '"riskLevel": "0.5",\n"bracket": 1,')
    # Pages for both users of the PmIncomeRecord component, each with the same new field (so
    # the component changes where it is defined); on the CM page, a parameter's type and a new
    # value of an enum that other operations share.
    for name, operation_id in ((CM_INCOME, "getCmIncomeHistory"), (UM_INCOME, "getUmIncomeHistory")):
        text = page_text(operation_id).replace('"incomeType": "', '"batchId": "b-1",\n      "incomeType": "')
        (target / name).write_text(text, encoding="utf-8")
    values = ", ".join(f'"{value}"' for value in [*income_types(), "STRATEGY_FEE"])
    edit(target / CM_INCOME, "limit| INT| NO| ", "limit| LONG| NO| ")
    edit(target / CM_INCOME, "incomeType| ENUM| NO| ", f"incomeType| ENUM| NO| {values}")
    (target / NEW_PAGE).write_text(new_page_text(), encoding="utf-8")
    return target


def income_types() -> list[str]:
    return [str(value) for value in spec_document()["components"]["schemas"]["IncomeType"]["enum"]]


def english_only(path: Path) -> None:
    """Drops the Chinese half: the front matter, the English page, and nothing after its ``---`` line."""
    text = path.read_text(encoding="utf-8")
    cut = text.index("\n---\n", text.index("\n---\n") + 1)
    path.write_text(text[:cut] + "\n", encoding="utf-8")


def drop_line(path: Path, marker: str) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    kept = [line for line in lines if marker not in line]
    assert len(kept) < len(lines), f"{marker!r} not in {path.name}"
    path.write_text("\n".join(kept), encoding="utf-8")
