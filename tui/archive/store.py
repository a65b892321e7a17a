"""The archive database: one SQLite file of articles, their findings and the marks set on them.

Why SQLite: it is in Python, needs no set-up and gives what a desk needs from one file — write-ahead
logging (a reader never blocks a writer), transactions (a killed process leaves every committed mark
and nothing half-written), a busy timeout (two readers on one archive wait for each other instead of
failing) and FTS5 for full-text search. Every write is one `BEGIN IMMEDIATE` transaction, so two
processes never deadlock upgrading a read lock.

The schema carries its version in `user_version`; `MIGRATIONS[i]` takes a file from version i to
i + 1. A file this code cannot use — written by a newer version, not a database, damaged, or
read-only when it must be written — raises `ArchiveError` with a one-line message; it is never
written to, let alone replaced. Text from articles reaches SQL only as parameters, and a search is
always a list of quoted words (`fts_query`), never FTS5 syntax of the user's.

Nothing here knows Textual; the app calls this from worker threads (one connection, one lock).
This module opens the file; the archive's parts live beside it, one concern each: `schema` (tables,
migrations), `connection` (transactions, errors), `articles`, `search`, `marks`, `records` (the
dataclasses handed out). Import them from here: this is the archive's public face.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from tui.archive.articles import ArticlesMixin, text_key
from tui.archive.connection import BUSY_TIMEOUT_MS, ArchiveError, reason
from tui.archive.marks import MarksMixin
from tui.archive.records import ArticleEntry, Mark, SearchHit, StoredArticle
from tui.archive.schema import MIGRATIONS, SCHEMA_VERSION, migrate
from tui.archive.search import SearchMixin, fts_query

__all__ = [
    "BUSY_TIMEOUT_MS",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Archive",
    "ArchiveError",
    "ArticleEntry",
    "Mark",
    "SearchHit",
    "StoredArticle",
    "fts_query",
    "text_key",
]


def _read_only_file(path: Path) -> bool:
    """No write permission bits, or none for us: the user meant it not to change (even as root)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return False
    return not (mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) or not os.access(path, os.W_OK)


class Archive(ArticlesMixin, SearchMixin, MarksMixin):
    """One archive file, opened (and migrated) by `Archive.open`; safe to share between threads.
    Its parts: `articles` (keeping and reading articles), `search`, `marks`; `connection` holds the
    transactions they share and `schema` the tables."""

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> Archive:
        """Open `path`, creating or migrating it; `read_only` for commands that only read.

        Raises ArchiveError (one line) for a file written by a newer version, a file that is not an
        archive or is damaged, and a read-only file when writing is wanted; the file is not touched.
        """
        path = Path(path)
        shown = str(path)
        if path.is_dir():
            raise ArchiveError(f"archive {shown}: is a directory")
        exists = path.exists()
        if _read_only_file(path) and not read_only:
            raise ArchiveError(f"archive {shown}: is read-only; nothing is kept this time")
        if not exists:
            if read_only:
                raise ArchiveError(f"archive {shown}: does not exist yet (nothing has been kept)")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ArchiveError(f"archive {shown}: cannot be created ({exc.strerror or exc})") from None
        try:
            if read_only:
                db = sqlite3.connect(
                    f"{path.resolve().as_uri()}?mode=ro",
                    uri=True,
                    isolation_level=None,
                    check_same_thread=False,
                )
            else:
                db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise ArchiveError(f"archive {shown}: cannot be opened ({exc})") from None
        try:
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if version > SCHEMA_VERSION:
                raise ArchiveError(
                    f"archive {shown}: was written by a newer newsreader (schema {version}, this one "
                    f"knows {SCHEMA_VERSION}); it is left as it is"
                )
            if version == 0 and exists and db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise ArchiveError(
                    f"archive {shown}: is a SQLite database of something else; it is left as it is"
                )
            db.execute("PRAGMA foreign_keys = ON")
            if not read_only:
                if db.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() != "wal":
                    raise ArchiveError(f"archive {shown}: cannot use write-ahead logging here")
                db.execute("PRAGMA synchronous = NORMAL")  # WAL: a commit survives a killed process
                if version < SCHEMA_VERSION:
                    migrate(db, version)
            elif version < SCHEMA_VERSION:
                raise ArchiveError(
                    f"archive {shown}: is an older archive; open it once in the reader to update it"
                )
        except ArchiveError:
            db.close()
            raise
        except sqlite3.Error as exc:
            db.close()
            raise ArchiveError(f"archive {shown}: {reason(exc)}; it is left as it is") from None
        return cls(path, db, read_only)
