"""The reader's inputs, exports and settings driven by keys (Pilot), against real files and a loopback server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from tests.loopback import NEWS_PAGE, SECOND_PAGE
from tests.waiting import settle
from tui.app import NewsReaderApp
from tui.resources import default_article
from tui.settings import load_settings
from tui.sources.local import library_from_folder, read_article

STRIKE = "Harbour workers strike in Valparaíso"
FERRY = "Ferry service resumes after storm"
SIZE = (120, 40)


def messages(app: NewsReaderApp) -> list[str]:
    return [n.message for n in app._notifications]


async def type_into_prompt(app: NewsReaderApp, pilot, text: str) -> None:
    await pilot.pause()
    prompt = app.screen.query_one(Input)
    prompt.value = text
    await pilot.press("enter")


@pytest.fixture
def seed_app() -> NewsReaderApp:
    return NewsReaderApp(read_article(default_article()))


async def test_url_opens_in_a_worker_with_byline(web):
    app = NewsReaderApp(None, pending=web.url("/article.html"))
    async with app.run_test(size=SIZE) as pilot:
        assert app.article_view.text.startswith("Opening http://127.0.0.1")  # painted before the fetch
        assert not app.query("#article-meta")  # no byline yet: no line for it
        await settle(app, pilot)
        assert app.article.title == STRIKE
        assert app.article_view.text.startswith(STRIKE)
        assert "by Ana Torres" in app.sub_title and "2024-03-12" in app.sub_title
        meta = app.query_one("#article-meta", Static)
        assert meta.display and str(meta.content) == app.sub_title  # the byline line over the text
        assert meta.region.y < app.article_view.region.y
        assert app.analysis is not None and app.analysis.text == app.article.text
        assert any(q.speaker_name == "Marta Soto" for q in app.analysis.quotes)


async def test_o_opens_a_url_and_the_analysis_restarts(seed_app, web):
    async with seed_app.run_test(size=SIZE) as pilot:
        await settle(seed_app, pilot)
        old = seed_app.analysis
        await pilot.press("o")
        assert type(seed_app.screen).__name__ == "PromptScreen"
        await type_into_prompt(seed_app, pilot, web.url("/second.html"))
        await settle(seed_app, pilot)
        assert seed_app.article.title == FERRY
        assert seed_app.analysis is not old and seed_app.analysis.title == FERRY
        assert seed_app.status.message == seed_app.analysis.summary()


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("/missing", "404 Not Found"),
        ("/loop", "too many redirects"),
        ("/image.png", "not a web page"),
        ("/huge", "limit"),
    ],
)
async def test_o_failure_is_a_message_and_the_app_stays_usable(seed_app, web, target, message):
    async with seed_app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(seed_app, pilot)
        before = seed_app.article
        await pilot.press("o")
        await type_into_prompt(seed_app, pilot, web.url(target))
        await settle(seed_app, pilot)
        assert message in seed_app.status.message
        assert any(message in m for m in messages(seed_app))
        assert seed_app.article is before and seed_app.is_running
        await pilot.press("2", "slash", *"syria", "enter")
        assert seed_app.article_view.marks  # still reads and searches


async def test_o_with_a_local_html_file_and_escape_cancels(seed_app, tmp_path: Path):
    page = tmp_path / "ferry.html"
    page.write_text(SECOND_PAGE, encoding="utf-8")
    async with seed_app.run_test(size=SIZE) as pilot:
        await settle(seed_app, pilot)
        await pilot.press("o", "escape")
        assert type(seed_app.screen).__name__ != "PromptScreen"
        await pilot.press("o")
        await type_into_prompt(seed_app, pilot, str(page))
        await settle(seed_app, pilot)
        assert seed_app.article.title == FERRY and seed_app.location == str(page)


async def test_r_reloads_the_file_from_disk(tmp_path: Path):
    path = tmp_path / "story.txt"
    path.write_text("First version\n\nThe mayor said the bridge would open.", encoding="utf-8")
    app = NewsReaderApp(read_article(path), location=str(path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        path.write_text("Second version\n\nThe mayor said the bridge would close.", encoding="utf-8")
        await pilot.press("r")
        await settle(app, pilot)
        assert app.article.title == "Second version"
        assert app.analysis is not None and app.analysis.title == "Second version"


async def test_stdin_article_cannot_be_reloaded():
    app = NewsReaderApp(
        None, pending="-", pending_data=b"Piped story\n\nThe minister said talks would resume."
    )
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        assert app.article.title == "Piped story"
        await pilot.press("r")
        assert any("cannot be read again" in m for m in messages(app))


@pytest.mark.parametrize(
    ("pending", "data", "reason"),
    [
        ("-", bytes(range(256)) * 16, "is a binary file"),  # bytes the command refuses first (#19.1)
        ("/missing", None, "404"),
    ],
)
async def test_a_failed_first_open_leaves_no_placeholder(web, pending, data, reason):
    """When the article the app was started for cannot be opened, the panes say what happened:
    no "Reading standard input…" over the article, no "analysing…" in the lists."""
    app = NewsReaderApp(None, pending=web.url(pending) if pending != "-" else "-", pending_data=data)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        shown = app.article_view.text
        assert "Reading standard input" not in shown and "Opening " not in shown
        assert "could not be opened" in shown and reason in shown
        for tab in ("actors", "quotes", "claims"):
            rows = [str(o.prompt) for o in app.side.list(tab).options]
            assert rows and not any("analysing" in r for r in rows), rows
        assert reason in app.status.message
        await pilot.press("o")
        assert type(app.screen).__name__ == "PromptScreen"  # still usable


async def test_folder_library_and_brackets(tmp_path: Path):
    (tmp_path / "a-ferry.html").write_text(SECOND_PAGE, encoding="utf-8")
    (tmp_path / "b-strike.htm").write_text(NEWS_PAGE, encoding="utf-8")
    (tmp_path / "c-note.txt").write_text("Council meets\n\nThe council met on Monday, the mayor said.")
    app = NewsReaderApp(None, library=library_from_folder(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert type(app.screen).__name__ == "LibraryScreen"
        await pilot.press("down", "enter")  # the filter box has the keys: the arrows move
        await settle(app, pilot)
        assert app.article.title == STRIKE and app.library_index == 1
        # the footer, built while the library was open over the reader, is on the reader's screen
        assert app.screen.query("Footer") and app.screen.query("#legend")
        assert app.sub_title.startswith("2/3")
        await pilot.press("right_square_bracket")
        await settle(app, pilot)
        assert app.article.title == "Council meets"
        assert str(app.query_one("#article-meta", Static).content).startswith("3/3")
        await pilot.press("right_square_bracket")  # wraps round
        await settle(app, pilot)
        assert app.article.title == FERRY
        await pilot.press("left_square_bracket")
        await settle(app, pilot)
        assert app.article.title == "Council meets"
        assert app.analysis is not None and app.analysis.title == "Council meets"
        await pilot.press("l")
        assert type(app.screen).__name__ == "LibraryScreen"
        await pilot.press("escape")
        assert type(app.screen).__name__ != "LibraryScreen"


async def test_feed_url_library_fetches_the_chosen_item(web):
    app = NewsReaderApp(None, pending=web.url("/feed.xml"))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        assert app.library is not None and app.library.title == "The Daily Paper: Chile"
        assert type(app.screen).__name__ == "LibraryScreen"
        await pilot.press("down", "enter")  # the filter box has the keys: the arrows move
        await settle(app, pilot)
        assert app.article.title == FERRY and app.article.source == web.url("/second.html")
        await pilot.press("right_square_bracket")  # the third item is a dead link
        await settle(app, pilot)
        assert "404" in app.status.message and app.article.title == FERRY
        await pilot.press("left_square_bracket")
        await settle(app, pilot)
        assert app.article.title == STRIKE


async def test_e_exports_each_format(seed_app, tmp_path: Path):
    async with seed_app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(seed_app, pilot)
        await pilot.press("e")
        prompt = seed_app.screen.query_one(Input)
        name = "russia-and-turkey-agree-to-coordinate-ground-operations-in-syria.md"
        assert prompt.value == str(Path.cwd() / name)
        await pilot.press("escape")
        for fmt in ("md", "json", "csv", "html"):
            target = tmp_path / f"out.{fmt}"
            await pilot.press("e")
            await type_into_prompt(seed_app, pilot, str(target))
            await settle(seed_app, pilot)
            assert target.exists(), fmt
            assert any(f"Exported to {target}" == m for m in messages(seed_app))
        data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
        assert len(data["quotes"]) == 3
        assert '<mark class="entity"' in (tmp_path / "out.html").read_text(encoding="utf-8")
        await pilot.press("e")
        await type_into_prompt(seed_app, pilot, str(tmp_path / "report.pdf"))
        assert any("end the name with .md" in m for m in messages(seed_app))
        await pilot.press("e")
        await type_into_prompt(seed_app, pilot, str(tmp_path / "missing-dir" / "x.md"))
        await settle(seed_app, pilot)
        assert any("cannot be written" in m for m in messages(seed_app))


async def test_export_shows_the_folder_and_asks_before_replacing(seed_app, tmp_path: Path, monkeypatch):
    """The prompt and the message give the full path; a second export to the same file asks (#19.5),
    and the report names the bundled article as such, not by its path in the package (#19.6)."""
    monkeypatch.chdir(tmp_path)
    async with seed_app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(seed_app, pilot)
        await pilot.press("e")
        await pilot.pause()
        question = str(seed_app.screen.query_one("#prompt-question", Static).content)
        assert str(tmp_path) in question
        await type_into_prompt(seed_app, pilot, "report.md")  # a name alone: in the folder shown
        await settle(seed_app, pilot)
        target = tmp_path / "report.md"
        assert f"Exported to {target}" in messages(seed_app)
        report = target.read_text(encoding="utf-8")
        assert "source: the bundled sample article" in report and "seeds" not in report
        target.write_text("my notes", encoding="utf-8")
        await pilot.press("e")
        await type_into_prompt(seed_app, pilot, str(target))
        await pilot.pause()
        assert type(seed_app.screen).__name__ == "ConfirmScreen"
        assert str(target) in str(seed_app.screen.query_one("#prompt-question", Static).content)
        await pilot.press("n")
        await settle(seed_app, pilot)
        assert target.read_text(encoding="utf-8") == "my notes"
        assert any(f"{target} was left as it was" in m for m in messages(seed_app))
        await pilot.press("e")
        await type_into_prompt(seed_app, pilot, str(target))
        await pilot.pause()
        await pilot.press("y")
        await settle(seed_app, pilot)
        assert target.read_text(encoding="utf-8").startswith("# Russia and Turkey")


async def test_c_copies_the_selected_quote_with_attribution(seed_app):
    async with seed_app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(seed_app, pilot)
        await pilot.press("c")  # on the Actors tab: nothing to copy
        assert any("Select a quote or claim" in m for m in messages(seed_app))
        await pilot.press("2", "c")
        quote = seed_app.side.items["quotes"][0]
        assert seed_app.clipboard.startswith(quote.text)
        assert f"— {quote.speaker_name} (" in seed_app.clipboard
        assert seed_app.article.title in seed_app.clipboard
        await pilot.press("3", "j", "c")
        claim = seed_app.side.items["claims"][1]
        assert " ".join(claim.text.split()) in seed_app.clipboard


async def test_f_hides_entity_types(seed_app):
    async with seed_app.run_test(size=SIZE) as pilot:
        await settle(seed_app, pilot)
        view = seed_app.article_view
        persons = sum(1 for e in seed_app.analysis.entities if e.label == "PERSON")
        before = len(view._spans)
        await pilot.press("f")
        assert type(seed_app.screen).__name__ == "EntityFilterScreen"
        await pilot.press("space", "enter")  # the first type (person) off
        assert view.hidden_types == {"person"}
        assert len(view._spans) == before - persons
        legend = seed_app.query_one("#legend")
        spans = legend.render().spans  # the legend strikes the hidden type out
        assert any("strike" in str(s.style) for s in spans)
        seed_app.toggle_entity_type("person")
        assert view.hidden_types == set() and len(view._spans) == before


async def test_theme_switch_and_palette(seed_app):
    async with seed_app.run_test(size=SIZE) as pilot:
        await settle(seed_app, pilot)
        assert seed_app.theme == "textual-dark"
        view = seed_app.article_view

        def line_background():  # the background the article's second line is drawn on
            return next(seg.style.bgcolor for seg in view.render_line(1) if seg.style and seg.style.bgcolor)

        dark_background = line_background()
        await pilot.press("t")
        await pilot.pause()
        assert seed_app.theme == "textual-light" and not seed_app.current_theme.dark
        assert line_background() != dark_background  # the lines are repainted, not served from a cache
        await pilot.press("t")
        assert seed_app.theme == "textual-dark"
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"show quotes")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert seed_app.side.active_tab == "quotes"
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"theme: nord")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert seed_app.theme == "nord"


async def test_config_theme_keys_and_hidden_types(tmp_path: Path, monkeypatch):
    config = tmp_path / "config.toml"
    config.write_text(
        'theme = "textual-light"\n[highlight]\nhide = ["number", "date"]\n[keys]\n"app.open" = "ctrl+o"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("NEWSREADER_CONFIG", str(config))
    app = NewsReaderApp(read_article(default_article()), settings=load_settings())
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.theme == "textual-light"
        assert app.article_view.hidden_types == {"number", "date"}
        text = app.article_view.text
        found = {(e.label, text[e.start : e.end]) for e in app.analysis.entities}
        assert {("DATE", "Saturday"), ("CARDINAL", "2,000"), ("PERSON", "Sergei Lavrov")} <= found
        shown = {text[s:e] for s, e, _, _ in app.article_view._spans}
        assert "Saturday" not in shown and "last week" not in shown  # dates are found, not highlighted
        assert "2,000" not in shown and "two" not in shown  # numbers likewise
        assert "Sergei Lavrov" in shown  # the other types still are
        await pilot.press("o")
        assert type(app.screen).__name__ != "PromptScreen"  # o was remapped…
        await pilot.press("ctrl+o")
        assert type(app.screen).__name__ == "PromptScreen"  # …to ctrl+o


async def test_theme_flag_overrides_config(tmp_path: Path, monkeypatch):
    config = tmp_path / "config.toml"
    config.write_text('theme = "textual-light"\n', encoding="utf-8")
    monkeypatch.setenv("NEWSREADER_CONFIG", str(config))
    app = NewsReaderApp(read_article(default_article()), settings=load_settings(), theme="nord")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.theme == "nord"


@pytest.mark.parametrize(
    ("content", "warning"),
    [
        ("theme = [unclosed", "is not valid TOML"),
        (b"\xff\xfe\x00garbage", "is not valid TOML"),
        (
            'theme = 3\nmodel = []\ncolour = "red"\n[highlight]\nhide = ["person", "planets"]\n',
            "unknown setting",
        ),
        ('[keys]\n"app.open" = 5\n', "must be a key name"),
        ('[keys]\n"app.nonsense" = "x"\n', "unknown key binding id(s) app.nonsense"),
        ('theme = "no-such-theme"\n', "unknown theme 'no-such-theme'"),
        ("highlight = 7\nkeys = 8\n", "must be a table"),
    ],
)
async def test_broken_config_falls_back_to_defaults(tmp_path: Path, monkeypatch, content, warning):
    config = tmp_path / "config.toml"
    (config.write_bytes if isinstance(content, bytes) else config.write_text)(content)
    monkeypatch.setenv("NEWSREADER_CONFIG", str(config))
    app = NewsReaderApp(read_article(default_article()), settings=load_settings())
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        # read before the analysis settles: on a busy machine that can outlast the toast's 10 s
        await pilot.pause()
        assert any(warning in m for m in messages(app)), messages(app)
        await settle(app, pilot)
        assert app.theme == "textual-dark"
        assert app.analysis is not None and app.is_running
        await pilot.press("o")
        assert type(app.screen).__name__ == "PromptScreen"  # default keys still work


async def test_no_color_uses_plain_styles(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = NewsReaderApp(read_article(default_article()))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        view = app.article_view
        assert view.colour is False
        styles = {style for y in range(view.scrollable_content_region.height) for style in _styles(view, y)}
        assert any(s.bold or s.underline or s.italic for s in styles)
        entity_colours = {style.color for style in app.highlights.entity.values()}
        assert not any(s.color in entity_colours for s in styles)


def _styles(view, y):
    for segment in view.render_line(y):
        if segment.style is not None:
            yield segment.style


async def test_not_english_article_gets_a_notice_and_opens(web):
    app = NewsReaderApp(None, pending=web.url("/russian.html"))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        assert app.article.title == "Переговоры продолжатся"
        assert any("English-only" in m for m in messages(app))
        assert app.analysis is not None


async def test_palette_toggles_an_entity_type(seed_app):
    async with seed_app.run_test(size=SIZE) as pilot:
        await settle(seed_app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"toggle highlighting: person")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert seed_app.article_view.hidden_types == {"person"}
