"""The palette's commands are read and tested without the app: they need only the actions."""

from __future__ import annotations

import subprocess
import sys

from tui.commands import palette_entries


class Reader:
    """The actions the palette calls, each noting that it ran."""

    available_themes = ("nord", "textual-dark")

    def __init__(self) -> None:
        self.ran: list[str] = []

    def __getattr__(self, name: str):
        if name.startswith(("action_", "toggle_", "set_")):
            return lambda *args: self.ran.append(" ".join([name, *map(str, args)]))
        raise AttributeError(name)


def test_each_entry_runs_the_action_its_key_would():
    reader = Reader()
    entries = {name: run for name, run, _ in palette_entries(reader)}
    entries["Open file or URL…"]()
    entries["Show quotes"]()
    entries["Theme: nord"]()
    entries["Toggle highlighting: person"]()
    assert reader.ran == [
        "action_open",
        "action_show_tab quotes",
        "set_theme nord",
        "toggle_entity_type person",
    ]
    assert "Theme: textual-dark" in entries


def test_the_commands_module_does_not_import_the_app():
    code = "import sys, tui.commands; print('tui.app' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
