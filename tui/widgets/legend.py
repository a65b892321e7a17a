"""The legend: which colour and style stands for which entity type, on one line at any width."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.widgets.entity_styles import ENTITY_TYPES


def _short(name: str) -> str:
    """`place/country` → `place`: the legend's label when the full ones do not fit."""
    return name.split("/", 1)[0]


def legend_text(colour: bool = True, hidden: set[str] | None = None, width: int | None = None) -> Text:
    """`person  organisation  place/country …`, each name in its own style; hidden types struck out.

    With a `width`, the longest form that fits it: the full names, then the short ones (`place`,
    `date`), then the short ones one space apart; past that the line is cut, never wrapped.
    """
    hidden = hidden or set()
    forms = [(lambda n: n, "  "), (_short, "  "), (_short, " ")]
    label, gap = forms[0]
    if width is not None:
        for label, gap in forms:
            if len(gap.join(label(t.name) for t in ENTITY_TYPES)) <= width:
                break
    text = Text(no_wrap=True, overflow="ellipsis")
    for i, etype in enumerate(ENTITY_TYPES):
        if i:
            text.append(gap)
        style = etype.style if colour else etype.plain
        text.append(label(etype.name), style="strike dim" if etype.key in hidden else style)
    return text


class Legend(Static):
    """One line under the article; its labels shorten when the terminal is narrow."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(legend_text(), id=id)
        self._colour = True
        self._hidden: set[str] = set()

    def show(self, colour: bool, hidden: set[str]) -> None:
        self._colour, self._hidden = colour, set(hidden)
        self.refresh()

    def render(self) -> Text:
        return legend_text(self._colour, self._hidden, self.content_region.width or None)
