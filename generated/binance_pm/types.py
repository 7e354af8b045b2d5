"""Shared types: the UNSET marker and the detailed ``Response``."""

from collections.abc import Mapping
from http import HTTPStatus
from typing import Generic, Literal, TypeVar

from attrs import define, field

from ._ratelimit import WeightUsage


class Unset:
    """The type of ``UNSET``: an argument the caller did not give."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

T = TypeVar("T")


@define
class Response(Generic[T]):
    """A success answer, as returned by the ``*_detailed`` functions.

    Attributes:
        status_code: the HTTP status.
        content: the raw body, byte for byte as Binance sent it.
        headers: the response headers.
        parsed: the body as typed models.
        weights: rate-limit usage reported by this answer's headers.
    """

    status_code: HTTPStatus
    content: bytes
    headers: Mapping[str, str]
    parsed: T
    weights: dict[str, WeightUsage] = field(factory=dict)


__all__ = ["UNSET", "Response", "Unset", "WeightUsage"]
