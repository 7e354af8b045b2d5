"""The typed fast path of the ``test_connectivity`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

import msgspec

from ..models.empty_object import EmptyObject
from . import Mismatch, new_instance


class EmptyObjectWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    pass


def _empty_object(w: EmptyObjectWire) -> EmptyObject:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(EmptyObject)
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(EmptyObjectWire)


def parse(body: bytes) -> EmptyObject | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _empty_object(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
