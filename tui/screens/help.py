"""The help screen: every key, from the one table in `tui.keys`."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.keys import KEY_HELP, shown_keys
from tui.resources import dialog_stylesheet


def help_content(keymap: dict[str, str] | None = None) -> Content:
    """The keys, as the user's keymap (the config file's [keys]) has them."""
    rows = [(shown_keys(keys, ids, keymap or {}), what, where) for keys, what, where, ids in KEY_HELP]
    width = max(len(k) for k, _, _ in rows)
    parts: list[str | tuple[str, str]] = [("newsreader — keys", "bold"), "\n\n"]
    for keys, what, where in rows:
        parts += [(keys.ljust(width + 2), "bold $accent"), what, (f"  ({where})", "$text-muted"), "\n"]
    parts += [
        "\n",
        ("Colours: see the legend above the status line. Press escape, q or ? to close.", "$text-muted"),
    ]
    return Content.assemble(*parts)


class HelpScreen(ModalScreen[None]):
    """A modal list of keys; any of escape, q, ? or f1 closes it."""

    CSS_PATH = str(dialog_stylesheet())

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help.close"),
        Binding("j,down", "scroll('down')", show=False),
        Binding("k,up", "scroll('up')", show=False),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            settings = getattr(self.app, "settings", None)
            yield Static(help_content(settings.keymap if settings else None), id="help-text")

    def action_scroll(self, direction: str) -> None:
        box = self.query_one("#help-box", VerticalScroll)
        (box.scroll_down if direction == "down" else box.scroll_up)()
