"""Check the references between the spec's x-binance extensions (``make lint-spec``).

Spectral checks the shape of each extension on its own; what one part of the spec says
about another is checked here, on the facts ``binance_pm_spec.read_facts`` reads (which
itself refuses a rule or a ``when-present`` entry naming a parameter the operation lacks):

- ``x-binance-client-order-id.lookup`` names an operation of the spec, a parameter of that
  operation to take the id, and ``copy`` parameters that both operations have;
- a rule's ``when`` values are values the parameter's enum allows (when it has one).

    python -m binance_pm_doccheck.spec_references [SPEC]
"""

from __future__ import annotations

import sys
from pathlib import Path

from binance_pm_spec import OperationFacts, SpecError, SpecFacts, default_spec_path, load_document, read_facts


def _names(op: OperationFacts) -> set[str]:
    return {str(p.get("name")) for p in op.parameters}


def _lookup_problems(op: OperationFacts, by_id: dict[str, OperationFacts]) -> list[str]:
    lookup = op.order_lookup
    if lookup is None:
        return []
    where = f"{op.operation_id} x-binance-client-order-id.lookup"
    target = by_id.get(lookup.operation_id)
    if target is None:
        return [f"{where}: no operation {lookup.operation_id!r}"]
    found = []
    if lookup.id_parameter not in _names(target):
        found.append(f"{where}: {lookup.operation_id} has no parameter {lookup.id_parameter!r}")
    for name in lookup.copy:
        for side in (op, target):
            if name not in _names(side):
                found.append(f"{where}.copy: {side.operation_id} has no parameter {name!r}")
    return found


def _when_problems(op: OperationFacts) -> list[str]:
    schemas = {str(p.get("name")): p.get("schema") or {} for p in op.parameters}
    found = []
    for index, rule in enumerate(op.rules):
        for name, values in rule.when:
            allowed = [str(v) for v in schemas.get(name, {}).get("enum") or []]
            for value in values:
                if allowed and value not in allowed:
                    found.append(
                        f"{op.operation_id} x-binance-rules[{index}].when.{name}: {value!r} is not in its enum"
                    )
    return found


def problems(facts: SpecFacts) -> list[str]:
    by_id = {op.operation_id: op for op in facts.operations}
    found: list[str] = []
    for op in facts.operations:
        found += _lookup_problems(op, by_id)
        found += _when_problems(op)
    return found


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    spec = Path(args[0]) if args else default_spec_path()
    try:
        facts = read_facts(load_document(spec))
    except SpecError as exc:
        print(f"error: {exc}")
        return 1
    found = problems(facts)
    for line in found:
        print(line)
    print(f"{len(facts.operations)} operation(s) in {spec}: {len(found)} broken reference(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
