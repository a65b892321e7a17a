"""Every key of the app in one table: the help screen is written from it, so it cannot drift.

Bindings carry ids (`app.search`, `list.down`, …) so that a keymap can rename any key.
"""

from __future__ import annotations

#: (keys, what they do, where they work) — in the order the help screen lists them.
KEY_HELP: tuple[tuple[str, str, str], ...] = (
    ("tab / shift+tab", "move focus between the article and the side panel", "anywhere"),
    ("1  2  3", "show the Actors, Quotes or Claims tab", "anywhere"),
    ("j / k, ↓ / ↑", "move in a list, scroll the article", "article, lists"),
    ("g / G", "go to the top / bottom", "article, lists"),
    ("space / b", "page down / up", "article, lists"),
    ("enter", "actor: mark its mentions and go to the first; quote or claim: go to it and mark it", "lists"),
    ("/", "search the article text and mark the matches", "anywhere"),
    ("n / N", "go to the next / previous mark (mentions or search matches)", "anywhere"),
    ("escape", "clear the marks (or close the search box)", "anywhere"),
    ("o", "open another file, folder, feed or URL", "anywhere"),
    ("r", "reload the current article", "anywhere"),
    ("l", "the library: the articles of a folder, feed or several files", "anywhere"),
    ("[ / ]", "previous / next article of the library", "anywhere"),
    ("e", "export the findings (.md, .json, .csv, .html)", "anywhere"),
    ("c", "copy the selected quote or claim with its attribution", "quotes, claims"),
    ("f", "choose which entity types are highlighted", "anywhere"),
    ("t", "switch between the light and dark theme (more in ctrl+p)", "anywhere"),
    ("ctrl+p", "command palette: open, export, tabs, entity types, themes", "anywhere"),
    ("? / f1", "show this help", "anywhere"),
    ("q", "quit", "anywhere"),
)
