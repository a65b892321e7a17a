"""The baseline for first paint: the smallest Textual app that shows a text file (our peer's floor)."""

from __future__ import annotations

import sys
from pathlib import Path

from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static


class Minimal(App[None]):
    BINDINGS = [("q", "quit", "Quit")]

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(Content(self.text))


if __name__ == "__main__":
    Minimal(Path(sys.argv[1]).read_text(encoding="utf-8")).run()
