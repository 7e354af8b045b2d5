"""One run of an operation the command line named: credentials, the confirmation an order
needs, the call (or ``--dry-run``), and what is printed.

Imported only once the command line has been parsed, so ``binance-pm --help`` never loads
the HTTP client.
"""

from __future__ import annotations

import argparse
import logging
import os
import types
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from binance_pm import BinanceClient
from binance_pm.client import DEFAULT_API_BASE_URL, DEFAULT_PAPI_BASE_URL
from binance_pm.errors import (
    BinanceAPIError,
    ConnectionFailedError,
    OutcomeUnknownError,
    ParameterError,
    ResponseParseError,
)

from . import answer
from .checks import base_url_problem, shown_url
from .operations import Command, Option, enum_type, flag_for
from .output import render_table
from .parser import (
    ENV_API_KEY,
    ENV_API_SECRET,
    ENV_BASE_URL,
    ENV_PAPI_BASE_URL,
    ENV_PRIVATE_KEY,
    ENV_PRIVATE_KEY_PASSWORD,
    EXIT_API_ERROR,
    EXIT_NO_ANSWER,
    EXIT_OK,
    EXIT_USAGE,
    Unlisted,
    fail,
    given_options,
)
from .printable import printable
from .safety import confirmation_refused

__all__ = ["run"]


def _base_url(given: str | None, variable: str, default: str) -> str:
    """The option (checked as it was parsed), else the environment's (checked here), else
    Binance's host. Raises ValueError naming the variable."""
    if given:
        return given
    url = os.environ.get(variable)
    if not url:
        return default
    problem = base_url_problem(url)
    if problem is not None:
        raise ValueError(f"${variable}: {shown_url(url)} {problem}")
    return url


def _connection_options(args: argparse.Namespace) -> dict[str, Any]:
    """Raises ValueError for a bad base URL in the environment."""
    options: dict[str, Any] = {
        "base_url": _base_url(args.base_url, ENV_BASE_URL, DEFAULT_API_BASE_URL),
        "papi_base_url": _base_url(args.papi_base_url, ENV_PAPI_BASE_URL, DEFAULT_PAPI_BASE_URL),
        "timeout": args.timeout,
    }
    if getattr(args, "recv_window", None) is not None:
        options["recv_window"] = args.recv_window
    return options


def _new_client(args: argparse.Namespace, stderr: TextIO, **options: Any) -> BinanceClient | int:
    try:
        return BinanceClient(**_connection_options(args), **options)
    except (ValueError, OSError, ImportError) as exc:
        # The client's messages name the problem (bad URL, unreadable key file), never a secret.
        return fail(stderr, str(exc), EXIT_USAGE)


def _signing_key(args: argparse.Namespace) -> tuple[str | None, str | None] | str:
    """``(api_secret, private_key)``, at most one of them set, or why the two given are refused.

    The options beat the environment; between a secret and a private key from one place
    there is no choosing (the client refuses both too): the user meant one of them, and
    signing with the other would fail, or worse, succeed with an account not meant."""
    if args.api_secret or args.private_key:
        if args.api_secret and args.private_key:
            return "--api-secret and --private-key were both given: sign with one of them"
        return args.api_secret or None, args.private_key or None
    secret = os.environ.get(ENV_API_SECRET) or None
    private_key = os.environ.get(ENV_PRIVATE_KEY) or None
    if secret and private_key:
        return (
            f"${ENV_API_SECRET} and ${ENV_PRIVATE_KEY} are both set: unset one, or choose with "
            "--api-secret or --private-key"
        )
    return secret, private_key


def _client(
    args: argparse.Namespace, command: Command, module: types.ModuleType, stderr: TextIO
) -> BinanceClient | int:
    api_key = args.api_key or os.environ.get(ENV_API_KEY) or None
    signing = _signing_key(args)
    if isinstance(signing, str):
        return fail(stderr, signing, EXIT_USAGE)
    secret, private_key = signing
    op = module.OPERATION
    if (op.needs_api_key or op.signed) and api_key is None:
        return fail(stderr, f"{command.name} needs an API key: set ${ENV_API_KEY} or pass --api-key", EXIT_USAGE)
    if op.signed and secret is None and private_key is None:
        return fail(
            stderr,
            f"{command.name} is SIGNED: set ${ENV_API_SECRET} (or ${ENV_PRIVATE_KEY}), or pass --api-secret",
            EXIT_USAGE,
        )
    if private_key is not None:
        password = os.environ.get(ENV_PRIVATE_KEY_PASSWORD) or None
        return _new_client(args, stderr, api_key=api_key, private_key=private_key, private_key_password=password)
    return _new_client(args, stderr, api_key=api_key, api_secret=secret)


def _call_arguments(given: list[tuple[Option, Any]], module: types.ModuleType) -> dict[str, Any] | str:
    """``sync_detailed``'s keywords; an unlisted enum value becomes a member of its enum,
    the one form in which the client sends a value the spec does not list."""
    params: dict[str, Any] = {}
    for option, value in given:
        if isinstance(value, Unlisted):
            enum = enum_type(module, option.keyword)
            try:
                if enum is None:
                    raise ValueError(value)
                value = enum(str(value))
            except ValueError:
                return f"{option.flag}: the client cannot send {value!r}, a value the spec does not list"
        params[option.keyword] = value
    return params


def _shown(value: object) -> object:
    """A value as it goes out: booleans as Binance writes them."""
    return ("true" if value else "false") if isinstance(value, bool) else value


def _parameter_error(exc: ParameterError, command: Command) -> str:
    option = command.option(exc.parameter)
    return f"{option.flag if option is not None else flag_for(exc.parameter)}: {exc.problem}"


def _dry_run(
    args: argparse.Namespace,
    command: Command,
    module: types.ModuleType,
    params: dict[str, Any],
    stdout: TextIO,
    stderr: TextIO,
) -> int:
    from . import dry_run  # only a dry run needs it

    api_key = args.api_key or os.environ.get(ENV_API_KEY) or None
    # No secret is read, but a choice the real call would refuse is refused here too.
    signing = _signing_key(args)
    if isinstance(signing, str):
        return fail(stderr, signing, EXIT_USAGE)
    op = module.OPERATION
    client = _new_client(
        args,
        stderr,
        api_key=api_key or dry_run.PLACEHOLDER_API_KEY,
        api_secret=dry_run.THROWAWAY_SECRET if op.signed else None,
        transport=dry_run.CaptureTransport(),
        max_retries=0,
    )
    if isinstance(client, int):
        return client
    try:
        with client:
            request = dry_run.capture(module.sync_detailed, client=client, **params)
    except ParameterError as exc:
        return fail(stderr, _parameter_error(exc, command), EXIT_USAGE)
    dry_run.render(request, api_key=api_key, signed=op.signed, needs_api_key=op.needs_api_key, out=stdout)
    print("binance-pm: dry run: nothing was sent", file=stderr)
    return EXIT_OK


def _unknown_outcome(exc: OutcomeUnknownError) -> str:
    text = "; the request may have been carried out (it is never resent)"
    if exc.client_order_id:
        text += f": look the order up by its client order id {exc.client_order_id}"
    return text


class _Warnings(logging.Handler):
    """The client's warnings (a retry, a clock resync) on the command line's error stream,
    through its redaction, their server text made printable."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(logging.WARNING)
        self._stream = stream

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._stream.write(f"binance-pm: {printable(record.getMessage())}\n")
        except Exception:
            self.handleError(record)


@contextmanager
def _warnings_to(stream: TextIO) -> Iterator[None]:
    logger = logging.getLogger("binance_pm")
    handler = _Warnings(stream)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)


def run(
    args: argparse.Namespace,
    command: Command,
    module: types.ModuleType,
    stdin: TextIO,
    stdout: TextIO,
    stderr: TextIO,
) -> int:
    given = given_options(args, command)
    params = _call_arguments(given, module)
    if isinstance(params, str):
        return fail(stderr, params, EXIT_USAGE)
    if args.dry_run:
        return _dry_run(args, command, module, params, stdout, stderr)
    client = _client(args, command, module, stderr)
    if isinstance(client, int):
        return client
    host_url = client.base_url if command.host == "api" else client.papi_base_url
    refused = confirmation_refused(
        command,
        host_url,
        {option.name: _shown(value) for option, value in given},
        yes=args.yes,
        stdin=stdin,
        stderr=stderr,
    )
    if refused is not None:
        client.close()
        return fail(stderr, refused, EXIT_USAGE)
    try:
        with client, _warnings_to(stderr):
            content = answer.call(client, module, params)
    except BinanceAPIError as exc:
        code = "" if exc.code is None else f" code {exc.code}"
        extra = _unknown_outcome(exc) if isinstance(exc, OutcomeUnknownError) else ""
        return fail(stderr, f"Binance answered HTTP {exc.status_code}{code}: {exc.msg}{extra}", EXIT_API_ERROR)
    except ParameterError as exc:
        return fail(stderr, _parameter_error(exc, command), EXIT_USAGE)
    except ConnectionFailedError as exc:
        extra = _unknown_outcome(exc) if isinstance(exc, OutcomeUnknownError) else ""
        return fail(stderr, f"no answer: {exc}{extra}", EXIT_NO_ANSWER)
    except ResponseParseError as exc:
        return fail(stderr, f"the answer does not match the spec: {exc}", EXIT_NO_ANSWER)
    if args.json:
        stdout.flush()
        out = getattr(stdout, "buffer", None)
        if out is not None:
            out.write(content + b"\n")
            out.flush()
        else:
            stdout.write(content.decode("utf-8") + "\n")
    else:
        print(render_table(content), file=stdout)
    return EXIT_OK
