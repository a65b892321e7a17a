"""Every key of the app in one table: the help screen is written from it, so it cannot drift.

Bindings carry ids (`app.search`, `list.down`, …) so that a keymap can rename any key. The user's
keymap is checked here, before any screen (so the command line warns as the app does): ids we do not
have, names Textual does not know, and keys another action already has are refused, each with a
one-line reason, and the binding keeps its built-in key. Textual's key tables are imported only when
there is a keymap to check.
"""

from __future__ import annotations

import unicodedata

#: The built-in keys of every remappable binding: what the app's, the article's and the lists'
#: `BINDINGS` say (a test holds them equal), here so that a keymap can be checked without Textual.
DEFAULT_KEYS: dict[str, str] = {
    "app.tab_actors": "1",
    "app.tab_quotes": "2",
    "app.tab_claims": "3",
    "app.search": "slash",
    "app.next_mark": "n",
    "app.previous_mark": "N",
    "app.clear_marks": "escape",
    "app.open": "o",
    "app.reload": "r",
    "app.library": "l",
    "app.previous_article": "left_square_bracket",
    "app.next_article": "right_square_bracket",
    "app.export": "e",
    "app.voices": "w",
    "app.copy": "c",
    "app.sort_by_worth": "s",
    "app.filter_entities": "f",
    "app.claim_view": "i",
    "app.toggle_theme": "t",
    "app.help": "question_mark,f1",
    "app.quit": "q",
    "article.down": "j",
    "article.up": "k",
    "article.top": "g",
    "article.bottom": "G",
    "article.page_down": "space",
    "article.page_up": "b",
    "list.down": "j",
    "list.up": "k",
    "list.first": "g",
    "list.last": "G",
    "list.page_down": "space",
    "list.page_up": "b",
}

#: Keys Textual itself uses everywhere, as an action a user would name them.
TEXTUAL_KEYS: dict[str, str] = {
    "tab": "focus next pane (Textual)",
    "shift+tab": "focus previous pane (Textual)",
    "ctrl+p": "command palette (Textual)",
    "ctrl+c": "copy / quit (Textual)",
    "ctrl+q": "app.quit",
}

_MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})

#: (keys, what they do, where they work, the binding ids behind each " / "-separated part of the
#: keys) — in the order the help screen lists them. A part with no ids is Textual's own (tab).
KEY_HELP: tuple[tuple[str, str, str, tuple[tuple[str, ...], ...]], ...] = (
    ("tab / shift+tab", "move focus between the article and the side panel", "anywhere", ()),
    (
        "1 / 2 / 3",
        "show the Actors, Quotes or Claims tab and move focus to its list",
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
    (
        "l",
        "the library: the articles of a folder, feed or several files (type to filter it)",
        "anywhere",
        (("app.library",),),
    ),
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
    (
        "i",
        "Claims tab: all claims, statements only, intentions only, figures only",
        "anywhere",
        (("app.claim_view",),),
    ),
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


def normalize_key(key: str) -> str | None:
    """A key as Textual names it in its events (`?` → `question_mark`, `solidus` → `slash`), or
    None when Textual knows no such key (`not a key!!`, `ctrl+`, `page_up`)."""
    from textual.keys import KEY_NAME_REPLACEMENTS, REPLACED_KEYS, Keys, key_to_character

    key = key.strip()
    if key in ("+", "plus"):
        return "plus"
    *modifiers, name = key.split("+")
    if not name or any(m not in _MODIFIERS for m in modifiers):
        return None
    prefix = "+".join(modifiers) + "+" if modifiers else ""
    if key in {k.value for k in Keys} and not key.startswith("<"):
        return key
    if name in {k.value for k in Keys} and not name.startswith("<"):
        return prefix + name
    char = name if len(name) == 1 else key_to_character(REPLACED_KEYS.get(name, name))
    if char is None or len(char) != 1 or not char.isprintable() or char.isspace():
        return None
    if char.isalnum():
        return prefix + char
    try:
        spelled = unicodedata.name(char).lower().replace("-", "_").replace(" ", "_")
    except ValueError:
        return None
    return prefix + KEY_NAME_REPLACEMENTS.get(spelled, spelled)


def _scope(binding_id: str) -> str:
    return binding_id.partition(".")[0]


def _overlap(a: str, b: str) -> bool:
    """Whether two bindings can meet on one key press: the app's keys work in the article and the
    lists; the article's and the lists' keys each work only where focus is."""
    return _scope(a) == _scope(b) or "app" in (_scope(a), _scope(b))


def check_keymap(keymap: dict[str, str], where: str) -> tuple[dict[str, str], list[str]]:
    """The keymap Textual may be given, and one warning per entry refused (`where` starts each).

    Refused: an id no binding has; a key Textual does not know; a key another action already has
    (built in, or taken by an earlier entry): the built-in binding keeps it. A binding left with none
    of its keys keeps its built-in ones.
    """
    warnings: list[str] = []
    unknown = sorted(set(keymap) - set(DEFAULT_KEYS))
    if unknown:
        warnings.append(
            f"{where}: unknown key binding id(s) {', '.join(unknown)}; see the README for the ids"
        )
    wanted = {i: k for i, k in keymap.items() if i in DEFAULT_KEYS}
    # the keys each binding has once the keymap applies: a remapped binding gives up its built-in keys
    owners: dict[str, list[str]] = {}
    for binding_id, keys in DEFAULT_KEYS.items():
        if binding_id not in wanted:
            for key in keys.split(","):
                owners.setdefault(key, []).append(binding_id)
    clean: dict[str, str] = {}
    for binding_id, keys in wanted.items():
        kept: list[str] = []
        refused: list[str] = []
        for raw in keys.split(","):
            key = normalize_key(raw)
            if key is None:
                refused.append(f"{raw.strip()!r} is not a key Textual knows")
                continue
            others = [o for o in owners.get(key, []) if o != binding_id and _overlap(o, binding_id)]
            textual = TEXTUAL_KEYS.get(key)
            if textual and textual != binding_id:
                others.append(textual)
            if others:
                refused.append(
                    f"{raw.strip()} is already the key of {' and '.join(others)} (it stays theirs)"
                )
            elif key not in kept:
                kept.append(key)
        if kept:
            clean[binding_id] = ",".join(kept)
        keys_now = kept or DEFAULT_KEYS[binding_id].split(",")  # with nothing usable, its own keys again
        for key in keys_now:
            owners.setdefault(key, []).append(binding_id)
        for n, reason in enumerate(refused, 1):
            keeps = f"; {binding_id} keeps {', '.join(keys_now)}" if n == len(refused) else ""
            warnings.append(f"{where}: keys.{binding_id}: {reason}{keeps}")
    return clean, warnings
