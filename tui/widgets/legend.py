"""The legend: which colour and style stands for which entity type, in the article's own styles."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.widgets.entity_styles import DEFAULT, ENTITY_TYPES, Highlights


def legend_text(look: Highlights = DEFAULT, hidden: set[str] | None = None) -> Text:
    """`person  organisation  place/country …`, each name in its type's style; hidden types struck out."""
    hidden = hidden or set()
    text = Text(no_wrap=False)
    for i, etype in enumerate(ENTITY_TYPES):
        if i:
            text.append("  ")
        if etype.key in hidden:
            text.append(etype.name, style="strike dim")
        else:
            text.append(etype.name, style=look.entity[etype.key])
    return text


class Legend(Static):
    """One line under the article."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(legend_text(), id=id)

    def show(self, look: Highlights, hidden: set[str]) -> None:
        self.update(legend_text(look, hidden))
