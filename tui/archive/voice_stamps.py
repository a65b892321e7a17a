"""What Voices needs to know of the archive before it reads any analysis: each kept article's id and
a stamp that changes whenever its analysis, text or listing does, so that the Voices facts kept for
the archive (`tui.voices.archived`) are made again for those articles only.

A store module: it knows SQLite (read-only, through the archive's connection), nothing of Textual.
Kept apart from `tui.archive.store` so that the store's own modules can change without it.
"""

from __future__ import annotations

import json

from tui.archive.store import Archive

_STAMPS = (
    "SELECT id, text_key, source, title, date, pipeline, code, length(analysis), analysis IS NULL "
    "FROM articles ORDER BY last_opened DESC, id DESC"
)


def analysis_stamps(archive: Archive) -> list[tuple[int, str | None]]:
    """(id, stamp) of every kept article, newest first; the stamp is None for an article kept
    without an analysis. An analysis is a pure function of its text and the pipeline and code
    that made it, so those (with the blob's length, for a damaged one) stand for it unread."""
    with archive._read() as db:
        rows = db.execute(_STAMPS).fetchall()
    return [(int(row[0]), None if row[8] else json.dumps(row[1:8], ensure_ascii=False)) for row in rows]
