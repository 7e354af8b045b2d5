"""The command line's interface: its options, the environment it reads, its exit statuses,
and the parser built for one run.

Only the operation a command line names gets a subcommand with its options; the others are
listed in the help text from the catalog. ``operation_named`` finds that name first.
"""

from __future__ import annotations

import argparse
import sys
import types
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, TextIO

from binance_pm import __version__

from .checks import base_url, timeout_seconds
from .operations import Command, CommandTable, Option, long_description
from .printable import printable

__all__ = [
    "ENV_API_KEY",
    "ENV_API_SECRET",
    "ENV_BASE_URL",
    "ENV_PAPI_BASE_URL",
    "ENV_PRIVATE_KEY",
    "ENV_PRIVATE_KEY_PASSWORD",
    "EXIT_API_ERROR",
    "EXIT_BROKEN_PIPE",
    "EXIT_INTERRUPTED",
    "EXIT_NO_ANSWER",
    "EXIT_OK",
    "EXIT_USAGE",
    "UNLISTED_PREFIX",
    "Unlisted",
    "build_parser",
    "fail",
    "given_options",
    "global_flags",
    "operation_named",
]

EXIT_OK = 0
EXIT_API_ERROR = 1
EXIT_USAGE = 2
EXIT_NO_ANSWER = 3
# The reader of the output went away (``binance-pm ... | head -2``): the status a shell
# shows for a program stopped by SIGPIPE (128 + 13), as a C program's would be.
EXIT_BROKEN_PIPE = 141
# Ctrl-C: the status a shell shows for a program stopped by SIGINT (128 + 2).
EXIT_INTERRUPTED = 130

ENV_API_KEY = "BINANCE_API_KEY"
ENV_API_SECRET = "BINANCE_API_SECRET"
ENV_PRIVATE_KEY = "BINANCE_PRIVATE_KEY"
ENV_PRIVATE_KEY_PASSWORD = "BINANCE_PRIVATE_KEY_PASSWORD"
ENV_BASE_URL = "BINANCE_BASE_URL"
ENV_PAPI_BASE_URL = "BINANCE_PAPI_BASE_URL"

# Written before an enum value to send it although the spec does not list it: Binance adds
# values without notice, but an unlisted value typed without it is usually a typo.
UNLISTED_PREFIX = "+"

_OPTION_DEST = "op_"

_EPILOG = f"""\
Credentials come from ${ENV_API_KEY} and ${ENV_API_SECRET} (or ${ENV_PRIVATE_KEY}, a PEM file of an
RSA or Ed25519 key), or from the options; hosts from ${ENV_BASE_URL} and ${ENV_PAPI_BASE_URL}.
Global options may also follow the operation name. 'binance-pm OPERATION --help' shows its options.
TRADE and MARGIN operations (orders, transfers, loans) sent to a host other than this machine
ask for confirmation on a terminal, or need --yes; --dry-run shows the request and sends nothing.
Exit status: 0 success, 1 Binance answered with an error, 2 bad usage or not confirmed (nothing
sent), 3 no usable answer, 141 the reader of the output went away (binance-pm ... | head)."""


class _ClientHelp(str):
    """A help text that names the client's defaults, written only when the help is shown:
    they live in ``binance_pm.client``, whose import (httpx with it) costs more than the
    rest of a run that only parses its arguments, prints its help or refuses them."""

    _write: Callable[[types.ModuleType], str]

    def __new__(cls, write: Callable[[types.ModuleType], str]) -> _ClientHelp:
        text = super().__new__(cls, "")
        text._write = write
        return text

    def written(self) -> str:
        from binance_pm import client

        return self._write(client)


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors that exit with ``EXIT_USAGE``, no option abbreviations,
    and a description and epilog written only when the help is shown.

    Abbreviations are off because a prefix is not a name: ``--api=S`` was "ambiguous" (and
    quoted S back), and every option an operation gains would turn some prefix ambiguous."""

    def __init__(
        self,
        *args: Any,
        lazy_description: Callable[[], str] | None = None,
        lazy_epilog: Callable[[], str] | None = None,
        **kwargs: Any,
    ) -> None:
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)
        self._lazy_description = lazy_description
        self._lazy_epilog = lazy_epilog

    def format_help(self) -> str:
        for action in self._actions:
            if isinstance(action.help, _ClientHelp):
                action.help = action.help.written()
        if self._lazy_description is not None:
            self.description, self._lazy_description = self._lazy_description(), None
        if self._lazy_epilog is not None:
            self.epilog, self._lazy_epilog = self._lazy_epilog(), None
        return super().format_help()

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {printable(message)}\n")


class _PrePassError(Exception):
    pass


class _PrePass(argparse.ArgumentParser):
    """Finds the operation's name before the real parser is built (errors are left to it)."""

    def __init__(self) -> None:
        super().__init__(add_help=False, allow_abbrev=False)

    def error(self, message: str) -> NoReturn:
        raise _PrePassError(message)


def _escaped(text: str) -> str:
    # argparse %-formats every help string.
    return text.replace("%", "%%")


def _add_global_options(parser: argparse.ArgumentParser, *, suppress: bool, skip: frozenset[str]) -> None:
    """The connection and output options; on a subcommand they default to SUPPRESS, so a value
    given before the operation name is kept unless it is given again after it."""

    def default(value: Any) -> Any:
        return argparse.SUPPRESS if suppress else value

    group = parser.add_argument_group("connection and output")
    group.add_argument("--api-key", default=default(None), help=f"API key (default: ${ENV_API_KEY})")
    group.add_argument(
        "--api-secret",
        default=default(None),
        help=f"HMAC API secret for SIGNED operations (default: ${ENV_API_SECRET}); never printed",
    )
    group.add_argument(
        "--private-key",
        metavar="PEM_FILE",
        default=default(None),
        help=f"instead of the secret: an RSA or Ed25519 private key file (default: ${ENV_PRIVATE_KEY})",
    )
    group.add_argument(
        "--base-url",
        type=base_url,
        default=default(None),
        help=_ClientHelp(
            lambda client: f"api host, for /sapi (default: ${ENV_BASE_URL} or {client.DEFAULT_API_BASE_URL})"
        ),
    )
    group.add_argument(
        "--papi-base-url",
        type=base_url,
        default=default(None),
        help=_ClientHelp(
            lambda client: f"papi host, for /papi (default: ${ENV_PAPI_BASE_URL} or {client.DEFAULT_PAPI_BASE_URL})"
        ),
    )
    if "--recv-window" not in skip:
        group.add_argument(
            "--recv-window",
            dest="recv_window",
            type=int,
            default=default(None),
            metavar="MS",
            help=_ClientHelp(
                lambda client: (
                    f"recvWindow of SIGNED operations, in ms (default: {client.DEFAULT_RECV_WINDOW}; "
                    f"at most {client.MAX_RECV_WINDOW})"
                )
            ),
        )
    group.add_argument(
        "--timeout",
        type=timeout_seconds,
        default=default(10.0),
        metavar="SECONDS",
        help="HTTP timeout, more than 0 (default: 10)",
    )
    group.add_argument(
        "--json",
        action="store_true",
        default=default(False),
        help="print the answer's body exactly as Binance sent it, instead of a table",
    )
    group.add_argument(
        "--yes",
        action="store_true",
        default=default(False),
        help="send a TRADE or MARGIN operation (an order, transfer or loan) to a host other than this machine "
        "without asking",
    )
    group.add_argument(
        "--dry-run",
        action="store_true",
        default=default(False),
        help="print the request instead of sending it (method, URL with its query, API key masked, no "
        "signature); needs no secret",
    )


def _boolean(text: str) -> bool:
    lowered = text.lower()
    if lowered not in ("true", "false"):
        raise argparse.ArgumentTypeError(f"expected true or false, got {text!r}")
    return lowered == "true"


class Unlisted(str):
    """An enum value the spec does not list, asked for with ``UNLISTED_PREFIX``."""

    __slots__ = ()


def _enum_reader(values: tuple[str, ...]) -> Callable[[str], str]:
    def read(text: str) -> str:
        if text in values:
            return text
        if text.startswith(UNLISTED_PREFIX) and len(text) > len(UNLISTED_PREFIX):
            return Unlisted(text[len(UNLISTED_PREFIX) :])
        raise argparse.ArgumentTypeError(
            f"{text!r} is not one of {', '.join(values)}; to send a value the spec does not list, "
            f"write it as {UNLISTED_PREFIX}{text}"
        )

    return read


def _add_operation_option(group: argparse._ArgumentGroup, option: Option) -> None:
    help_text = _escaped(option.help)
    metavar = option.flag[2:].replace("-", "_").upper()
    convert: Callable[[str], Any] = str  # str, and decimal: passed on as text, never a float
    if option.kind == "int":
        convert = int
    elif option.kind == "bool":
        convert, metavar = _boolean, "{true,false}"
    elif option.kind == "enum":
        convert, metavar = _enum_reader(option.values), "{" + ",".join(option.values) + "}"
    group.add_argument(
        option.flag,
        dest=_OPTION_DEST + option.keyword,
        type=convert,
        required=option.required,
        default=None,
        metavar=metavar,
        help=help_text or None,
    )


def _describe(command: Command, module: types.ModuleType) -> str:
    op = module.OPERATION
    kind = "SIGNED" if op.signed else "API key only" if op.needs_api_key else "public"
    text = (
        f"{command.summary}\n\n{long_description(module)}\n\n"
        f"{command.method} {command.path} on the {command.host} host; {command.security_type} ({kind}); "
        f"weight {op.weight} per {op.weight_per}."
    )
    if any(option.kind == "enum" for option in command.options):
        text += (
            f"\nAn option with listed values also takes one the spec does not list, written {UNLISTED_PREFIX}VALUE"
            " (Binance adds values without notice)."
        )
    if command.moves_money:
        text += "\nSent to a host other than this machine, it asks for confirmation on a terminal, or needs --yes."
    return text


def _listing(table: CommandTable) -> str:
    """Every operation with its summary, laid out as argparse lays out options. Written here
    rather than as one subparser per operation: building 126 parsers costs more than the
    rest of the command line."""
    import shutil
    import textwrap

    width = max(shutil.get_terminal_size().columns - 2, 40)
    column = 24
    lines = ["operations:"]
    for name in table:
        summary = textwrap.wrap(table.summary(name), width - column - 2) or [""]
        if len(name) + 4 <= column:
            lines.append(f"  {name.ljust(column - 2)}{summary[0]}")
        else:
            lines.extend((f"  {name}", " " * column + summary[0]))
        lines.extend(" " * column + line for line in summary[1:])
    return "\n".join(lines)


def build_parser(
    table: CommandTable, chosen: Command | None = None, module: types.ModuleType | None = None
) -> argparse.ArgumentParser:
    """The parser: every operation listed with its summary, and a subcommand for ``chosen``
    (whose ``module`` gives its long description); the other operations' options are not needed.
    The listing and the description are written only if the help is shown."""
    parser = _Parser(
        prog="binance-pm",
        description="Call Binance Portfolio Margin operations. One subcommand per operation of the spec.",
        lazy_epilog=lambda: f"{_listing(table)}\n\n{_EPILOG}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_global_options(parser, suppress=False, skip=frozenset())
    subparsers = parser.add_subparsers(dest="command", metavar="OPERATION", help="one of the operations below")
    if chosen is not None:
        sub = subparsers.add_parser(
            chosen.name,
            help=_escaped(chosen.summary),
            description=chosen.summary,
            lazy_description=(lambda: _describe(chosen, module)) if module is not None else None,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        group = sub.add_argument_group("parameters")
        for option in chosen.options:
            _add_operation_option(group, option)
        _add_global_options(sub, suppress=True, skip=frozenset(option.flag for option in chosen.options))
    return parser


def global_flags() -> frozenset[str]:
    """Every option of ``binance-pm`` itself (not of an operation), ``--help`` included."""
    parser = _Parser(prog="binance-pm")
    parser.add_argument("--version", action="version")
    _add_global_options(parser, suppress=False, skip=frozenset())
    return frozenset(parser._option_string_actions)


def operation_named(argv: Sequence[str]) -> str | None:
    """The operation's name in ``argv``, read past the global options that precede it."""
    pre = _PrePass()
    _add_global_options(pre, suppress=False, skip=frozenset())
    pre.add_argument("command")
    pre.add_argument("rest", nargs=argparse.REMAINDER)
    try:
        found, _ = pre.parse_known_args(argv)
    except _PrePassError:
        return None
    name: str = found.command
    return name


def fail(stderr: TextIO, message: str, status: int) -> int:
    """Prints an error the way every error of the command line is printed; returns ``status``.

    The message often quotes the server (Binance's ``msg``): its control characters are shown
    escaped, never sent to the terminal."""
    print(f"binance-pm: error: {printable(message)}", file=stderr)
    return status


def given_options(args: argparse.Namespace, command: Command) -> list[tuple[Option, Any]]:
    """The operation's options the command line gave, in the spec's order."""
    return [
        (option, value)
        for option in command.options
        if (value := getattr(args, _OPTION_DEST + option.keyword, None)) is not None
    ]
