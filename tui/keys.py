"""Every key of the app in one table: the help screen is written from it, so it cannot drift.

Bindings carry ids (`app.search`, `list.down`, …) so that a keymap can rename any key.
"""

from __future__ import annotations

#: (keys, what they do, where they work, the binding ids behind each " / "-separated part of the
#: keys) — in the order the help screen lists them. A part with no ids is Textual's own (tab).
KEY_HELP: tuple[tuple[str, str, str, tuple[tuple[str, ...], ...]], ...] = (
    ("tab / shift+tab", "move focus between the article and the side panel", "anywhere", ()),
    (
        "1 / 2 / 3",
        "show the Actors, Quotes or Claims tab",
        "anywhere",
        (("app.tab_actors",), ("app.tab_quotes",), ("app.tab_claims",)),
    ),
    (
        "j / k",
        "move in a list, scroll the article (also ↓ / ↑)",
        "article, lists",
        (("article.down", "list.down"), ("article.up", "list.up")),
    ),
    (
        "g / G",
        "go to the top / bottom",
        "article, lists",
        (("article.top", "list.first"), ("article.bottom", "list.last")),
    ),
    (
        "space / b",
        "page down / up",
        "article, lists",
        (("article.page_down", "list.page_down"), ("article.page_up", "list.page_up")),
    ),
    (
        "enter",
        "actor: mark its mentions and go to the first; quote or claim: go to it and mark it",
        "lists",
        (),
    ),
    ("/", "search the article text and mark the matches", "anywhere", (("app.search",),)),
    (
        "n / N",
        "go to the next / previous mark (mentions or search matches)",
        "anywhere",
        (("app.next_mark",), ("app.previous_mark",)),
    ),
    ("escape", "clear the marks (or close the search box)", "anywhere", (("app.clear_marks",),)),
    ("o", "open another file, folder, feed or URL", "anywhere", (("app.open",),)),
    ("r", "reload the current article", "anywhere", (("app.reload",),)),
    ("l", "the library: the articles of a folder, feed or several files", "anywhere", (("app.library",),)),
    (
        "[ / ]",
        "previous / next article of the library",
        "anywhere",
        (("app.previous_article",), ("app.next_article",)),
    ),
    ("e", "export the findings (.md, .json, .csv, .html)", "anywhere", (("app.export",),)),
    (
        "w",
        "Voices: who is quoted across the library (or this article); enter on a person lists their quotes",
        "anywhere",
        (("app.voices",),),
    ),
    ("c", "copy the selected quote or claim with its attribution", "quotes, claims", (("app.copy",),)),
    ("f", "choose which entity types are highlighted", "anywhere", (("app.filter_entities",),)),
    ("t", "switch between the light and dark theme (more in ctrl+p)", "anywhere", (("app.toggle_theme",),)),
    ("ctrl+p", "command palette: open, export, tabs, entity types, themes", "anywhere", ()),
    ("? / f1", "show this help", "anywhere", (("app.help",),)),
    ("q", "quit", "anywhere", (("app.quit",),)),
)


def shown_keys(keys: str, ids: tuple[tuple[str, ...], ...], keymap: dict[str, str]) -> str:
    """The keys column of a help row with the user's keymap applied: each remapped part shows the
    keys it now has (`ctrl+f` for `/`), the others stay as they are."""
    if not ids or not any(i in keymap for part in ids for i in part):
        return keys
    if len(ids) == 1:  # one binding for the whole column ("? / f1")
        return _display(keymap.get(ids[0][0], ""), keys)
    parts = keys.split(" / ")
    if len(parts) != len(ids):
        return keys
    shown = []
    for part, part_ids in zip(parts, ids, strict=True):
        remapped = [keymap[i] for i in part_ids if i in keymap]
        shown.append(" ".join(dict.fromkeys(_display(k, part) for k in remapped)) if remapped else part)
    return " / ".join(shown)


def _display(keys: str, default: str) -> str:
    """`ctrl+f,f3` as `ctrl+f / f3`, `slash` as `/`: the way the help screen writes keys."""
    from textual.keys import format_key

    out = []
    for key in (k.strip() for k in keys.split(",")):
        if key:
            modifiers, plus, name = key.rpartition("+")
            out.append(f"{modifiers}{plus}{format_key(name)}")
    return " / ".join(out) or default
