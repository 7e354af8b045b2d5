"""The typed fast path of the ``get_transferable_earn_asset_balance_for_portfolio_margin`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.pm_pro_earn_asset_balance import PmProEarnAssetBalance
from . import Mismatch, new_instance


class PmProEarnAssetBalanceWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    amount: Decimal


def _pm_pro_earn_asset_balance(w: PmProEarnAssetBalanceWire) -> PmProEarnAssetBalance:
    if not w.amount.is_finite():
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmProEarnAssetBalance)
    instance.asset = w.asset
    instance.amount = w.amount
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(PmProEarnAssetBalanceWire)


def parse(body: bytes) -> PmProEarnAssetBalance | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _pm_pro_earn_asset_balance(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
