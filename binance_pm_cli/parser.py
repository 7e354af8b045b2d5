"""The command line's interface: its options, the environment it reads, its exit statuses,
and the parser built for one run.

Only the operation a command line names gets a subcommand with its options; the others are
listed in the help text from the catalog. ``operation_named`` finds that name first.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
import types
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NoReturn, TextIO

from binance_pm import __version__
from binance_pm.client import DEFAULT_API_BASE_URL, DEFAULT_PAPI_BASE_URL, DEFAULT_RECV_WINDOW, MAX_RECV_WINDOW

from .operations import Command, Option, long_description

__all__ = [
    "ENV_API_KEY",
    "ENV_API_SECRET",
    "ENV_BASE_URL",
    "ENV_PAPI_BASE_URL",
    "ENV_PRIVATE_KEY",
    "ENV_PRIVATE_KEY_PASSWORD",
    "EXIT_API_ERROR",
    "EXIT_NO_ANSWER",
    "EXIT_OK",
    "EXIT_USAGE",
    "UNLISTED_PREFIX",
    "Unlisted",
    "build_parser",
    "fail",
    "given_options",
    "operation_named",
]

EXIT_OK = 0
EXIT_API_ERROR = 1
EXIT_USAGE = 2
EXIT_NO_ANSWER = 3

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
sent), 3 no usable answer."""


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors that exit with ``EXIT_USAGE``."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


class _PrePassError(Exception):
    pass


class _PrePass(argparse.ArgumentParser):
    """Finds the operation's name before the real parser is built (errors are left to it)."""

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
        default=default(None),
        help=f"api host, for /sapi (default: ${ENV_BASE_URL} or {DEFAULT_API_BASE_URL})",
    )
    group.add_argument(
        "--papi-base-url",
        default=default(None),
        help=f"papi host, for /papi (default: ${ENV_PAPI_BASE_URL} or {DEFAULT_PAPI_BASE_URL})",
    )
    if "--recv-window" not in skip:
        group.add_argument(
            "--recv-window",
            dest="recv_window",
            type=int,
            default=default(None),
            metavar="MS",
            help=f"recvWindow of SIGNED operations, in ms (default: {DEFAULT_RECV_WINDOW}; at most {MAX_RECV_WINDOW})",
        )
    group.add_argument(
        "--timeout", type=float, default=default(10.0), metavar="SECONDS", help="HTTP timeout (default: 10)"
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


def _listing(table: Mapping[str, Command]) -> str:
    """Every operation with its summary, laid out as argparse lays out options. Written here
    rather than as one subparser per operation: building 126 parsers costs more than the
    rest of the command line."""
    width = max(shutil.get_terminal_size().columns - 2, 40)
    column = 24
    lines = ["operations:"]
    for command in table.values():
        summary = textwrap.wrap(command.summary, width - column - 2) or [""]
        if len(command.name) + 4 <= column:
            lines.append(f"  {command.name.ljust(column - 2)}{summary[0]}")
        else:
            lines.extend((f"  {command.name}", " " * column + summary[0]))
        lines.extend(" " * column + line for line in summary[1:])
    return "\n".join(lines)


def build_parser(
    table: Mapping[str, Command], chosen: Command | None = None, module: types.ModuleType | None = None
) -> argparse.ArgumentParser:
    """The parser: every operation listed with its summary, and a subcommand for ``chosen``
    (whose ``module`` gives its long description); the other operations' options are not needed."""
    parser = _Parser(
        prog="binance-pm",
        description="Call Binance Portfolio Margin operations. One subcommand per operation of the spec.",
        epilog=f"{_listing(table)}\n\n{_EPILOG}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_global_options(parser, suppress=False, skip=frozenset())
    subparsers = parser.add_subparsers(dest="command", metavar="OPERATION", help="one of the operations below")
    if chosen is not None:
        sub = subparsers.add_parser(
            chosen.name,
            help=_escaped(chosen.summary),
            description=_describe(chosen, module) if module is not None else chosen.summary,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        group = sub.add_argument_group("parameters")
        for option in chosen.options:
            _add_operation_option(group, option)
        _add_global_options(sub, suppress=True, skip=frozenset(option.flag for option in chosen.options))
    return parser


def operation_named(argv: Sequence[str]) -> str | None:
    """The operation's name in ``argv``, read past the global options that precede it."""
    pre = _PrePass(add_help=False)
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
    """Prints an error the way every error of the command line is printed; returns ``status``."""
    print(f"binance-pm: error: {message}", file=stderr)
    return status


def given_options(args: argparse.Namespace, command: Command) -> list[tuple[Option, Any]]:
    """The operation's options the command line gave, in the spec's order."""
    return [
        (option, value)
        for option in command.options
        if (value := getattr(args, _OPTION_DEST + option.keyword, None)) is not None
    ]
