"""``Call``: one admitted request as a handler sees it, and the helpers every handler uses to
read its parameters."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from .errors import invalid_symbol, mandatory_missing
from .exchange import SYMBOLS_BY_MARKET, Exchange, SymbolRules
from .spec import OperationSpec

__all__ = ["Call", "Handler"]

_Record = TypeVar("_Record")


@dataclass(frozen=True, slots=True)
class Call:
    """One admitted request: its parameters, the caller's API key, the exchange."""

    op: OperationSpec
    params: Mapping[str, str]
    api_key: str
    exchange: Exchange

    def required(self, name: str) -> str:
        value = self.params.get(name)
        if value is None:
            raise mandatory_missing(name)
        return value

    def decimal(self, name: str) -> Decimal | None:
        value = self.params.get(name)
        return Decimal(value) if value is not None else None

    def integer(self, name: str) -> int | None:
        value = self.params.get(name)
        return int(value) if value is not None else None

    def history(
        self,
        records: Iterable[_Record],
        *,
        id_param: str,
        id_of: Callable[[_Record], int],
        time_of: Callable[[_Record], int],
    ) -> list[_Record]:
        """Binance's history window over ``records`` (oldest first): inside ``startTime`` ..
        ``endTime``; from the id ``id_param`` names, the first ``limit`` (default 500), else
        the most recent ``limit``."""
        from_id, start, end = self.integer(id_param), self.integer("startTime"), self.integer("endTime")
        limit = self.integer("limit") or 500
        found = [
            record
            for record in records
            if (from_id is None or id_of(record) >= from_id)
            and (start is None or time_of(record) >= start)
            and (end is None or time_of(record) <= end)
        ]
        return found[:limit] if from_id is not None else found[-limit:]

    def rules(self, market: str | None = None) -> SymbolRules:
        """The symbol sent, in the operation's market; -1121 when the exchange does not trade it."""
        rules = SYMBOLS_BY_MARKET[market or self.op.market].get(self.params.get("symbol", ""))
        if rules is None:
            raise invalid_symbol()
        return rules


Handler = Callable[[Call], Any]
