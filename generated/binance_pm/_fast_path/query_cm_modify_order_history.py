"""The typed fast path of the ``query_cm_modify_order_history`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.cm_amended_value import CmAmendedValue
from ..models.cm_order_amendment import CmOrderAmendment
from ..models.cm_order_amendment_detail import CmOrderAmendmentDetail
from ..types import UNSET
from . import Mismatch, new_instance


class CmAmendedValueWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    before: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    after: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


class CmOrderAmendmentDetailWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    price: CmAmendedValueWire | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    orig_qty: CmAmendedValueWire | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="origQty")
    count: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


class CmOrderAmendmentWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    amendment_id: int = msgspec.field(name="amendmentId")
    symbol: str
    order_id: int = msgspec.field(name="orderId")
    pair: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    client_order_id: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="clientOrderId")
    time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    amendment: CmOrderAmendmentDetailWire | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


def _cm_amended_value(w: CmAmendedValueWire) -> CmAmendedValue:
    if not ((w.before is msgspec.UNSET or w.before.is_finite()) and (w.after is msgspec.UNSET or w.after.is_finite())):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(CmAmendedValue)
    instance.before = UNSET if w.before is msgspec.UNSET else w.before
    instance.after = UNSET if w.after is msgspec.UNSET else w.after
    instance.additional_properties = {}
    return instance


def _cm_order_amendment_detail(w: CmOrderAmendmentDetailWire) -> CmOrderAmendmentDetail:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(CmOrderAmendmentDetail)
    instance.price = UNSET if w.price is msgspec.UNSET else _cm_amended_value(w.price)
    instance.orig_qty = UNSET if w.orig_qty is msgspec.UNSET else _cm_amended_value(w.orig_qty)
    instance.count = UNSET if w.count is msgspec.UNSET else w.count
    instance.additional_properties = {}
    return instance


def _cm_order_amendment(w: CmOrderAmendmentWire) -> CmOrderAmendment:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(CmOrderAmendment)
    instance.amendment_id = w.amendment_id
    instance.symbol = w.symbol
    instance.order_id = w.order_id
    instance.pair = UNSET if w.pair is msgspec.UNSET else w.pair
    instance.client_order_id = UNSET if w.client_order_id is msgspec.UNSET else w.client_order_id
    instance.time = UNSET if w.time is msgspec.UNSET else w.time
    instance.amendment = UNSET if w.amendment is msgspec.UNSET else _cm_order_amendment_detail(w.amendment)
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(list[CmOrderAmendmentWire])


def parse(body: bytes) -> list[CmOrderAmendment] | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return [_cm_order_amendment(item) for item in wire]
    except (msgspec.DecodeError, Mismatch):
        return None
