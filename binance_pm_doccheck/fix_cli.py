"""What ``python -m binance_pm_doccheck --fix`` prints, and its exit status."""

from __future__ import annotations

import sys
from pathlib import Path

from binance_pm_spec import SpecError

from .checker import UnreadablePages

#: ruamel.yaml edits the spec without losing its comments and layout.
RUAMEL_EXTRA = "pip install 'binance-pm[dev]'"


def _error(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


def run_fix(docs: Path, spec: Path) -> int:
    try:
        from .fix import update_spec
    except ModuleNotFoundError as exc:
        if exc.name is None or not exc.name.startswith("ruamel"):
            raise
        return _error(f"--fix needs ruamel.yaml, which comes with the dev extra: {RUAMEL_EXTRA}")
    try:
        outcome = update_spec(docs, spec)
    except UnreadablePages as exc:
        for page_error in exc.errors:
            print(f"error: {page_error}", file=sys.stderr)
        return _error(f"{len(exc.errors)} file(s) in {docs} cannot be applied; {spec} was not changed")
    except SpecError as exc:
        return _error(f"{spec}: {exc}; it was not changed")
    except OSError as exc:
        return _error(f"cannot read {exc.filename or docs}: {exc.strerror or exc}")
    for line in outcome.applied:
        print(f"changed: {line}")
    for line in outcome.copies:
        print(f"copied: {line}")
    for report in outcome.needs_person:
        reason = outcome.reasons.get(report)
        print(f"needs a person: {report}" + (f" ({reason})" if reason else ""))
    done = f"{len(outcome.applied)} change(s) applied to {spec}" if outcome.changed else f"{spec} unchanged"
    print(f"{done}; {len(outcome.needs_person)} difference(s) need a person")
    return 1 if outcome.needs_person else 0
