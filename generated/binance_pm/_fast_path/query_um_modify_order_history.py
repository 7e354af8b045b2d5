"""The typed fast path of the ``query_um_modify_order_history`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.price_match import PriceMatch
from ..models.um_amended_value import UmAmendedValue
from ..models.um_order_amendment import UmOrderAmendment
from ..models.um_order_amendment_detail import UmOrderAmendmentDetail
from ..types import UNSET
from . import Mismatch, new_instance


class UmAmendedValueWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    before: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    after: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


class UmOrderAmendmentDetailWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    price: UmAmendedValueWire | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    orig_qty: UmAmendedValueWire | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="origQty")
    count: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


class UmOrderAmendmentWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    amendment_id: int = msgspec.field(name="amendmentId")
    symbol: str
    order_id: int = msgspec.field(name="orderId")
    pair: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    client_order_id: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="clientOrderId")
    time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    amendment: UmOrderAmendmentDetailWire | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    price_match: PriceMatch | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="priceMatch")


def _um_amended_value(w: UmAmendedValueWire) -> UmAmendedValue:
    if not ((w.before is msgspec.UNSET or w.before.is_finite()) and (w.after is msgspec.UNSET or w.after.is_finite())):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(UmAmendedValue)
    instance.before = UNSET if w.before is msgspec.UNSET else w.before
    instance.after = UNSET if w.after is msgspec.UNSET else w.after
    instance.additional_properties = {}
    return instance


def _um_order_amendment_detail(w: UmOrderAmendmentDetailWire) -> UmOrderAmendmentDetail:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(UmOrderAmendmentDetail)
    instance.price = UNSET if w.price is msgspec.UNSET else _um_amended_value(w.price)
    instance.orig_qty = UNSET if w.orig_qty is msgspec.UNSET else _um_amended_value(w.orig_qty)
    instance.count = UNSET if w.count is msgspec.UNSET else w.count
    instance.additional_properties = {}
    return instance


def _um_order_amendment(w: UmOrderAmendmentWire) -> UmOrderAmendment:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(UmOrderAmendment)
    instance.amendment_id = w.amendment_id
    instance.symbol = w.symbol
    instance.order_id = w.order_id
    instance.pair = UNSET if w.pair is msgspec.UNSET else w.pair
    instance.client_order_id = UNSET if w.client_order_id is msgspec.UNSET else w.client_order_id
    instance.time = UNSET if w.time is msgspec.UNSET else w.time
    instance.amendment = UNSET if w.amendment is msgspec.UNSET else _um_order_amendment_detail(w.amendment)
    instance.price_match = UNSET if w.price_match is msgspec.UNSET else w.price_match
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(list[UmOrderAmendmentWire])


def parse(body: bytes) -> list[UmOrderAmendment] | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return [_um_order_amendment(item) for item in wire]
    except (msgspec.DecodeError, Mismatch):
        return None
