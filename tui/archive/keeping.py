"""Keeping an opened article and its analysis in the archive, with what it was analysed by.

Shared by the app (from a worker thread) and the script commands given `--archive`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from tui.cache import code_fingerprint, pipeline_identity

if TYPE_CHECKING:
    from collections.abc import Sequence

    from tui.analysis.model import Analysis
    from tui.archive.store import Archive, Mark
    from tui.articles import Article


def keep_article(archive: Archive, article: Article, analysis: Analysis | None, model: str | None) -> int:
    """Keep `article` (updating its entry if this text was kept before); returns its archive id."""
    return archive.keep(
        source=article.source,
        title=article.title,
        text=article.text,
        byline=article.byline,
        date=article.date,
        analysis=None if analysis is None else analysis.to_dict(),
        pipeline=None if analysis is None else (pipeline_identity(model) or analysis.model),
        code=None if analysis is None else code_fingerprint(),
    )


def speaker_labels(archive: Archive, marks: Sequence[Mark]) -> dict[str, str]:
    """Each marked speaker's entity label, from the stored analyses (Person or Organization)."""
    labels: dict[str, str] = {}
    for article_id in dict.fromkeys(m.article_id for m in marks):
        stored = archive.article(article_id)
        for actor in (stored.analysis or {}).get("actors", []) if stored else []:
            labels.setdefault(actor["name"], actor["label"])
    return labels


class ScriptKeeper:
    """Keeps a script's articles (`--json`, `--export`) in the archive named by --archive, and
    nothing without it; an archive that cannot be used is one warning, and the output goes on."""

    def __init__(self, path: str | None, model: str | None, warn: Callable[[str], None]) -> None:
        self.archive: Archive | None = None
        self.model = model
        self.warn = warn
        if path is None:
            return
        from tui.archive.store import Archive, ArchiveError

        try:
            self.archive = Archive.open(Path(path).expanduser())
        except ArchiveError as exc:
            warn(str(exc))

    def keep(self, article: Article, analysis: Analysis) -> None:
        if self.archive is None:
            return
        from tui.archive.store import ArchiveError

        try:
            keep_article(self.archive, article, analysis, self.model)
        except ArchiveError as exc:
            self.warn(str(exc))
            self.archive = None
