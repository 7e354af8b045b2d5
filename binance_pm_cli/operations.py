"""The operations of the generated client, found at run time in ``binance_pm.api``.

Every operation module there declares ``OPERATION`` (a ``binance_pm._operation.Operation``)
and ``sync_detailed(*, client, **params)``; the keyword parameters of ``sync_detailed``, their
types and their docstring descriptions become the subcommand's options.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import binance_pm.api
from binance_pm._operation import Operation
from binance_pm.types import Response, Unset

__all__ = ["Command", "Option", "discover", "kebab"]

_SCALARS: tuple[type[Any], ...] = (str, int, float, Decimal, bool)


def kebab(name: str) -> str:
    """``get_um_leverage_brackets`` -> ``get-um-leverage-brackets``; camelCase is split too."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name).replace("_", "-").lower()


@dataclass(frozen=True, slots=True)
class Option:
    """One keyword parameter of an operation, as a command-line option."""

    name: str
    flag: str
    kind: type[Any]
    required: bool
    many: bool
    help: str


@dataclass(frozen=True, slots=True)
class Command:
    """One operation: its subcommand name, its ``Operation``, and its options."""

    name: str
    module_name: str
    operation: Operation
    call: Callable[..., Response[Any]]
    options: tuple[Option, ...]
    description: str


def _docstring_args(doc: str) -> dict[str, str]:
    """The ``Args:`` section of a Google-style docstring: name -> description (joined lines)."""
    found: dict[str, str] = {}
    lines = doc.expandtabs().splitlines()
    inside = False
    indent = 0
    current: str | None = None
    for line in lines:
        stripped = line.strip()
        if stripped == "Args:":
            inside, current = True, None
            indent = len(line) - len(line.lstrip()) + 4
            continue
        if not inside:
            continue
        if not stripped:
            if found:
                break
            continue
        level = len(line) - len(line.lstrip())
        if level < indent:
            break
        match = re.match(r"(\w+)(?: \(.*?\))?: ?(.*)", stripped)
        if level == indent and match:
            current = match.group(1)
            found[current] = match.group(2)
        elif current is not None:
            found[current] = f"{found[current]} {stripped}".strip()
    return found


def _description(doc: str) -> str:
    """The docstring's text before its ``Args:`` section, without its first line (the summary)."""
    body = inspect.cleandoc(doc).split("\nArgs:", 1)[0]
    return "\n".join(body.splitlines()[1:]).strip()


def _unwrap(hint: Any) -> tuple[type[Any], bool]:
    """(scalar type, is a list) for a parameter annotation, without ``Unset`` / ``None``."""
    args = [a for a in typing.get_args(hint) if a not in (Unset, type(None))]
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        hint = args[0] if len(args) == 1 else str
    origin = typing.get_origin(hint)
    if origin in (list, tuple, set, frozenset):
        inner = typing.get_args(hint)
        kind, _ = _unwrap(inner[0]) if inner else (str, False)
        return kind, True
    if isinstance(hint, type) and (issubclass(hint, enum.Enum) or hint in _SCALARS):
        return hint, False
    return str, False


def _options(call: Callable[..., Any]) -> tuple[Option, ...]:
    hints = typing.get_type_hints(call)
    described = _docstring_args(call.__doc__ or "")
    options = []
    for parameter in inspect.signature(call).parameters.values():
        if parameter.name == "client" or parameter.kind is not inspect.Parameter.KEYWORD_ONLY:
            continue
        kind, many = _unwrap(hints.get(parameter.name, str))
        options.append(
            Option(
                name=parameter.name,
                flag="--" + kebab(parameter.name),
                kind=kind,
                required=parameter.default is inspect.Parameter.empty,
                many=many,
                help=" ".join(described.get(parameter.name, "").split()),
            )
        )
    return tuple(options)


def discover(package: types.ModuleType = binance_pm.api) -> list[Command]:
    """Every operation module under ``package``, sorted by subcommand name."""
    commands: dict[str, Command] = {}
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        operation = getattr(module, "OPERATION", None)
        call = getattr(module, "sync_detailed", None)
        if not isinstance(operation, Operation) or not callable(call):
            continue
        name = kebab(info.name.rsplit(".", 1)[1])
        if name in commands:
            raise RuntimeError(f"two operations named {name!r}: {commands[name].module_name} and {info.name}")
        commands[name] = Command(
            name=name,
            module_name=info.name,
            operation=operation,
            call=call,
            options=_options(call),
            description=_description(call.__doc__ or ""),
        )
    return [commands[name] for name in sorted(commands)]
