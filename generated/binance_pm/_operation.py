"""What the runtime needs to know about one operation; each endpoint module declares one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Host = Literal["api", "papi"]


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec: how to route, authenticate and account for it.

    Attributes:
        operation_id: the spec's operationId.
        method: HTTP method.
        path: path on the host, such as ``/papi/v1/um/leverageBracket``.
        host: which base URL serves it (``x-binance-host`` of its server).
        security_type: Binance's security type (``USER_DATA``, ``MARKET_DATA``, ...).
        needs_api_key: sends the ``X-MBX-APIKEY`` header.
        signed: carries ``timestamp``, ``recvWindow`` and ``signature``.
        weight: request weight.
        weight_per: what the weight counts against (``IP`` or ``UID``).
        summary: the spec's summary.
    """

    operation_id: str
    method: str
    path: str
    host: Host
    security_type: str
    needs_api_key: bool
    signed: bool
    weight: int
    weight_per: str
    summary: str

    @property
    def idempotent(self) -> bool:
        """Safe to send again after an unknown outcome (5XX, connection lost mid-request)."""
        return self.method in ("GET", "HEAD", "OPTIONS")
