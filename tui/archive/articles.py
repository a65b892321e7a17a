"""The kept articles in the archive: one entry per title and text, with its analysis and findings.

The analysis is stored without its text (kept once, beside it) as compressed JSON; its quotes and
claims are rows of their own (`findings`) so that search finds them with who said them.
"""

from __future__ import annotations

import json
import re
import time
import zlib
from collections.abc import Iterator
from typing import Any

from tui.archive.connection import Connection
from tui.archive.records import ArticleEntry, StoredArticle


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


class ArticlesMixin(Connection):
    """Keeping, listing, reading and forgetting articles."""

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
