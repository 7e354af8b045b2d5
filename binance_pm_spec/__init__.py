"""Reading the project's OpenAPI spec: where it is, how its references resolve, and the
Binance facts it carries (hosts, signing rules, each operation's security and weight).

The generator, the sandbox and the doc-drift checker all read the spec through this
package, so each fact has one reader as well as one source.
"""

from .document import (
    SPEC_ENV_VAR,
    SpecError,
    default_docs_path,
    default_spec_path,
    iter_operations,
    load_document,
    resolve,
)
from .facts import OperationFacts, OrderLookup, ParameterRule, SigningRules, SpecFacts, read_facts
from .references import reference_problems
from .stream import StreamFacts, read_stream_facts

__all__ = [
    "SPEC_ENV_VAR",
    "OperationFacts",
    "OrderLookup",
    "ParameterRule",
    "SigningRules",
    "SpecError",
    "SpecFacts",
    "StreamFacts",
    "default_docs_path",
    "default_spec_path",
    "iter_operations",
    "load_document",
    "read_facts",
    "read_stream_facts",
    "reference_problems",
    "resolve",
]
