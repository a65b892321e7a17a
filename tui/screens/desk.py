"""The Desk (`d`): every marked claim and quote in the archive, by status, filterable; `e` exports.

The filter takes words and `verdict:`, `source:`, `date:`, `status:` terms (see
`tui.archive.desk_filter`); `enter` on a mark opens its article there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.screens.archive import ArchivePlace
from tui.screens.verdict import desk_stylesheet
from tui.widgets.item_list import ItemList
from tui.widgets.mark_rows import mark_badge
from tui.widgets.rows import excerpt

if TYPE_CHECKING:
    from tui.archive.desk_export import Reviewer
    from tui.archive.store import Archive, Mark


def desk_row(mark: Mark) -> Content:
    who = excerpt(mark.who, 50) if mark.who else "unattributed"
    return Content.assemble(
        (who, "bold"),
        (f" — {mark.kind} in {excerpt(mark.title, 70)}", "$text-muted"),
        "\n",
        excerpt(mark.words, 150),
        "\n",
        mark_badge(mark),
    )


class DeskScreen(ModalScreen[ArchivePlace | None]):
    """Returns the place of the mark chosen, or None."""

    CSS_PATH = desk_stylesheet()
    BINDINGS = [
        Binding("escape", "close", "Close", id="desk.close"),
        Binding("e", "export", "Export", id="desk.export"),
        Binding("slash", "to_filter", "Filter", show=False),
        Binding("down", "to_list", "List", show=False),
    ]

    def __init__(self, open_archive: Callable[[], Archive | None], reviewer: Reviewer) -> None:
        super().__init__()
        self.open_archive = open_archive
        self.reviewer = reviewer
        self.all_marks: list[Mark] = []
        self.shown: list[Mark | None] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="desk-box"):
            yield Static(Content("Desk — loading…"), id="desk-title")
            yield Input(
                placeholder="filter: words, verdict:false, source:lavrov, date:2026-11, status:done",
                id="desk-filter",
            )
            yield ItemList(id="desk-list")

    def on_mount(self) -> None:
        self._load()

    @work(thread=True, exclusive=True, group="desk-screen")
    def _load(self) -> None:
        archive = self.open_archive()
        marks = archive.marks() if archive is not None else []
        self.app.call_from_thread(self._loaded, marks)

    def _loaded(self, marks: list[Mark]) -> None:
        self.all_marks = marks
        self._show(self.query_one("#desk-filter", Input).value)
        self.query_one("#desk-list", ItemList).focus()

    def _show(self, query: str) -> None:
        from tui.archive.desk_filter import desk_groups

        options: list[Option] = []
        self.shown = []
        count = 0
        for name, marks in desk_groups(self.all_marks, query):
            options.append(
                Option(Content.assemble((f"{name.upper()} ({len(marks)})", "bold underline")), disabled=True)
            )
            self.shown.append(None)
            for mark in marks:
                options.append(Option(desk_row(mark)))
                self.shown.append(mark)
                count += 1
        listing = self.query_one("#desk-list", ItemList)
        listing.set_options(options)
        first = next((i for i, m in enumerate(self.shown) if m is not None), None)
        listing.highlighted = first
        total = len(self.all_marks)
        shown = f"{count} of {total}" if query.strip() else f"{total}"
        self.query_one("#desk-title", Static).update(
            Content(
                f"Desk — {shown} marked claims and quotes (/ filters, enter opens, e exports, escape closes)"
            )
        )

    @on(Input.Changed, "#desk-filter")
    def filter_changed(self, event: Input.Changed) -> None:
        self._show(event.value)

    @on(Input.Submitted, "#desk-filter")
    def filter_done(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_to_list()

    def action_to_filter(self) -> None:
        self.query_one("#desk-filter", Input).focus()

    def action_to_list(self) -> None:
        self.query_one("#desk-list", ItemList).focus()

    @on(OptionList.OptionSelected, "#desk-list")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        mark = self.shown[event.option_index] if 0 <= event.option_index < len(self.shown) else None
        if mark is not None:
            self.dismiss(ArchivePlace(mark.article_id, mark.start or 0, mark.end or 0))

    def action_close(self) -> None:
        self.dismiss(None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # `e` and `/` are letters to the filter box while it has focus
        return not (action in ("export", "to_filter") and isinstance(self.focused, Input))

    def action_export(self) -> None:
        from tui.screens.prompt import PromptScreen

        def chosen(path: str | None) -> None:
            if not path:
                return
            from tui.archive.desk_export import format_for

            fmt = format_for(path)
            if fmt is None:
                self.notify(
                    f"{excerpt(path, 60)}: end the name with .json (ClaimReview), .csv or .md",
                    severity="error",
                    markup=False,
                )
                return
            query = self.query_one("#desk-filter", Input).value
            self._export(Path(path).expanduser(), fmt, query)

        self.app.push_screen(
            PromptScreen("Export the desk to (.json ClaimReview, .csv or .md):", value="claimreview.json"),
            chosen,
        )

    @work(thread=True, group="desk-export")
    def _export(self, path: Path, fmt: str, query: str) -> None:
        from tui.archive.desk_export import render
        from tui.archive.desk_filter import matches
        from tui.archive.keeping import speaker_labels
        from tui.archive.store import ArchiveError

        marks = [m for m in self.all_marks if matches(m, query)]
        archive = self.open_archive()
        try:
            labels = speaker_labels(archive, marks) if archive is not None else {}
            path.write_text(render(fmt, marks, self.reviewer, labels), encoding="utf-8")
        except (OSError, ArchiveError) as exc:
            message = f"{path}: cannot be written ({getattr(exc, 'strerror', None) or exc})"
            self.app.call_from_thread(self.notify, message, severity="error", markup=False)
            return
        self.app.call_from_thread(self.notify, f"Exported {len(marks)} marks to {path}", markup=False)
