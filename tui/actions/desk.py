"""The archive and the fact-check desk in the app: keeping what is opened, verdicts (`v`), notes
(`m`), the Archive (`a`) and Desk (`d`) screens, and "checked before".

Everything that touches the database runs in worker threads (group "archive"): the archive is
opened after the first paint, and a busy or slow file never holds the interface. An archive that
cannot be used is one message; the article is read as ever, only nothing is kept.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from tui.inert import one_line
from tui.widgets.side_panel import TABS

if TYPE_CHECKING:
    from tui.analysis.model import Analysis, Claim, Quote
    from tui.archive.store import Archive, Mark
    from tui.articles import Article
    from tui.screens.archive import ArchivePlace

#: the marks kept on a row: (tab, row index) in the side panel
RowKey = tuple[str, int]


class DeskMixin:
    """Keeps articles in the archive and lets the reader mark claims and quotes."""

    def _init_desk(self, archive_path: Path | None) -> None:
        self.archive_path = archive_path
        self.archive: Archive | None = None
        self.archive_id: int | None = None
        self.item_marks: dict[RowKey, Mark] = {}
        self.detached_marks: list[Mark] = []
        self.checked_before: dict[RowKey, Mark] = {}
        self._archive_lock = threading.Lock()
        # marks handed to a worker and not yet written: quitting waits for them (see close_archive)
        self._writes_pending = 0
        self._writes_done = threading.Condition()
        self._archive_tried = False
        self._archive_unusable = ""

    # --- the archive (worker threads) ------------------------------------------------------------------

    def _archive(self) -> Archive | None:
        """The archive, opened on first use (in a worker); None when there is none this run."""
        with self._archive_lock:
            if not self._archive_tried and self.archive_path is not None:
                self._archive_tried = True
                from tui.archive.store import Archive, ArchiveError

                try:
                    self.archive = Archive.open(self.archive_path)
                except ArchiveError as exc:
                    self._archive_failed(str(exc))
            return self.archive

    def _archive_failed(self, message: str) -> None:
        """Say once why nothing is kept, and go on without the archive (any thread)."""
        self.archive = None
        self._archive_tried = True
        if not self._archive_unusable:
            self._archive_unusable = message
            self._post(
                self.notify, one_line(message), title="Archive", severity="warning", markup=False, timeout=10
            )

    def close_archive(self) -> None:
        """On quitting: let the marks already chosen reach the file (10 s at most), then close it."""
        with self._writes_done:
            self._writes_done.wait_for(lambda: self._writes_pending == 0, timeout=10)
        with self._archive_lock:
            if self.archive is not None:
                self.archive.close()
                self.archive = None
            self._archive_tried = True  # nothing opens it again while the app goes away

    def keep_in_archive(self, analysis: Analysis | None = None) -> None:
        """Keep the article on screen (and its whole analysis, when given) in the archive."""
        if self.archive_path is None or (analysis is not None and analysis.text != self.article.text):
            return
        self._keep(self.article, analysis, self.model_name)

    @work(thread=True, group="archive", exit_on_error=False)
    def _keep(self, article: Article, analysis: Analysis | None, model: str | None) -> None:
        archive = self._archive()
        if archive is None:
            return
        from tui.archive.keeping import keep_article
        from tui.archive.similar import checked_before
        from tui.archive.store import ArchiveError

        try:
            article_id = keep_article(archive, article, analysis, model)
            marks = archive.marks(article_id) if analysis is not None else []
            before = checked_before(archive, article_id, analysis) if analysis is not None else {}
        except ArchiveError as exc:
            self._archive_failed(str(exc))
            return
        self._post(self._kept, article, article_id, analysis, marks, before)

    def _kept(
        self, article: Article, article_id: int, analysis: Analysis | None, marks: list[Mark], before: dict
    ) -> None:
        if self.article is not article:
            return
        self.archive_id = article_id
        if analysis is None:
            return
        from tui.archive.anchoring import anchor, attach

        anchors = {
            "quotes": [anchor(q.text) for q in analysis.quotes],
            "claims": [anchor(c.text) for c in analysis.claims],
        }
        self.item_marks, self.detached_marks = {}, []
        for mark in marks:
            tab = f"{mark.kind}s"
            index = attach(mark.anchor, anchors.get(tab, []))
            if index is None or (tab, index) in self.item_marks:
                self.detached_marks.append(mark)
            else:
                self.item_marks[(tab, index)] = mark
        self.checked_before = before
        self._show_marks()
        if self.detached_marks:
            n = len(self.detached_marks)
            self.notify(
                f"{n} mark{'s' if n != 1 else ''} no longer found by the analysis: kept, shown as detached",
                title="Marks",
                markup=False,
            )

    def _show_marks(self) -> None:
        """Put the marks' verdict lines and the detached marks into the side panel."""
        from tui.widgets.mark_rows import checked_before_badge, detached_row, mark_badge

        side = self.side
        badges: dict[RowKey, list] = {}
        for key, mark in self.item_marks.items():
            badges.setdefault(key, []).append(mark_badge(mark))
        side.badges = badges
        # a row of its own under the claim, so that `enter` on it opens the earlier article
        side.checked_rows = {
            key: checked_before_badge(mark)
            for key, mark in self.checked_before.items()
            if key not in self.item_marks
        }
        side.extra_rows = {
            tab: [detached_row(m) for m in self.detached_marks if f"{m.kind}s" == tab]
            for tab in ("quotes", "claims")
        }
        if self.analysis is not None:
            side.show(self.analysis)

    # --- marking ---------------------------------------------------------------------------------------

    def _mark_target(self) -> tuple[str, int, Quote | Claim] | None:
        """The highlighted quote or claim of the focused list (else of the visible tab), or None with
        a message saying why nothing can be marked."""
        if self.archive_path is None or self._archive_unusable:
            reason = "--no-archive" if self.archive_path is None else self._archive_unusable
            self.notify(
                f"No archive this run ({one_line(reason)}): marks cannot be kept.",
                severity="warning",
                markup=False,
            )
            return None
        if self.analysis is None or not self.analysis_complete:
            self.notify("The analysis is not finished yet.", severity="warning", markup=False)
            return None
        target = self._highlighted()
        if target is None:
            self.notify(
                "Choose a quote or claim to mark (2 or 3, then j/k).", severity="warning", markup=False
            )
        return target

    def _highlighted(self) -> tuple[str, int, Quote | Claim] | None:
        """The highlighted quote or claim of the focused list (else of the visible tab): its tab, its
        place in the analysis (the row's place differs when the tab is sorted by worth) and itself."""
        focused = self.focused.id if self.focused is not None else None
        tab = focused if focused in TABS else self.side.active_tab
        if tab not in ("quotes", "claims") or not self.side.built or self.analysis is None:
            return None
        items = self.side.items.get(tab, [])
        row = self.side.list(tab).highlighted
        if row is None or not 0 <= row < len(items):
            return None
        item = items[row]
        from tui.widgets.side_panel import CheckedBeforeRow

        if isinstance(item, CheckedBeforeRow):  # its "checked before" line: the claim above it
            return (tab, item.index, item.item)
        index = next((i for i, x in enumerate(getattr(self.analysis, tab)) if x is item), None)
        return None if index is None else (tab, index, item)  # type: ignore[return-value]

    def action_verdict(self) -> None:
        target = self._mark_target()
        if target is None:
            return
        tab, index, item = target
        from tui.screens.verdict import VerdictScreen

        current = self.item_marks.get((tab, index))

        def chosen(verdict: str | None) -> None:
            if verdict is not None:
                self._save_mark(tab, index, item, {"verdict": verdict})

        self.push_screen(VerdictScreen(item.text, current.verdict if current else None), chosen)

    def action_note(self) -> None:
        target = self._mark_target()
        if target is None:
            return
        tab, index, item = target
        from tui.screens.note import NoteResult, NoteScreen

        current = self.item_marks.get((tab, index))

        def written(result: NoteResult | None) -> None:
            if result is not None:
                changes = {"note": result.note, "evidence": result.evidence, "status": result.status}
                self._save_mark(tab, index, item, changes)

        if current is None:
            screen = NoteScreen(item.text)
        else:
            screen = NoteScreen(item.text, current.note, current.evidence, current.status)
        self.push_screen(screen, written)

    def _who(self, item: Quote | Claim) -> str:
        from tui.analysis.model import Quote

        name, span = (
            (item.speaker_name, item.speaker_span)
            if isinstance(item, Quote)
            else (item.source_name, item.source_span)
        )
        if name:
            return name
        return self.article.text[span[0] : span[1]] if span else ""

    def _save_mark(self, tab: str, index: int, item: Quote | Claim, changes: dict) -> None:
        with self._writes_done:
            self._writes_pending += 1
        self._write_mark(self.article, self.analysis, tab, index, item, self._who(item), changes)

    @work(thread=True, group="archive", exit_on_error=False)
    def _write_mark(
        self,
        article: Article,
        analysis: Analysis,
        tab: str,
        index: int,
        item: Quote | Claim,
        who: str,
        changes: dict,
    ) -> None:
        try:
            mark, error = self._write_mark_now(article, analysis, tab, item, who, changes)
        finally:  # written (or failed) before anything waits for the UI thread, which may be quitting
            with self._writes_done:
                self._writes_pending -= 1
                self._writes_done.notify_all()
        if mark is None:
            self._post(self.notify, f"The mark was not kept: {error}", severity="error", markup=False)
            return
        self._post(self._mark_saved, article, tab, index, mark)

    def _write_mark_now(
        self, article: Article, analysis: Analysis, tab: str, item: Quote | Claim, who: str, changes: dict
    ) -> tuple[Mark | None, str]:
        """Write one mark (in the worker); the mark, or None and why not."""
        archive = self._archive()
        if archive is None:
            return None, "there is no archive this run"
        from tui.archive.keeping import keep_article
        from tui.archive.store import ArchiveError

        try:
            article_id = archive.find(article.title, article.text)
            if article_id is None:
                article_id = keep_article(archive, article, analysis, self.model_name)
            mark = archive.set_mark(
                article_id, tab[:-1], item.text, who=who, start=item.start, end=item.end, **changes
            )
        except ArchiveError as exc:
            return None, one_line(str(exc))
        return mark, ""

    def _mark_saved(self, article: Article, tab: str, index: int, mark: Mark) -> None:
        if self.article is not article:
            return
        self.item_marks[(tab, index)] = mark
        self._show_marks()
        from tui.archive.verdicts import STATUS_NAMES, verdict_name

        said = f"verdict: {verdict_name(mark.verdict)}" if mark.verdict else "marked"
        self.status.say(f"Kept — {said} · {STATUS_NAMES.get(mark.status, mark.status)}")

    def action_previous_check(self) -> None:
        """Open the earlier article where a claim like the highlighted one was given a verdict."""
        target = self._highlighted()
        self.open_checked_before(target[:2] if target is not None else None)

    def open_checked_before(self, key: RowKey | None) -> None:
        """Open the earlier article at the claim like this row's that was given a verdict there (`p`,
        or `enter` on the row's "checked before" line)."""
        mark = self.checked_before.get(key) if key is not None else None
        if mark is None:
            self.notify("Nothing like this claim was checked before.", severity="warning", markup=False)
            return
        from tui.screens.archive import ArchivePlace

        self._open_place(ArchivePlace(mark.article_id, mark.start or 0, mark.end or 0))

    # --- the Archive and Desk screens ------------------------------------------------------------------

    def _screen_archive(self) -> Archive | None:
        """The archive for a screen's worker (opened there if the app has not yet)."""
        return self._archive()

    def _archive_available(self) -> bool:
        if self.archive_path is None or self._archive_unusable:
            reason = "--no-archive" if self.archive_path is None else self._archive_unusable
            self.notify(f"No archive this run ({one_line(reason)}).", severity="warning", markup=False)
            return False
        return True

    def action_archive(self) -> None:
        from tui.screens.archive import ArchiveScreen

        if self._archive_available() and not isinstance(self.screen, ArchiveScreen):
            self.push_screen(ArchiveScreen(self._screen_archive), self._open_place)

    def action_desk(self) -> None:
        from tui.archive.desk_export import Reviewer
        from tui.screens.desk import DeskScreen

        if self._archive_available() and not isinstance(self.screen, DeskScreen):
            reviewer = Reviewer(self.settings.desk_reviewer, self.settings.desk_url)
            self.push_screen(DeskScreen(self._screen_archive, reviewer), self._open_place)

    def _open_place(self, place: ArchivePlace | None) -> None:
        if place is not None:
            self.status.say("Opening from the archive…")
            self._load_kept(place)

    @work(thread=True, exclusive=True, group="load")
    def _load_kept(self, place: ArchivePlace) -> None:
        from tui.archive.store import ArchiveError
        from tui.articles import Article

        archive = self._archive()
        try:
            stored = archive.article(place.article_id) if archive is not None else None
        except ArchiveError as exc:
            self._post(self.notify, one_line(str(exc)), severity="error", markup=False)
            return
        if stored is None:
            self._post(
                self.notify, "That article is no longer in the archive.", severity="error", markup=False
            )
            return
        e = stored.entry
        article = Article(source=e.source, title=e.title, text=stored.text, byline=e.byline, date=e.date)
        self._post(self._show_kept, article, place)

    def _show_kept(self, article: Article, place: ArchivePlace) -> None:
        source = article.source
        reopenable = source.lower().startswith(("http://", "https://")) or Path(source).is_file()
        if self.library is not None and source not in (i.location for i in self.library.items):
            self.library, self.library_index = None, None
        self.show_article(article, source if reopenable else None)
        if place.end > place.start and place.end <= len(article.text):
            span = [(place.start, place.end)]
            self.call_after_refresh(lambda: self.article_view.set_marks(span, "archive"))
