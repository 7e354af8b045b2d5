"""The typed fast path of the ``query_user_rate_limit`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

import msgspec

from ..models.pm_order_rate_limit import PmOrderRateLimit
from . import Mismatch, new_instance


class PmOrderRateLimitWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    rate_limit_type: str = msgspec.field(name="rateLimitType")
    interval: str
    interval_num: int = msgspec.field(name="intervalNum")
    limit: int


def _pm_order_rate_limit(w: PmOrderRateLimitWire) -> PmOrderRateLimit:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmOrderRateLimit)
    instance.rate_limit_type = w.rate_limit_type
    instance.interval = w.interval
    instance.interval_num = w.interval_num
    instance.limit = w.limit
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(list[PmOrderRateLimitWire])


def parse(body: bytes) -> list[PmOrderRateLimit] | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return [_pm_order_rate_limit(item) for item in wire]
    except (msgspec.DecodeError, Mismatch):
        return None
