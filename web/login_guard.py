"""Guarding the archive login: failed attempts limited per address and per user name, and
sessions that end on the server at logout, so a copied cookie is worthless afterwards.

Counting uses ``limits`` (the library beneath Flask-Limiter) with in-memory storage, one per
app: Flask-Limiter's decorators bind to one module-level limiter and count every request,
while here only *failed* attempts count, keyed by address and by the name typed.  Under
gunicorn each worker counts for itself, so the effective limit is the limit × workers.
"""

from __future__ import annotations

import fcntl
import json
from pathlib import Path

from limits import parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from indexer.durable import write_durably

DEFAULT_LIMIT = "10 per minute"
MESSAGE = "Zu viele Anmeldeversuche. Bitte in einer Minute erneut versuchen."


class LoginGuard:
    """Failed logins per client address and per user name, in a moving window."""

    def __init__(self, limit: str = DEFAULT_LIMIT) -> None:
        self.limit = parse(limit)
        self.window = MovingWindowRateLimiter(MemoryStorage())

    def allowed(self, address: str, name: str) -> bool:
        return all(self.window.test(self.limit, kind, key) for kind, key in _keys(address, name))

    def failed(self, address: str, name: str) -> None:
        for kind, key in _keys(address, name):
            self.window.hit(self.limit, kind, key)


def _keys(address: str, name: str) -> tuple[tuple[str, str], ...]:
    return ("adresse", address), ("name", name.strip().casefold()[:200])


class SessionVersions:
    """A version number per archivist, kept on disk (shared by all workers): a session is valid
    only while it carries the current one, and logging out moves it on."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def current(self, name: str) -> int:
        return int(self._read().get(name, 0))

    def end_sessions(self, name: str) -> None:
        """Move ``name``'s version on.  Read and write happen under an exclusive ``flock`` on a
        sibling lock file, so two workers logging out at once never lose an increment; the file
        itself is replaced atomically, so readers never see half of it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock = self.path.with_name(f".{self.path.name}.lock")
        with open(lock, "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file closes
            versions = self._read()
            versions[name] = int(versions.get(name, 0)) + 1
            write_durably(self.path, json.dumps(versions).encode("utf-8"))

    def _read(self) -> dict[str, int]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}
