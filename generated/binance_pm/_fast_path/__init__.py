"""The typed fast path from a success body to the models.

msgspec decodes the body straight into structs that mirror the spec's schemas: JSON names,
types, required fields and no other field. It reads the body in C and makes each ``Decimal``
from the number's own text, so no binary float is ever involved; the structs are then copied
into the attrs models the operations return.

Each function returns ``None`` when the body does not fit exactly (an extra field, a missing
one, a value of another JSON type, a thousands separator, a non-finite decimal, or no JSON at
all). The operation then parses the body the general way, through ``from_dict``, which keeps
extra fields and names what is wrong: the two paths give the same models for every body the
fast one takes. Each operation has a module here, ``_fast_path.<operation>``, with the structs of its answer
(a struct shared by several answers is declared in each of their modules), imported on its
first answer: ``import binance_pm`` loads neither msgspec nor any model, and an answer loads
only its own.
"""

from __future__ import annotations

new_instance = object.__new__


class Mismatch(Exception):
    """A value the structs took but the spec does not allow (a non-finite decimal)."""
