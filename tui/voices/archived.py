"""Voices over the archive: every kept article with an analysis, as Voices facts.

The archive's store knows SQLite; this module only asks it for its articles (read-only, so Voices
never changes or migrates the file) and turns each one's stored analysis into facts. It knows
neither SQLite nor Textual.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tui.corpus.inputs import Skipped
from tui.corpus.results import text_hash
from tui.voices.facts import article_facts


def archive_facts(
    path: str | Path | None = None,
    advance: Callable[[int, int], None] = lambda done, total: None,
    cancelled: Callable[[], bool] = lambda: False,
    ids: dict[str, int] | None = None,
) -> tuple[list[dict[str, Any]], list[Skipped]]:
    """The facts of every archived article with an analysis (`path`: the default archive when None);
    an article kept without one is a skip. Raises the store's ArchiveError (one line) when the
    archive cannot be read. `ids`, when given, is filled with each article's archive id by the hash
    of its text (the reader opens an archived article by its id)."""
    from tui.archive import default_archive_path
    from tui.archive.store import Archive

    archive = Archive.open(path or default_archive_path(), read_only=True)
    facts: list[dict[str, Any]] = []
    skipped: list[Skipped] = []
    try:
        entries = archive.articles()
        for n, entry in enumerate(entries, 1):
            if cancelled():
                break
            stored = archive.article(entry.id)
            if stored is None:  # forgotten meanwhile
                continue
            if stored.analysis is None:
                skipped.append(Skipped(entry.source or entry.title, "kept without an analysis"))
                continue
            digest = text_hash(stored.text)
            if ids is not None:
                ids[digest] = entry.id
            record = dict(stored.analysis)
            record.update(
                source=entry.source,
                title=entry.title,
                byline=entry.byline,
                date=entry.date,
                text=stored.text,
                hash=digest,
            )
            facts.append(article_facts(record))
            if n % 50 == 0 or n == len(entries):
                advance(n, len(entries))
    finally:
        archive.close()
    return facts, skipped
