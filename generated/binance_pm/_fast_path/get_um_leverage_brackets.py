"""The typed fast path of the ``get_um_leverage_brackets`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.um_bracket import UmBracket
from ..models.um_leverage_bracket import UmLeverageBracket
from ..types import UNSET
from . import Mismatch, new_instance


class UmBracketWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    bracket: int
    initial_leverage: int = msgspec.field(name="initialLeverage")
    notional_cap: Decimal = msgspec.field(name="notionalCap")
    notional_floor: Decimal = msgspec.field(name="notionalFloor")
    maint_margin_ratio: Decimal = msgspec.field(name="maintMarginRatio")
    cum: Decimal


class UmLeverageBracketWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    brackets: list[UmBracketWire]
    notional_coef: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="notionalCoef")


def _um_bracket(w: UmBracketWire) -> UmBracket:
    if not (
        w.notional_cap.is_finite()
        and w.notional_floor.is_finite()
        and w.maint_margin_ratio.is_finite()
        and w.cum.is_finite()
    ):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(UmBracket)
    instance.bracket = w.bracket
    instance.initial_leverage = w.initial_leverage
    instance.notional_cap = w.notional_cap
    instance.notional_floor = w.notional_floor
    instance.maint_margin_ratio = w.maint_margin_ratio
    instance.cum = w.cum
    instance.additional_properties = {}
    return instance


def _um_leverage_bracket(w: UmLeverageBracketWire) -> UmLeverageBracket:
    if not (w.notional_coef is msgspec.UNSET or w.notional_coef.is_finite()):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(UmLeverageBracket)
    instance.symbol = w.symbol
    instance.brackets = [_um_bracket(item) for item in w.brackets]
    instance.notional_coef = UNSET if w.notional_coef is msgspec.UNSET else w.notional_coef
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(list[UmLeverageBracketWire])


def parse(body: bytes) -> list[UmLeverageBracket] | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return [_um_leverage_bracket(item) for item in wire]
    except (msgspec.DecodeError, Mismatch):
        return None
