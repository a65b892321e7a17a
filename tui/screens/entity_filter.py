"""Which entity types are highlighted: a checklist, one line per type in its own style."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection

from tui.resources import dialog_stylesheet
from tui.widgets.entity_styles import DEFAULT, ENTITY_TYPES, PLAIN, Highlights, highlights_for


class EntityFilterScreen(ModalScreen[set[str] | None]):
    """Space toggles a type; enter or escape closes and returns the hidden types."""

    CSS_PATH = str(dialog_stylesheet())

    # priority: enter would otherwise toggle the highlighted type in the SelectionList
    BINDINGS = [Binding("escape,enter,f", "done", "Done", id="filter.done", priority=True)]

    def __init__(self, hidden: set[str], look: Highlights = DEFAULT) -> None:
        super().__init__()
        self.hidden = set(hidden)
        self.look = look

    def compose(self) -> ComposeResult:
        with Vertical(id="filter-box"):
            yield Static(
                Content("Highlight which entity types? (space toggles, enter closes)"), id="filter-title"
            )
            yield SelectionList[str](
                *[
                    Selection(
                        Text(t.name, style=self.look.entity[t.key]),
                        t.key,
                        t.key not in self.hidden,
                    )
                    for t in ENTITY_TYPES
                ],
                id="filter-list",
            )

    def on_mount(self) -> None:
        selection = self.query_one(SelectionList)
        selection.focus()
        self.call_after_refresh(self._fit_colours, selection)

    def _fit_colours(self, selection: SelectionList[str]) -> None:
        """Draw the type names in highlight colours fitted to this list's own background (a dialog's
        surface differs from the article's), so that they keep 4.5:1 here too."""
        if self.look is PLAIN:
            return
        _, background = selection.background_colors
        colour = selection.rich_style.color
        if background.ansi is not None or colour is None or colour.triplet is None:
            return  # the terminal's own colours: the article's fitting stands
        self.look = highlights_for(background.hex[:7].lower(), colour.triplet.hex)
        for i, t in enumerate(ENTITY_TYPES):
            selection.replace_option_prompt_at_index(i, Text(t.name, style=self.look.entity[t.key]))

    @on(SelectionList.SelectedChanged)
    def changed(self, event: SelectionList.SelectedChanged) -> None:
        shown = set(event.selection_list.selected)
        self.hidden = {t.key for t in ENTITY_TYPES if t.key not in shown}

    def action_done(self) -> None:
        self.dismiss(self.hidden)
