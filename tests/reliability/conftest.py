"""Shared fixtures: test keys made at test time, clients on a recording transport, and a
runner that makes the same call through the sync or the async API."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from anyio.from_thread import BlockingPortal, start_blocking_portal
from binance_pm import BinanceClient
from binance_pm._operation import Operation
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

KEY = "reliability-api-key-0123456789"
SECRET = "reliability-secret-MUST-NOT-LEAK-9f8e7d"
PASSWORD = "pem-password-MUST-NOT-LEAK-1a2b"
BRACKETS = (
    b'[{"symbol":"ETHUSDT","brackets":[{"bracket":1,"initialLeverage":75,"notionalCap":10000,'
    b'"notionalFloor":0,"maintMarginRatio":0.0065,"cum":0}]}]'
)
BACKOFF: dict[str, Any] = {"retry_backoff": 0.001, "retry_backoff_max": 0.002}


# A state-changing operation (the spec has none yet): what must never be resent.
POST_OPERATION = Operation(
    operation_id="testNewOrder",
    method="POST",
    path="/papi/v1/test/order",
    host="papi",
    security_type="TRADE",
    needs_api_key=True,
    signed=True,
    weight=1,
    weight_per="IP",
    summary="a state-changing request, for tests",
)


@dataclass(frozen=True)
class KeyPair:
    kind: str
    private_pem: bytes
    public_pem: bytes
    encrypted_pem: bytes


def _pair(kind: str, key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey) -> KeyPair:
    return KeyPair(
        kind=kind,
        private_pem=key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
        public_pem=key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ),
        encrypted_pem=key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(PASSWORD.encode()),
        ),
    )


@functools.cache
def rsa_pair() -> KeyPair:
    return _pair("rsa", rsa.generate_private_key(public_exponent=65537, key_size=2048))


@functools.cache
def ed25519_pair() -> KeyPair:
    return _pair("ed25519", ed25519.Ed25519PrivateKey.generate())


@pytest.fixture(params=["rsa", "ed25519"])
def key_pair(request: pytest.FixtureRequest) -> KeyPair:
    return rsa_pair() if request.param == "rsa" else ed25519_pair()


Handler = Callable[[httpx.Request], httpx.Response]


@dataclass
class Recorder:
    """A mock transport that answers from a script and keeps every request it saw."""

    handler: Handler
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.handler(request)

    def paths(self) -> list[str]:
        return [request.url.path for request in self.requests]


def mock_client(recorder: Recorder, **options: Any) -> BinanceClient:
    settings: dict[str, Any] = {
        "api_secret": SECRET,
        "base_url": "http://api.test",
        "papi_base_url": "http://papi.test",
        "transport": httpx.MockTransport(recorder),
        "async_transport": httpx.MockTransport(recorder),
        **BACKOFF,
    }
    settings.update(options)
    return BinanceClient(KEY, **settings)


class Runner:
    """Calls an operation module's ``sync_detailed`` or ``asyncio_detailed`` (on one event
    loop for the whole test), so each scenario runs unchanged through both APIs."""

    def __init__(self, mode: str, portal: BlockingPortal | None) -> None:
        self.mode = mode
        self._portal = portal
        self._clients: list[BinanceClient] = []

    def __call__(self, module: Any, client: BinanceClient, **arguments: Any) -> Any:
        if client not in self._clients:
            self._clients.append(client)
        if self._portal is None:
            return module.sync_detailed(client=client, **arguments)
        return self._portal.call(functools.partial(module.asyncio_detailed, client=client, **arguments))

    def measure(self, client: BinanceClient) -> int:
        if self._portal is None:
            return client.measure_time_offset()
        return self._portal.call(client.ameasure_time_offset)

    def close(self) -> None:
        for client in self._clients:
            client.close()
            if self._portal is not None:
                self._portal.call(client.aclose)


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest) -> Iterator[Runner]:
    if request.param == "sync":
        runner = Runner("sync", None)
        yield runner
        runner.close()
        return
    with start_blocking_portal(backend="asyncio") as portal:
        runner = Runner("async", portal)
        yield runner
        runner.close()
