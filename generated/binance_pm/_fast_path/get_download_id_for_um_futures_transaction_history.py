"""The typed fast path of the ``get_download_id_for_um_futures_transaction_history`` answer (see ``binance_pm._fast_path``)."""

from __future__ import annotations

import msgspec

from ..models.um_download_id import UmDownloadId
from ..types import UNSET
from . import Mismatch, new_instance


class UmDownloadIdWire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    download_id: str = msgspec.field(name="downloadId")
    avg_cost_timestamp_of_last_30_d: int | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="avgCostTimestampOfLast30d"
    )


def _um_download_id(w: UmDownloadIdWire) -> UmDownloadId:
    # Fields are assigned directly, as from_dict does, bypassing the keyword __init__.
    instance = new_instance(UmDownloadId)
    instance.download_id = w.download_id
    instance.avg_cost_timestamp_of_last_30_d = (
        UNSET if w.avg_cost_timestamp_of_last_30_d is msgspec.UNSET else w.avg_cost_timestamp_of_last_30_d
    )
    instance.additional_properties = {}
    return instance


_DECODER = msgspec.json.Decoder(UmDownloadIdWire)


def parse(body: bytes) -> UmDownloadId | None:
    """The answer as models, or None when the body does not fit the structs exactly."""
    try:
        wire = _DECODER.decode(body)
        return _um_download_id(wire)
    except (msgspec.DecodeError, Mismatch):
        return None
