"""The ``binance-pm-sandbox`` command: run the sandbox in the foreground until Ctrl-C or SIGTERM.

The first line printed is the URL it listens on; with no keys given, the demo keys follow.
Exit status: 0 after a stop, 1 when the address cannot be bound, 2 for bad usage (an option
out of range, an unusable ``--public-key``, an unreadable spec, prices file or state file).
``main`` is the entry point that calls ``run``.

Trading: ``--prices FILE`` sets mark prices at start, ``--price-walk SEED`` moves them
every ``--price-walk-interval`` seconds along a seeded random walk, ``--state FILE`` keeps
accounts, orders and positions in a SQLite file across restarts.
"""

from __future__ import annotations

import argparse
import signal
import sqlite3
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO, cast

from binance_pm_cli.redact import Redacting, hidden_values

from .controls import Credential
from .exchange import SqliteStore
from .harness import DEMO_API_KEY, DEMO_API_SECRET, bind_socket, make_server, url_of
from .prices import PriceFileError, PriceWalk, load_prices
from .ratelimit import DEFAULT_RATE_LIMITS
from .signing import public_key_problem
from .spec import SpecError, default_spec_path, load_spec
from .state import SandboxState

__all__ = ["build_parser", "run"]

PROG = "binance-pm-sandbox"
_MAX_PORT = 65535


def _port(text: str) -> int:
    port = _integer(text)
    if not 0 <= port <= _MAX_PORT:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port: give 0 to {_MAX_PORT} (0: a free one)")
    return port


def _positive(text: str) -> int:
    number = _integer(text)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive integer")
    return number


def _integer(text: str) -> int:
    # int() also takes "١٢" and " 12_000 "; an option is plain ASCII digits with an optional sign.
    stripped = text.removeprefix("-")
    if not (stripped.isascii() and stripped.isdigit()):
        raise argparse.ArgumentTypeError(f"{text!r} is not an integer")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        # No abbreviations: an ambiguous "--api=VALUE" would be quoted back, value and all.
        allow_abbrev=False,
        description=(
            "A local Binance-compatible server for the Portfolio Margin API, built from the OpenAPI spec. "
            "One port serves /sapi, /papi and GET /api/v3/time."
        ),
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument(
        "--port", type=_port, default=0, help=f"port to bind, 0 to {_MAX_PORT}; 0 picks a free one (default: 0)"
    )
    parser.add_argument("--api-key", help="the API key accepted (default: the demo key, printed)")
    secret = parser.add_mutually_exclusive_group()
    secret.add_argument("--api-secret", help="the HMAC secret of --api-key (default: the demo secret, printed)")
    secret.add_argument(
        "--public-key",
        type=Path,
        metavar="PEM_FILE",
        help="instead of --api-secret: the RSA or Ed25519 public key that --api-key signs with",
    )
    parser.add_argument("--spec", type=Path, default=None, help=f"the OpenAPI spec (default: {default_spec_path()})")
    parser.add_argument(
        "--rate-limit",
        type=_positive,
        default=None,
        help="per-minute request-weight limit of every counter, at least 1 (default: Binance's: "
        + ", ".join(f"{limit} for {header}" for header, limit in DEFAULT_RATE_LIMITS.items())
        + ")",
    )
    parser.add_argument(
        "--clock-skew-ms", type=_integer, default=0, help="server clock minus this machine's, in ms (default: 0)"
    )
    parser.add_argument("--access-log", action="store_true", help="log every request to stderr")
    parser.add_argument(
        "--prices",
        type=Path,
        metavar="FILE",
        help="mark prices to start from: JSON {symbol: price} or CSV symbol,price rows",
    )
    parser.add_argument(
        "--price-walk",
        type=_integer,
        metavar="SEED",
        help="move every mark price along a random walk seeded with SEED (the same seed, the same prices)",
    )
    parser.add_argument(
        "--price-walk-interval",
        type=_positive_seconds,
        default=1.0,
        metavar="SECONDS",
        help="seconds between two steps of --price-walk (default: 1)",
    )
    parser.add_argument(
        "--state", type=Path, metavar="FILE", help="keep accounts, orders and positions in this SQLite file"
    )
    return parser


def _positive_seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 < seconds <= 86400:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds above 0 and at most 86400")
    return seconds


def _walk(state: SandboxState, seed: int, interval: float) -> threading.Thread:
    walk = PriceWalk(seed, state.exchange.marks)

    def run() -> None:
        while not state.closing.wait(interval):
            for symbol, price in walk.step().items():
                state.exchange.set_mark_price(symbol, price)

    thread = threading.Thread(target=run, name="binance-pm-sandbox price walk", daemon=True)
    thread.start()
    return thread


def _usage_error(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return 2


def _credential(args: argparse.Namespace) -> Credential | str:
    """The credential the options give, or why they give none (a usage error)."""
    if args.api_key is None:
        return "--api-secret and --public-key need --api-key"
    if not args.api_key or args.api_key != args.api_key.strip():
        return "--api-key must not be empty or start or end with a space"
    if args.api_secret is not None:
        return Credential(secret=args.api_secret) if args.api_secret else "--api-secret must not be empty"
    if args.public_key is None:
        return "--api-key needs --api-secret or --public-key"
    try:
        pem = args.public_key.read_bytes()
    except OSError as exc:
        return f"--public-key {args.public_key}: cannot read it: {exc.strerror or exc}"
    problem = public_key_problem(pem)
    if problem is not None:
        return f"--public-key {args.public_key}: {problem}"
    return Credential(public_key_pem=pem)


def run(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    # argparse quotes the arguments it cannot place: a value given to --api-secret (or to a
    # misspelling of it) is masked in whatever it prints, as the binance-pm command does.
    hidden = hidden_values(arguments, {})
    stderr = sys.stderr
    if hidden:
        sys.stderr = cast(TextIO, Redacting(stderr, hidden))
    try:
        args = build_parser().parse_args(arguments)
    finally:
        sys.stderr = stderr
    demo = args.api_key is None and args.api_secret is None and args.public_key is None
    credential = Credential(secret=DEMO_API_SECRET) if demo else _credential(args)
    if isinstance(credential, str):
        return _usage_error(credential)
    try:
        spec = load_spec(args.spec)
    except SpecError as exc:
        return _usage_error(str(exc))

    try:
        prices = load_prices(args.prices) if args.prices is not None else {}
    except PriceFileError as exc:
        return _usage_error(f"--prices {exc}")
    try:
        store = SqliteStore(args.state) if args.state is not None else None
    except sqlite3.Error as exc:
        return _usage_error(f"--state {args.state}: not a usable SQLite file: {exc}")

    api_key = DEMO_API_KEY if demo else args.api_key
    try:
        state = SandboxState(
            spec, {api_key: credential}, rate_limit=args.rate_limit, clock_skew_ms=args.clock_skew_ms, store=store
        )
    except (sqlite3.Error, ValueError, KeyError) as exc:
        return _usage_error(f"--state {args.state}: cannot read the state in it: {exc}")
    for symbol, price in prices.items():
        state.exchange.set_mark_price(symbol, price)
    server = make_server(state, access_log=args.access_log, log_level="info" if args.access_log else "warning")

    def stop(signum: int, frame: object) -> None:
        server.should_exit = True
        state.closing.set()

    # Until uvicorn installs its own handlers (and after it restores these and re-raises the
    # signal it got), Ctrl-C and SIGTERM ask the server to stop: never a traceback, exit 0.
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    try:
        sock = bind_socket(args.host, args.port)
    except OSError as exc:
        print(f"{PROG}: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(url_of(sock), flush=True)
    if demo:
        print(f"api key: {DEMO_API_KEY}", flush=True)
        print(f"api secret: {DEMO_API_SECRET}", flush=True)
    print(f"serving {len(spec.operations)} operations from {spec.title} {spec.version}; Ctrl-C stops", flush=True)
    if args.price_walk is not None:
        _walk(state, args.price_walk, args.price_walk_interval)
    try:
        server.run(sockets=[sock])
    finally:
        state.closing.set()
        sock.close()
        state.exchange.store.close()
    return 0
