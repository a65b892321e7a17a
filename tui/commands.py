"""The app's own commands in the command palette (ctrl+p): open, reload, export, tabs, entity types, themes."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.widgets.entity_styles import ENTITY_TYPES

if TYPE_CHECKING:
    from tui.app import NewsReaderApp


class ReaderCommands(Provider):
    """Every palette entry calls the same action a key would."""

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        app: NewsReaderApp = self.app  # type: ignore[assignment]
        commands: list[tuple[str, Callable[[], object], str]] = [
            ("Open file or URL…", app.action_open, "open another article (o)"),
            ("Reload article", app.action_reload, "read the current article again (r)"),
            ("Library", app.action_library, "the list of articles of a folder or feed (l)"),
            (
                "Export report…",
                app.action_export,
                "write the findings to a .md, .json, .csv or .html file (e)",
            ),
            (
                "Copy quote or claim",
                app.action_copy,
                "copy the selected quote or claim with its attribution (c)",
            ),
            (
                "Highlighted entity types…",
                app.action_filter_entities,
                "choose which types are highlighted (f)",
            ),
            (
                "Toggle light/dark theme",
                app.action_toggle_theme,
                "switch between the light and dark theme (t)",
            ),
        ]
        for tab in ("actors", "quotes", "claims"):
            commands.append(
                (f"Show {tab}", partial(app.action_show_tab, tab), f"switch to the {tab.title()} tab")
            )
        for etype in ENTITY_TYPES:
            commands.append(
                (
                    f"Toggle highlighting: {etype.name}",
                    partial(app.toggle_entity_type, etype.key),
                    f"show or hide the {etype.name} highlights",
                )
            )
        for name in sorted(app.available_themes):
            commands.append((f"Theme: {name}", partial(app.set_theme, name), "switch the colour theme"))
        return commands

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands()[:10]:
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
