"""The library: the articles of a folder, of several paths or of a feed, to pick one from."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.resources import dialog_stylesheet
from tui.sources.library import Library, LibraryItem
from tui.widgets.item_list import ItemList
from tui.widgets.rows import excerpt


def item_row(item: LibraryItem, current: bool) -> Content:
    """`▸ Headline` over `date · summary`, all plain text (feed titles are untrusted)."""
    parts: list[str | tuple[str, str]] = [
        ("▸ " if current else "  ", "$accent"),
        (excerpt(item.title, 100), "bold"),
    ]
    detail = " · ".join(x for x in (item.date, excerpt(item.summary, 90)) if x)
    if detail:
        parts += ["\n  ", (detail, "$text-muted")]
    return Content.assemble(*parts)


class LibraryScreen(ModalScreen[int | None]):
    """The library's items; enter returns the chosen index, escape returns None."""

    CSS_PATH = str(dialog_stylesheet())

    BINDINGS = [Binding("escape,q,l", "cancel", "Close", id="library.close")]

    def __init__(self, library: Library, current: int | None = None) -> None:
        super().__init__()
        self.library = library
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="library-box"):
            title = f"{self.library.title} — {len(self.library.items)} articles (enter opens, escape closes)"
            yield Static(Content(title), id="library-title")
            yield ItemList(
                *[Option(item_row(item, i == self.current)) for i, item in enumerate(self.library.items)],
                id="library-list",
            )

    def on_mount(self) -> None:
        items = self.query_one("#library-list", ItemList)
        items.highlighted = self.current or 0
        items.focus()

    @on(OptionList.OptionSelected, "#library-list")
    def choose(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option_index)

    def action_cancel(self) -> None:
        self.dismiss(None)
