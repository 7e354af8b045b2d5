"""The two places where openapi-python-client itself is extended, not just templated.

openapi-python-client 0.29.1 has no plugin interface for new property kinds, so this
module wraps its ``property_from_data`` entry point. Everything else the client needs is
done in templates. The wrapper adds:

* ``format: decimal`` (on ``type: string`` or ``type: number``) becomes ``DecimalProperty``:
  typed ``decimal.Decimal``, parsed by the package's ``_values`` module. Upstream ignores
  the format and leaves a ``str`` (or a ``float``, which loses money precision).
* A ``description`` beside a ``$ref`` (allowed by OpenAPI 3.1) becomes the property's
  description; upstream keeps only the referenced schema's text, so every decimal field
  would be documented as "A decimal number ...".
* ``x-binance-name`` on a property (on its schema or beside its ``$ref``) names its Python
  attribute: the user data stream's fields are one- or two-letter keys that differ only in
  case (``e`` is the event type, ``E`` the event time), which upstream would turn into one
  Python name.

``install()`` is idempotent and checks the pinned generator version, so an upgrade that
moves these internals fails loudly here instead of generating subtly different code.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar

from attr import define, evolve, field
from openapi_python_client import __version__ as generator_version
from openapi_python_client import schema as oai
from openapi_python_client.parser.errors import PropertyError
from openapi_python_client.parser.properties.protocol import PropertyProtocol, Value, convert_example
from openapi_python_client.strings import PythonCode, PythonIdentifier

from .strings import raw

PINNED_GENERATOR_VERSION = "0.29.1"
DECIMAL_FORMAT = "decimal"
PYTHON_NAME = "x-binance-name"

# Modules that bound ``property_from_data`` at import time; the others import it lazily
# from the package, so patching the package attribute reaches them.
_MODULES_BINDING_PROPERTY_FROM_DATA = (
    "openapi_python_client.parser.properties",
    "openapi_python_client.parser.responses",
    "openapi_python_client.parser.bodies",
    "openapi_python_client.parser.openapi",
)


@define
class DecimalProperty(PropertyProtocol):
    """A ``format: decimal`` value: a JSON string or number, typed ``decimal.Decimal``."""

    name: oai.UntrustedString
    required: bool
    default: Value | None
    python_name: PythonIdentifier
    description: oai.UntrustedString | None
    example: oai.UntrustedString | None = field(converter=convert_example)

    _type_string: ClassVar[str] = "Decimal"
    _json_type_string: ClassVar[str] = "str"
    _allowed_locations: ClassVar[set[oai.ParameterLocation]] = {oai.ParameterLocation.QUERY}
    template: ClassVar[str] = "decimal_property.py.jinja"

    @classmethod
    def build(
        cls, *, name: Any, required: bool, python_name: PythonIdentifier, data: oai.Schema
    ) -> DecimalProperty | PropertyError:
        default = cls.convert_value(data.default)
        if isinstance(default, PropertyError):
            return default
        return cls(
            name=name,
            required=required,
            default=default,
            python_name=python_name,
            description=data.description,
            example=data.example,
        )

    @classmethod
    def convert_value(cls, value: Any) -> Value | PropertyError | None:
        if value is None or isinstance(value, Value):
            return value
        try:
            exact = Decimal(str(value))
        except InvalidOperation:
            return PropertyError(f"Invalid decimal default: {value!r}")
        return Value(python_code=PythonCode(f"Decimal({str(exact)!r})"), raw_value=value)

    def get_imports(self, *, prefix: str) -> set[str]:
        imports = super().get_imports(prefix=prefix)
        imports.update({"from decimal import Decimal", f"from {prefix}_values import parse_decimal"})
        return imports


def _is_decimal_schema(data: object) -> bool:
    return (
        isinstance(data, oai.Schema)
        and data.schema_format == DECIMAL_FORMAT
        and data.type in (oai.DataType.STRING, oai.DataType.NUMBER)
    )


def _ref_description(data: object) -> oai.UntrustedString | None:
    if not isinstance(data, oai.Reference) or not data.model_extra:
        return None
    text = data.model_extra.get("description")
    return oai.UntrustedString(text) if isinstance(text, str) else None


# A union's members are built under their property's name plus this suffix.
_UNION_MEMBER = re.compile(r"_type_[0-9]+$")


def _python_name(name: str, data: object) -> str | None:
    """The property's ``x-binance-name`` (a union member's keeps its member suffix)."""
    extra = getattr(data, "model_extra", None)
    value = extra.get(PYTHON_NAME) if extra else None
    if not isinstance(value, str):
        return None
    member = _UNION_MEMBER.search(name)
    return value + member.group(0) if member else value


def _wrap(original: Callable[..., Any]) -> Callable[..., Any]:
    def property_from_data(*, name: Any, required: bool, data: Any, config: Any, **kwargs: Any) -> Any:
        renamed = _python_name(raw(name), data)
        python_name = PythonIdentifier(value=renamed or name, prefix=config.field_prefix)
        if _is_decimal_schema(data):
            prop = DecimalProperty.build(name=name, required=required, python_name=python_name, data=data)
            return prop, kwargs["schemas"]
        prop, schemas = original(name=name, required=required, data=data, config=config, **kwargs)
        description = _ref_description(data)
        if description is not None and hasattr(prop, "description"):
            prop = evolve(prop, description=description)
        if renamed is not None and hasattr(prop, "python_name"):
            prop = evolve(prop, python_name=python_name)
        return prop, schemas

    property_from_data.__wrapped__ = original  # type: ignore[attr-defined]
    return property_from_data


def install() -> None:
    if generator_version != PINNED_GENERATOR_VERSION:
        raise RuntimeError(
            f"generator/hooks.py is written against openapi-python-client {PINNED_GENERATOR_VERSION}, "
            f"found {generator_version}: review the hooks before changing the pin."
        )
    package = importlib.import_module(_MODULES_BINDING_PROPERTY_FROM_DATA[0])
    current = package.property_from_data
    if hasattr(current, "__wrapped__"):
        return
    wrapped = _wrap(current)
    for module_name in _MODULES_BINDING_PROPERTY_FROM_DATA:
        module = importlib.import_module(module_name)
        module.property_from_data = wrapped  # type: ignore[attr-defined]
