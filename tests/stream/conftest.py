"""Stream fixtures: a sandbox for the module, reset before each test, and a clock the tests
move by hand (the stream's keepalive and connection limit are timed with it)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from binance_pm_sandbox import Sandbox


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as server:
        yield server


@pytest.fixture(autouse=True)
def _fresh(sandbox: Sandbox) -> None:
    sandbox.reset()


class ManualTime:
    """A monotonic clock that only moves when ``advance`` is called; ``sleep`` waits for it."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []
        self._tick = asyncio.Event()

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        deadline = self.now + seconds
        while self.now < deadline:
            await self._tick.wait()

    def advance(self, seconds: float) -> None:
        self.now += seconds
        tick, self._tick = self._tick, asyncio.Event()
        tick.set()


@pytest.fixture
def manual_time() -> ManualTime:
    return ManualTime()


async def wait_for(condition: object, what: str, timeout: float = 10.0) -> None:
    """Waits (bounded) until ``condition()`` is true; the bound only stops a broken test hanging."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():  # type: ignore[operator]
        if loop.time() > deadline:
            raise AssertionError(f"never happened: {what}")
        await asyncio.sleep(0.01)
