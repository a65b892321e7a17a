"""A list of actors, quotes or claims with vim keys; each option carries the item it shows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

#: Rows are made this many at a time. Textual's OptionList wraps every row it holds whenever it is
#: shown or resized; a 100,000-word article has thousands of quotes and claims, which took a second
#: a time, so a list holds the rows up to a page past the cursor (and all of them after `G`).
PAGE = 50


class ItemList(OptionList):
    """An OptionList that moves with j/k, g/G and space/b as well as the arrows."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("g", "first", "First", show=False, id="list.first"),
        Binding("G", "last", "Last", show=False, id="list.last"),
        Binding("space", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("b", "page_up", "Page up", show=False, id="list.page_up"),
    ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._rows: Sequence[Any] = ()
        self._render: Callable[[Any], Any] | None = None
        self._extra: list[Option] = []  # rows that follow the items (detached marks), added after the last

    def set_rows(
        self,
        items: Sequence[Any],
        render: Callable[[Any], Any],
        highlighted: int = 0,
        extra: Sequence[Option] = (),
    ) -> None:
        """A row for each item, `render(item)` made only as the cursor comes near it; `extra` rows
        follow the last item's."""
        self.set_options([])
        self._rows, self._render, self._extra = items, render, list(extra)
        self._make_rows(max(PAGE, highlighted + PAGE))
        self.highlighted = min(highlighted, len(items) - 1) if items else None

    def set_options(self, options: Any) -> ItemList:
        """Options given whole (a placeholder row): no rows left to make."""
        self._rows, self._render, self._extra = (), None, []
        return super().set_options(options)

    def _make_rows(self, count: int) -> None:
        made = self.option_count
        if self._render is None or made >= len(self._rows) or count <= made:
            return
        render = self._render
        self.add_options([Option(render(item)) for item in self._rows[made : min(count, len(self._rows))]])
        if self.option_count >= len(self._rows) and self._extra:
            self.add_options(self._extra)
            self._extra = []

    def _ahead(self) -> None:
        """Make the rows up to a page past the cursor and the rows in view."""
        self._make_rows((self.highlighted or 0) + PAGE)
        if self.scroll_offset.y >= self.max_scroll_y:
            self._make_rows(self.option_count + PAGE)

    def action_cursor_down(self) -> None:
        self._ahead()
        super().action_cursor_down()

    def action_page_down(self) -> None:
        self._ahead()
        super().action_page_down()

    def action_last(self) -> None:
        self._make_rows(len(self._rows))
        super().action_last()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if (
            self._render is not None
            and self.option_count < len(self._rows)
            and new_value >= self.max_scroll_y
        ):
            self.call_later(self._make_rows, self.option_count + PAGE)
