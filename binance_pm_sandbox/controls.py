"""Test controls: what a test (or the command line) sets on the sandbox from outside.

API keys, the server clock's skew, scripted answers, success bodies served instead of the
normal answer, and the log of requests received. None of it is Binance behaviour; the gate,
the handlers and the exchange read it. Every method is safe to call from any thread.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from .bodies import ServedBody
from .signing import public_key_problem
from .spec import SandboxSpec, dump_json

__all__ = ["Controls", "Credential", "RecordedRequest", "ScriptedResponse", "parse_params"]


def parse_params(raw: bytes) -> list[tuple[str, str]]:
    """Query (or form body) pairs, percent-decoded, in the order sent."""
    return parse_qsl(raw.decode("latin-1"), keep_blank_values=True, encoding="utf-8", errors="replace")


@dataclass(frozen=True, slots=True)
class Credential:
    """What an API key signs with: an HMAC secret or a PEM public key (RSA or Ed25519)."""

    secret: str | None = field(default=None, repr=False)
    public_key_pem: bytes | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if (self.secret is None) == (self.public_key_pem is None):
            raise ValueError("a key needs exactly one of secret and public_key_pem")
        if self.public_key_pem is not None:
            # Refused now, not as -1022 on every request signed with the key.
            problem = public_key_problem(self.public_key_pem)
            if problem is not None:
                raise ValueError(f"public_key_pem: {problem}")

    def __repr__(self) -> str:
        kind = "hmac" if self.secret is not None else "public-key"
        return f"Credential({kind}, <redacted>)"


@dataclass(frozen=True, slots=True)
class ScriptedResponse:
    """An answer served instead of the normal handling, for the next request to a path.

    Attributes:
        status: the HTTP status.
        body: the body bytes, sent as they are.
        headers: extra headers (``Content-Type`` defaults to JSON).
        cut_after: when set, ``Content-Length`` announces the whole ``body`` but only its
            first ``cut_after`` bytes are sent, then the connection is closed.
        delay: seconds to wait before answering (the sandbox's stop cuts it short).
        after_handling: the request is first handled as usual (an order is placed), and
            only then is this answer served instead; with no ``body``, the real answer is
            served, cut after ``cut_after`` bytes. This is the answer lost on its way back.
    """

    status: int = 200
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    cut_after: int | None = None
    delay: float = 0.0
    after_handling: bool = False

    @classmethod
    def lost_after_handling(cls, cut_after: int = 1) -> ScriptedResponse:
        """The request is carried out, then its answer is cut after ``cut_after`` bytes."""
        return cls(after_handling=True, cut_after=cut_after)

    @classmethod
    def json(cls, value: Any, status: int = 200, **kwargs: Any) -> ScriptedResponse:
        """An answer whose body is ``value`` as compact JSON (Decimal written exactly)."""
        return cls(status=status, body=dump_json(value), **kwargs)

    @classmethod
    def error(cls, status: int, code: int, msg: str, **kwargs: Any) -> ScriptedResponse:
        """A Binance error answer: ``{"code": code, "msg": msg}``."""
        return cls(status=status, body=dump_json({"code": code, "msg": msg}), **kwargs)


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request as the sandbox received it, and what it answered.

    Attributes:
        method, path: as received (path percent-decoded by the server).
        raw_query: the query string's raw bytes, exactly as sent.
        headers: (lower-case name, value) pairs, in order.
        body: the request body.
        status: the HTTP status answered.
        code: Binance's error code answered, or None for a success or a scripted answer.
        scripted: answered by a ``ScriptedResponse``.
        server_time_ms: the sandbox clock (skew included) when the request was answered.
    """

    method: str
    path: str
    raw_query: bytes
    headers: tuple[tuple[str, str], ...]
    body: bytes
    status: int
    code: int | None
    scripted: bool
    server_time_ms: int

    def header(self, name: str) -> str | None:
        """The first value of a header, case-insensitively, or None."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key == wanted), None)

    @property
    def params(self) -> dict[str, str]:
        """The query parameters, percent-decoded (the last value of a repeated one)."""
        return dict(parse_params(self.raw_query))

    def __repr__(self) -> str:
        return f"RecordedRequest({self.method} {self.path}?{self.raw_query.decode('latin-1')} -> {self.status})"


class Controls:
    """Keys, clock skew, scripts, body overrides and the request log, behind one lock.

    Scripts, body overrides and log filters take an operationId (that operation only) or a
    path (every method on it).
    """

    def __init__(
        self,
        spec: SandboxSpec,
        keys: Mapping[str, Credential] | None = None,
        *,
        clock_skew_ms: int = 0,
        max_logged_requests: int = 10000,
    ) -> None:
        self.spec = spec
        self._lock = threading.Lock()
        self._keys: dict[str, Credential] = dict(keys or {})
        self.clock_skew_ms = clock_skew_ms
        self._scripts: dict[str, deque[ScriptedResponse]] = {}
        self._bodies: dict[str, ServedBody] = {}
        self._log: deque[RecordedRequest] = deque(maxlen=max_logged_requests)
        #: Set while the server stops: scripted delays end early.
        self.closing = threading.Event()

    # -- clock and keys ------------------------------------------------------------------

    def server_time_ms(self) -> int:
        """The sandbox clock: this machine's, plus ``clock_skew_ms``."""
        return time.time_ns() // 1_000_000 + self.clock_skew_ms

    def add_key(self, api_key: str, *, secret: str | None = None, public_key_pem: bytes | None = None) -> None:
        """Registers an API key with its HMAC secret or PEM public key (RSA or Ed25519)."""
        credential = Credential(secret=secret, public_key_pem=public_key_pem)
        with self._lock:
            self._keys[api_key] = credential

    def remove_key(self, api_key: str) -> None:
        with self._lock:
            self._keys.pop(api_key, None)

    def credential(self, api_key: str) -> Credential | None:
        with self._lock:
            return self._keys.get(api_key)

    # -- scripted answers ----------------------------------------------------------------

    def _script_key(self, path_or_operation_id: str) -> str:
        if path_or_operation_id.startswith("/"):
            return path_or_operation_id
        op = self.spec.resolve(path_or_operation_id)
        return f"{op.method} {op.path}"

    def path_of(self, path_or_operation_id: str) -> str:
        """A path as it is, or the path of the operation with this operationId."""
        if path_or_operation_id.startswith("/"):
            return path_or_operation_id
        return self.spec.resolve(path_or_operation_id).path

    def script(self, path_or_operation_id: str, *responses: ScriptedResponse) -> None:
        """Queues answers for the next requests to an operation (or to any method on a path),
        served in order before normal handling."""
        key = self._script_key(path_or_operation_id)
        with self._lock:
            self._scripts.setdefault(key, deque()).extend(responses)

    def pending_scripts(self, path_or_operation_id: str | None = None) -> int:
        """How many scripted answers are still queued (for one operation or path, or in all)."""
        with self._lock:
            if path_or_operation_id is None:
                return sum(len(queue) for queue in self._scripts.values())
            return len(self._scripts.get(self._script_key(path_or_operation_id), ()))

    def clear_scripts(self) -> None:
        with self._lock:
            self._scripts.clear()

    def next_script(self, method: str, path: str) -> ScriptedResponse | None:
        """The next answer queued for this operation, else for its path; None if neither has one."""
        with self._lock:
            for key in (f"{method} {path}", path):
                queue = self._scripts.get(key)
                if queue:
                    return queue.popleft()
            return None

    # -- success bodies ------------------------------------------------------------------

    def set_body(self, path_or_operation_id: str, body: bytes | Any | None) -> None:
        """Serves ``body`` (bytes as they are, else compact JSON) as the success answer of an
        operation (or of every operation on a path), instead of its handler or example; None
        restores the normal answer."""
        served = None if body is None else ServedBody.of(body if isinstance(body, bytes) else dump_json(body))
        ops = self.spec.matching(path_or_operation_id)
        with self._lock:
            for op in ops:
                if served is None:
                    self._bodies.pop(op.operation_id, None)
                else:
                    self._bodies[op.operation_id] = served

    def body_override(self, operation_id: str) -> ServedBody | None:
        with self._lock:
            return self._bodies.get(operation_id)

    def clear_bodies(self) -> None:
        with self._lock:
            self._bodies.clear()

    # -- the request log -----------------------------------------------------------------

    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._log.append(request)

    @property
    def requests(self) -> list[RecordedRequest]:
        """The requests received, oldest first (a copy)."""
        with self._lock:
            return list(self._log)

    def requests_to(self, path_or_operation_id: str) -> list[RecordedRequest]:
        """The requests to an operation (its method and path), or to any method on a path."""
        if path_or_operation_id.startswith("/"):
            return [r for r in self.requests if r.path == path_or_operation_id]
        op = self.spec.resolve(path_or_operation_id)
        return [r for r in self.requests if (r.method, r.path) == (op.method, op.path)]

    def clear_requests(self) -> None:
        with self._lock:
            self._log.clear()
