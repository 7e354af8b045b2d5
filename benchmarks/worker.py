"""One contender, in its own clean venv, timing its calls when told to.

``python -m benchmarks.worker NAME`` (with ``benchmarks`` alone on ``PYTHONPATH``) reads the
server as a JSON line, builds the contender ``NAME`` of ``contenders.SYNC`` or
``contenders.ASYNC``, answers ``{"ready": true}``, then for each JSON line
``{"pick": "small", "calls": 100, "concurrency": 20}`` makes that many calls and answers
``{"seconds": <per call>}``. End of input closes the contender and ends the process. The
run in ``benchmarks.run`` drives one worker per contender, in turns, so every contender
is timed in a venv that holds only its own package.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import sys
import time
from typing import Any

from . import contenders as c
from .server import Server


def _answer(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def _serve_sync(contender: c.Contender) -> None:
    try:
        for line in sys.stdin:
            command = json.loads(line)
            call = getattr(contender, command["pick"])
            calls = int(command["calls"])
            gc.collect()
            start = time.perf_counter()
            for _ in range(calls):
                call()
            _answer({"seconds": (time.perf_counter() - start) / calls})
    finally:
        contender.close()


def _serve_async(build: Any, server: Server) -> None:
    # One loop for the worker's life: the clients' connection pools belong to it.
    loop = asyncio.new_event_loop()

    async def make() -> c.AsyncContender:
        made: c.AsyncContender = build(server)
        return made

    contender = loop.run_until_complete(make())
    _answer({"ready": True})
    try:
        for line in sys.stdin:
            command = json.loads(line)
            call = getattr(contender, command["pick"])
            calls = int(command["calls"])
            gc.collect()
            start = time.perf_counter()
            loop.run_until_complete(c.gather_calls(call, calls, int(command.get("concurrency", 1))))
            _answer({"seconds": (time.perf_counter() - start) / calls})
    finally:
        loop.run_until_complete(contender.close())
        loop.close()


def main(argv: list[str]) -> int:
    name = argv[0]
    # The official SDKs log a warning per symbol whose brackets do not fit their models: the
    # records are made (that time is counted) and dropped here, not written to a terminal.
    logging.getLogger().addHandler(logging.NullHandler())
    server = Server(**json.loads(sys.stdin.readline()))
    if name in c.ASYNC:
        _serve_async(c.ASYNC[name][0], server)
        return 0
    contender = c.SYNC[name][0](server)
    if contender is None:
        _answer({"ready": False})
        return 1
    _answer({"ready": True})
    _serve_sync(contender)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
