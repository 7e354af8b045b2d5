"""One call of an operation for the command line: the operation's own argument checks and
signing, then the answer checked against the spec before it is printed.

The command line prints the answer's bytes, never the models. An answer that fits the
operation's shape (``ANSWER_SHAPE``, see ``binance_pm._answer_shape``) is one its models
would accept, so it is printed without importing attrs or any model. Any other answer (or
an operation without a shape) goes through the operation's full parse, whose models give
the verdict: accepted, or a ``ResponseParseError`` that names what is wrong.
"""

from __future__ import annotations

import types
from typing import Any

from binance_pm import BinanceClient
from binance_pm._answer_shape import fits
from binance_pm._json import decode_json
from binance_pm.errors import ResponseParseError

__all__ = ["call"]


def call(client: BinanceClient, module: types.ModuleType, arguments: dict[str, Any]) -> bytes:
    """Sends the operation of ``module`` with ``arguments`` (its ``sync_detailed`` keywords,
    checked as it checks them); returns the success answer's body once the spec allows it.

    Raises what ``sync_detailed`` raises."""
    # Called from here as sync_detailed calls it, so that a deprecation warning points at the
    # same caller.
    params = module._params(**arguments)
    sent = client.send(module.OPERATION, params)
    shape = module.ANSWER_SHAPE
    try:
        # The standard library's decoder: one answer is not worth importing msgspec.
        fine = shape is not None and fits(decode_json(sent.response, typed=False), shape)
    except ResponseParseError:
        fine = False  # not JSON: the parse below says so in its own words
    if not fine:
        module._parse(sent)
    content: bytes = sent.response.content
    return content
