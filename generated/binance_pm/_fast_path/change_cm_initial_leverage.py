"""The typed fast path of the ``change_cm_initial_leverage`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.cm_leverage_change import CmLeverageChange
from ..types import UNSET
from . import Mismatch, new_instance


class CmLeverageChangeWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    leverage: int
    max_qty: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="maxQty")


def _cm_leverage_change(w: CmLeverageChangeWire) -> CmLeverageChange:
    if not (w.max_qty is msgspec.UNSET or w.max_qty.is_finite()):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(CmLeverageChange)
    instance.symbol = w.symbol
    instance.leverage = w.leverage
    instance.max_qty = UNSET if w.max_qty is msgspec.UNSET else w.max_qty
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(CmLeverageChangeWire)


def parse(body: bytes) -> CmLeverageChange | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _cm_leverage_change(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
