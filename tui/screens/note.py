"""The note on a claim or quote (`m`): free text, evidence links and a status; ctrl+s saves.

Escape with nothing changed closes; with an edit it asks first, so a note is never dropped by a
stray key.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, RadioButton, RadioSet, Static, TextArea

from tui.archive.verdicts import STATUSES
from tui.screens.verdict import desk_stylesheet
from tui.widgets.rows import excerpt


@dataclass(frozen=True, slots=True)
class NoteResult:
    note: str
    evidence: list[str]
    status: str


def parse_evidence(text: str) -> tuple[list[str], list[str]]:
    """The links typed (separated by spaces or commas) and those that are not http(s) URLs."""
    links = [w for w in text.replace(",", " ").split() if w]
    bad = [w for w in links if not w.lower().startswith(("http://", "https://")) or len(w) < 11]
    return links, bad


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question: y or enter says yes, n or escape says no."""

    CSS_PATH = desk_stylesheet()
    BINDINGS = [
        Binding("y,enter", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box"):
            yield Static(Content(self.question), id="confirm-question")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class NoteScreen(ModalScreen[NoteResult | None]):
    """Edit a mark's note, evidence and status; returns them on ctrl+s, None when dropped."""

    CSS_PATH = desk_stylesheet()
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True, id="note.save"),
        Binding("escape", "cancel", "Close", priority=True, id="note.cancel"),
    ]

    def __init__(
        self, words: str, note: str = "", evidence: list[str] | None = None, status: str = "todo"
    ) -> None:
        super().__init__()
        self.words = words
        self.original = NoteResult(note, list(evidence or []), status)

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box"):
            yield Static(
                Content.assemble("Note on “", excerpt(self.words, 160), "” — ctrl+s saves, escape closes"),
                id="note-title",
            )
            yield TextArea(self.original.note, id="note-text", soft_wrap=True)
            yield Static(Content("Evidence links (separated by spaces):"), classes="desk-label")
            yield Input(" ".join(self.original.evidence), placeholder="https://…", id="evidence")
            yield Static(Content("Status:"), classes="desk-label")
            with RadioSet(id="status-set"):
                for key, name in STATUSES:
                    yield RadioButton(name, value=key == self.original.status, id=f"status-{key}")

    def on_mount(self) -> None:
        self.query_one("#note-text", TextArea).focus()

    def current(self) -> NoteResult:
        pressed = self.query_one("#status-set", RadioSet).pressed_button
        status = (pressed.id or "").removeprefix("status-") if pressed is not None else self.original.status
        links, _ = parse_evidence(self.query_one("#evidence", Input).value)
        return NoteResult(self.query_one("#note-text", TextArea).text, links, status or "todo")

    def action_save(self) -> None:
        _, bad = parse_evidence(self.query_one("#evidence", Input).value)
        if bad:
            self.notify(
                f"Not a link: {excerpt(bad[0], 60)} (evidence links start with http:// or https://)",
                severity="error",
                markup=False,
            )
            self.query_one("#evidence", Input).focus()
            return
        self.dismiss(self.current())

    def action_cancel(self) -> None:
        if self.current() == self.original:
            self.dismiss(None)
            return

        def answered(drop: bool | None) -> None:
            if drop:
                self.dismiss(None)

        self.app.push_screen(ConfirmScreen("Drop this edit? y drops it, n goes back to it"), answered)

    @on(Input.Submitted, "#evidence")
    def evidence_entered(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one("#status-set", RadioSet).focus()
