"""The legend: which colour and style stands for which entity type."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.widgets.entity_styles import ENTITY_TYPES


def legend_text(colour: bool = True, hidden: set[str] | None = None) -> Text:
    """`person  organisation  place/country …`, each name in its own style; hidden types struck out."""
    hidden = hidden or set()
    text = Text(no_wrap=False)
    for i, etype in enumerate(ENTITY_TYPES):
        if i:
            text.append("  ")
        style = etype.style if colour else etype.plain
        if etype.key in hidden:
            text.append(etype.name, style="strike dim")
        else:
            text.append(etype.name, style=style)
    return text


class Legend(Static):
    """One line under the article."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(legend_text(), id=id)

    def show(self, colour: bool, hidden: set[str]) -> None:
        self.update(legend_text(colour, hidden))
