"""The status line: what the analysis is doing, then its summary; on the right, the marks."""

from __future__ import annotations

from textual.containers import Horizontal
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from tui.inert import one_line


class StatusBar(Widget):
    """`Loading spaCy pipeline…` → `14 actors · 3 quotes · 8 claims`, with `mentions 2/5` on the right.

    The message is drawn by the bar itself; the progress bar (#progress) and the marks' counter
    (#mark-info) are widgets in a box docked on its right, made when first needed: on the way to
    the first paint every widget costs a millisecond or two, and these show nothing then.
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._message = Content("Starting…")

    def render(self) -> Content:
        return self._message

    @property
    def message(self) -> str:
        return str(self._message)

    def say(self, message: str, style: str = "") -> None:
        """Show a message as plain text (never markup), on one line, with nothing a terminal acts on."""
        self._message = Content.styled(one_line(message), style)
        self.refresh()

    def flash(self, message: str, style: str = "", seconds: float = 6.0) -> None:
        """Say `message` for a few seconds, then what was said before, unless something was said since."""
        before = self._message
        self.say(message, style)
        shown = self._message

        def restore() -> None:
            if self._message is shown:
                self._message = before
                self.refresh()

        self.set_timer(seconds, restore)

    def progress(self, done: int | None, total: int | None) -> None:
        """Show a progress bar while a long article is analysed part by part; None hides it."""
        show = done is not None and total is not None and total > 1 and done < total
        bars = self.query("#progress")
        if not bars and not show:
            return
        from textual.widgets import ProgressBar  # made on first need: a short article never has one

        if not bars:
            bar = ProgressBar(total=total, show_eta=False, show_percentage=True, id="progress")
            marks = self._right().query("#mark-info")
            self._right().mount(bar, before=marks.first() if marks else None)
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
            self._right().mount(Static(Content(one_line(text)), id="mark-info"))

    def _right(self) -> Horizontal:
        """The box docked on the right that holds the progress bar and the marks' counter."""
        found = self.query("#status-right")
        if found:
            return found.first(Horizontal)
        box = Horizontal(id="status-right")
        self.mount(box)
        return box

    @property
    def marks_text(self) -> str:
        found = self.query("#mark-info")
        return str(found.first(Static).content) if found else ""
