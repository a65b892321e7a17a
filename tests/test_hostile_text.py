"""Article text is data on every surface: markup is shown as characters, escape sequences never run.

The reader is driven through Pilot; each surface (article view, side-panel rows, actor detail,
status bar, notifications, help screen) is read back from what the compositor would send to the
terminal, and clicks land on the hostile text to show that nothing in it acts.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.widgets import Input, Static

from tests.hostile import ESCAPES, no_terminal_controls
from tests.waiting import settle
from tui.analysis.model import Analysis
from tui.app import NewsReaderApp
from tui.articles import Article, article_from_text
from tui.widgets.article_view import ArticleView

HOSTILE = (
    "[@click=app.quit]Markup[/] \x1b[2Jheadline\x1b]0;pwned\x07 with [b]tags[/b]\n\n"
    "“[@click=app.quit]x[/] is [b]not bold[/b] and [$accent]not coloured[/] at all,” "
    "Sergei Lavrov said on Monday\x1b]52;c;aGVsbG8=\x07.\n\n"
    "Officials said the link \x1b]8;;http://evil.example/\x1b\\here\x1b]8;;\x1b\\ was \u202eesrever\u202c text "
    "with a bell\x07, a backspace\x08 and a [/ stray closing tag.\n\n"
    "“The talks will go on, [@click=app.bell]and on[/],” said Mevlut Cavusoglu.\n"
)


def screen_segments(app: NewsReaderApp) -> list[Segment]:
    """Every segment the compositor would write for the current screen."""
    strips = app.screen._compositor.render_strips()
    return [seg for strip in strips for seg in strip]


def screen_text(app: NewsReaderApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def assert_screen_is_inert(app: NewsReaderApp) -> None:
    """No control character reaches the terminal, and no article text carries a link or an action."""
    for seg in screen_segments(app):
        assert no_terminal_controls(seg.text), repr(seg.text)
        if "click=" in seg.text or "[b]" in seg.text or "[/" in seg.text:
            style = seg.style
            assert style is None or (style.link is None and "@click" not in (style.meta or {})), seg


def hostile_app() -> NewsReaderApp:
    return NewsReaderApp(article_from_text(HOSTILE, source="<hostile \x1b[2J>"))


async def test_article_view_shows_markup_literally_and_drops_escapes():
    app = hostile_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        view = app.article_view
        assert view.text.startswith("[@click=app.quit]Markup[/] headline with [b]tags[/b]\n")
        shown = screen_text(app)
        for literal in (
            "[@click=app.quit]Markup[/]",
            "[b]tags[/b]",
            "[$accent]not",
            "[/ stray",
            "[b]not bold[/b]",
        ):
            assert literal in shown, literal
        assert "esrever" in shown and "pwned" not in shown and "evil.example" not in shown
        assert_screen_is_inert(app)
        # click right on the markup, in the headline and in the quote
        await pilot.click("#article", offset=(2, 0))
        await pilot.click("#article", offset=(3, 2))
        await pilot.pause()
        assert app.is_running
        assert app.screen is app.screen_stack[0]


async def test_view_given_raw_text_keeps_offsets_and_sends_no_controls():
    """Defence in depth: text that skipped the cleaning (as from some future input) is made inert
    character for character, so every analysis offset still points at the same place."""
    raw = "Title\n\n" + "".join(f"word{e}word " for e in ESCAPES) + "\tend"
    app = NewsReaderApp(Article("<raw>", "Title", raw))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert len(view.text) == len(raw)
        assert view.text.index("\tend".replace("\t", " ")) == raw.index("\tend")
        for y in range(view.scrollable_content_region.height):
            assert no_terminal_controls(view.render_line(y).text)
        assert_screen_is_inert(app)
        await app.workers.wait_for_complete()
        assert app.is_running


def crafted_analysis(text: str) -> Analysis:
    """An analysis as the on-disk cache could hand it back: names and quotes full of markup and escapes."""
    start = text.index("“")
    end = text.index("”", start) + 1
    name = "[@click=app.quit]"
    return Analysis.from_dict(
        {
            "source": "<hostile>",
            "title": text.split("\n")[0],
            "text": text,
            "model": "en_core_web_sm 3.8.0",
            "entities": [{"start": 0, "end": 5, "label": "PERSON", "actor": "a1"}],
            "actors": [
                {
                    "id": "a1",
                    "name": name,
                    "label": "PERSON",
                    "roles": ["[b]minister[/b] \x1b[2J of [$accent]things[/]"],
                    "mentions": [[0, 5]],
                },
                {
                    "id": "a2",
                    "name": "Evil\x1b]52;c;aGk=\x07 \u202eOne",
                    "label": "[@click=app.quit]",
                    "roles": [],
                    "mentions": [[6, 9]],
                },
            ],
            "quotes": [
                {
                    "start": start,
                    "end": end,
                    "text": text[start:end],
                    "speaker": "a1",
                    "speaker_name": name,
                    "speaker_span": [0, 5],
                    "cue": "said",
                    "cue_span": [0, 4],
                }
            ],
            "claims": [
                {
                    "start": 0,
                    "end": 10,
                    "text": text[:10],
                    "source": None,
                    "source_name": None,
                    "source_span": [0, 5],
                    "cue": "[@click=app.quit]\x1b[2J",
                    "cue_span": None,
                    "kind": "figure",
                },
                {
                    "start": 0,
                    "end": 10,
                    "text": text[:10],
                    "source": "a1",
                    "source_name": name,
                    "source_span": None,
                    "cue": "said",
                    "cue_span": None,
                    "kind": "[$accent]kind[/]",
                },
            ],
        }
    )


async def test_side_panel_rows_detail_and_status_show_names_as_text():
    app = hostile_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        app.show_analysis(crafted_analysis(app.article.text))
        await pilot.pause()
        side = app.side
        actors = side.list("actors")
        prompts = [str(actors.get_option_at_index(i).prompt) for i in range(actors.option_count)]
        assert prompts[0].startswith("[@click=app.quit]\nperson · [b]minister[/b] of [$accent]things[/]")
        assert prompts[1].startswith("Evil One\n[@click=app.quit]")
        detail = str(app.query_one("#actor-detail", Static).content)
        assert detail.startswith("[@click=app.quit]  person · 1 mention")
        assert "roles: [b]minister[/b] of [$accent]things[/]" in detail
        assert "1 quote\n  “[@click=app.quit]x[/] is [b]not bold[/b]" in detail
        assert "[@click=app.quit]" in screen_text(app)
        assert_screen_is_inert(app)
        # the rows: click them, choose them with enter; the name becomes the marks' label as text
        await pilot.click("#actors", offset=(2, 0))
        await pilot.click("#actor-detail", offset=(2, 0))
        await pilot.press("tab", "g", "enter")
        assert app.is_running
        assert app.article_view.marks == [(0, 5)]
        mark_info = app.status.marks_text
        assert mark_info == "mentions of [@click=app.quit] 1/1"
        await pilot.press("2")
        quotes = side.list("quotes")
        assert str(quotes.get_option_at_index(0).prompt).startswith(
            "[@click=app.quit] —\n“[@click=app.quit]x[/]"
        )
        await pilot.click("#quotes", offset=(2, 0))
        await pilot.press("3")
        claims = side.list("claims")
        figure, reported = (str(claims.get_option_at_index(i).prompt) for i in range(2))
        assert figure.startswith("figure to check: [@click=app.quit]\n")
        assert reported.startswith("[@click=app.quit] — [$accent]kind[/]\n")
        await pilot.click("#claims", offset=(2, 1))
        assert_screen_is_inert(app)
        assert app.is_running


async def test_status_bar_and_notifications_are_plain_one_line_text():
    app = hostile_app()
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await settle(app, pilot)
        app.status.say("[@click=app.quit]status[/] \x1b[2J\nsecond [b]line[/b]", "$error")
        await pilot.pause()
        assert app.status.message == "[@click=app.quit]status[/] second [b]line[/b]"
        await pilot.click("#status", offset=(3, 0))
        assert app.is_running
        # a search that finds nothing says so in a notification, query shown as typed, no escapes
        await pilot.press("slash")
        search = app.query_one("#search", Input)
        search.insert_text_at_cursor("[@click=app.quit]zz\x1b[2J[b]")
        await pilot.press("enter")
        await pilot.pause()
        (note,) = app._notifications
        assert note.message == "Not found: [@click=app.quit]zz[b]"
        await pilot.pause(0.2)
        assert "Not found: [@click=app.quit]zz[b]" in screen_text(app)
        assert_screen_is_inert(app)
        await pilot.click("Toast")
        await pilot.pause()
        assert app.is_running
        # a search that finds markup marks it, and the status names it as typed
        await pilot.press("slash", *"[b]", "enter")
        assert len(app.article_view.marks) == 2
        assert app.status.marks_text == "matches for “[b]” 1/2"
        assert app.is_running


async def test_help_screen_over_a_hostile_article():
    app = hostile_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        assert type(app.screen).__name__ == "HelpScreen"
        shown = screen_text(app)
        assert "newsreader — keys" in shown and "search the article text" in shown
        assert_screen_is_inert(app)
        await pilot.click("#help-text", offset=(1, 1))
        await pilot.press("escape")
        assert app.is_running and type(app.screen).__name__ != "HelpScreen"


async def test_titles_hold_no_controls():
    app = hostile_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert no_terminal_controls(app.title) and no_terminal_controls(app.sub_title)
        assert app.sub_title == "<hostile >"
        await app.workers.wait_for_complete()


async def test_a_crash_in_the_analysis_worker_is_a_status_message():
    """spaCy refuses a single piece of text over 1,000,000 characters (an Article made without
    `read_article`'s paragraph splitting): the worker fails, the app says so and stays usable."""
    text = "Huge\n\n" + "Officials said the talks would go on " * 28_000
    app = NewsReaderApp(Article("<huge>", "Huge", text))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        message = app.status.message
        assert message.startswith("Analysis failed: ValueError: [E088]"), message
        assert "\n" not in message
        assert app.is_running
        await pilot.press("slash", *"Officials", "enter")
        assert len(app.article_view.marks) == 28_000
        await pilot.press("G", "n", "question_mark", "escape")
        assert app.is_running
