"""``binance-pm``: call any operation of Binance's Portfolio Margin API from a terminal.

    binance-pm --help
    BINANCE_API_KEY=... BINANCE_API_SECRET=... binance-pm get-um-leverage-brackets --symbol ETHUSDT
    binance-pm get-account-info --json
    binance-pm new-um-order --symbol BTCUSDT --side BUY --type LIMIT --time-in-force GTC \\
        --quantity 0.002 --price 60000.1 --dry-run

Exit status: 0 success, 1 Binance answered with an error, 2 bad usage or argument, or an
order/transfer not confirmed (nothing sent), 3 no usable answer (connection failed, answer
not as the spec says), 141 the reader of the output went away (a closed pipe).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import types
from collections.abc import Sequence
from typing import TextIO, cast

from .operations import Command, CommandTable, commands
from .parser import (
    EXIT_API_ERROR,
    EXIT_BROKEN_PIPE,
    EXIT_INTERRUPTED,
    EXIT_NO_ANSWER,
    EXIT_OK,
    EXIT_USAGE,
    build_parser,
    fail,
    global_flags,
    operation_named,
)
from .redact import Redacting, hidden_values, misspelt_secret_option

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_BROKEN_PIPE",
    "EXIT_INTERRUPTED",
    "EXIT_NO_ANSWER",
    "EXIT_OK",
    "EXIT_USAGE",
    "main",
]


def _unknown_operation(name: str, table: CommandTable, stderr: TextIO) -> int:
    import difflib  # only for this message

    # argparse's own message would list all the operations.
    close = difflib.get_close_matches(name, table, n=3)
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    return fail(stderr, f"no operation {name!r}{hint} ('binance-pm --help' lists them all)", EXIT_USAGE)


def _parse(
    argv: list[str], table: CommandTable, chosen: Command | None, stdout: TextIO, stderr: TextIO
) -> tuple[argparse.Namespace, Command, types.ModuleType] | int:
    module = chosen.load() if chosen is not None else None
    parser = build_parser(table, chosen, module)
    try:
        # argparse prints help and usage errors on sys.stdout and sys.stderr.
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            args = parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if chosen is None or module is None or args.command is None:
        parser.print_help(stderr)
        return EXIT_USAGE
    return args, chosen, module


def _run(arguments: list[str], table: CommandTable, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    refusal = misspelt_secret_option(
        arguments, known=lambda option: option in global_flags() or option in table.flags()
    )
    if refusal is not None:
        return fail(stderr, refusal, EXIT_USAGE)
    name = operation_named(arguments)
    if name is not None and name not in table:
        return _unknown_operation(name, table, stderr)
    parsed = _parse(arguments, table, table[name] if name is not None else None, stdout, stderr)
    if isinstance(parsed, int):
        return parsed
    args, chosen, module = parsed
    from .run import run  # the HTTP client, loaded only now that there is something to send

    return run(args, chosen, module, stdin, stdout, stderr)


def _silence(streams: Sequence[TextIO]) -> None:
    """Points each stream whose reader has gone at the null device, so that nothing is lost
    loudly: Python's final flush would otherwise print "Exception ignored ... BrokenPipeError".
    (The recipe of the Python documentation's note on SIGPIPE.)"""
    for stream in streams:
        try:
            stream.flush()
        except OSError:
            try:
                descriptor = stream.fileno()
            except (OSError, ValueError):
                continue  # not a file: nothing will flush it at exit
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, descriptor)
            os.close(null)


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Runs the command line; returns the exit status."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    arguments = list(sys.argv[1:] if argv is None else argv)
    table = commands()
    hidden = hidden_values(arguments, os.environ, not_secret=table)
    # Every message goes through the redaction, whatever path printed it.
    shown_err = cast(TextIO, Redacting(err, hidden)) if hidden else err
    try:
        status = _run(arguments, table, stdin if stdin is not None else sys.stdin, out, shown_err)
        out.flush()  # a pipe's buffer is written here, where a closed pipe can still be handled
        return status
    except BrokenPipeError:
        # The reader went away (binance-pm ... | head -2): stop quietly, as other tools do.
        _silence((out, err))
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        # Ctrl-C: no traceback. A request already on its way may still reach Binance, and an
        # order's outcome is then unknown: said, as for an answer lost on the way back.
        with contextlib.suppress(OSError):
            shown_err.write(
                "\nbinance-pm: interrupted; a request already sent may have been carried out "
                "(an order: look it up before placing it again)\n"
            )
            shown_err.flush()
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    raise SystemExit(main())
