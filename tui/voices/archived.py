"""Voices over the archive: every kept article with an analysis, as Voices facts.

The facts are kept beside the archive (`ARCHIVE.voices`, the sidecar format of `tui.voices.sidecar`)
with each article's id and stamp (`tui.archive.voice_stamps`): opening Voices again reads only the
articles kept or analysed again since, so ten thousand kept articles need not be read each time. A
sidecar that cannot be written (a read-only folder) is no error: the facts are made each time.

The archive's store modules know SQLite; this module only asks them for articles (read-only, so
Voices never changes or migrates the file). It knows neither SQLite nor Textual.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tui.corpus.inputs import Skipped
from tui.corpus.results import text_hash
from tui.voices.columns import FactTables, concat, fact_tables, take_articles
from tui.voices.facts import article_facts
from tui.voices.sidecar import facts_version, read_side, write_side


def archive_facts(
    path: str | Path | None = None,
    advance: Callable[[int, int], None] = lambda done, total: None,
    cancelled: Callable[[], bool] = lambda: False,
    ids: dict[str, int] | None = None,
) -> tuple[FactTables, list[Skipped]]:
    """The fact tables of every archived article with an analysis (`path`: the default archive when
    None); an article kept without one is a skip. Raises the store's ArchiveError (one line) when
    the archive cannot be read. `ids`, when given, is filled with each article's archive id by the
    hash of its text (the reader opens an archived article by its id)."""
    from tui.archive import default_archive_path
    from tui.archive.store import Archive
    from tui.archive.voice_stamps import analysis_stamps

    path = Path(path or default_archive_path())
    archive = Archive.open(path, read_only=True)
    skipped: list[Skipped] = []
    side = Path(f"{path}.voices")
    try:
        stamps = analysis_stamps(archive)
        header, kept = read_side(side)
        known: dict[tuple[int, str], int] = {}
        if kept is not None and header is not None and header.get("version") == facts_version():
            pairs = zip(header.get("ids") or (), header.get("stamps") or (), strict=False)
            known = {(int(i), str(s)): n for n, (i, s) in enumerate(pairs) if n < len(kept)}
        current: list[tuple[int, tuple[int, str]]] = []  # (row in the kept tables, (id, stamp))
        todo: list[tuple[int, str]] = []
        for article_id, stamp in stamps:
            if stamp is None:
                stored = archive.article(article_id)
                if stored is not None:
                    where = stored.entry.source or stored.entry.title
                    skipped.append(Skipped(where, "kept without an analysis"))
                continue
            row = known.get((article_id, stamp))
            if row is not None:
                current.append((row, (article_id, stamp)))
            else:
                todo.append((article_id, stamp))
        current.sort()
        reused = [row for row, _ in current]
        order = [pair for _, pair in current]
        facts: list[dict[str, Any]] = []
        made: list[tuple[int, str]] = []
        total = len(reused) + len(todo)
        for n, (article_id, stamp) in enumerate(todo, 1):
            if cancelled():
                break
            stored = archive.article(article_id)
            if stored is None or stored.analysis is None:  # forgotten or damaged meanwhile
                continue
            record = dict(stored.analysis)
            entry = stored.entry
            record.update(
                source=entry.source,
                title=entry.title,
                byline=entry.byline,
                date=entry.date,
                text=stored.text,
                hash=text_hash(stored.text),
            )
            facts.append(article_facts(record))
            made.append((article_id, stamp))
            if n % 50 == 0:
                advance(len(reused) + n, total)
    finally:
        archive.close()
    parts = []
    if kept is not None and reused:
        parts.append(kept if len(reused) == len(kept) else take_articles(kept, reused))
    if facts or not parts:
        parts.append(fact_tables(facts))
    tables = concat(parts)
    everything = order + made
    if ids is not None:
        for (article_id, _), digest in zip(
            everything, tables.articles.column("hash").to_pylist(), strict=True
        ):
            ids[digest] = article_id
    if (made or len(reused) != (len(kept) if kept is not None else 0)) and not cancelled():
        write_side(
            side,
            {
                "version": facts_version(),
                "ids": [i for i, _ in everything],
                "stamps": [s for _, s in everything],
            },
            tables,
        )
    return tables, skipped
