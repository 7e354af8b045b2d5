"""A drafted operation (``make update-spec``) carries ``x-binance-review`` until a person has
checked it; the committed spec says none is left."""

from __future__ import annotations

from binance_pm_spec import load_document

METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def test_no_operation_of_the_committed_spec_awaits_review() -> None:
    awaiting = [
        f"{method.upper()} {path}"
        for path, item in load_document()["paths"].items()
        for method, operation in item.items()
        if method in METHODS and "x-binance-review" in operation
    ]
    assert awaiting == []
