"""Check the references between the spec's x-binance extensions (``make lint-spec``).

Spectral checks the shape of each extension on its own; what one part of the spec says
about another is checked by ``binance_pm_spec.reference_problems`` (a lookup naming a real
operation and parameters, a rule's ``when`` values within the parameter's enum), which
``read_facts`` applies too, and by ``read_stream_facts`` (the user data stream's operations
and event schemas); this command lists every such problem, not just the first.

    python -m binance_pm_doccheck.spec_references [SPEC]
"""

from __future__ import annotations

import sys
from pathlib import Path

from binance_pm_spec import (
    SpecError,
    SpecFacts,
    default_spec_path,
    load_document,
    read_facts,
    read_stream_facts,
    reference_problems,
)
from binance_pm_spec.stream import STREAM


def problems(facts: SpecFacts) -> list[str]:
    """Every broken reference in the spec's facts (``binance_pm_spec.reference_problems``)."""
    return reference_problems(facts.operations)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    spec = Path(args[0]) if args else default_spec_path()
    try:
        document = load_document(spec)
        facts = read_facts(document, check_references=False)
    except SpecError as exc:
        print(f"error: {exc}")
        return 1
    found = problems(facts)
    if STREAM in document:
        # The stream's extension names operations and schemas too.
        try:
            read_stream_facts(document)
        except SpecError as exc:
            found.append(str(exc))
    for line in found:
        print(line)
    print(f"{len(facts.operations)} operation(s) in {spec}: {len(found)} broken reference(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
