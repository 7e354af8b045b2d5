"""The typed fast path of the ``start_user_data_stream`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

import msgspec

from ..models.pm_listen_key import PmListenKey
from . import Mismatch, new_instance


class PmListenKeyWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    listen_key: str = msgspec.field(name="listenKey")


def _pm_listen_key(w: PmListenKeyWire) -> PmListenKey:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmListenKey)
    instance.listen_key = w.listen_key
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(PmListenKeyWire)


def parse(body: bytes) -> PmListenKey | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _pm_listen_key(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
