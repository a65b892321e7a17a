"""One connection to an archive file and its transactions, shared by the archive's parts.

Every write is one `BEGIN IMMEDIATE` transaction, so two processes never deadlock upgrading a read
lock; the busy timeout makes a second reader or writer wait instead of failing. The connection is
shared between threads under one lock. Any SQLite error leaves as `ArchiveError`, one line in a
user's words.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

#: milliseconds a write waits for another process's transaction before giving up
BUSY_TIMEOUT_MS = 10_000


class ArchiveError(Exception):
    """The archive cannot be used for this; the message is one line, fit for a user."""


class Connection:
    """An open archive file: its path, its one connection and the lock that serialises its use."""

    def __init__(self, path: Path, connection: sqlite3.Connection, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self._db = connection
        self._lock = threading.RLock()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # --- transactions ----------------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (`BEGIN IMMEDIATE`: the busy timeout covers the wait)."""
        if self.read_only:
            raise ArchiveError(f"archive {self.path}: is open read-only")
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                raise ArchiveError(f"archive {self.path}: {reason(exc)}") from None

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self._db
            except sqlite3.Error as exc:
                raise ArchiveError(f"archive {self.path}: {reason(exc)}") from None


def reason(exc: sqlite3.Error) -> str:
    """SQLite's complaint in a user's words."""
    message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if "not a database" in message or "malformed" in message:
        return "is not a newsreader archive or is damaged"
    if "readonly" in message or "read-only" in message:
        return "is read-only"
    if "locked" in message or "busy" in message:
        return "is busy in another program (tried for 10 s)"
    return message
