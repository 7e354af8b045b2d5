"""The sandbox's ASGI application: HTTP in and out, and the user data stream's WebSocket
(``/pm/ws/<listenKey>``, served by ``streams``).

Each request goes, in order, to a scripted answer queued for it (``Controls.next_script``),
else to ``SandboxState.answer``; either way it lands in the request log. Binance's
behaviour lives in ``state``, ``gate``, ``handlers`` and ``exchange``; this module only
turns requests into calls and answers into responses (including a scripted answer cut
short, which drops the connection).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route, WebSocketRoute
from starlette.types import Receive, Scope, Send

from .controls import RecordedRequest
from .state import SandboxState
from .streams import stream_endpoint

__all__ = ["JSON_CONTENT_TYPE", "ConnectionCut", "create_app"]

JSON_CONTENT_TYPE = "application/json;charset=UTF-8"


class ConnectionCut(Exception):
    """Raised after a scripted answer sent part of its body: makes the server drop the connection."""


class _DropCutTracebacks(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], ConnectionCut))


_cut_filter = _DropCutTracebacks()
for _name in ("uvicorn.error", "uvicorn"):
    if _cut_filter not in logging.getLogger(_name).filters:
        logging.getLogger(_name).addFilter(_cut_filter)


class _CutResponse(Response):
    """Announces the whole body's length, sends only its start, then drops the connection."""

    def __init__(self, body: bytes, cut_after: int, status_code: int, headers: Mapping[str, str]) -> None:
        super().__init__(body, status_code=status_code, headers=headers)
        self._cut_after = cut_after

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        await send({"type": "http.response.body", "body": self.body[: self._cut_after], "more_body": True})
        raise ConnectionCut("scripted cut")


def _headers_of(request: Request) -> tuple[tuple[str, str], ...]:
    return tuple((key.decode("latin-1").lower(), value.decode("latin-1")) for key, value in request.scope["headers"])


async def _sleep(state: SandboxState, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not state.closing.is_set():
        left = deadline - time.monotonic()
        if left <= 0:
            return
        await asyncio.sleep(min(left, 0.05))


def _response(status: int, body: bytes, headers: Mapping[str, str], cut_after: int | None = None) -> Response:
    merged = {"Content-Type": JSON_CONTENT_TYPE, **headers}
    if cut_after is not None:
        return _CutResponse(body, cut_after, status, merged)
    return Response(body, status_code=status, headers=merged)


def create_app(state: SandboxState) -> Starlette:
    """The Starlette application answering every path from ``state``."""
    controls = state.controls

    async def handle(request: Request) -> Response:
        raw_query: bytes = request.scope.get("query_string", b"")
        path: str = request.scope["path"]
        method = request.method
        headers = _headers_of(request)
        body = await request.body()

        scripted = controls.next_script(method, path)
        if scripted is not None and not scripted.after_handling:
            if scripted.delay:
                await _sleep(state, scripted.delay)
            controls.record(
                RecordedRequest(
                    method, path, raw_query, headers, body, scripted.status, None, True, state.server_time_ms()
                )
            )
            return _response(scripted.status, scripted.body, scripted.headers, scripted.cut_after)

        client = request.client.host if request.client is not None else "unknown"
        answer = state.answer(method, path, raw_query, dict(headers), body, client)
        controls.record(
            RecordedRequest(
                method, path, raw_query, headers, body, answer.status, answer.code, False, state.server_time_ms()
            )
        )
        if scripted is not None:  # handled, and now its answer is replaced or cut
            if scripted.body:
                return _response(scripted.status, scripted.body, scripted.headers, scripted.cut_after)
            return _response(answer.status, answer.body, {**answer.headers, **scripted.headers}, scripted.cut_after)
        return _response(answer.status, answer.body, answer.headers)

    methods = ["GET", "POST", "PUT", "DELETE", "PATCH"]
    app = Starlette(
        routes=[
            WebSocketRoute("/pm/ws/{listen_key}", stream_endpoint(state.streams, state.closing)),
            Route("/{path:path}", handle, methods=methods),
        ]
    )
    app.state.sandbox = state
    return app
