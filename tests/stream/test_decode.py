"""``decode_event``'s two ways, the typed structs and ``from_dict``, give the same models."""

from __future__ import annotations

import json

import pytest
from binance_pm.events import _DECODER, EVENT_MODELS, UnknownEvent, decode_event, parse_event

from benchmarks.stream_events import SAMPLES


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_the_structs_and_from_dict_agree_on_every_event(kind: str) -> None:
    message = json.dumps(SAMPLES[kind], separators=(",", ":"))
    _DECODER.decode(message)  # the typed way takes it (else this raises)
    typed = decode_event(message)
    general = parse_event(json.loads(message), message)
    assert type(typed) is type(general) is EVENT_MODELS[kind]
    assert typed == general


def test_bytes_and_text_decode_alike_and_a_list_is_not_an_event() -> None:
    message = json.dumps(SAMPLES["riskLevelChange"])
    assert decode_event(message.encode()) == decode_event(message)
    listed = decode_event("[1, 2]")
    assert isinstance(listed, UnknownEvent) and listed.data == [1, 2] and listed.event_type is None


def test_a_non_finite_decimal_is_refused_by_both_ways() -> None:
    event = decode_event(json.dumps({**SAMPLES["riskLevelChange"], "eq": "NaN"}))
    assert isinstance(event, UnknownEvent) and "eq" in event.reason
