"""The app's own commands in the command palette (ctrl+p): open, reload, export, tabs, entity types, themes."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Protocol, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.widgets.entity_styles import ENTITY_TYPES

Entry = tuple[str, Callable[[], object], str]


class ReaderActions(Protocol):
    """What the palette calls: the reader's actions, by the names its keys use. The app has them;
    this module needs nothing else of it (and does not import it)."""

    available_themes: Iterable[str]

    def action_open(self) -> None: ...
    def action_reload(self) -> None: ...
    def action_library(self) -> None: ...
    def action_export(self) -> None: ...
    def action_copy(self) -> None: ...
    def action_filter_entities(self) -> None: ...
    def action_toggle_theme(self) -> None: ...
    def action_show_tab(self, tab: str) -> None: ...
    def toggle_entity_type(self, key: str) -> None: ...
    def set_theme(self, name: str) -> None: ...


def palette_entries(reader: ReaderActions) -> list[Entry]:
    """Every entry of the palette: (name, what it calls, help), each the action a key would run."""
    commands: list[Entry] = [
        ("Open file or URL…", reader.action_open, "open another article (o)"),
        ("Reload article", reader.action_reload, "read the current article again (r)"),
        ("Library", reader.action_library, "the list of articles of a folder or feed (l)"),
        (
            "Export report…",
            reader.action_export,
            "write the findings to a .md, .json, .csv or .html file (e)",
        ),
        (
            "Copy quote or claim",
            reader.action_copy,
            "copy the selected quote or claim with its attribution (c)",
        ),
        (
            "Highlighted entity types…",
            reader.action_filter_entities,
            "choose which types are highlighted (f)",
        ),
        (
            "Toggle light/dark theme",
            reader.action_toggle_theme,
            "switch between the light and dark theme (t)",
        ),
    ]
    for tab in ("actors", "quotes", "claims"):
        commands.append(
            (f"Show {tab}", partial(reader.action_show_tab, tab), f"switch to the {tab.title()} tab")
        )
    for etype in ENTITY_TYPES:
        commands.append(
            (
                f"Toggle highlighting: {etype.name}",
                partial(reader.toggle_entity_type, etype.key),
                f"show or hide the {etype.name} highlights",
            )
        )
    for name in sorted(reader.available_themes):
        commands.append((f"Theme: {name}", partial(reader.set_theme, name), "switch the colour theme"))
    return commands


class ReaderCommands(Provider):
    """Every palette entry calls the same action a key would."""

    def _commands(self) -> list[Entry]:
        return palette_entries(cast(ReaderActions, self.app))

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands()[:10]:
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
