"""A one-line question in a box (open which file or URL? export to which file?), and a yes/no one
(replace that file?)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.resources import dialog_stylesheet


class PromptScreen(ModalScreen[str | None]):
    """Ask for one line; enter returns it (stripped), escape returns None."""

    CSS_PATH = str(dialog_stylesheet())

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="prompt.cancel")]

    def __init__(
        self, question: str, value: str = "", placeholder: str = "", *, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.question = question
        self.value = value
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box"):
            yield Static(Content(self.question), id="prompt-question")
            yield Input(value=self.value, placeholder=self.placeholder, id="prompt-input")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def submit(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    """Ask a yes/no question: y answers yes; n or escape no (nothing is replaced by a stray key)."""

    CSS_PATH = str(dialog_stylesheet())

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box"):
            yield Static(Content(self.question), id="prompt-question")
            yield Static(Content("y: yes · n or escape: no"), id="confirm-keys")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
