"""``binance-pm``: call any operation of Binance's Portfolio Margin API from a terminal.

    binance-pm --help
    BINANCE_API_KEY=... BINANCE_API_SECRET=... binance-pm get-um-leverage-brackets --symbol ETHUSDT
    binance-pm get-account-info --json

Exit status: 0 success, 1 Binance answered with an error, 2 bad usage or argument,
3 no usable answer (connection failed, answer not as the spec says).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn, TextIO

from binance_pm import BinanceClient, __version__
from binance_pm.client import DEFAULT_API_BASE_URL, DEFAULT_PAPI_BASE_URL, DEFAULT_RECV_WINDOW, MAX_RECV_WINDOW
from binance_pm.errors import (
    BinanceAPIError,
    ConnectionFailedError,
    ParameterError,
    ResponseParseError,
)
from binance_pm.types import UNSET

from .operations import Command, Option, discover
from .output import render_table

__all__ = ["build_parser", "main"]

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

_OPTION_DEST = "op_"

_EPILOG = f"""\
Credentials come from ${ENV_API_KEY} and ${ENV_API_SECRET} (or ${ENV_PRIVATE_KEY}, a PEM file of an
RSA or Ed25519 key), or from the options; hosts from ${ENV_BASE_URL} and ${ENV_PAPI_BASE_URL}.
Global options may also follow the operation name.
Exit status: 0 success, 1 Binance answered with an error, 2 bad usage, 3 no usable answer."""


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors that exit with ``EXIT_USAGE``."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


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


def _add_operation_option(parser: argparse.ArgumentParser, option: Option) -> None:
    dest = _OPTION_DEST + option.name
    help_text = option.help or None
    if option.kind is bool:
        parser.add_argument(
            option.flag, dest=dest, action=argparse.BooleanOptionalAction, default=UNSET, help=help_text
        )
        return
    choices = [member.value for member in option.kind] if hasattr(option.kind, "__members__") else None
    parser.add_argument(
        option.flag,
        dest=dest,
        type=option.kind,
        required=option.required,
        default=UNSET,
        action="append" if option.many else "store",
        metavar=option.flag[2:].replace("-", "_").upper()
        if choices is None
        else "{" + ",".join(map(str, choices)) + "}",
        help=help_text,
    )


def build_parser(commands: Sequence[Command]) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="binance-pm",
        description="Call Binance Portfolio Margin operations. One subcommand per operation of the spec.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_global_options(parser, suppress=False, skip=frozenset())
    subparsers = parser.add_subparsers(dest="command", title="operations", metavar="OPERATION")
    for command in commands:
        op = command.operation
        kind = "SIGNED" if op.signed else "API key only" if op.needs_api_key else "public"
        description = (
            f"{op.summary}\n\n{command.description}\n\n"
            f"{op.method} {op.path} on the {op.host} host; {op.security_type} ({kind}); weight {op.weight} per "
            f"{op.weight_per}."
        )
        sub = subparsers.add_parser(
            command.name,
            help=op.summary,
            description=description,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        own = frozenset(option.flag for option in command.options)
        group = sub.add_argument_group("parameters")
        for option in command.options:
            _add_operation_option(group, option)  # type: ignore[arg-type]
        _add_global_options(sub, suppress=True, skip=own)
    return parser


def _fail(stderr: TextIO, message: str, status: int) -> int:
    print(f"binance-pm: error: {message}", file=stderr)
    return status


def _client(args: argparse.Namespace, command: Command, stderr: TextIO) -> BinanceClient | int:
    api_key = args.api_key or os.environ.get(ENV_API_KEY) or None
    # An option beats the environment; between a secret and a private key from the same
    # place, the secret wins.
    secret: str | None
    private_key: str | None
    if args.api_secret or args.private_key:
        secret, private_key = args.api_secret or None, None if args.api_secret else args.private_key
    else:
        secret = os.environ.get(ENV_API_SECRET) or None
        private_key = None if secret else os.environ.get(ENV_PRIVATE_KEY) or None
    op = command.operation
    if (op.needs_api_key or op.signed) and api_key is None:
        return _fail(stderr, f"{command.name} needs an API key: set ${ENV_API_KEY} or pass --api-key", EXIT_USAGE)
    if op.signed and secret is None and private_key is None:
        return _fail(
            stderr,
            f"{command.name} is SIGNED: set ${ENV_API_SECRET} (or ${ENV_PRIVATE_KEY}), or pass --api-secret",
            EXIT_USAGE,
        )
    options: dict[str, Any] = {
        "api_key": api_key,
        "base_url": args.base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_API_BASE_URL,
        "papi_base_url": args.papi_base_url or os.environ.get(ENV_PAPI_BASE_URL) or DEFAULT_PAPI_BASE_URL,
        "timeout": args.timeout,
    }
    if getattr(args, "recv_window", None) is not None:
        options["recv_window"] = args.recv_window
    if private_key is not None:
        options["private_key"] = private_key
        options["private_key_password"] = os.environ.get(ENV_PRIVATE_KEY_PASSWORD) or None
    else:
        options["api_secret"] = secret
    try:
        return BinanceClient(**options)
    except (ValueError, OSError, ImportError) as exc:
        # The client's messages name the problem (bad URL, unreadable key file), never a secret.
        return _fail(stderr, str(exc), EXIT_USAGE)


def _run(args: argparse.Namespace, command: Command, stdout: TextIO, stderr: TextIO) -> int:
    client = _client(args, command, stderr)
    if isinstance(client, int):
        return client
    params = {option.name: getattr(args, _OPTION_DEST + option.name) for option in command.options}
    try:
        with client:
            response = command.call(client=client, **params)
    except BinanceAPIError as exc:
        code = "" if exc.code is None else f" code {exc.code}"
        return _fail(stderr, f"Binance answered HTTP {exc.status_code}{code}: {exc.msg}", EXIT_API_ERROR)
    except ParameterError as exc:
        return _fail(stderr, f"--{exc.parameter.replace('_', '-')}: {exc.problem}", EXIT_USAGE)
    except ConnectionFailedError as exc:
        return _fail(stderr, f"no answer: {exc}", EXIT_NO_ANSWER)
    except ResponseParseError as exc:
        return _fail(stderr, f"the answer does not match the spec: {exc}", EXIT_NO_ANSWER)
    if args.json:
        stdout.flush()
        out = getattr(stdout, "buffer", None)
        if out is not None:
            out.write(response.content + b"\n")
            out.flush()
        else:
            stdout.write(response.content.decode("utf-8") + "\n")
    else:
        print(render_table(response.content), file=stdout)
    return EXIT_OK


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Runs the command line; returns the exit status."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    commands = discover()
    parser = build_parser(commands)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command is None:
        parser.print_help(err)
        return EXIT_USAGE
    command = next(command for command in commands if command.name == args.command)
    return _run(args, command, out, err)


if __name__ == "__main__":
    raise SystemExit(main())
