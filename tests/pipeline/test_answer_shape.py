"""``binance_pm._answer_shape.fits`` never vouches for an answer the models refuse.

The command line prints an answer that fits its operation's ``ANSWER_SHAPE`` without
building the models. That is only right if ``fits`` says True solely for bodies the
operation's general parse (``from_dict`` over the decoded JSON) accepts. For every operation
with a shape this checks the spec's example answers (which must fit), and bodies generated
around the shape: well formed mostly, with accidents (a value of another kind or form, a
field missing, an undeclared one). Where the shape is knowingly stricter than the models
(it leaves undeclared fields of a model that takes none to the models) only the
implication is asserted; everywhere else the two verdicts must be the same.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import types
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from binance_pm._answer_shape import Shape, fits
from binance_pm._catalog import OPERATIONS
from binance_pm._json import decode_json
from binance_pm.errors import ResponseParseError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from binance_pm_sandbox.spec import dump_json
from binance_pm_spec import load_document, read_facts, resolve
from tests.pipeline.test_typed_path import DECIMAL_TEXTS, EXTRA, INT_TEXTS, ODD_TEXTS

MODULES = {operation_id: importlib.import_module(entry[0]) for operation_id, entry in OPERATIONS.items()}
SHAPED = {operation_id: module for operation_id, module in MODULES.items() if module.ANSWER_SHAPE is not None}


def shape_of(module: types.ModuleType) -> Shape:
    shape: Shape = module.ANSWER_SHAPE
    return shape


def models_accept(module: types.ModuleType, body: bytes) -> bool:
    """The operation's general parse (``from_dict``, the standard library's decoder)."""
    if not module._answer_loaded:
        module._load_answer()
    try:
        module._parse_general(httpx.Response(200, content=body), typed=False)
    except ResponseParseError:
        return False
    return True


def shape_fits(module: types.ModuleType, body: bytes) -> bool:
    """What the command line asks: the body, decoded as it decodes it, fits the shape."""
    try:
        value = decode_json(httpx.Response(200, content=body), typed=False)
    except ResponseParseError:
        return False
    return fits(value, shape_of(module))


def test_most_operations_have_a_shape_and_each_typed_fast_path_answer_has_one() -> None:
    # Shapes come from the fast path's plan: an answer it maps has a shape.
    for operation_id, module in MODULES.items():
        fast = importlib.util.find_spec(f"binance_pm._fast_path.{module.__name__.rsplit('.', 1)[1]}")
        assert fast is None or module.ANSWER_SHAPE is not None, operation_id
    assert len(SHAPED) > len(MODULES) * 3 // 4


# -- the spec's example answers --------------------------------------------------------------


def _examples() -> Iterator[Any]:
    document = load_document(exact_numbers=True)
    for op in read_facts(document).operations:
        if op.operation_id not in SHAPED:
            continue
        responses = op.operation.get("responses") or {}
        status = next(code for code in responses if str(code).startswith("2"))
        media = (resolve(document, responses[status]).get("content") or {}).get("application/json") or {}
        found = [media["example"]] if "example" in media else []
        found += [resolve(document, example)["value"] for example in (media.get("examples") or {}).values()]
        for index, example in enumerate(found):
            yield pytest.param(op.operation_id, dump_json(example), id=f"{op.operation_id}-{index}")


@pytest.mark.parametrize(("operation_id", "body"), list(_examples()))
def test_every_example_answer_fits_as_the_models_accept_it(operation_id: str, body: bytes) -> None:
    module = SHAPED[operation_id]
    assert models_accept(module, body)
    assert shape_fits(module, body)


def test_every_operation_with_a_shape_has_an_example() -> None:
    assert {values[0] for values in (param.values for param in _examples())} == set(SHAPED)


# -- bodies around each shape ----------------------------------------------------------------

STR_TEXTS = st.one_of(
    st.sampled_from(['"BTCUSDT"', '""', '"NEW"', '"1.5"', '"GTC"', '"UNLISTED_VALUE"']),
    st.text(max_size=8).map(json.dumps),
)
KIND_TEXTS = {
    "decimal": DECIMAL_TEXTS,
    "int": INT_TEXTS,
    "str": STR_TEXTS,
    "bool": st.sampled_from(["true", "false"]),
}


def chance(draw: st.DrawFn, odds: int) -> bool:
    """One in ``odds`` (never when ``odds`` is 0)."""
    return odds > 0 and draw(st.integers(1, odds)) == 1


@st.composite
def value_text(draw: st.DrawFn, shape: Shape, odds: int, loose: list[str]) -> str:
    """JSON text for a value of ``shape``; one value in ``odds`` is not of it, one object in
    ``odds`` lacks a field or has an undeclared one. ``loose`` collects the accidents where
    the models may accept what the shape does not vouch for."""
    if chance(draw, odds):
        odd: str = draw(ODD_TEXTS)
        return odd
    match shape:
        case str():
            return draw(KIND_TEXTS[shape])
        case ("list", item):
            items = draw(st.lists(value_text(item, odds, loose), max_size=2))
            return "[" + ",".join(items) + "]"
        case ("object", undeclared, fields):
            chosen = {
                name: draw(value_text(field, odds, loose))
                for name, required, field in fields
                if required or draw(st.booleans())
            }
            if chosen and chance(draw, odds):
                del chosen[draw(st.sampled_from(sorted(chosen)))]
            if not isinstance(undeclared, bool):  # a typed additionalProperties: a map
                values = draw(st.lists(value_text(undeclared, odds, loose), max_size=2))
                chosen.update((f"KEY{index}USDT", text) for index, text in enumerate(values))
            parts = [f"{json.dumps(name)}:{text}" for name, text in chosen.items()]
            if chance(draw, odds):
                parts.append(draw(EXTRA))
                if undeclared is False:
                    loose.append("an undeclared field, which the shape leaves to the models")
            return "{" + ",".join(draw(st.permutations(parts))) + "}"
    raise AssertionError(f"not a shape: {shape!r}")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
@pytest.mark.parametrize("operation_id", sorted(SHAPED))
def test_fits_only_what_the_models_accept(operation_id: str, data: st.DataObject) -> None:
    module = SHAPED[operation_id]
    loose: list[str] = []
    # Some bodies are all well formed, others have accidents, rarely or often.
    odds = data.draw(st.sampled_from([0, 40, 8]), label="odds")
    body = data.draw(value_text(shape_of(module), odds, loose), label="body").encode()
    accepted = models_accept(module, body)
    fit = shape_fits(module, body)
    if fit:
        assert accepted, body
    if not loose:
        assert fit == accepted, body
