"""What a parse does with what Binance may send beyond the docs, and with what it must not."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from binance_pm.errors import ResponseParseError
from binance_pm.models import (
    AccountStatus,
    AccountType,
    PmPositionMode,
    PortfolioMarginProAccount,
    TieredCollateralRate,
    UmBracket,
)


def account(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "uniMMR": "5167.92171923",
        "accountEquity": "122607.35137903",
        "actualEquity": "142607.35137903",
        "accountMaintMargin": "23.72469206",
        "accountStatus": "NORMAL",
        "accountType": "PM_1",
    }
    body.update(changes)
    return {k: v for k, v in body.items() if v is not None}


def test_unknown_enum_value_parses_and_keeps_its_text() -> None:
    parsed = PortfolioMarginProAccount.from_dict(account(accountStatus="PRE_LIQUIDATION", accountType="PM_9"))
    assert parsed.account_status == "PRE_LIQUIDATION"
    assert str(parsed.account_status) == "PRE_LIQUIDATION"
    assert parsed.account_status.known is False
    assert isinstance(parsed.account_status, AccountStatus)
    assert parsed.account_type.value == "PM_9"
    assert AccountType.PM_1.known is True


def test_unknown_fields_are_kept() -> None:
    parsed = PortfolioMarginProAccount.from_dict(account(newField="1.5", nested={"a": 1}))
    assert parsed.additional_properties == {"newField": "1.5", "nested": {"a": 1}}
    assert parsed["newField"] == "1.5"


def test_optional_fields_may_be_absent() -> None:
    parsed = PortfolioMarginProAccount.from_dict(account())
    assert not parsed.account_initial_margin
    assert not parsed.total_available_balance


def test_round_trip_keeps_exact_decimals() -> None:
    parsed = PortfolioMarginProAccount.from_dict(account(totalAvailableBalance="122,559.90199491"))
    again = PortfolioMarginProAccount.from_dict(parsed.to_dict())
    assert again == parsed
    assert again.to_dict()["totalAvailableBalance"] == "122559.90199491"


@pytest.mark.parametrize(
    ("body", "location", "problem"),
    [
        (account(uniMMR=None), "PortfolioMarginProAccount > uniMMR", "missing required field"),
        (account(uniMMR="12,34"), "PortfolioMarginProAccount > uniMMR", "not a decimal"),
        (account(uniMMR="NaN"), "PortfolioMarginProAccount > uniMMR", "not a finite decimal"),
        (account(uniMMR=["1"]), "PortfolioMarginProAccount > uniMMR", "expected a decimal"),
        (account(accountStatus=7), "PortfolioMarginProAccount", "AccountStatus"),
    ],
)
def test_malformed_values_raise_a_typed_error_naming_the_field(
    body: dict[str, Any], location: str, problem: str
) -> None:
    with pytest.raises(ResponseParseError) as caught:
        PortfolioMarginProAccount.from_dict(body)
    assert str(caught.value).startswith(location)
    assert problem in str(caught.value)


def test_nested_errors_name_the_whole_path() -> None:
    body = {"asset": "BNB", "collateralInfo": [{"tierFloor": "0", "tierCap": "x", "collateralRate": "1", "cum": "0"}]}
    with pytest.raises(ResponseParseError) as caught:
        TieredCollateralRate.from_dict(body)
    assert caught.value.location == ("TieredCollateralRate", "CollateralTier", "tierCap")
    assert caught.value.field == "tierCap"


def test_integer_fields_reject_strings_and_bools() -> None:
    base = {
        "bracket": 1,
        "initialLeverage": 75,
        "notionalCap": 1,
        "notionalFloor": 0,
        "maintMarginRatio": 0.0065,
        "cum": 0,
    }
    assert UmBracket.from_dict(base).maint_margin_ratio == Decimal("0.0065")
    for bad in ("1", True, 1.5):
        with pytest.raises(ResponseParseError, match="initialLeverage"):
            UmBracket.from_dict({**base, "initialLeverage": bad})


def test_boolean_fields_reject_text_and_numbers() -> None:
    assert PmPositionMode.from_dict({"dualSidePosition": False}).dual_side_position is False
    for bad in ("true", "false", 1, 0, None):
        with pytest.raises(ResponseParseError) as caught:
            PmPositionMode.from_dict({"dualSidePosition": bad})
        assert caught.value.location == ("PmPositionMode", "dualSidePosition")
        assert "expected a boolean" in str(caught.value)


def test_a_list_where_an_object_belongs_is_a_typed_error() -> None:
    with pytest.raises(ResponseParseError, match="expected a JSON object"):
        PortfolioMarginProAccount.from_dict([])  # type: ignore[arg-type]


def test_string_fields_reject_other_json_types() -> None:
    body = {"asset": 5, "collateralInfo": []}
    with pytest.raises(ResponseParseError) as caught:
        TieredCollateralRate.from_dict(body)
    assert caught.value.location == ("TieredCollateralRate", "asset")
    assert "expected a string" in str(caught.value)


def test_parsing_leaves_the_garbage_collector_as_it_found_it() -> None:
    import gc

    from binance_pm._json import gc_paused

    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError), gc_paused():
        assert not gc.isenabled()
        _ = 1 / 0
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
