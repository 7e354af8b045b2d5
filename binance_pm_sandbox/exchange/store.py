"""Where the exchange keeps its state between runs: nowhere (``MemoryStore``) or a SQLite
file (``SqliteStore``, the standard library's ``sqlite3``).

The exchange saves an account (as JSON) after every change to it, and the shared state
(mark prices, id counters, clock offset) with it, in one transaction, while it holds its
lock: a restarted sandbox reading the same file finds every account, order and position as
the last answer left them.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Any, Protocol

from .model import Account, account_to_json

__all__ = ["MemoryStore", "SqliteStore", "Store"]


class Store(Protocol):
    def load(self) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
        """(api key -> account JSON, shared state JSON); both empty for a new store."""

    def save(self, api_key: str | None, account: Account | None, shared: dict[str, Any]) -> None:
        """Saves one account (when given) and the shared state."""

    def clear(self) -> None: ...

    def close(self) -> None: ...


class MemoryStore:
    """Keeps nothing: the state lives in the exchange's memory only."""

    def load(self) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
        return {}, {}

    def save(self, api_key: str | None, account: Account | None, shared: dict[str, Any]) -> None:
        del api_key, account, shared

    def clear(self) -> None:
        pass

    def close(self) -> None:
        pass


class SqliteStore:
    """One row per account and one for the shared state, in a SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS accounts (api_key TEXT PRIMARY KEY, body TEXT NOT NULL)")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS shared (id INTEGER PRIMARY KEY CHECK (id = 1), body TEXT NOT NULL)"
        )

    def load(self) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
        with self._lock:
            accounts = {key: json.loads(body) for key, body in self._db.execute("SELECT api_key, body FROM accounts")}
            row = self._db.execute("SELECT body FROM shared WHERE id = 1").fetchone()
        return accounts, (json.loads(row[0]) if row else {})

    def save(self, api_key: str | None, account: Account | None, shared: dict[str, Any]) -> None:
        body = json.dumps(account_to_json(account)) if account is not None else None
        with self._lock:
            self._db.execute("BEGIN")
            try:
                if api_key is not None and body is not None:
                    self._db.execute("INSERT OR REPLACE INTO accounts (api_key, body) VALUES (?, ?)", (api_key, body))
                self._db.execute("INSERT OR REPLACE INTO shared (id, body) VALUES (1, ?)", (json.dumps(shared),))
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def clear(self) -> None:
        with self._lock:
            self._db.execute("DELETE FROM accounts")
            self._db.execute("DELETE FROM shared")

    def close(self) -> None:
        with self._lock:
            self._db.close()
