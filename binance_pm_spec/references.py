"""What one part of the spec says about another, checked on the facts read from it.

- ``x-binance-client-order-id.lookup`` names an operation of the spec, a parameter of that
  operation to take the id, and ``copy`` parameters that both operations have;
- a rule's ``when`` values are values the parameter's enum allows (when it has one).

``read_facts`` refuses a spec with any of these problems; ``make lint-spec`` lists them all
(``python -m binance_pm_doccheck.spec_references``).
"""

from __future__ import annotations

from collections.abc import Iterable

from .facts import OperationFacts


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


def reference_problems(operations: Iterable[OperationFacts]) -> list[str]:
    """Every broken reference among ``operations``, one line each."""
    ops = list(operations)
    by_id = {op.operation_id: op for op in ops}
    found: list[str] = []
    for op in ops:
        found += _lookup_problems(op, by_id)
        found += _when_problems(op)
    return found
