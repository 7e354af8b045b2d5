"""The typed fast path of the ``cm_notional_and_leverage_brackets`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.cm_bracket import CmBracket
from ..models.cm_leverage_bracket import CmLeverageBracket
from . import Mismatch, new_instance


class CmBracketWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    bracket: int
    initial_leverage: int = msgspec.field(name="initialLeverage")
    qty_cap: Decimal = msgspec.field(name="qtyCap")
    qty_floor: Decimal = msgspec.field(name="qtyFloor")
    maint_margin_ratio: Decimal = msgspec.field(name="maintMarginRatio")
    cum: Decimal


class CmLeverageBracketWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    brackets: list[CmBracketWire]


def _cm_bracket(w: CmBracketWire) -> CmBracket:
    if not (
        w.qty_cap.is_finite() and w.qty_floor.is_finite() and w.maint_margin_ratio.is_finite() and w.cum.is_finite()
    ):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(CmBracket)
    instance.bracket = w.bracket
    instance.initial_leverage = w.initial_leverage
    instance.qty_cap = w.qty_cap
    instance.qty_floor = w.qty_floor
    instance.maint_margin_ratio = w.maint_margin_ratio
    instance.cum = w.cum
    instance.additional_properties = {}
    return instance


def _cm_leverage_bracket(w: CmLeverageBracketWire) -> CmLeverageBracket:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(CmLeverageBracket)
    instance.symbol = w.symbol
    instance.brackets = [_cm_bracket(item) for item in w.brackets]
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(list[CmLeverageBracketWire])


def parse(body: bytes) -> list[CmLeverageBracket] | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return [_cm_leverage_bracket(item) for item in wire]
    except (msgspec.DecodeError, Mismatch):
        return None
