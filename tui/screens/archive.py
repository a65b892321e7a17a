"""The Archive screen (`a`): every kept article, newest first; typing filters, enter searches.

Typing in the box filters the list by headline or source; `enter` in the box searches the words in
every kept text, quote and claim (with its speaker or source); `enter` on a row opens that article
at that place. The queries run in a worker: a large archive never holds a key.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.screens.verdict import desk_stylesheet
from tui.widgets.item_list import ItemList
from tui.widgets.rows import excerpt

if TYPE_CHECKING:
    from tui.archive.store import Archive, ArticleEntry, SearchHit

#: the list shows at most this many articles (the filter reaches the rest)
LIST_LIMIT = 500


@dataclass(frozen=True, slots=True)
class ArchivePlace:
    """An article of the archive to open, and the span to go to in it (0, 0: its top)."""

    article_id: int
    start: int = 0
    end: int = 0


def _when(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp).strftime("%Y-%m-%d %H:%M")


def entry_row(e: ArticleEntry) -> Content:
    if e.claims is None:
        counts = "not analysed"
    else:
        counts = f"{e.actors} actors · {e.quotes} quotes · {e.claims} claims · {e.checked} checked"
    return Content.assemble(
        (excerpt(e.title, 110), "bold"),
        "\n",
        (f"{_when(e.last_opened)} · {counts} · {excerpt(e.source, 60)}", "$text-muted"),
    )


def hit_row(hit: SearchHit) -> Content:
    if hit.kind == "article":
        head: list[str | tuple[str, str]] = [
            ("text", "bold underline"),
            " · ",
            (excerpt(hit.title, 90), "bold"),
        ]
    else:
        who = excerpt(hit.who, 50) if hit.who else "unattributed"
        head = [
            (hit.kind, "bold underline"),
            " · ",
            (who, "bold"),
            (f" — in {excerpt(hit.title, 70)}", "$text-muted"),
        ]
    return Content.assemble(*head, "\n", excerpt(hit.text, 150))


class ArchiveScreen(ModalScreen[ArchivePlace | None]):
    """Returns the place chosen, or None."""

    CSS_PATH = desk_stylesheet()
    BINDINGS = [
        Binding("escape", "close", "Close", id="archive.close"),
        Binding("down", "to_list", "List", show=False),
    ]

    def __init__(self, open_archive: Callable[[], Archive | None]) -> None:
        super().__init__()
        self.open_archive = open_archive
        self.places: list[ArchivePlace] = []
        self.searched = ""

    def compose(self) -> ComposeResult:
        with Vertical(id="archive-box"):
            yield Static(
                Content(
                    "Archive — type to filter; enter searches every text, quote and claim; escape closes"
                ),
                id="archive-title",
            )
            yield Input(placeholder="filter by headline or source; enter: search words", id="archive-filter")
            yield ItemList(id="archive-list")

    def on_mount(self) -> None:
        self.query_one("#archive-filter", Input).focus()
        self._list("")

    @on(Input.Changed, "#archive-filter")
    def filter_changed(self, event: Input.Changed) -> None:
        self._list(event.value)

    @on(Input.Submitted, "#archive-filter")
    def search(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            self._search(event.value)
        else:
            self.action_to_list()

    @work(thread=True, exclusive=True, group="archive-screen")
    def _list(self, text: str) -> None:
        archive = self.open_archive()
        entries = archive.articles(text, limit=LIST_LIMIT) if archive is not None else []
        total = archive.count() if archive is not None else 0
        self.app.call_from_thread(self._show_entries, entries, total, text)

    @work(thread=True, exclusive=True, group="archive-screen")
    def _search(self, query: str) -> None:
        from tui.archive.store import ArchiveError

        archive = self.open_archive()
        try:
            hits = archive.search(query) if archive is not None else []
        except ArchiveError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error", markup=False)
            return
        self.app.call_from_thread(self._show_hits, hits, query)

    def _fill(self, rows: list[Content], places: list[ArchivePlace], empty: str, title: str) -> None:
        self.places = places
        options = [Option(row) for row in rows] or [Option(Content(empty), disabled=True)]
        listing = self.query_one("#archive-list", ItemList)
        listing.set_options(options)
        listing.highlighted = 0 if places else None
        self.query_one("#archive-title", Static).update(Content(title))

    def _show_entries(self, entries: list[ArticleEntry], total: int, text: str) -> None:
        if self.query_one("#archive-filter", Input).value != text:
            return  # typed on meanwhile: a newer list is coming
        self.searched = ""
        shown = f"{len(entries)} of {total}" if text.strip() or len(entries) < total else f"{total}"
        self._fill(
            [entry_row(e) for e in entries],
            [ArchivePlace(e.id) for e in entries],
            "nothing kept yet"
            if not text.strip()
            else "no headline or source holds that (enter searches the texts)",
            f"Archive — {shown} articles, newest first (type to filter; enter searches; escape closes)",
        )

    def _show_hits(self, hits: list[SearchHit], query: str) -> None:
        self.searched = query
        self._fill(
            [hit_row(h) for h in hits],
            [ArchivePlace(h.article_id, h.start, h.end) for h in hits],
            "no text, quote or claim holds all these words",
            f"Search “{excerpt(query, 60)}” — {len(hits)} found (enter opens it there; escape closes)",
        )
        if hits:
            self.action_to_list()

    def action_to_list(self) -> None:
        if self.places:
            self.query_one("#archive-list", ItemList).focus()

    @on(OptionList.OptionSelected, "#archive-list")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.places):
            self.dismiss(self.places[event.option_index])

    def action_close(self) -> None:
        self.dismiss(None)
