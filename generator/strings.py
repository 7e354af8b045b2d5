"""Turning openapi-python-client's guarded strings back into text for the driver's own output."""

from __future__ import annotations

from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonCode


def raw(value: object) -> str:
    """The text of a spec string; the spec is the project's own, so its text may be rendered."""
    if isinstance(value, UntrustedString):
        return value.get_untrusted_value()
    return str(value)


def code(value: PythonCode) -> str:
    """Python source the generator built (a type annotation, say), as text."""
    return value.as_unembedded_code()
