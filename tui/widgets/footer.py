"""The footer of keys, which keeps the keys that matter when the terminal is narrow.

Textual's footer lists every shown binding in order and lets the row run off the right edge, so at
80 columns `? Help` and `q Quit` (the last ones) were the first to go. This one ranks the keys and,
when the row would not fit, drops the least used first (and goes compact, one space between items).
It makes Textual's own `FooterKey` items, which only `textual.widgets._footer` exports (Textual is
pinned in pyproject.toml; a test measures the footer at several widths).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.events import Resize
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

if TYPE_CHECKING:
    from textual.screen import Screen

#: Footer entries by action, the most needed first: which to keep when not all fit.
RANK: tuple[str, ...] = (
    "help",
    "quit",
    "app.focus_next",
    "tab_key('actors')",
    "tab_key('quotes')",
    "tab_key('claims')",
    "search",
    "command_palette",
    "open",
    "export",
    "step_mark(1)",
)

#: Below this many columns the footer is compact and tab's label is shortened.
WIDE = 110


def _rank(action: str) -> int:
    action = action.removeprefix("app.") if action != "app.focus_next" else action
    return RANK.index(action) if action in RANK else len(RANK)


class ReaderFooter(Footer):
    """Keys in the order the app lists them; as many as fit, the most needed kept first."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._width = 0
        self._composed: tuple[object, ...] | None = None  # what the keys on show were made from

    def _signature(self) -> tuple[object, ...]:
        """What the row of keys is made from: the width and each shown binding's key, action,
        description, state and tooltip. Focus moving between the panes changes the screen's
        bindings, but seldom this."""
        return (
            self.app.size.width,
            self.show_command_palette,
            tuple(
                (key, binding.action, binding.description, enabled, tooltip)
                for key, (_, binding, enabled, tooltip) in self.screen.active_bindings.items()
                if binding.show
            ),
        )

    def bindings_changed(self, screen: Screen) -> None:
        """Make the keys again only when what they show changed. Textual's footer remakes them on
        every change of the bindings, that is on every focus change (`1`/`2`/`3`, `tab`): mounting
        a dozen keys and restyling them cost a tab key some 100 ms of the interface's time."""
        unchanged = self._composed is not None and self.is_attached and screen is self.screen
        if unchanged and self._signature() == self._composed:
            self._bindings_ready = True
            return
        super().bindings_changed(screen)

    def _item_width(self, key_display: str, description: str, palette: bool = False) -> int:
        """The columns a FooterKey takes: its key, its description and the padding or margin."""
        text = len(key_display) + (1 + len(description) if description else 0)
        if palette:
            return text + 3  # the border on its left and the padding on its right
        return text + (1 if self.compact else 2)

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:  # Footer's own flag: the screen has reported its bindings
            return
        width = self.app.size.width
        self._width = width
        self._composed = self._signature()
        self.set_reactive(Footer.compact, width < WIDE)
        self.set_class(width < WIDE, "-compact")
        entries: list[tuple[int, int, FooterKey]] = []  # (rank, width, key) in the app's order
        seen: set[str] = set()
        palette_key = self.app.COMMAND_PALETTE_BINDING
        active = self.screen.active_bindings
        for key, (_, binding, enabled, tooltip) in active.items():
            if not binding.show or binding.action in seen or key == palette_key:
                continue
            seen.add(binding.action)
            shown = self.app.get_key_display(binding)
            if binding.action == "app.focus_next":
                shown = "tab/⇧tab" if width < WIDE else "tab/shift+tab"
            item = FooterKey(
                binding.key, shown, binding.description, binding.action, disabled=not enabled, tooltip=tooltip
            ).data_bind(compact=Footer.compact)
            entries.append((_rank(binding.action), self._item_width(shown, binding.description), item))
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE and palette_key in active:
            _, binding, enabled, tooltip = active[palette_key]
            shown = self.app.get_key_display(binding)
            item = FooterKey(
                binding.key,
                shown,
                binding.description,
                binding.action,
                classes="-command-palette",
                disabled=not enabled,
                tooltip=binding.tooltip or binding.description,
            )
            entries.append(
                (_rank("command_palette"), self._item_width(shown, binding.description, True), item)
            )
        kept: set[int] = set()
        used = 0
        for index in sorted(range(len(entries)), key=lambda i: entries[i][0]):
            if used + entries[index][1] <= width:
                kept.add(index)
                used += entries[index][1]
        for index, (_, _, item) in enumerate(entries):
            if index in kept:
                yield item

    def on_resize(self, event: Resize) -> None:
        if self._bindings_ready and self.app.size.width != self._width:
            self.call_after_refresh(self.recompose)

    @property
    def shown(self) -> list[str]:
        """The descriptions on show, left to right (for tests and the help screen)."""
        return [k.description for k in self.query(FooterKey)]
