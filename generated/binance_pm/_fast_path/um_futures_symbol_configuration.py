"""The typed fast path of the ``um_futures_symbol_configuration`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from ..models.boolean_text import BooleanText
from ..models.um_margin_type import UmMarginType
from ..models.um_symbol_config import UmSymbolConfig
from ..types import UNSET
from . import Mismatch, new_instance


class UmSymbolConfigWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    symbol: str
    leverage: int
    margin_type: UmMarginType | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="marginType")
    is_auto_add_margin: BooleanText | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="isAutoAddMargin")
    max_notional_value: Decimal | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="maxNotionalValue")


def _um_symbol_config(w: UmSymbolConfigWire) -> UmSymbolConfig:
    if not (w.max_notional_value is msgspec.UNSET or w.max_notional_value.is_finite()):
        raise Mismatch
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(UmSymbolConfig)
    instance.symbol = w.symbol
    instance.leverage = w.leverage
    instance.margin_type = UNSET if w.margin_type is msgspec.UNSET else w.margin_type
    instance.is_auto_add_margin = UNSET if w.is_auto_add_margin is msgspec.UNSET else w.is_auto_add_margin
    instance.max_notional_value = UNSET if w.max_notional_value is msgspec.UNSET else w.max_notional_value
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(list[UmSymbolConfigWire])


def parse(body: bytes) -> list[UmSymbolConfig] | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return [_um_symbol_config(item) for item in wire]
    except (msgspec.DecodeError, Mismatch):
        return None
