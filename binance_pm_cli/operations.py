"""The operations of the generated client, read from its catalog instead of its modules.

``binance_pm._catalog.OPERATIONS`` holds every operation and its parameters as constants
written at generation time, so listing 126 operations imports one module of data; only the
operation a command line names is imported (``Command.load``), and it is called through its
``sync_detailed`` with the Python keywords the catalog gives.
"""

# No "from __future__ import annotations" here: NamedTuple turns each string annotation of
# its fields into a ForwardRef, compiling it, which made this module 4 ms slower to import.
import importlib
import re
import types
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, NamedTuple

from binance_pm._catalog import OPERATIONS, Entry

if TYPE_CHECKING:
    import enum  # imported where it is used, on the rare run that needs it

__all__ = ["Command", "CommandTable", "Option", "commands", "enum_type", "flag_for", "kebab", "long_description"]

# Security types whose requests move money: an order, a transfer, a loan.
MONEY_MOVING = frozenset({"TRADE", "MARGIN"})
SIGNED = frozenset({"USER_DATA", "TRADE", "MARGIN"})


def kebab(name: str) -> str:
    """``get_um_leverage_brackets`` -> ``get-um-leverage-brackets``; camelCase is split too.

    A trailing underscore is dropped: it only keeps a Python keyword off a reserved word
    (``from_``), and an option has no reserved words to avoid."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name.rstrip("_")).replace("_", "-").lower()


def flag_for(keyword: str) -> str:
    """The option of a Python keyword: ``time_in_force`` -> ``--time-in-force``, ``from_`` -> ``--from``."""
    return "--" + kebab(keyword)


# Named tuples rather than frozen dataclasses: as immutable, and their classes are made
# several times faster, on every run of the command line.
class Option(NamedTuple):
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


class Command(NamedTuple):
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
        """Places an order, moves funds or changes the account: security type TRADE or
        MARGIN, and every other SIGNED operation that is not a GET (a USER_DATA transfer,
        a repayment, a margin-call level)."""
        return self.security_type in MONEY_MOVING or (self.security_type in SIGNED and self.method != "GET")

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


class CommandTable(Mapping[str, Command]):
    """Every operation of a catalog by subcommand name, in name order.

    Only the names are worked out up front; a ``Command`` (with its options) is built the
    first time it is looked up, so a run that calls one operation builds one, not 126."""

    def __init__(self, catalog: Mapping[str, Entry]) -> None:
        ids: dict[str, str] = {}
        for operation_id, entry in catalog.items():
            name = kebab(entry[0].rpartition(".")[2])
            if name in ids:
                raise RuntimeError(f"two operations named {name!r}: {catalog[ids[name]][0]} and {entry[0]}")
            ids[name] = operation_id
        self._catalog = catalog
        self._ids = dict(sorted(ids.items()))
        self._built: dict[str, Command] = {}

    def __getitem__(self, name: str) -> Command:
        command = self._built.get(name)
        if command is None:
            operation_id = self._ids[name]
            command = self._built[name] = _command(operation_id, self._catalog[operation_id])
        return command

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, name: object) -> bool:
        return name in self._ids

    def summary(self, name: str) -> str:
        """The operation's spec summary, without building its command."""
        return self._catalog[self._ids[name]][1]

    def flags(self) -> frozenset[str]:
        """Every option of every operation."""
        return frozenset(flag_for(parameter[1]) for entry in self._catalog.values() for parameter in entry[6])


def commands(catalog: Mapping[str, Entry] = OPERATIONS) -> CommandTable:
    """Every operation of ``catalog`` by subcommand name, in name order."""
    return CommandTable(catalog)


def enum_type(module: types.ModuleType, keyword: str) -> "type[enum.Enum] | None":
    """The enum class of a ``sync_detailed`` keyword (``TimeInForce`` of ``time_in_force``),
    read from that one function's annotations: only needed to send a value the spec does
    not list, which the client accepts as a member of the enum and refuses as bare text."""
    import enum
    import inspect
    import typing

    # Only this keyword's annotation: the answer's models are imported on the first answer,
    # so evaluating the return annotation before a call would fail.
    annotation = inspect.get_annotations(module.sync_detailed).get(keyword)
    hint = eval(annotation, vars(module)) if isinstance(annotation, str) else annotation
    members = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
    return next((m for m in members if isinstance(m, type) and issubclass(m, enum.Enum)), None)


def long_description(module: types.ModuleType) -> str:
    """The text of ``sync_detailed``'s docstring between its summary line and ``Args:``."""
    import inspect

    body = inspect.cleandoc(module.sync_detailed.__doc__ or "").split("\nArgs:", 1)[0]
    return "\n".join(body.splitlines()[1:]).strip()
