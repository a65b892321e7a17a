"""The library: the articles of a folder, of several paths or of a feed, to pick one from.

Each row gives the headline, then the site or feed, the date, what the analysis found once the
article was analysed, and the file's name. Typing filters the list (every word typed must appear in
the row); the arrows move in it, enter opens, escape clears the filter and then closes.
"""

from __future__ import annotations

from pathlib import PurePath

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.resources import dialog_stylesheet
from tui.sources.library import Library, LibraryItem
from tui.widgets.item_list import ItemList
from tui.widgets.rows import excerpt


def item_row(item: LibraryItem, current: bool, counts: str = "") -> Content:
    """`▸ Headline` over `site · date · counts · file`, all plain text (titles are untrusted)."""
    parts: list[str | tuple[str, str]] = [
        ("▸ " if current else "  ", "$accent"),
        (excerpt(item.title, 100), "bold"),
    ]
    detail = " · ".join(x for x in (item.site, item.date, counts, _file_name(item)) if x)
    if detail:
        parts += ["\n  ", (excerpt(detail, 110), "$text-muted")]
    if item.summary:
        parts += ["\n  ", (excerpt(item.summary, 100), "$text-muted")]
    return Content.assemble(*parts)


def _file_name(item: LibraryItem) -> str:
    """A local file's name, when the headline is not it already (a URL shows as its site)."""
    if not item.location or "://" in item.location:
        return ""
    name = PurePath(item.location).name
    return "" if name == item.title else name


def _haystack(item: LibraryItem, counts: str) -> str:
    return " ".join((item.title, item.site, item.date, counts, item.summary, item.location)).casefold()


class LibraryScreen(ModalScreen[int | None]):
    """The library's items; enter returns the chosen index (in the whole library), escape None."""

    CSS_PATH = str(dialog_stylesheet())

    BINDINGS = [
        Binding("escape", "cancel", "Close", id="library.close"),
        Binding("down", "move('cursor_down')", show=False),
        Binding("up", "move('cursor_up')", show=False),
        Binding("pagedown", "move('page_down')", show=False),
        Binding("pageup", "move('page_up')", show=False),
    ]

    def __init__(
        self, library: Library, current: int | None = None, counts: dict[int, str] | None = None
    ) -> None:
        super().__init__()
        self.library = library
        self.current = current
        self.counts = dict(counts or {})
        #: the library's indices of the rows on show, in order
        self.shown: list[int] = list(range(len(library.items)))

    def compose(self) -> ComposeResult:
        with Vertical(id="library-box"):
            yield Static(Content(self._title()), id="library-title")
            yield Input(placeholder="type to filter: headline, site, date, file", id="library-filter")
            yield ItemList(id="library-list")

    def on_mount(self) -> None:
        self._fill(keep=self.current or 0)
        self.query_one(Input).focus()

    def _title(self) -> str:
        total = len(self.library.items)
        if len(self.shown) == total:
            return f"{self.library.title} — {total} articles (enter opens, escape closes)"
        return (
            f"{self.library.title} — {len(self.shown)} of {total} articles match (escape clears the filter)"
        )

    def _fill(self, keep: int | None = None) -> None:
        """Show the rows that match the filter, highlighting library item `keep` if it is among them."""
        items = self.query_one(ItemList)
        words = self.query_one(Input).value.casefold().split()
        self.shown = [
            i
            for i, item in enumerate(self.library.items)
            if all(w in _haystack(item, self.counts.get(i, "")) for w in words)
        ]
        rows = [
            Option(item_row(self.library.items[i], i == self.current, self.counts.get(i, "")))
            for i in self.shown
        ]
        items.set_options(rows or [Option(Content("no article matches"), disabled=True)])
        if self.shown:
            items.highlighted = self.shown.index(keep) if keep in self.shown else 0
        self.query_one("#library-title", Static).update(Content(self._title()))

    def _highlighted(self) -> int | None:
        index = self.query_one(ItemList).highlighted
        return self.shown[index] if index is not None and 0 <= index < len(self.shown) else None

    def update(self, library: Library, counts: dict[int, str]) -> None:
        """New rows for the same items (headlines read, counts found), the highlight kept."""
        keep = self._highlighted()
        self.library, self.counts = library, dict(counts)
        self._fill(keep)

    @on(Input.Changed, "#library-filter")
    def filter(self) -> None:
        self._fill(self._highlighted())

    @on(Input.Submitted, "#library-filter")
    def open_highlighted(self, event: Input.Submitted) -> None:
        event.stop()
        index = self._highlighted()
        if index is not None:
            self.dismiss(index)

    @on(OptionList.OptionSelected, "#library-list")
    def choose(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.shown):
            self.dismiss(self.shown[event.option_index])

    def action_move(self, action: str) -> None:
        getattr(self.query_one(ItemList), f"action_{action}")()

    def action_cancel(self) -> None:
        search = self.query_one(Input)
        if search.value:
            search.value = ""
            return
        self.dismiss(None)
