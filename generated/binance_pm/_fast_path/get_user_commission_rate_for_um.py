"""The typed fast path of the ``get_user_commission_rate_for_um`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.pm_commission_rate import PmCommissionRate
from . import Mismatch, new_instance


class PmCommissionRateWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    maker_commission_rate: Decimal = msgspec.field(name="makerCommissionRate")
    taker_commission_rate: Decimal = msgspec.field(name="takerCommissionRate")


def _pm_commission_rate(w: PmCommissionRateWire) -> PmCommissionRate:
    if not (w.maker_commission_rate.is_finite() and w.taker_commission_rate.is_finite()):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmCommissionRate)
    instance.symbol = w.symbol
    instance.maker_commission_rate = w.maker_commission_rate
    instance.taker_commission_rate = w.taker_commission_rate
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(PmCommissionRateWire)


def parse(body: bytes) -> PmCommissionRate | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _pm_commission_rate(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
