"""The legend: which colour and style stands for which entity type, in the article's own styles, on
one line at any width."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.widgets.entity_styles import DEFAULT, ENTITY_TYPES, Highlights


def _short(name: str) -> str:
    """`place/country` → `place`: the legend's label when the full ones do not fit."""
    return name.split("/", 1)[0]


def legend_text(look: Highlights = DEFAULT, hidden: set[str] | None = None, width: int | None = None) -> Text:
    """`person  organisation  place/country …`, each name in its type's style; hidden types struck out.

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
        style = "strike dim" if etype.key in hidden else look.entity[etype.key]
        text.append(label(etype.name), style=style)
    return text


class Legend(Static):
    """One line under the article."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(legend_text(), id=id)
        self._look = DEFAULT
        self._hidden: set[str] = set()

    def show(self, look: Highlights, hidden: set[str]) -> None:
        self._look, self._hidden = look, set(hidden)
        self.refresh()

    def render(self) -> Text:
        return legend_text(self._look, self._hidden, self.content_region.width or None)
