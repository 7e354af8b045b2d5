"""The typed fast path of the ``query_portfolio_margin_negative_balance_interest_history`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.pm_negative_balance_interest import PmNegativeBalanceInterest
from ..types import UNSET
from . import Mismatch, new_instance


class PmNegativeBalanceInterestWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    asset: str
    interest: Decimal
    interest_accured_time: int = msgspec.field(name="interestAccuredTime")
    interest_rate: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="interestRate")
    principal: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)


def _pm_negative_balance_interest(w: PmNegativeBalanceInterestWire) -> PmNegativeBalanceInterest:
    if not (
        w.interest.is_finite()
        and (w.interest_rate is msgspec.UNSET or w.interest_rate.is_finite())
        and (w.principal is msgspec.UNSET or w.principal.is_finite())
    ):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(PmNegativeBalanceInterest)
    instance.asset = w.asset
    instance.interest = w.interest
    instance.interest_accured_time = w.interest_accured_time
    instance.interest_rate = UNSET if w.interest_rate is msgspec.UNSET else w.interest_rate
    instance.principal = UNSET if w.principal is msgspec.UNSET else w.principal
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(list[PmNegativeBalanceInterestWire])


def parse(body: bytes) -> list[PmNegativeBalanceInterest] | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return [_pm_negative_balance_interest(item) for item in wire]
    except (msgspec.DecodeError, Mismatch):
        return None
