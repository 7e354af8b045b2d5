"""The typed fast path of the ``portfolio_margin_um_trading_quantitative_rules_indicators`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

import msgspec

from ..models.um_trading_rules_indicators import UmTradingRulesIndicators
from ..models.um_trading_rules_indicators_indicators import UmTradingRulesIndicatorsIndicators
from ..types import UNSET
from . import Mismatch, new_instance


class UmTradingRulesIndicatorsIndicatorsWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    pass


class UmTradingRulesIndicatorsWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    indicators: UmTradingRulesIndicatorsIndicatorsWire
    update_time: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="updateTime")


def _um_trading_rules_indicators_indicators(
    w: UmTradingRulesIndicatorsIndicatorsWire,
) -> UmTradingRulesIndicatorsIndicators:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(UmTradingRulesIndicatorsIndicators)
    instance.additional_properties = {}
    return instance


def _um_trading_rules_indicators(w: UmTradingRulesIndicatorsWire) -> UmTradingRulesIndicators:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(UmTradingRulesIndicators)
    instance.indicators = _um_trading_rules_indicators_indicators(w.indicators)
    instance.update_time = UNSET if w.update_time is msgspec.UNSET else w.update_time
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(UmTradingRulesIndicatorsWire)


def parse(body: bytes) -> UmTradingRulesIndicators | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _um_trading_rules_indicators(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
