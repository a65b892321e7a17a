"""Settings that stick: a TOML file in the user's config folder, overridden by command-line flags.

    # ~/.config/newsreader/config.toml (or wherever $NEWSREADER_CONFIG points)
    theme = "textual-light"
    model = "en_core_web_sm"
    [highlight]
    hide = ["number", "date"]
    [keys]
    "app.open" = "ctrl+o"
    "app.quit" = "q,ctrl+q"

A file that cannot be read or makes no sense never stops the reader: each problem becomes a one-line
warning and that setting keeps its default. Every entry point (the app, `--json`, `--export`) reads
the file through `load_settings`, so each warns the same way, once. Nothing here starts Textual: a
theme name and a keymap are checked against its tables (imported only when the file sets them), so
the command line can read settings before deciding whether to start the app.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from tui.widgets.entity_styles import ENTITY_TYPES

ENV_VAR = "NEWSREADER_CONFIG"
DEFAULT_THEME = "textual-dark"
LIGHT_THEME = "textual-light"
ENTITY_KEYS = tuple(t.key for t in ENTITY_TYPES)
_KNOWN = {"theme", "model", "highlight", "keys", "themes"}
#: What a theme of the user's own (`[themes.NAME]`) may set: Textual's theme colours, and `dark`.
THEME_COLOURS = ("primary", "secondary", "accent", "foreground", "background", "surface", "panel")


@dataclass
class Settings:
    """The reader's settings; `warnings` says what in the file was ignored and why."""

    theme: str = DEFAULT_THEME
    model: str | None = None
    hidden_types: set[str] = field(default_factory=set)
    keymap: dict[str, str] = field(default_factory=dict)
    themes: dict[str, dict[str, str | bool]] = field(default_factory=dict)  # the user's own, by name
    path: Path | None = None
    warnings: list[str] = field(default_factory=list)


def config_path() -> Path:
    """$NEWSREADER_CONFIG if set, else `config.toml` in the platform's user config folder."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_path

    return user_config_path("newsreader", appauthor=False) / "config.toml"


def load_settings(path: Path | None = None) -> Settings:
    """Read the config file; a missing file is the defaults, a broken one the defaults plus warnings."""
    path = path if path is not None else config_path()
    settings = Settings(path=path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return settings
    except OSError as exc:
        settings.warnings.append(f"config {path}: cannot be read ({exc.strerror or exc}); using the defaults")
        return settings
    import tomllib  # only when there is a file: most runs have none, and this is on the way to the first paint

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        settings.warnings.append(f"config {path}: is not valid TOML ({reason}); using the defaults")
        return settings
    _apply(settings, data, path)
    return settings


def _apply(settings: Settings, data: dict, path: Path) -> None:
    warn = settings.warnings.append
    for key in sorted(set(data) - _KNOWN):
        warn(f"config {path}: unknown setting {key!r} ignored")
    _apply_themes(settings, data.get("themes", {}), path)  # first: `theme` may name one of them
    theme = data.get("theme")
    if theme is not None:
        if isinstance(theme, str) and theme.strip():
            from textual.theme import BUILTIN_THEMES  # only when a theme is set: a table, no app

            if theme.strip() in BUILTIN_THEMES or theme.strip() in settings.themes:
                settings.theme = theme.strip()
            else:
                known = ", ".join(sorted({*BUILTIN_THEMES, *settings.themes}))
                warn(
                    f"config {path}: unknown theme {theme.strip()!r}; using {DEFAULT_THEME} (themes: {known})"
                )
        else:
            warn(f"config {path}: theme must be a theme name; using {DEFAULT_THEME}")
    model = data.get("model")
    if model is not None:
        if isinstance(model, str) and model.strip():
            settings.model = model.strip()
        else:
            warn(f"config {path}: model must be a spaCy pipeline name; using the default")
    highlight = data.get("highlight", {})
    if not isinstance(highlight, dict):
        warn(f"config {path}: [highlight] must be a table; highlighting every type")
        highlight = {}
    hide = highlight.get("hide", [])
    if not isinstance(hide, list) or not all(isinstance(h, str) for h in hide):
        warn(f"config {path}: highlight.hide must be a list of type names ({', '.join(ENTITY_KEYS)})")
        hide = []
    for name in hide:
        if name in ENTITY_KEYS:
            settings.hidden_types.add(name)
        else:
            warn(f"config {path}: unknown entity type {name!r} in highlight.hide ({', '.join(ENTITY_KEYS)})")
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        warn(f'config {path}: [keys] must be a table of binding id = "key"; using the default keys')
        keys = {}
    keymap = {}
    for binding_id, key in keys.items():
        if isinstance(key, str) and key.strip():
            keymap[str(binding_id)] = key.strip()
        else:
            warn(f'config {path}: keys.{binding_id} must be a key name such as "ctrl+o"; ignored')
    if keymap:
        from tui.keys import check_keymap

        settings.keymap, refused = check_keymap(keymap, f"config {path}")
        settings.warnings.extend(refused)


class SettingsError(Exception):
    """The config file cannot take a change; the message is one line, fit for a user."""


_TABLE_HEADER = re.compile(r"^\s*\[", re.MULTILINE)
_THEME_LINE = re.compile(r"^[ \t]*theme[ \t]*=.*$", re.MULTILINE)


def save_theme(name: str, path: Path | None = None) -> Path:
    """Write `theme = "name"` into the config file (made if missing), keeping every other line as
    the user wrote it; returns the file's path. Raises SettingsError (a file that is not valid TOML is
    left alone) or OSError. The file is replaced in one step, so a crash leaves the old or the new."""
    import json
    import tomllib

    path = path if path is not None else config_path()
    try:
        old = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        old = ""
    except UnicodeDecodeError:
        raise SettingsError(f"config {path}: is not valid TOML; the theme was not saved") from None
    try:
        tomllib.loads(old)
    except tomllib.TOMLDecodeError:
        raise SettingsError(f"config {path}: is not valid TOML; the theme was not saved") from None
    line = f"theme = {json.dumps(name)}"
    header = _TABLE_HEADER.search(old)
    top = old[: header.start()] if header else old  # the top-level keys come before any [table]
    found = _THEME_LINE.search(top)
    new = old[: found.start()] + line + old[found.end() :] if found else f"{line}\n{old}"
    if tomllib.loads(new).get("theme") != name:  # a layout this edit does not understand
        raise SettingsError(f"config {path}: the theme line could not be placed; the theme was not saved")
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(new)
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)
    return path


def _apply_themes(settings: Settings, themes: object, path: Path) -> None:
    """`[themes.NAME]` tables: themes of the user's own, which `theme = "NAME"` can then choose.
    Colours are `#rrggbb` (or `#rgb`); a bad one drops that theme with a warning."""
    from tui.widgets.contrast import parse_hex

    warn = settings.warnings.append
    if not isinstance(themes, dict):
        warn(f"config {path}: [themes] must hold tables such as [themes.mine]; ignored")
        return
    for name, table in themes.items():
        if not isinstance(table, dict) or not name.strip():
            warn(f"config {path}: themes.{name} must be a table of colours; ignored")
            continue
        theme: dict[str, str | bool] = {}
        problems = [k for k in table if k not in (*THEME_COLOURS, "dark")]
        for key in THEME_COLOURS:
            value = table.get(key)
            if value is None:
                continue
            try:
                parse_hex(value if isinstance(value, str) else "")
            except ValueError:
                problems.append(key)
            else:
                theme[key] = value.strip()
        if "dark" in table:
            if isinstance(table["dark"], bool):
                theme["dark"] = table["dark"]
            else:
                problems.append("dark")
        if problems:
            warn(
                f"config {path}: themes.{name}: {', '.join(map(repr, problems))} not understood "
                f'(colours are "#rrggbb", dark is true or false: {", ".join(THEME_COLOURS)}, dark); theme ignored'
            )
            continue
        settings.themes[name.strip()] = theme
