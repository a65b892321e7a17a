"""The status line: what the analysis is doing, then its summary; on the right, the marks."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from tui.inert import one_line


class StatusBar(Horizontal):
    """`Loading spaCy pipeline…` → `14 actors · 3 quotes · 8 claims`, with `mentions 2/5` on the right."""

    def compose(self) -> ComposeResult:
        yield Static(Content("Starting…"), id="status-text")
        # the marks' counter (#mark-info) and the progress bar (#progress) are made when first
        # needed: widgets that show nothing would only slow the first paint

    @property
    def message(self) -> str:
        return str(self.query_one("#status-text", Static).content)

    def say(self, message: str, style: str = "") -> None:
        """Show a message as plain text (never markup), on one line, with nothing a terminal acts on."""
        self.query_one("#status-text", Static).update(Content.styled(one_line(message), style))

    def progress(self, done: int | None, total: int | None) -> None:
        """Show a progress bar while a long article is analysed part by part; None hides it."""
        show = done is not None and total is not None and total > 1 and done < total
        bars = self.query("#progress")
        if not bars and not show:
            return
        from textual.widgets import ProgressBar  # made on first need: a short article never has one

        if not bars:
            bar = ProgressBar(total=total, show_eta=False, show_percentage=True, id="progress")
            marks = self.query("#mark-info")
            self.mount(bar, before=marks.first() if marks else None)
        else:
            bar = bars.first(ProgressBar)
        bar.display = show
        if show:
            bar.update(total=total, progress=done)

    def marks(self, text: str) -> None:
        found = self.query("#mark-info")
        if found:
            found.first(Static).update(Content(one_line(text)))
        elif text:
            self.mount(Static(Content(one_line(text)), id="mark-info"))

    @property
    def marks_text(self) -> str:
        found = self.query("#mark-info")
        return str(found.first(Static).content) if found else ""
