"""End-to-end fixtures: one sandbox server on 127.0.0.1 for the session, reset before each
test, the spec's facts (read once, through ``binance_pm_spec``), and helpers that build
SIGNED queries byte by byte (so tests control the exact bytes on the wire, which the
generated client would normalise)."""

from __future__ import annotations

import functools
import hashlib
import hmac
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest
import yaml

from binance_pm_sandbox import Sandbox
from binance_pm_spec import SpecFacts, load_document, read_facts

if TYPE_CHECKING:
    from binance_pm import BinanceClient

REPO = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO / "spec" / "binance-pm.yaml"

API_KEY = "e2eApiKey0123456789abcdefABCDEF0123456789abcdefABCDEF012345678"
SECRET = "e2e-secret-MUST-NOT-LEAK-7c1d9a0b5e"

BRACKETS_PATH = "/papi/v1/um/leverageBracket"
TIERED_PATH = "/sapi/v2/portfolio/collateralRate"
CLASSIC_PATH = "/sapi/v1/portfolio/collateralRate"
ACCOUNT_PATH = "/sapi/v1/portfolio/account"
TIME_PATH = "/api/v3/time"
PING_PATH = "/papi/v1/ping"


def load_raw_spec() -> dict[str, Any]:
    """The spec as plain YAML, read independently of the sandbox's own loader (a fresh copy
    each call: tests may change it)."""
    document = yaml.load(_spec_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert isinstance(document, dict)
    return document


@functools.cache
def _spec_text() -> str:
    return SPEC_PATH.read_text(encoding="utf-8")


@functools.cache
def spec_facts() -> SpecFacts:
    """The spec's facts, read once per test run: tests list operations from here, never by hand."""
    return read_facts(load_document(SPEC_PATH))


def hmac_hex(payload: bytes, secret: str = SECRET) -> str:
    return hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def signed_query(prefix: str = "", *, timestamp: int | None = None, secret: str = SECRET, extra: str = "") -> str:
    """``prefix`` (already percent-encoded, may be empty) + ``timestamp``, signed over exactly those bytes.

    ``extra`` goes after the timestamp and before the signature."""
    stamp = now_ms() if timestamp is None else timestamp
    payload = (prefix + "&" if prefix else "") + f"timestamp={stamp}" + extra
    return payload + "&signature=" + hmac_hex(payload.encode("ascii"), secret)


@pytest.fixture(scope="session")
def server() -> Iterator[Sandbox]:
    with Sandbox(api_key=API_KEY, api_secret=SECRET) as sandbox:
        yield sandbox


@pytest.fixture
def sandbox(server: Sandbox) -> Iterator[Sandbox]:
    server.reset()
    yield server
    server.reset()


@pytest.fixture
def pinned_minute(sandbox: Sandbox) -> Sandbox:
    """The sandbox with its weight windows pinned 20 s into one minute: weight counts and
    Retry-After do not depend on when the test runs."""
    sandbox.state.weight_clock = lambda: 60.0 * 29_000_000 + 20.0
    return sandbox


@pytest.fixture(scope="session")
def _http(server: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=10.0) as client:
        yield client


@pytest.fixture
def http(sandbox: Sandbox, _http: httpx.Client) -> httpx.Client:
    """A bare httpx client on the (reset) sandbox: sends the query exactly as given."""
    return _http


def fresh_client(sandbox: Sandbox, **options: Any) -> BinanceClient:
    """A new ``BinanceClient`` on the sandbox (its own connection pools), giving up at once.

    The sandbox speaks plain HTTP on 127.0.0.1, so the transports skip TLS setup: loading
    the certificate store costs about 0.1 s per client, which hundreds of tests would pay.
    """
    transports = {
        "transport": httpx.HTTPTransport(verify=False),
        "async_transport": httpx.AsyncHTTPTransport(verify=False),
    }
    return sandbox.client(**{"max_retries": 0, **transports, **options})


def get(http: httpx.Client, path: str, query: str = "", *, key: str | None = API_KEY) -> httpx.Response:
    """GET ``path?query`` with the query bytes untouched, and the API key header unless ``key`` is None."""
    return send(http, "GET", path, query, key=key)


def send(http: httpx.Client, method: str, path: str, query: str = "", *, key: str | None = API_KEY) -> httpx.Response:
    """``method path?query`` with the query bytes untouched (no body), and the API key header
    unless ``key`` is None."""
    headers = {"X-MBX-APIKEY": key} if key is not None else {}
    url = httpx.URL(str(http.base_url).rstrip("/") + path + ("?" + query if query else ""))
    return http.request(method, url, headers=headers)


def error_of(response: httpx.Response) -> tuple[int, int]:
    body = response.json()
    return response.status_code, body["code"]


# Every environment variable the CLI reads keys and hosts from.
ENV_NAMES = (
    "BINANCE_API_KEY",
    "BINANCE_API_SECRET",
    "BINANCE_PRIVATE_KEY",
    "BINANCE_PRIVATE_KEY_PASSWORD",
    "BINANCE_BASE_URL",
    "BINANCE_PAPI_BASE_URL",
)


@pytest.fixture
def env(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """The CLI's environment pointed at the sandbox, with its keys (nothing else set)."""
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
