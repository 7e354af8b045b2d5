"""Where the exchange reports what happened to an account: user data stream events.

The exchange publishes each event in Binance's wire form, the JSON object a user data stream
delivers (``"e"`` event type and ``"E"`` event time included, field names case-sensitive),
while it still holds the account's lock, so a listener sees events in the order they
happened. The stream server is one listener; ``DISCARD`` drops them, for a sandbox that
serves no stream.

The exchange knows nothing of connections or listen keys, and the stream server knows
nothing of orders: this protocol is the whole contract between them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

__all__ = ["DISCARD", "EventSink", "fan_out"]


class EventSink(Protocol):
    """Receives every event of every account, in order, from the exchange's thread."""

    def publish(self, api_key: str, event: Mapping[str, Any]) -> None:
        """Deliver ``event`` to the streams of ``api_key``; must not block or raise."""


class _Discard:
    def publish(self, api_key: str, event: Mapping[str, Any]) -> None:
        del api_key, event


#: The sink of a sandbox with no stream: every event is dropped.
DISCARD: EventSink = _Discard()


class _FanOut:
    def __init__(self, sinks: tuple[EventSink, ...]) -> None:
        self._sinks = sinks

    def publish(self, api_key: str, event: Mapping[str, Any]) -> None:
        for sink in self._sinks:
            sink.publish(api_key, event)


def fan_out(*sinks: EventSink) -> EventSink:
    """One sink that publishes to each of ``sinks`` in turn (``DISCARD`` ones left out)."""
    kept = tuple(sink for sink in sinks if sink is not DISCARD)
    if not kept:
        return DISCARD
    return kept[0] if len(kept) == 1 else _FanOut(kept)
