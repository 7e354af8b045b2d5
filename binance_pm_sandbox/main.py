"""``binance-pm-sandbox``: the entry point, importable without the sandbox's dependencies.

The server needs the ``sandbox`` extra (Starlette, uvicorn, PyYAML; cryptography for
``--public-key``). Without it the command says which extra to install and exits 2, rather
than ending in an import traceback. The command itself is ``command``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["SANDBOX_EXTRA", "main", "missing_extra"]

#: How to install what the sandbox needs.
SANDBOX_EXTRA = "pip install 'binance-pm[sandbox]'"

#: Top-level modules the sandbox extra brings (with their own dependencies) -> the
#: distribution a user would recognise.
_EXTRA_MODULES = {
    "starlette": "starlette",
    "uvicorn": "uvicorn",
    "h11": "h11",
    "anyio": "anyio",
    "click": "click",
    "yaml": "PyYAML",
    "cryptography": "cryptography",
}


def missing_extra(exc: ModuleNotFoundError, program: str = "binance-pm-sandbox") -> str | None:
    """What to tell the user when ``exc`` is a module of the sandbox extra not installed;
    None for any other missing module (a bug, left to surface)."""
    root = (exc.name or "").partition(".")[0]
    distribution = _EXTRA_MODULES.get(root)
    if distribution is None:
        return None
    return f"{program}: {distribution} is not installed; it comes with the sandbox extra: {SANDBOX_EXTRA}"


def main(argv: Sequence[str] | None = None) -> int:
    try:
        from .command import run

        return run(argv)
    except ModuleNotFoundError as exc:
        message = missing_extra(exc)
        if message is None:
            raise
        print(message, file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
