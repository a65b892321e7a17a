"""The verdict chooser (`v`): the scale in order, each with its digit; a digit or enter sets, escape cancels."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.archive.verdicts import BY_DIGIT, VERDICTS
from tui.resources import resource_dir
from tui.widgets.item_list import ItemList
from tui.widgets.rows import excerpt


def desk_stylesheet() -> str:
    return str(resource_dir("styles") / "desk.tcss")


class VerdictScreen(ModalScreen[str | None]):
    """Returns the chosen verdict's key, or None when cancelled."""

    CSS_PATH = desk_stylesheet()
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="verdict.cancel"),
        *[Binding(v.digit, f"choose('{v.digit}')", v.name, show=False) for v in VERDICTS],
    ]

    def __init__(self, words: str, current: str | None = None) -> None:
        super().__init__()
        self.words = words
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="verdict-box"):
            yield Static(
                Content.assemble(
                    "Verdict on “", excerpt(self.words, 120), "” (digit or enter; escape cancels)"
                ),
                id="verdict-title",
            )
            yield ItemList(
                *[
                    Option(
                        Content.assemble(
                            (f"{v.digit}  ", "bold"), v.name, (" ✓" if v.key == self.current else "", "bold")
                        )
                    )
                    for v in VERDICTS
                ],
                id="verdict-list",
            )

    def on_mount(self) -> None:
        options = self.query_one("#verdict-list", ItemList)
        keys = [v.key for v in VERDICTS]
        options.highlighted = keys.index(self.current) if self.current in keys else 0
        options.focus()

    @on(OptionList.OptionSelected, "#verdict-list")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(VERDICTS[event.option_index].key)

    def action_choose(self, digit: str) -> None:
        self.dismiss(BY_DIGIT[digit].key)

    def action_cancel(self) -> None:
        self.dismiss(None)
