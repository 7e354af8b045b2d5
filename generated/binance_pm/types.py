"""Shared types: the UNSET marker and the detailed ``Response``."""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

if TYPE_CHECKING:
    from ._ratelimit import WeightUsage


class Unset:
    """The type of ``UNSET``: an argument the caller did not give."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

T = TypeVar("T")


def _status(code: int) -> HTTPStatus | int:
    try:
        return HTTPStatus(code)
    except ValueError:  # a success code Python has no name for (a 209, say) stays a number
        return code


class Response(Generic[T]):
    """A success answer, as returned by the ``*_detailed`` functions.

    A plain class, not an attrs one: every operation module imports this one, and attrs
    is then imported only with the first answer's models, not with the package.

    Attributes:
        status_code: the HTTP status: an ``HTTPStatus``, or an ``int`` for a code Python has no
            name for.
        content: the raw body, byte for byte as Binance sent it.
        headers: the response headers.
        parsed: the body as typed models.
        weights: rate-limit usage reported by this answer's headers.
    """

    __slots__ = ("content", "headers", "parsed", "status_code", "weights")

    def __init__(
        self,
        status_code: HTTPStatus | int,
        content: bytes,
        headers: Mapping[str, str],
        parsed: T,
        weights: dict[str, WeightUsage] | None = None,
    ) -> None:
        self.status_code = _status(status_code)
        self.content = content
        self.headers = headers
        self.parsed = parsed
        self.weights: dict[str, WeightUsage] = {} if weights is None else weights

    def _fields(self) -> tuple[Any, ...]:
        return (self.status_code, self.content, self.headers, self.parsed, self.weights)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # mutable, like the attrs class it replaced

    def __repr__(self) -> str:
        return (
            f"Response(status_code={self.status_code!r}, content={self.content!r}, headers={self.headers!r}, "
            f"parsed={self.parsed!r}, weights={self.weights!r})"
        )


def __getattr__(name: str) -> Any:
    # ``WeightUsage`` is re-exported here without importing it with every operation module.
    if name == "WeightUsage":
        from ._ratelimit import WeightUsage

        return WeightUsage
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["UNSET", "Response", "Unset", "WeightUsage"]
