"""The typed fast path of the ``change_um_initial_leverage`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.um_leverage_change import UmLeverageChange
from ..types import UNSET
from . import Mismatch, new_instance


class UmLeverageChangeWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    leverage: int
    max_notional_value: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="maxNotionalValue")


def _um_leverage_change(w: UmLeverageChangeWire) -> UmLeverageChange:
    if not (w.max_notional_value is msgspec.UNSET or w.max_notional_value.is_finite()):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(UmLeverageChange)
    instance.symbol = w.symbol
    instance.leverage = w.leverage
    instance.max_notional_value = UNSET if w.max_notional_value is msgspec.UNSET else w.max_notional_value
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(UmLeverageChangeWire)


def parse(body: bytes) -> UmLeverageChange | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _um_leverage_change(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
