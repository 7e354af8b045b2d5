"""Engine fixtures: an exchange on a clock the test moves, publishing to a recording sink."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pytest

from binance_pm_sandbox.exchange import Exchange

API_KEY = "unit-test-key"
START_MS = 1_700_000_000_000


@dataclass
class RecordingSink:
    """Keeps every event published, with the key it was published for."""

    events: list[tuple[str, Mapping[str, Any]]] = field(default_factory=list)

    def publish(self, api_key: str, event: Mapping[str, Any]) -> None:
        self.events.append((api_key, event))

    def of_type(self, kind: str) -> list[Mapping[str, Any]]:
        return [event for _, event in self.events if event["e"] == kind]


@dataclass
class Clock:
    now: int = START_MS

    def __call__(self) -> int:
        return self.now


@pytest.fixture
def sink() -> RecordingSink:
    return RecordingSink()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def exchange(sink: RecordingSink, clock: Clock) -> Exchange:
    return Exchange(clock=clock, events=sink)
