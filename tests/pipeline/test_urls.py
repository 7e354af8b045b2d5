"""A call's URL is the one httpx's own parse gives, however it was made (``binance_pm._urls``)."""

from __future__ import annotations

import httpx
import pytest
from binance_pm import _urls
from binance_pm._urls import with_query
from hypothesis import example, given, settings
from hypothesis import strategies as st

BASES = ["https://papi.binance.com/papi/v1/um/order", "http://127.0.0.1:9/sapi/v2/portfolio/collateralRate"]

# Queries as encode_query and the signers make them, and anything else text can hold.
encoded = st.text(alphabet="abcXYZ019-._~=&%2Fa", max_size=80)
anything = st.text(max_size=40)


def _assert_as_httpx_parses(base: httpx.URL, query: str, text: str) -> None:
    try:
        parsed = httpx.URL(text)
    except httpx.InvalidURL:
        with pytest.raises(httpx.InvalidURL):
            with_query(base, query)
        return
    url = with_query(base, query)
    assert str(url) == str(parsed)
    assert url.raw_path == parsed.raw_path
    assert url.query == parsed.query
    assert url == parsed


@settings(max_examples=300, deadline=None)
@given(query=st.one_of(encoded, anything), base=st.sampled_from(BASES))
@example(query="x=%zz&y=%XY", base=BASES[0])  # not escapes: httpx parses them as it likes
@example(query="a=%2", base=BASES[0])
@example(query="s=%2f%2F&t=~._-", base=BASES[0])
@example(query="a=1#frag", base=BASES[0])
def test_query_put_in_is_what_httpx_parses(query: str, base: str) -> None:
    _assert_as_httpx_parses(httpx.URL(base), query, f"{base}?{query}")


@settings(max_examples=100, deadline=None)
@given(query=st.one_of(encoded, anything))
def test_a_query_already_there_is_replaced(query: str) -> None:
    base = BASES[0]
    _assert_as_httpx_parses(httpx.URL(f"{base}?stale=1"), query, f"{base}?{query}")


def test_the_installed_httpx_keeps_urls_as_the_fast_path_expects() -> None:
    # Otherwise every call's URL would be parsed again (correct, and a tenth slower): a
    # new httpx that changes how it keeps a URL is caught here, not in a benchmark.
    assert _urls._check_parts() is True


def test_without_the_fast_path_urls_are_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_urls, "_parts_replaceable", False)
    for query in ("symbol=ETHUSDT&timestamp=1", "a=b c", "x=%zz", "a=\x1f"):
        _assert_as_httpx_parses(httpx.URL(BASES[0]), query, f"{BASES[0]}?{query}")
