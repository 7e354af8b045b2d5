"""The stream's facts are read from the spec, and a spec that names what it lacks is refused."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from binance_pm_spec import SpecError, load_document, read_stream_facts
from binance_pm_spec.stream import STREAM


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return dict(load_document())


def test_the_stream_rules_are_binances(document: dict[str, Any]) -> None:
    facts = read_stream_facts(document)
    assert facts.url == "wss://fstream.binance.com/pm/ws/{listenKey}"
    assert facts.base_url == "wss://fstream.binance.com/pm/ws"
    assert facts.listen_key_validity_ms == 60 * 60_000
    assert facts.keepalive_every_ms < facts.listen_key_validity_ms
    assert facts.connection_limit_ms == 24 * 3_600_000
    assert facts.listen_key_missing_code == -1125
    assert (facts.event_type_field, facts.event_time_field) == ("e", "E")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: s["operations"].update(keepalive="noSuchOperation"), "noSuchOperation"),
        (lambda s: s["events"].update(NEW={"$ref": "#/components/schemas/NoSuchEvent"}), "NoSuchEvent"),
        (lambda s: s["events"].update(NEW="NotARef"), "events.NEW"),
        (lambda s: s.update({"keepalive-every-minutes": 60}), "keepalive-every-minutes"),
        (lambda s: s.update({"expired-event": "gone"}), "expired-event"),
        (lambda s: s.pop("url"), "url"),
    ],
)
def test_a_stream_extension_naming_what_the_spec_lacks_is_refused(
    document: dict[str, Any], change: Any, message: str
) -> None:
    broken = dict(document)
    broken[STREAM] = copy.deepcopy(document[STREAM])
    change(broken[STREAM])
    with pytest.raises(SpecError, match=message):
        read_stream_facts(broken)
