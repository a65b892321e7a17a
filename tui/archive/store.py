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
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import stat
import threading
import time
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.archive.anchoring import anchor as make_anchor
from tui.archive.verdicts import BY_KEY, STATUS_NAMES

#: milliseconds a write waits for another process's transaction before giving up
BUSY_TIMEOUT_MS = 10_000

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


class ArchiveError(Exception):
    """The archive cannot be used for this; the message is one line, fit for a user."""


@dataclass(slots=True)
class ArticleEntry:
    """An archived article as listed: no text, no analysis."""

    id: int
    source: str
    title: str
    byline: str
    date: str
    first_opened: float
    last_opened: float
    actors: int | None
    quotes: int | None
    claims: int | None
    checked: int
    marks: int


@dataclass(slots=True)
class StoredArticle:
    """An archived article whole: its text as shown and its analysis (the `--json` dict), if any."""

    entry: ArticleEntry
    text: str
    analysis: dict[str, Any] | None
    pipeline: str | None
    code: str | None


@dataclass(slots=True)
class SearchHit:
    """A search result: an article (kind "article") or one of its quotes or claims."""

    kind: str
    article_id: int
    title: str
    start: int
    end: int
    text: str
    who: str
    last_opened: float


@dataclass(slots=True)
class Mark:
    """A verdict, note, evidence and status on one quote or claim, anchored to its words."""

    id: int
    article_id: int
    kind: str
    words: str
    anchor: str
    who: str
    start: int | None
    end: int | None
    verdict: str | None
    note: str
    evidence: list[str]
    status: str
    created: float
    updated: float
    title: str = ""
    source: str = ""
    date: str = ""


_UNSET: Any = object()


def fts_query(text: str) -> str:
    """A user's search as FTS5 wants it: every word quoted, all required (`"lavrov" "syria"`).

    Quotes, NEAR, `*`, `-`, `:` and parentheses are searched as the words around them, never run as
    syntax; "" when the search holds no word at all.
    """
    return " ".join(f'"{w}"' for w in re.findall(r"\w+", text, re.UNICODE))


def _any_words_query(text: str) -> str:
    """The words of `text` joined by OR (for finding resembling claims), each quoted."""
    return " OR ".join(f'"{w}"' for w in dict.fromkeys(re.findall(r"\w{3,}", text.casefold(), re.UNICODE)))


def text_key(title: str, text: str) -> str:
    """One entry per text: the key an article is stored under."""
    import hashlib

    h = hashlib.sha256(title.encode("utf-8", "surrogatepass"))
    h.update(b"\x00")
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _pack(analysis: dict[str, Any]) -> bytes:
    """The analysis without its text (stored once, beside it), as compressed JSON."""
    data = {k: v for k, v in analysis.items() if k != "text"}
    return zlib.compress(json.dumps(data, separators=(",", ":")).encode("utf-8", "surrogatepass"), 6)


def _unpack(blob: bytes | None, text: str) -> dict[str, Any] | None:
    if blob is None:
        return None
    data = json.loads(zlib.decompress(blob).decode("utf-8", "surrogatepass"))
    data["text"] = text
    return data


def _read_only_file(path: Path) -> bool:
    """No write permission bits, or none for us: the user meant it not to change (even as root)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return False
    return not (mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) or not os.access(path, os.W_OK)


class Archive:
    """One archive file, opened (and migrated) by `Archive.open`; safe to share between threads."""

    def __init__(self, path: Path, connection: sqlite3.Connection, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self._db = connection
        self._lock = threading.RLock()

    # --- opening -------------------------------------------------------------------------------------

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
                    _migrate(db, version)
            elif version < SCHEMA_VERSION:
                raise ArchiveError(
                    f"archive {shown}: is an older archive; open it once in the reader to update it"
                )
        except ArchiveError:
            db.close()
            raise
        except sqlite3.Error as exc:
            db.close()
            raise ArchiveError(f"archive {shown}: {_reason(exc)}; it is left as it is") from None
        return cls(path, db, read_only)

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
                raise ArchiveError(f"archive {self.path}: {_reason(exc)}") from None

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self._db
            except sqlite3.Error as exc:
                raise ArchiveError(f"archive {self.path}: {_reason(exc)}") from None

    # --- articles --------------------------------------------------------------------------------------

    def keep(
        self,
        *,
        source: str,
        title: str,
        text: str,
        byline: str = "",
        date: str = "",
        analysis: dict[str, Any] | None = None,
        pipeline: str | None = None,
        code: str | None = None,
        when: float | None = None,
    ) -> int:
        """Keep an article opened now (one entry per title and text: opening it again updates it);
        with `analysis` (the `--json` dict) its findings replace the stored ones. Returns its id."""
        now = time.time() if when is None else when
        key = text_key(title, text)
        with self._write() as db:
            row = db.execute("SELECT id FROM articles WHERE text_key = ?", (key,)).fetchone()
            if row is None:
                article_id = db.execute(
                    "INSERT INTO articles (text_key, source, title, byline, date, text, first_opened, "
                    "last_opened) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (key, source, title, byline, date, text, now, now),
                ).lastrowid
            else:
                article_id = row[0]
                db.execute(
                    "UPDATE articles SET source = ?, byline = CASE WHEN ? != '' THEN ? ELSE byline END, "
                    "date = CASE WHEN ? != '' THEN ? ELSE date END, last_opened = ? WHERE id = ?",
                    (source, byline, byline, date, date, now, article_id),
                )
            if analysis is not None:
                db.execute(
                    "UPDATE articles SET analysis = ?, pipeline = ?, code = ?, n_actors = ?, n_quotes = ?, "
                    "n_claims = ? WHERE id = ?",
                    (
                        _pack(analysis),
                        pipeline,
                        code,
                        len(analysis.get("actors", [])),
                        len(analysis.get("quotes", [])),
                        len(analysis.get("claims", [])),
                        article_id,
                    ),
                )
                db.execute("DELETE FROM findings WHERE article_id = ?", (article_id,))
                db.executemany(
                    "INSERT INTO findings (article_id, kind, start_at, end_at, text, who) VALUES (?, ?, ?, ?, ?, ?)",
                    _findings(article_id, analysis),
                )
        assert article_id is not None
        return int(article_id)

    _ENTRY = (
        "SELECT a.id, a.source, a.title, a.byline, a.date, a.first_opened, a.last_opened, a.n_actors, "
        "a.n_quotes, a.n_claims, "
        "(SELECT count(*) FROM marks m WHERE m.article_id = a.id AND m.verdict IS NOT NULL), "
        "(SELECT count(*) FROM marks m WHERE m.article_id = a.id) FROM articles a"
    )

    def articles(self, filter_text: str = "", limit: int | None = None) -> list[ArticleEntry]:
        """Kept articles, newest first; `filter_text` keeps those whose title or source holds it."""
        sql, args = self._ENTRY, []
        if filter_text.strip():
            like = "%" + re.sub(r"([\\%_])", r"\\\1", filter_text.strip()) + "%"
            sql += " WHERE a.title LIKE ? ESCAPE '\\' OR a.source LIKE ? ESCAPE '\\'"
            args += [like, like]
        sql += " ORDER BY a.last_opened DESC, a.id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        with self._read() as db:
            return [ArticleEntry(*row) for row in db.execute(sql, args)]

    def count(self) -> int:
        with self._read() as db:
            return db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def article(self, article_id: int) -> StoredArticle | None:
        """One kept article with its text and analysis, or None."""
        with self._read() as db:
            row = db.execute(self._ENTRY + " WHERE a.id = ?", (article_id,)).fetchone()
            if row is None:
                return None
            text, blob, pipeline, code = db.execute(
                "SELECT text, analysis, pipeline, code FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
        try:
            analysis = _unpack(blob, text)
        except (zlib.error, ValueError):
            analysis = None  # a damaged analysis is as good as none: the reader analyses again
        return StoredArticle(ArticleEntry(*row), text, analysis, pipeline, code)

    def find(self, title: str, text: str) -> int | None:
        """The id of the entry for this title and text, if kept."""
        with self._read() as db:
            row = db.execute(
                "SELECT id FROM articles WHERE text_key = ?", (text_key(title, text),)
            ).fetchone()
        return None if row is None else int(row[0])

    def forget(self, article_id: int) -> bool:
        """Remove an article, its findings, its marks and their search entries; False if unknown."""
        with self._write() as db:
            return db.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount > 0

    # --- search ----------------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Quotes and claims whose words or speaker/source match, then articles whose text matches;
        newest first (in index order, so a word in every article costs no more than a rare one: ranking
        all matches by bm25 took 450 ms for the commonest word of 10,000 articles). The query is words
        (see `fts_query`); none gives no hits."""
        match = fts_query(query)
        if not match:
            return []
        with self._read() as db:
            found = [
                SearchHit(*row)
                for row in db.execute(
                    "SELECT f.kind, f.article_id, a.title, f.start_at, f.end_at, f.text, f.who, a.last_opened "
                    "FROM findings_fts JOIN findings f ON f.id = findings_fts.rowid "
                    "JOIN articles a ON a.id = f.article_id "
                    "WHERE findings_fts MATCH ? ORDER BY findings_fts.rowid DESC LIMIT ?",
                    (match, limit),
                )
            ]
            for article_id, title, snippet, last_opened, text in db.execute(
                "SELECT a.id, a.title, snippet(articles_fts, 1, '', '', '…', 16), a.last_opened, a.text "
                "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
                "WHERE articles_fts MATCH ? ORDER BY articles_fts.rowid DESC LIMIT ?",
                (match, limit),
            ):
                start, end = _first_match(text, query)
                found.append(SearchHit("article", article_id, title, start, end, snippet, "", last_opened))
        return found

    # --- marks -----------------------------------------------------------------------------------------

    def set_mark(
        self,
        article_id: int,
        kind: str,
        words: str,
        *,
        who: str = "",
        start: int | None = None,
        end: int | None = None,
        verdict: str | None = _UNSET,
        note: str = _UNSET,
        evidence: Sequence[str] = _UNSET,
        status: str = _UNSET,
    ) -> Mark:
        """Create or change the mark on this article's finding with these words (what is not given
        keeps its value); one transaction."""
        if verdict is not _UNSET and verdict is not None and verdict not in BY_KEY:
            raise ValueError(f"unknown verdict {verdict!r}")
        if status is not _UNSET and status not in STATUS_NAMES:
            raise ValueError(f"unknown status {status!r}")
        key = make_anchor(words)
        now = time.time()
        with self._write() as db:
            db.execute(
                "INSERT INTO marks (article_id, kind, words, anchor, who, start_at, end_at, created, updated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_id, kind, anchor) DO UPDATE SET "
                "who = CASE WHEN excluded.who != '' THEN excluded.who ELSE who END, "
                "start_at = coalesce(excluded.start_at, start_at), end_at = coalesce(excluded.end_at, end_at), "
                "updated = excluded.updated",
                (article_id, kind, words, key, who, start, end, now, now),
            )
            changes = {
                "verdict": verdict,
                "note": note,
                "evidence": evidence if evidence is _UNSET else json.dumps(list(evidence)),
                "status": status,
            }
            for column, value in changes.items():
                if value is not _UNSET:
                    db.execute(
                        f"UPDATE marks SET {column} = ? WHERE article_id = ? AND kind = ? AND anchor = ?",
                        (value, article_id, kind, key),
                    )
            row = db.execute(
                self._MARK + " WHERE m.article_id = ? AND m.kind = ? AND m.anchor = ?",
                (article_id, kind, key),
            ).fetchone()
        return _mark(row)

    _MARK = (
        "SELECT m.id, m.article_id, m.kind, m.words, m.anchor, m.who, m.start_at, m.end_at, m.verdict, m.note, "
        "m.evidence, m.status, m.created, m.updated, a.title, a.source, a.date "
        "FROM marks m JOIN articles a ON a.id = m.article_id"
    )

    def marks(self, article_id: int | None = None) -> list[Mark]:
        """The marks of one article (in its order), or of every article (newest change first)."""
        with self._read() as db:
            if article_id is not None:
                rows = db.execute(
                    self._MARK + " WHERE m.article_id = ? ORDER BY m.start_at, m.id", (article_id,)
                )
            else:
                rows = db.execute(self._MARK + " ORDER BY m.updated DESC, m.id DESC")
            return [_mark(row) for row in rows]

    def mark(self, mark_id: int) -> Mark | None:
        with self._read() as db:
            row = db.execute(self._MARK + " WHERE m.id = ?", (mark_id,)).fetchone()
        return None if row is None else _mark(row)

    def forget_mark(self, mark_id: int) -> bool:
        with self._write() as db:
            return db.execute("DELETE FROM marks WHERE id = ?", (mark_id,)).rowcount > 0

    def checked_like(self, words: str, exclude_article: int | None = None, limit: int = 20) -> list[Mark]:
        """Marks with a verdict whose words share any word of `words` (the candidates for "checked
        before"; `tui.archive.similar` decides which are the same statement)."""
        match = _any_words_query(words)
        if not match:
            return []
        with self._read() as db:
            rows = db.execute(
                self._MARK + " JOIN marks_fts ON marks_fts.rowid = m.id WHERE marks_fts MATCH ? "
                "AND m.verdict IS NOT NULL AND m.article_id != ? ORDER BY marks_fts.rank LIMIT ?",
                (match, -1 if exclude_article is None else exclude_article, limit),
            )
            return [_mark(row) for row in rows]


def _migrate(db: sqlite3.Connection, version: int) -> None:
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


def _findings(article_id: int, analysis: dict[str, Any]) -> Iterator[tuple[Any, ...]]:
    """The searchable rows of an analysis: every quote with its speaker, every claim with its source."""
    text = analysis.get("text", "")
    for kind, who_name, who_span in (
        ("quote", "speaker_name", "speaker_span"),
        ("claim", "source_name", "source_span"),
    ):
        for item in analysis.get(f"{kind}s", []):
            who = item.get(who_name) or ""
            span = item.get(who_span)
            if not who and span:
                who = text[span[0] : span[1]]
            yield (article_id, kind, item["start"], item["end"], item["text"], who)


def _mark(row: Sequence[Any]) -> Mark:
    values = list(row)
    try:
        values[10] = [str(u) for u in json.loads(values[10])]
    except (ValueError, TypeError):
        values[10] = []
    return Mark(*values)


def _first_match(text: str, query: str) -> tuple[int, int]:
    """Where the first of the query's words is in an article's text (to open the article there)."""
    for word in re.findall(r"\w+", query, re.UNICODE):
        found = re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)
        if found:
            return found.start(), found.end()
    return 0, 0


def _reason(exc: sqlite3.Error) -> str:
    """SQLite's complaint in a user's words."""
    message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if "not a database" in message or "malformed" in message:
        return "is not a newsreader archive or is damaged"
    if "readonly" in message or "read-only" in message:
        return "is read-only"
    if "locked" in message or "busy" in message:
        return "is busy in another program (tried for 10 s)"
    return message
