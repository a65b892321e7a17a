"""A list of actors, quotes or claims with vim keys; each option carries the item it shows."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import OptionList


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
