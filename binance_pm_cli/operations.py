"""The operations of the generated client, read from its catalog instead of its modules.

``binance_pm._catalog.OPERATIONS`` holds every operation and its parameters as constants
written at generation time, so listing 126 operations imports one module of data; only the
operation a command line names is imported (``Command.load``), and it is called through its
``sync_detailed`` with the Python keywords the catalog gives.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import re
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass

from binance_pm._catalog import OPERATIONS, Entry

__all__ = ["Command", "Option", "commands", "enum_type", "flag_for", "kebab", "long_description"]

# Security types whose requests move money: an order, a transfer, a loan.
MONEY_MOVING = frozenset({"TRADE", "MARGIN"})


def kebab(name: str) -> str:
    """``get_um_leverage_brackets`` -> ``get-um-leverage-brackets``; camelCase is split too.

    A trailing underscore is dropped: it only keeps a Python keyword off a reserved word
    (``from_``), and an option has no reserved words to avoid."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name.rstrip("_")).replace("_", "-").lower()


def flag_for(keyword: str) -> str:
    """The option of a Python keyword: ``time_in_force`` -> ``--time-in-force``, ``from_`` -> ``--from``."""
    return "--" + kebab(keyword)


@dataclass(frozen=True, slots=True)
class Option:
    """One parameter of an operation, as a command-line option.

    Attributes:
        name: Binance's name, as sent (``timeInForce``).
        keyword: the keyword of ``sync_detailed`` (``time_in_force``).
        flag: the option (``--time-in-force``).
        kind: how the text is read: ``str``, ``int``, ``decimal`` (kept as text), ``bool``
            (``true``/``false``) or ``enum`` (one of ``values``).
        values: an enum's values, as the spec lists them.
    """

    name: str
    keyword: str
    flag: str
    kind: str
    required: bool
    values: tuple[str, ...]
    help: str


@dataclass(frozen=True, slots=True)
class Command:
    """One operation as a subcommand, from its catalog entry alone."""

    name: str
    operation_id: str
    module: str
    summary: str
    method: str
    path: str
    host: str
    security_type: str
    options: tuple[Option, ...]

    @property
    def moves_money(self) -> bool:
        """Sends an order, a transfer or a loan (security type TRADE or MARGIN)."""
        return self.security_type in MONEY_MOVING

    def load(self) -> types.ModuleType:
        """The operation's module (``OPERATION``, ``sync_detailed``): imported here, on demand."""
        return importlib.import_module(self.module)

    def option(self, keyword: str) -> Option | None:
        return next((option for option in self.options if option.keyword == keyword), None)


def _command(operation_id: str, entry: Entry) -> Command:
    module, summary, method, path, host, security_type, parameters = entry
    options = tuple(
        Option(
            name=name, keyword=keyword, flag=flag_for(keyword), kind=kind, required=required, values=values, help=text
        )
        for name, keyword, kind, required, values, text in parameters
    )
    flags = [option.flag for option in options]
    if len(set(flags)) != len(flags):
        raise RuntimeError(f"{operation_id}: two parameters share one option among {flags}")
    return Command(
        name=kebab(module.rpartition(".")[2]),
        operation_id=operation_id,
        module=module,
        summary=summary,
        method=method,
        path=path,
        host=host,
        security_type=security_type,
        options=options,
    )


def commands(catalog: Mapping[str, Entry] = OPERATIONS) -> dict[str, Command]:
    """Every operation of ``catalog`` by subcommand name, in name order."""
    found: dict[str, Command] = {}
    for operation_id, entry in catalog.items():
        command = _command(operation_id, entry)
        if command.name in found:
            raise RuntimeError(
                f"two operations named {command.name!r}: {found[command.name].module} and {command.module}"
            )
        found[command.name] = command
    return dict(sorted(found.items()))


def enum_type(module: types.ModuleType, keyword: str) -> type[enum.Enum] | None:
    """The enum class of a ``sync_detailed`` keyword (``TimeInForce`` of ``time_in_force``),
    read from that one function's annotations: only needed to send a value the spec does
    not list, which the client accepts as a member of the enum and refuses as bare text."""
    hints = inspect.get_annotations(module.sync_detailed, eval_str=True)
    hint = hints.get(keyword)
    members = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
    return next((m for m in members if isinstance(m, type) and issubclass(m, enum.Enum)), None)


def long_description(module: types.ModuleType) -> str:
    """The text of ``sync_detailed``'s docstring between its summary line and ``Args:``."""
    body = inspect.cleandoc(module.sync_detailed.__doc__ or "").split("\nArgs:", 1)[0]
    return "\n".join(body.splitlines()[1:]).strip()
