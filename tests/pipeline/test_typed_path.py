"""An operation returns the same models whichever way its answer is parsed.

Operations try a typed fast path first (msgspec structs that mirror the spec) and fall back
to the general one (``from_dict`` over the decoded JSON) for any body that does not fit it
exactly; small answers of a process's first calls skip msgspec and are decoded by the
standard library (``binance_pm._json.parse_path``). These tests send bodies through a real
operation, once down each path, and compare what comes back, value for value and digit for
digit, with what ``from_dict`` makes of the same JSON: the same models, or the same
``ResponseParseError``.
"""

from __future__ import annotations

import enum
import json
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import httpx
import pytest
from binance_pm import BinanceClient, _json
from binance_pm.api.portfolio_margin import get_um_leverage_brackets
from binance_pm.api.portfolio_margin_pro import (
    get_account_info,
    get_classic_collateral_rate,
    get_tiered_collateral_rate,
)
from binance_pm.errors import ResponseParseError
from binance_pm.models import CollateralRate, PortfolioMarginProAccount, TieredCollateralRate, UmLeverageBracket
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.fixtures import leverage_brackets_body, tiered_collateral_rate_body
from tests.pipeline.test_client import make_client


class Served:
    """A client whose every answer is ``body``, set by the test."""

    def __init__(self) -> None:
        self.body = b"[]"
        self.client = make_client(lambda request: httpx.Response(200, content=self.body))


@pytest.fixture(scope="module")
def served() -> Served:
    return Served()


# Each path, pinned: msgspec's typed path (a process past its first answers), the same with
# the garbage collector held off (large answers), and the standard library's decoder with
# from_dict (a process's first answers), with and without the collector.
PATHS = {
    "typed": {"stdlib_bytes_left": 0, "GC_PAUSE_MIN_BYTES": 10**9},
    "typed-gc-paused": {"stdlib_bytes_left": 0, "GC_PAUSE_MIN_BYTES": 0},
    "stdlib": {"stdlib_bytes_left": 10**12, "GC_PAUSE_MIN_BYTES": 10**9},
    "stdlib-gc-paused": {"stdlib_bytes_left": 10**12, "GC_PAUSE_MIN_BYTES": 0},
}


@pytest.fixture(autouse=True, params=list(PATHS))
def parse_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    for name, value in PATHS[request.param].items():
        monkeypatch.setattr(_json, name, value)
    path: str = request.param
    return path


def test_each_pinned_path_is_the_one_taken(parse_path: str) -> None:
    expected = {
        "typed": _json.TYPED,
        "typed-gc-paused": _json.TYPED | _json.GC_PAUSED,
        "stdlib": _json.STDLIB,
        "stdlib-gc-paused": _json.STDLIB | _json.GC_PAUSED,
    }
    assert _json.parse_path(len(tiered_collateral_rate_body())) == expected[parse_path]


def exact(value: Any) -> Any:
    """A value's full content, so that equal means the same digits and the same types."""
    if attrs.has(type(value)):
        return (type(value).__name__, {f.name: exact(getattr(value, f.name)) for f in attrs.fields(type(value))})
    if isinstance(value, list):
        return [exact(item) for item in value]
    if isinstance(value, dict):
        return {key: exact(item) for key, item in value.items()}
    if isinstance(value, Decimal):
        return ("Decimal", value.as_tuple())
    if isinstance(value, enum.Enum):
        return (type(value).__name__, value.value, getattr(value, "known", None))
    return (type(value).__name__, value)


def general(body: bytes, build: Callable[[Any], Any]) -> Any:
    """What ``from_dict`` makes of ``body``: the models, or the error it raises and where."""
    try:
        data = json.loads(body, parse_float=Decimal)
    except ValueError:
        return ("error", "not JSON", None)
    try:
        return exact(build(data))
    except ResponseParseError as exc:
        return ("error", exc.problem, exc.location)


def through_operation(served: Served, body: bytes, call: Callable[[BinanceClient], Any]) -> Any:
    """What the operation returns for ``body``, or the error it raises and where (below the
    operation's own name, which ``from_dict`` does not know)."""
    served.body = body
    try:
        return exact(call(served.client))
    except ResponseParseError as exc:
        return ("error", exc.problem, exc.location[1:])


def brackets_list(data: Any) -> list[UmLeverageBracket]:
    if not isinstance(data, list):
        raise ResponseParseError(f"expected a JSON array, got {type(data).__name__}", field="response_200")
    return [UmLeverageBracket.from_dict(item) for item in data]


def assert_same_as_general(served: Served, body: bytes) -> None:
    expected = general(body, brackets_list)
    got = through_operation(served, body, lambda client: get_um_leverage_brackets.sync(client=client))
    if expected[:1] == ("error",) and expected[2] is None:
        assert got[:1] == ("error",), body  # not JSON: the two decoders word it differently
    else:
        assert got == expected, body


# JSON texts for fields. Most bodies are well formed, so the typed path reads them; one field
# in a few takes an odd value: a form only the general path reads (a thousands separator), or
# one neither may take (a non-finite decimal, another JSON type).
DECIMAL_TEXTS = st.one_of(
    st.sampled_from(["0", "-0", "0.0065", "-0.0", "1625.0", "1e-05", "1E+3", "12345678901234567890123.50"]),
    st.sampled_from(['"0.10"', '"1.0"', '"-0"', '"1E-7"', '" 1.5 "', '"1_000"']),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.decimals(allow_nan=False, allow_infinity=False).map(lambda d: format(d, "f")),
    st.decimals(allow_nan=False, allow_infinity=False).map(lambda d: json.dumps(str(d))),
)
INT_TEXTS = st.integers(min_value=-(10**20), max_value=10**20).map(str)
ODD_TEXTS = st.sampled_from(
    [
        '"122,559.90199491"',
        '"1,2"',
        '"NaN"',
        '"-Infinity"',
        '"inf"',
        '"sNaN"',
        '"abc"',
        '""',
        "null",
        "true",
        "[]",
        "{}",
        "1.0",
        "1e2",
        '"3"',
    ]
)
EXTRA = st.sampled_from(['"newField":"1.5"', '"nested":{"a":[1,2.50]}', '"cum":"0"'])


def object_text(draw: st.DrawFn, fields: dict[str, str]) -> str:
    """A JSON object of ``fields`` in any order; sometimes one field is odd, missing, or
    joined by an undeclared one (or by a declared one given twice)."""
    accident = draw(st.integers(0, 11))
    if accident < 3:
        fields[draw(st.sampled_from(sorted(fields)))] = draw(ODD_TEXTS)
    elif accident == 3:
        del fields[draw(st.sampled_from(sorted(fields)))]
    parts = [f'"{name}":{text}' for name, text in fields.items()]
    if accident == 4:
        parts.append(draw(EXTRA))
    return "{" + ",".join(draw(st.permutations(parts))) + "}"


@st.composite
def bracket_text(draw: st.DrawFn) -> str:
    fields = {
        "bracket": draw(INT_TEXTS),
        "initialLeverage": draw(INT_TEXTS),
        "notionalCap": draw(DECIMAL_TEXTS),
        "notionalFloor": draw(DECIMAL_TEXTS),
        "maintMarginRatio": draw(DECIMAL_TEXTS),
        "cum": draw(DECIMAL_TEXTS),
    }
    return object_text(draw, fields)


@st.composite
def symbol_text(draw: st.DrawFn) -> str:
    fields = {
        "symbol": draw(st.sampled_from(['"ETHUSDT"', '"BTCUSDT"', '"1000PEPEUSDT"'])),
        "brackets": f"[{','.join(draw(st.lists(bracket_text(), max_size=3)))}]",
    }
    if draw(st.booleans()):
        fields["notionalCoef"] = draw(DECIMAL_TEXTS)
    return object_text(draw, fields)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(symbols=st.lists(symbol_text(), max_size=3))
def test_any_brackets_body_parses_as_from_dict_would(served: Served, parse_path: str, symbols: list[str]) -> None:
    if parse_path.endswith("gc-paused"):
        pytest.skip("the collector changes no value: the paths without it cover these bodies")
    assert_same_as_general(served, ("[" + ",".join(symbols) + "]").encode())


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(leverage_brackets_body(symbols=50), id="benchmark-answer"),
        pytest.param(b'{"symbol":"ETHUSDT","brackets":[]}', id="object-not-list"),
        pytest.param(b'[{"symbol":"ETHUSDT","brackets":[]}] trailing', id="not-json"),
        pytest.param(b'[{"symbol":"ETHUSDT","brackets":[],"symbol":"BTCUSDT"}]', id="duplicate-key"),
        pytest.param(b'[{"symbol":"ETHUSDT","brackets":{}}]', id="brackets-not-list"),
        pytest.param(b"[]", id="empty"),
    ],
)
def test_edge_bodies_parse_as_from_dict_would(served: Served, body: bytes) -> None:
    assert_same_as_general(served, body)


def test_extra_fields_from_binance_are_kept_on_every_level(served: Served) -> None:
    body = (
        b'[{"symbol":"ETHUSDT","riskLevel":"high","brackets":[{"bracket":1,"initialLeverage":75,'
        b'"notionalCap":10000,"notionalFloor":0,"maintMarginRatio":0.0065,"cum":0,"tier":"A"}]}]'
    )
    served.body = body
    [symbol] = get_um_leverage_brackets.sync(client=served.client)
    assert symbol.additional_properties == {"riskLevel": "high"}
    assert symbol.brackets[0].additional_properties == {"tier": "A"}
    assert symbol.brackets[0].maint_margin_ratio.as_tuple() == Decimal("0.0065").as_tuple()


def test_a_non_finite_decimal_is_refused_whichever_path_reads_it(served: Served) -> None:
    served.body = (
        b'[{"symbol":"ETHUSDT","brackets":[{"bracket":1,"initialLeverage":75,'
        b'"notionalCap":"Infinity","notionalFloor":0,"maintMarginRatio":0.0065,"cum":0}]}]'
    )
    with pytest.raises(ResponseParseError, match="not a finite decimal") as caught:
        get_um_leverage_brackets.sync(client=served.client)
    assert caught.value.location[-1] == "notionalCap"


@pytest.mark.parametrize(
    ("body", "call", "build"),
    [
        pytest.param(
            tiered_collateral_rate_body(),
            get_tiered_collateral_rate.sync,
            lambda data: [TieredCollateralRate.from_dict(item) for item in data],
            id="tiered",
        ),
        pytest.param(
            b'[{"asset":"USDC","collateralRate":"1.0000"},{"asset":"BUSD","collateralRate":"1.0000"}]',
            get_classic_collateral_rate.sync,
            lambda data: [CollateralRate.from_dict(item) for item in data],
            id="classic",
        ),
        pytest.param(
            b'{"uniMMR":"5167.92171923","accountEquity":"122607.35137903","actualEquity":"142607.35137903",'
            b'"accountMaintMargin":"23.72469206","accountStatus":"NORMAL","accountType":"PM_1",'
            b'"accountInitialMargin":"0.10"}',
            get_account_info.sync,
            PortfolioMarginProAccount.from_dict,
            id="account",
        ),
        pytest.param(
            b'{"uniMMR":"5167.92171923","accountEquity":"122607.35137903","actualEquity":"142607.35137903",'
            b'"accountMaintMargin":"23.72469206","accountStatus":"PRE_LIQUIDATION","accountType":"PM_9",'
            b'"totalAvailableBalance":"122,559.90199491"}',
            get_account_info.sync,
            PortfolioMarginProAccount.from_dict,
            id="account-unknown-enums-and-separator",
        ),
    ],
)
def test_every_operation_parses_as_from_dict_would(
    served: Served, body: bytes, call: Callable[..., Any], build: Callable[[Any], Any]
) -> None:
    expected = general(body, build)
    assert expected[:1] != ("error",)
    assert through_operation(served, body, lambda client: call(client=client)) == expected


def test_importing_the_package_does_not_load_the_json_decoder() -> None:
    # msgspec loads with the first large answer (or after many small ones), so scripts and
    # CLIs that only import, or make a few small calls, start faster.
    code = "import sys, binance_pm, binance_pm.api.portfolio_margin.get_um_leverage_brackets; print('msgspec' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_a_new_process_parses_its_first_answers_without_msgspec_then_with_it() -> None:
    code = """
import sys, httpx
from binance_pm import BinanceClient, _json
from binance_pm.api.portfolio_margin_pro import get_classic_collateral_rate
body = b'[{"asset":"USDC","collateralRate":"1.0000"}]'
client = BinanceClient("key", "secret", transport=httpx.MockTransport(lambda request: httpx.Response(200, content=body)))
first = get_classic_collateral_rate.sync(client=client)
loaded_first = "msgspec" in sys.modules
for _ in range(_json.STDLIB_BUDGET_BYTES // len(body) + 1):
    later = get_classic_collateral_rate.sync(client=client)
print(loaded_first, "msgspec" in sys.modules, first == later, str(later[0].collateral_rate))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True", "True", "1.0000"]


def test_an_answer_larger_than_the_budget_goes_to_msgspec_at_once() -> None:
    code = """
import sys, httpx
from binance_pm import BinanceClient, _json
from binance_pm.api.portfolio_margin import get_um_leverage_brackets
from benchmarks.fixtures import leverage_brackets_body
body = leverage_brackets_body(symbols=400)
assert len(body) > _json.STDLIB_BUDGET_BYTES
client = BinanceClient("key", "secret", transport=httpx.MockTransport(lambda request: httpx.Response(200, content=body)))
get_um_leverage_brackets.sync(client=client)
print("msgspec" in sys.modules, _json.stdlib_bytes_left)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "0"]
