"""The local server the benchmark calls: the project's sandbox when it is there, else a stub.

Both listen on 127.0.0.1 only, serve ``/sapi``, ``/papi`` and ``/api/v3/time`` from one port,
and answer the three benchmarked operations with the bodies from ``fixtures``: the sandbox
still checks every request (key, signature, parameters) but serves these bodies, so a new
order's answer costs the same on the hundredth call as on the first. The server runs
in a process of its own (``python -m benchmarks.server``), as a real server would: in the
benchmark's process it would share the GIL with the clients, and with many calls in flight
each side would wait out the other's switch interval.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

API_KEY = "bench-api-key-0123456789abcdefghijklmnopqrstuvwxyz"
API_SECRET = "bench-api-secret-0123456789abcdefghijklmnopqrstuvwxyz"
TIERED_PATH = "/sapi/v2/portfolio/collateralRate"
BRACKETS_PATH = "/papi/v1/um/leverageBracket"
ORDER_PATH = "/papi/v1/um/order"
# Far above what a benchmark run sends, so the sandbox never answers 429.
RATE_LIMIT = 10_000_000


@dataclass(frozen=True)
class Server:
    url: str
    api_key: str
    api_secret: str
    kind: str  # "sandbox" or "stub"


def _stub_app(bodies: dict[str, bytes]) -> Any:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    def route(path: str, body: bytes) -> Route:
        async def endpoint(request: Request) -> Response:
            return Response(body, media_type="application/json", headers={"X-SAPI-USED-IP-WEIGHT-1M": "50"})

        return Route(path, endpoint, methods=["GET", "POST"])

    async def server_time(request: Request) -> Response:
        return Response(json.dumps({"serverTime": time.time_ns() // 1_000_000}), media_type="application/json")

    routes = [route(path, body) for path, body in bodies.items()]
    return Starlette(routes=[*routes, Route("/api/v3/time", server_time)])


@contextlib.contextmanager
def _stub(bodies: dict[str, bytes]) -> Iterator[Server]:
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # Accepted connections inherit TCP_NODELAY; without it, a response written in two parts
    # (headers, body) waits out the client's delayed ACK: ~40 ms per call on loopback.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(_stub_app(bodies), log_level="warning", access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])), daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    try:
        yield Server(f"http://127.0.0.1:{port}", API_KEY, API_SECRET, "stub")
    finally:
        server.should_exit = True
        thread.join(5)
        sock.close()


@contextlib.contextmanager
def _sandbox(bodies: dict[str, bytes]) -> Iterator[Server]:
    from binance_pm_sandbox import Sandbox

    with Sandbox(api_key=API_KEY, api_secret=API_SECRET, rate_limit=RATE_LIMIT) as sandbox:
        for path, body in bodies.items():
            sandbox.set_body(path, body)
        yield Server(sandbox.url, sandbox.api_key, API_SECRET, "sandbox")


def sandbox_available() -> bool:
    try:
        from binance_pm_sandbox import harness  # noqa: F401
    except ImportError:
        return False
    return True


@contextlib.contextmanager
def _in_process(bodies: dict[str, bytes], *, stub: bool = False) -> Iterator[Server]:
    if stub or not sandbox_available():
        with _stub(bodies) as server:
            yield server
    else:
        with _sandbox(bodies) as server:
            yield server


@contextlib.contextmanager
def serve(symbols: int, *, stub: bool = False) -> Iterator[Server]:
    """A server process answering with the fixtures' bodies (``symbols`` symbols of brackets)."""
    command = [sys.executable, "-m", "benchmarks.server", "--symbols", str(symbols), *(["--stub"] if stub else [])]
    root = Path(__file__).resolve().parent.parent
    with subprocess.Popen(command, cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as process:
        assert process.stdin is not None and process.stdout is not None
        try:
            line = process.stdout.readline()
            if not line:
                raise RuntimeError(f"the benchmark server did not start (exit code {process.wait()})")
            yield Server(**json.loads(line))
        finally:
            process.stdin.close()  # the server stops at end of input
            process.wait(10)


def bodies(symbols: int) -> dict[str, bytes]:
    from .fixtures import leverage_brackets_body, new_um_order_body, tiered_collateral_rate_body

    return {
        TIERED_PATH: tiered_collateral_rate_body(),
        BRACKETS_PATH: leverage_brackets_body(symbols=symbols),
        ORDER_PATH: new_um_order_body(),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.server", description="The benchmark's server.")
    parser.add_argument("--symbols", type=int, default=400)
    parser.add_argument("--stub", action="store_true")
    args = parser.parse_args(argv)
    with _in_process(bodies(args.symbols), stub=args.stub) as server:
        print(json.dumps(server.__dict__), flush=True)
        sys.stdin.read()
    return 0


if __name__ == "__main__":
    sys.exit(main())
