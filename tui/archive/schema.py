"""The archive's schema: its tables, their full-text indexes and the migrations between versions.

The schema carries its version in `user_version`; `MIGRATIONS[i]` takes a file from version i to
i + 1, one transaction per step, so that a file is always at one version or the next.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

_FTS_OPTIONS = "tokenize = 'unicode61 remove_diacritics 2'"


def _fts_triggers(table: str, columns: Sequence[str]) -> list[str]:
    """Keep the external-content FTS5 table `<table>_fts` in step with `table`."""
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    fts = f"{table}_fts"
    return [
        f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); END",
        f"CREATE TRIGGER {table}_au AFTER UPDATE OF {cols} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END",
    ]


#: MIGRATIONS[i] takes the schema from version i to i + 1 (version 0: an empty file).
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (  # 1: articles and their findings, searchable
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            text_key TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            title TEXT NOT NULL,
            byline TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            analysis BLOB,
            pipeline TEXT,
            code TEXT,
            n_actors INTEGER,
            n_quotes INTEGER,
            n_claims INTEGER,
            first_opened REAL NOT NULL,
            last_opened REAL NOT NULL)""",
        "CREATE INDEX articles_by_last_opened ON articles(last_opened DESC)",
        """CREATE TABLE findings (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            start_at INTEGER NOT NULL,
            end_at INTEGER NOT NULL,
            text TEXT NOT NULL,
            who TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX findings_by_article ON findings(article_id)",
        f"CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', "
        f"content_rowid='id', {_FTS_OPTIONS})",
        f"CREATE VIRTUAL TABLE findings_fts USING fts5(text, who, content='findings', "
        f"content_rowid='id', {_FTS_OPTIONS})",
        *_fts_triggers("articles", ("title", "text")),
        *_fts_triggers("findings", ("text", "who")),
    ),
    (  # 2: the desk's marks (verdicts, notes, evidence, status), anchored to a finding's words
        """CREATE TABLE marks (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            words TEXT NOT NULL,
            anchor TEXT NOT NULL,
            who TEXT NOT NULL DEFAULT '',
            start_at INTEGER,
            end_at INTEGER,
            verdict TEXT,
            note TEXT NOT NULL DEFAULT '',
            evidence TEXT NOT NULL DEFAULT '[]',
            status TEXT NOT NULL DEFAULT 'todo',
            created REAL NOT NULL,
            updated REAL NOT NULL,
            UNIQUE (article_id, kind, anchor))""",
        "CREATE INDEX marks_by_article ON marks(article_id)",
        f"CREATE VIRTUAL TABLE marks_fts USING fts5(words, who, content='marks', content_rowid='id', {_FTS_OPTIONS})",
        *_fts_triggers("marks", ("words", "who")),
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: sqlite3.Connection, version: int) -> None:
    """Bring the schema from `version` to SCHEMA_VERSION, one transaction per step."""
    for step in range(version, SCHEMA_VERSION):
        db.execute("BEGIN IMMEDIATE")
        try:
            # another process may have migrated while we waited for the lock
            if db.execute("PRAGMA user_version").fetchone()[0] != step:
                db.execute("ROLLBACK")
                continue
            for statement in MIGRATIONS[step]:
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {step + 1}")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
