"""Where the bundled styles and articles are, in an installed wheel and in a source checkout alike.

A wheel carries them inside the package (`tui/styles`, `tui/seeds`); a checkout or an editable
install keeps them at the top of the repository. Looking in both keeps one code path for all three.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """The folder `name` (`styles` or `seeds`), inside the package if shipped there, else beside it."""
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"newsreader is missing its {name}/ folder (reinstall the package)")


def default_article() -> Path:
    """The embedded default: the first bundled article, in name order."""
    seeds = sorted(p for p in resource_dir("seeds").iterdir() if p.suffix in {".txt", ".md"})
    if not seeds:
        raise FileNotFoundError("newsreader has no bundled article (reinstall the package)")
    return seeds[0]


def stylesheet() -> Path:
    """The app's main Textual stylesheet."""
    return resource_dir("styles") / "newsreader.tcss"


def dialog_stylesheet() -> Path:
    """The dialogs' stylesheet, read when a dialog is first shown rather than before the first paint."""
    return resource_dir("styles") / "dialogs.tcss"
