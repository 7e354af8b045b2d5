"""``binance-pm-sandbox``: run the sandbox in the foreground until Ctrl-C or SIGTERM.

The first line printed is the URL it listens on; with no keys given, the demo keys follow.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from .controls import Credential
from .harness import DEMO_API_KEY, DEMO_API_SECRET, bind_socket, make_server, url_of
from .ratelimit import DEFAULT_RATE_LIMITS
from .spec import SpecError, default_spec_path, load_spec
from .state import SandboxState


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="binance-pm-sandbox",
        description=(
            "A local Binance-compatible server for the Portfolio Margin API, built from the OpenAPI spec. "
            "One port serves /sapi, /papi and GET /api/v3/time."
        ),
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to bind; 0 picks a free one (default: 0)")
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
        type=int,
        default=None,
        help="per-minute request-weight limit of every counter (default: Binance's: "
        + ", ".join(f"{limit} for {header}" for header, limit in DEFAULT_RATE_LIMITS.items())
        + ")",
    )
    parser.add_argument("--clock-skew-ms", type=int, default=0, help="server clock minus this machine's, in ms")
    parser.add_argument("--access-log", action="store_true", help="log every request to stderr")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    demo = args.api_key is None and args.api_secret is None and args.public_key is None
    if not demo and args.api_key is None:
        print("binance-pm-sandbox: --api-secret and --public-key need --api-key", file=sys.stderr)
        return 2
    if not demo and args.api_secret is None and args.public_key is None:
        print("binance-pm-sandbox: --api-key needs --api-secret or --public-key", file=sys.stderr)
        return 2
    try:
        spec = load_spec(args.spec)
        public_key = args.public_key.read_bytes() if args.public_key is not None else None
    except (SpecError, OSError) as exc:
        print(f"binance-pm-sandbox: {exc}", file=sys.stderr)
        return 2

    api_key = DEMO_API_KEY if demo else args.api_key
    credential = (
        Credential(secret=DEMO_API_SECRET)
        if demo
        else Credential(secret=args.api_secret, public_key_pem=public_key if args.api_secret is None else None)
    )
    state = SandboxState(spec, {api_key: credential}, rate_limit=args.rate_limit, clock_skew_ms=args.clock_skew_ms)
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
        print(f"binance-pm-sandbox: cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return 1
    print(url_of(sock), flush=True)
    if demo:
        print(f"api key: {DEMO_API_KEY}", flush=True)
        print(f"api secret: {DEMO_API_SECRET}", flush=True)
    print(f"serving {len(spec.operations)} operations from {spec.title} {spec.version}; Ctrl-C stops", flush=True)
    try:
        server.run(sockets=[sock])
    finally:
        state.closing.set()
        sock.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
