"""The typed fast path of the ``margin_account_repay_debt`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.margin_repay_debt_result import MarginRepayDebtResult
from ..types import UNSET
from . import Mismatch, new_instance


class MarginRepayDebtResultWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    success: bool
    amount: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    specify_repay_assets: list[str] | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="specifyRepayAssets"
    )
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")


def _margin_repay_debt_result(w: MarginRepayDebtResultWire) -> MarginRepayDebtResult:
    if not (w.amount is msgspec.UNSET or w.amount.is_finite()):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(MarginRepayDebtResult)
    instance.asset = w.asset
    instance.success = w.success
    instance.amount = UNSET if w.amount is msgspec.UNSET else w.amount
    instance.specify_repay_assets = UNSET if w.specify_repay_assets is msgspec.UNSET else w.specify_repay_assets
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(MarginRepayDebtResultWire)


def parse(body: bytes) -> MarginRepayDebtResult | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _margin_repay_debt_result(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
