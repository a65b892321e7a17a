"""The desk's marks in the archive: a verdict, note, evidence and status on a quote or claim.

A mark is anchored to its article and to the finding's words (`tui.archive.anchoring`), so it
survives a new analysis; `checked_like` finds the marks with a verdict that share words with a
claim, the candidates for "checked before" (`tui.archive.similar` decides).
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from typing import Any

from tui.archive.anchoring import anchor as make_anchor
from tui.archive.connection import Connection
from tui.archive.records import Mark, mark_from_row
from tui.archive.search import any_words_query
from tui.archive.verdicts import BY_KEY, STATUS_NAMES

_UNSET: Any = object()
#: a mark with the title, source and date of its article
MARK_SELECT = (
    "SELECT m.id, m.article_id, m.kind, m.words, m.anchor, m.who, m.start_at, m.end_at, m.verdict, m.note, "
    "m.evidence, m.status, m.created, m.updated, a.title, a.source, a.date "
    "FROM marks m JOIN articles a ON a.id = m.article_id"
)


class MarksMixin(Connection):
    """Setting, listing and forgetting marks."""

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
                MARK_SELECT + " WHERE m.article_id = ? AND m.kind = ? AND m.anchor = ?",
                (article_id, kind, key),
            ).fetchone()
        return mark_from_row(row)

    def marks(self, article_id: int | None = None) -> list[Mark]:
        """The marks of one article (in its order), or of every article (newest change first)."""
        with self._read() as db:
            if article_id is not None:
                rows = db.execute(
                    MARK_SELECT + " WHERE m.article_id = ? ORDER BY m.start_at, m.id", (article_id,)
                )
            else:
                rows = db.execute(MARK_SELECT + " ORDER BY m.updated DESC, m.id DESC")
            return [mark_from_row(row) for row in rows]

    def mark(self, mark_id: int) -> Mark | None:
        with self._read() as db:
            row = db.execute(MARK_SELECT + " WHERE m.id = ?", (mark_id,)).fetchone()
        return None if row is None else mark_from_row(row)

    def forget_mark(self, mark_id: int) -> bool:
        with self._write() as db:
            return db.execute("DELETE FROM marks WHERE id = ?", (mark_id,)).rowcount > 0

    def checked_like(self, words: str, exclude_article: int | None = None, limit: int = 20) -> list[Mark]:
        """Marks with a verdict whose words share any word of `words` (the candidates for "checked
        before"; `tui.archive.similar` decides which are the same statement)."""
        match = any_words_query(words)
        if not match:
            return []
        with self._read() as db:
            rows = db.execute(
                MARK_SELECT + " JOIN marks_fts ON marks_fts.rowid = m.id WHERE marks_fts MATCH ? "
                "AND m.verdict IS NOT NULL AND m.article_id != ? ORDER BY marks_fts.rank LIMIT ?",
                (match, -1 if exclude_article is None else exclude_article, limit),
            )
            return [mark_from_row(row) for row in rows]
