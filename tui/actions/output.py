"""Taking findings elsewhere: export the report (`e`) and copy a quote or claim (`c`)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from tui.widgets.side_panel import TABS

if TYPE_CHECKING:
    from tui.analysis.model import Claim, Quote


class OutputMixin:
    """Export and copy."""

    def action_export(self) -> None:
        from tui.screens.prompt import PromptScreen

        if self.placeholder_shown:  # a library's list, or an open that failed: nothing to export
            self.notify(
                "No article to export: choose one (l) or open one (o).", severity="warning", markup=False
            )
            return
        if self.analysis is None or not self.analysis_complete:
            self.notify("The analysis is not finished yet.", severity="warning", markup=False)
            return
        from tui.exports import format_for

        folder = Path.cwd()

        def chosen(path: str | None) -> None:
            if not path:
                return
            fmt = format_for(path)
            if fmt is None:
                self.notify(
                    f"{path}: end the name with .md, .json, .csv or .html", severity="error", markup=False
                )
                return
            target = folder / Path(path).expanduser()  # a name alone goes in the folder shown
            if target.exists():
                self._confirm_replace(target, fmt)
            else:
                self._export(str(target), fmt)

        default = folder / (_slug(self.article.title) + ".md")
        question = f"Export to (.md, .json, .csv or .html; a name alone goes in {folder}):"
        self.push_screen(PromptScreen(question, value=str(default)), chosen)

    def _confirm_replace(self, target: Path, fmt: str) -> None:
        """A file is there already: replaced only if the user says so (the command line's -o replaces)."""
        from tui.screens.prompt import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if yes:
                self._export(str(target), fmt)
            else:
                self.notify(f"Not exported: {target} was left as it was", markup=False)

        self.push_screen(ConfirmScreen(f"{target} already exists. Replace it?"), answered)

    @work(thread=True, group="export")
    def _export(self, path: str, fmt: str) -> None:
        from tui.exports import render

        analysis, article = self.analysis, self.article
        if analysis is None:
            return
        try:
            Path(path).write_text(render(fmt, analysis, article), encoding="utf-8")
        except OSError as exc:
            message = f"{path}: cannot be written ({exc.strerror or exc})"
            self._post(self.notify, message, severity="error", markup=False)
            return
        self._post(self.notify, f"Exported to {path}", markup=False)

    def selected_item(self) -> Quote | Claim | None:
        """The highlighted quote or claim of the focused list, else of the visible tab."""
        focused = self.focused.id if self.focused is not None else None
        tab = focused if focused in TABS else self.side.active_tab
        if tab not in ("quotes", "claims"):
            return None
        index = self.side.list(tab).highlighted
        items = self.side.items.get(tab, [])
        if index is None or not 0 <= index < len(items):
            return None
        item = items[index]
        from tui.analysis.model import Claim, Quote
        from tui.widgets.side_panel import CheckedBeforeRow

        if isinstance(item, CheckedBeforeRow):  # a claim's "checked before" line: that claim
            item = item.item
        return item if isinstance(item, Quote | Claim) else None

    def action_copy(self) -> None:
        item = self.selected_item()
        if item is None or self.analysis is None:
            self.notify(
                "Select a quote or claim to copy (2 or 3, then j/k).", severity="warning", markup=False
            )
            return
        from tui.exports import citation

        text = citation(item, self.analysis, self.article)
        self.copy_to_clipboard(text)
        self.notify(f"Copied: {text[:80]}{'…' if len(text) > 80 else ''}", markup=False)


def _slug(title: str) -> str:
    """A file name from a headline: `Russia and Turkey agree…` → `russia-and-turkey-agree`."""
    slug = ""
    for word in re.findall(r"[^\W_]+", title.lower()):
        if len(slug) + len(word) > 80:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or "newsreader-report"
