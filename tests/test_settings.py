"""Settings: key names and keys taken twice refused at start, unknown themes and ids warned about at
every entry point, and a theme chosen in the app written back to the config file."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.waiting import settle
from tui.app import NewsReaderApp
from tui.keys import check_keymap, normalize_key
from tui.resources import default_article
from tui.settings import SettingsError, load_settings, save_theme
from tui.sources.local import read_article


def config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("key", "name"),
    [
        ("q", "q"),
        ("N", "N"),
        ("?", "question_mark"),
        ("question_mark", "question_mark"),
        ("/", "slash"),
        ("solidus", "slash"),
        ("full_stop", "full_stop"),
        ("ctrl+f", "ctrl+f"),
        ("ctrl+shift+up", "ctrl+shift+up"),
        ("f3", "f3"),
        ("space", "space"),
        (" escape ", "escape"),
        ("not a key!!", None),
        ("page_up", None),
        ("ctrl+", None),
        ("hyperspace+x", None),
        ("", None),
    ],
)
def test_key_names_are_textuals(key, name):
    assert normalize_key(key) == name


def test_a_key_textual_does_not_know_is_refused_naming_the_binding_and_the_key(tmp_path: Path):
    settings = load_settings(config(tmp_path, '[keys]\n"app.quit" = "not a key!!"\n"app.open" = "ctrl+o"\n'))
    assert settings.keymap == {"app.open": "ctrl+o"}  # app.quit keeps its q
    (warning,) = settings.warnings
    assert "keys.app.quit" in warning and "'not a key!!'" in warning and "keeps q" in warning
    assert "\n" not in warning


def test_a_key_another_action_has_is_refused_naming_both_actions(tmp_path: Path):
    settings = load_settings(config(tmp_path, '[keys]\n"app.quit" = "j"\n"app.copy" = "o"\n'))
    assert settings.keymap == {}
    quit_warning, copy_warning = sorted(settings.warnings)
    assert "keys.app.copy" in quit_warning and "the key of app.open" in quit_warning
    assert "keys.app.quit" in copy_warning and "article.down" in copy_warning and "keeps q" in copy_warning


def test_keys_freed_by_the_keymap_and_keys_of_other_panes_are_no_conflict():
    keymap = {"article.down": "x", "list.down": "x", "app.quit": "j", "app.help": "?,h"}
    clean, warnings = check_keymap(keymap, "config")
    assert warnings == [] and clean == {**keymap, "app.help": "question_mark,h"}
    clean, warnings = check_keymap({"app.open": "o,j", "app.quit": "q,ctrl+q"}, "config")
    assert clean == {"app.open": "o", "app.quit": "q,ctrl+q"}  # the usable key of the pair stays
    (warning,) = warnings
    assert "keys.app.open: j" in warning and "keeps o" in warning


def test_unknown_theme_and_binding_id(tmp_path: Path):
    settings = load_settings(config(tmp_path, 'theme = "no-such-theme"\n[keys]\n"app.nonsense" = "x"\n'))
    assert settings.theme == "textual-dark"
    assert len(settings.warnings) == 2
    assert any("unknown theme 'no-such-theme'" in w for w in settings.warnings)
    assert any("unknown key binding id(s) app.nonsense" in w for w in settings.warnings)


BROKEN = 'theme = "no-such-theme"\n[keys]\n"app.nonsense" = "x"\n"app.quit" = "not a key!!"\n'


@pytest.mark.parametrize("args", [("--json",), ("--export", "md")])
def test_every_entry_point_warns_once_on_stderr(tmp_path: Path, args):
    import os

    text = tmp_path / "story.txt"
    text.write_text("Port strike\n\nThe strike ended, the union said.\n", encoding="utf-8")
    path = config(tmp_path, BROKEN)
    result = subprocess.run(
        [sys.executable, "-m", "tui", *args, str(text)],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        env={**os.environ, "NEWSREADER_CONFIG": str(path)},
    )
    assert result.returncode == 0, result.stderr
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 3, lines
    assert all(line.startswith(f"newsreader: config {path}: ") for line in lines)
    for needle in ("unknown theme 'no-such-theme'", "app.nonsense", "'not a key!!'"):
        assert sum(needle in line for line in lines) == 1, (needle, lines)


async def test_in_the_app_a_refused_key_leaves_the_built_in_one(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("NEWSREADER_CONFIG", str(config(tmp_path, BROKEN)))
    app = NewsReaderApp(read_article(default_article()), settings=load_settings())
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(app, pilot)
        notes = [n.message for n in app._notifications]
        assert sum("not a key!!" in n for n in notes) == 1 and sum("no-such-theme" in n for n in notes) == 1
        footer = " ".join(str(k.render()) for k in app.screen.query("FooterKey"))
        assert "not a key" not in footer
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running  # q still quits


def test_save_theme_keeps_the_rest_of_the_file(tmp_path: Path):
    path = config(tmp_path, '# mine\nmodel = "en_core_web_sm"\n[keys]\n"app.open" = "ctrl+o"\n')
    save_theme("nord", path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith('theme = "nord"\n# mine\n') and '"app.open" = "ctrl+o"' in text
    save_theme("gruvbox", path)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["theme"] == "gruvbox" and data["keys"] == {"app.open": "ctrl+o"}
    assert path.read_text(encoding="utf-8").count("theme =") == 1
    fresh = tmp_path / "new" / "config.toml"
    save_theme("nord", fresh)  # no file yet: made, with its folder
    assert load_settings(fresh).theme == "nord"
    broken = config(tmp_path, "theme = [unclosed\n")
    with pytest.raises(SettingsError, match="not valid TOML"):
        save_theme("nord", broken)
    assert broken.read_text(encoding="utf-8") == "theme = [unclosed\n"  # left as it was


async def test_a_theme_chosen_in_the_app_is_there_at_the_next_start(tmp_path: Path, monkeypatch):
    path = config(tmp_path, '[highlight]\nhide = ["date"]\n')
    monkeypatch.setenv("NEWSREADER_CONFIG", str(path))
    app = NewsReaderApp(read_article(default_article()), settings=load_settings())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert path.read_text(encoding="utf-8") == '[highlight]\nhide = ["date"]\n'  # nothing written yet
        await pilot.press("t")
        await settle(app, pilot)
        assert "Theme textual-light saved in" in app.status.message and str(path) in app.status.message
    again = NewsReaderApp(read_article(default_article()), settings=load_settings())
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(again, pilot)
        assert again.theme == "textual-light"
        assert again.article_view.hidden_types == {"date"}


async def test_quick_theme_changes_leave_the_last_and_a_broken_file_is_not_touched(
    tmp_path: Path, monkeypatch
):
    path = config(tmp_path, "")
    monkeypatch.setenv("NEWSREADER_CONFIG", str(path))
    app = NewsReaderApp(read_article(default_article()), settings=load_settings())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("t", "t", "t")  # light, dark, light: written one after the other
        await settle(app, pilot)
        assert app.theme == "textual-light" and load_settings(path).theme == "textual-light"
        path.write_text("theme = [unclosed\n", encoding="utf-8")  # broken by hand meanwhile
        await pilot.press("t")
        await settle(app, pilot)
        assert (
            "Theme textual-dark: not saved" in app.status.message and "not valid TOML" in app.status.message
        )
        assert path.read_text(encoding="utf-8") == "theme = [unclosed\n"
