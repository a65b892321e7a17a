"""The reader driven by keys through Textual's Pilot: focus, tabs, lists, marks, search, help, quit."""

from __future__ import annotations

import asyncio

import pytest

from tests.waiting import first_paint_over, settle
from tui.app import NewsReaderApp
from tui.articles import article_from_text
from tui.resources import default_article
from tui.sources.local import read_article

SIZES = [(120, 40), (80, 24)]


def visible_lines(app: NewsReaderApp) -> range:
    view = app.article_view
    top = view.scroll_offset.y  # as the view draws it
    return range(top, top + view.scrollable_content_region.height)


@pytest.fixture
def seed_app() -> NewsReaderApp:
    return NewsReaderApp(read_article(default_article()))


@pytest.mark.parametrize("size", SIZES)
async def test_text_then_summary(seed_app, size):
    async with seed_app.run_test(size=size) as pilot:
        view = seed_app.article_view
        assert view.text.startswith("Russia and Turkey agree to coordinate ground operations in Syria\n")
        await settle(seed_app, pilot)
        a = seed_app.analysis
        assert a is not None
        assert seed_app.status.message == a.summary()
        assert "3 quotes" in seed_app.status.message
        assert seed_app.focused is view
        from textual.widgets import Footer

        keys = {k.key for k in seed_app.query_one(Footer).query("FooterKey")}
        assert {"q", "question_mark", "slash"} <= keys  # the footer shows the main keys
        legend, status = seed_app.query_one("#legend").region, seed_app.status.region
        assert legend.width == status.width and legend.bottom == status.y  # full width, over the status
        assert not seed_app.query("#article-meta")  # a plain text has no byline line


@pytest.mark.parametrize("size", SIZES)
async def test_tab_moves_focus_and_numbers_switch_tabs(seed_app, size):
    async with seed_app.run_test(size=size) as pilot:
        await settle(seed_app, pilot)
        await pilot.press("tab")
        assert seed_app.focused.id == "actors"
        await pilot.press("2")
        assert seed_app.side.active_tab == "quotes"
        assert seed_app.focused.id == "quotes"
        await pilot.press("3")
        assert seed_app.side.active_tab == "claims"
        await pilot.press("shift+tab")
        assert seed_app.focused is seed_app.article_view
        await pilot.press("1")  # from the article too: the tab and its list, so j moves in it
        assert seed_app.side.active_tab == "actors"
        assert seed_app.focused.id == "actors"
        actors = seed_app.side.list("actors")
        before = actors.highlighted
        await pilot.press("j")
        assert actors.highlighted == before + 1
        await pilot.press("shift+tab", "3", "j")
        assert seed_app.focused.id == "claims" and seed_app.side.list("claims").highlighted == 1


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "nord", "gruvbox"])
async def test_the_focused_pane_shows_it(theme):
    """The focused pane's top border and title are drawn in the theme's accent, the other's not."""
    app = NewsReaderApp(read_article(default_article()), theme=theme)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        view, side = app.article_view, app.side
        assert view.border_title == "Article" and side.border_title == "Findings"
        from textual.color import Color

        accent = Color.parse(app.current_theme.accent)

        def accented(widget) -> bool:  # the border's colour is the accent (tinted by a few levels at most)
            colour = widget.styles.border_top[1]
            return all(abs(a - b) <= 8 for a, b in zip(colour.rgb, accent.rgb, strict=True))

        assert app.focused is view
        assert accented(view) and not accented(side)
        assert view.styles.border_title_style.bold
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused.id == "actors"
        assert accented(side) and not accented(view)
        assert side.styles.border_title_style.bold and not view.styles.border_title_style.bold


@pytest.mark.parametrize("width", [60, 80, 100, 120, 160])
async def test_the_footer_keeps_help_and_quit_and_the_legend_one_line(width):
    app = NewsReaderApp(read_article(default_article()))
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(app, pilot)
        from tui.widgets.footer import ReaderFooter

        footer = app.query_one(ReaderFooter)
        shown = footer.shown
        assert {"Help", "Quit", "Pane"} <= set(shown), shown
        keys = list(footer.query("FooterKey"))
        assert sum(k.outer_size.width for k in keys) <= width  # nothing runs off the edge
        assert footer.max_scroll_x == 0
        if width >= 120:
            assert {"Actors", "Quotes", "Claims", "Search", "Open", "Export", "Next mark"} <= set(shown)
        tab = next(k for k in keys if k.description == "Pane")
        assert tab.key_display in ("tab/⇧tab", "tab/shift+tab")
        legend = app.query_one("#legend")
        assert legend.region.height == 1
        text = legend.render()
        assert len(text.plain) <= legend.content_region.width, text.plain
        assert "person" in text.plain and "number" in text.plain
        if width == 80:  # wider again: the keys dropped come back
            await pilot.resize_terminal(160, 30)
            await pilot.pause(0.1)
            await pilot.pause()
            assert "Open" in footer.shown and "Next mark" in footer.shown


@pytest.mark.parametrize("size", SIZES)
async def test_enter_on_actor_marks_mentions_and_n_steps(seed_app, size):
    async with seed_app.run_test(size=size) as pilot:
        await settle(seed_app, pilot)
        await pilot.press("tab")
        actors = seed_app.side.list("actors")
        names = [a.name for a in seed_app.side.items["actors"]]
        target = names.index("Mevlut Cavusoglu")
        await pilot.press("g", *["j"] * target)
        assert actors.highlighted == target
        await pilot.press("enter")
        view = seed_app.article_view
        mentions = seed_app.side.items["actors"][target].mentions
        assert view.marks == sorted(mentions)
        assert view.current_mark == 0
        assert {view.text[s:e] for s, e in view.marks} >= {"Mevlut Cavusoglu", "Cavusoglu"}
        await pilot.press("n")
        assert view.current_mark == 1
        assert view.line_of(view.marks[1][0]) in visible_lines(seed_app)
        await pilot.press("N", "N")
        assert view.current_mark == len(mentions) - 1
        assert view.line_of(view.marks[-1][0]) in visible_lines(seed_app)
        await pilot.press("escape")
        assert view.marks == []


@pytest.mark.parametrize("size", SIZES)
async def test_enter_on_quote_scrolls_to_it(seed_app, size):
    async with seed_app.run_test(size=size) as pilot:
        await settle(seed_app, pilot)
        await pilot.press("2")  # the tab and its list
        assert seed_app.focused.id == "quotes"
        await pilot.press("G", "enter")
        quote = seed_app.side.items["quotes"][-1]
        view = seed_app.article_view
        assert view.marks == [(quote.start, quote.end)]
        assert view.line_of(quote.start) in visible_lines(seed_app)
        await pilot.press("k")
        assert seed_app.side.list("quotes").highlighted == len(seed_app.side.items["quotes"]) - 2


@pytest.mark.parametrize("size", SIZES)
async def test_search_marks_matches_from_either_pane(seed_app, size):
    async with seed_app.run_test(size=size) as pilot:
        await settle(seed_app, pilot)
        await pilot.press("tab", "slash")
        assert seed_app.focused.id == "search"
        await pilot.press(*"syria", "enter")
        view = seed_app.article_view
        expected = view.text.lower().count("syria")
        assert len(view.marks) == expected > 3
        assert all(view.text[s:e].lower() == "syria" for s, e in view.marks)
        assert seed_app.focused.id == "actors"  # focus goes back where it was
        await pilot.press("n", "n")
        assert view.current_mark == 2
        await pilot.press("escape")
        assert view.marks == []
        await pilot.press("slash", *"zzzz", "escape")
        assert seed_app.query_one("#search").display is False
        assert view.marks == []


async def test_one_search_match_says_1_of_1_and_g_G_jump_at_once(seed_app):
    async with seed_app.run_test(size=(80, 24)) as pilot:
        await settle(seed_app, pilot)
        view = seed_app.article_view
        assert view.text.count("pullout") == 1
        await pilot.press("slash", *"pullout", "enter")
        assert seed_app.status.marks_text == "matches for “pullout” 1/1"
        await pilot.press("escape", "G")
        await pilot.pause()
        assert not seed_app.animator.is_being_animated(view, "scroll_y")  # no half-second glide
        assert view.scroll_y == view.max_scroll_y > 0
        await pilot.press("g")
        await pilot.pause()
        assert not seed_app.animator.is_being_animated(view, "scroll_y")
        assert view.scroll_y == 0


async def test_article_keys_scroll(seed_app):
    async with seed_app.run_test(size=(80, 24)) as pilot:
        await settle(seed_app, pilot)
        view = seed_app.article_view
        await pilot.press("j", "j")
        assert view.scroll_y == 2
        await pilot.press("k")
        assert view.scroll_y == 1
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y > 0
        await pilot.press("g")
        assert view.scroll_y == 0
        await pilot.press("space")
        assert view.scroll_y > 5
        await pilot.press("b")
        assert view.scroll_y == 0


async def test_help_opens_and_closes(seed_app):
    async with seed_app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        assert type(seed_app.screen).__name__ == "HelpScreen"
        await pilot.pause()
        box = seed_app.screen.query_one("#help-box").region
        # styled by dialogs.tcss, which the screen loads itself: 95% of 80 columns, centred
        assert box.width == 76 and box.x == 2
        await pilot.press("escape")
        assert type(seed_app.screen).__name__ != "HelpScreen"
        await pilot.press("f1")
        assert type(seed_app.screen).__name__ == "HelpScreen"
        await pilot.press("q")
        assert type(seed_app.screen).__name__ != "HelpScreen"
        assert seed_app.is_running


async def test_q_quits(seed_app):
    async with seed_app.run_test(size=(80, 24)) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert not seed_app.is_running


async def test_markup_in_article_is_text():
    text = "[@click=app.quit]Headline[/]\n\n[b]Not bold[/b] and [$accent]x[/] said [@click=app.quit]Bob[/]."
    app = NewsReaderApp(article_from_text(text, source="<markup>"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        lines = [app.article_view.render_line(y).text for y in range(3)]
        assert lines[0].strip() == "[@click=app.quit]Headline[/]"
        assert "[b]Not bold[/b]" in lines[2]
        await pilot.click("#article", offset=(3, 0))
        assert app.is_running
        await pilot.press("2", "3", "1", "tab", "enter")
        assert app.is_running


async def test_missing_pipeline_is_a_message_not_a_crash():
    app = NewsReaderApp(read_article(default_article()), model="no_such_pipeline_xyz")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert "no_such_pipeline_xyz" in app.status.message
        assert "pip install" in app.status.message
        await pilot.press("slash", *"Syria", "enter")
        assert app.article_view.marks  # still usable


async def test_described_group_is_listed_highlighted_and_marked():
    """A described actor ("Critics of Joe Biden") overlaps the name inside it: both are highlighted,
    the group is listed with its own label, and its mention can be marked."""
    app = NewsReaderApp(
        article_from_text(
            "Border rule\n\nCritics of Joe Biden said the border rule was cruel. Joe Biden defended it "
            "on Monday.\n"
        )
    )
    async with app.run_test(size=SIZES[0]) as pilot:
        await settle(app, pilot)
        view = app.article_view
        group = next(a for a in app.side.items["actors"] if a.label == "GROUP")
        assert group.name == "Critics of Joe Biden"
        starts = [s for s, _, _, _ in view._spans]
        assert group.mentions[0][0] in starts  # the group phrase is highlighted …
        assert view.text.index("Joe Biden") in starts  # … and so is the name inside it
        app.article_view.set_marks(list(group.mentions), f"mentions of {group.name}")
        await pilot.pause()
        assert view.marks == group.mentions
        assert view.render_line(0) is not None


def _long_article_text(paragraphs: int = 600) -> str:
    """About 60,000 words of our own: numbered paragraphs, so each line can be told apart."""
    body = [
        f"Paragraph {n}: the council met again on Tuesday and the mayor said the budget would be "
        "published in the spring, after the auditors had finished their review of every department." * 3
        for n in range(paragraphs)
    ]
    return "A long report\n\n" + "\n\n".join(body) + "\n\nThe last words of the report."


async def test_long_text_is_wrapped_in_full_after_the_first_screen():
    app = NewsReaderApp(article_from_text(_long_article_text()))
    async with app.run_test(size=(100, 30)) as pilot:
        await first_paint_over(app, pilot)  # the legend and footer, mounted then, shorten the view
        view = app.article_view
        text = view.text
        # a new long text: only its head is wrapped until the next refresh; the scrollbar guesses
        view.set_text(text + "\n\nA postscript.", len("A long report"))
        assert view._partial and view._lines[-1][1] < len(view.text)
        assert view.virtual_size.height > len(view._lines)
        # a line beyond the head is asked for: the rest is wrapped there and then
        assert view.line_of(len(view.text) - 1) == len(view._lines) - 1
        assert not view._partial and view._lines[-1][1] == len(view.text)
        view.set_text(text, len("A long report"))
        await pilot.pause()
        assert not view._partial and view.virtual_size.height == len(view._lines)
        await pilot.press("G")
        await pilot.pause()
        bottom = [view.render_line(y).text for y in range(view.scrollable_content_region.height)]
        assert any("The last words of the report." in line for line in bottom)


async def test_a_long_file_shows_its_head_first_then_the_whole_in_the_same_place(tmp_path, monkeypatch):
    from tui import articles
    from tui.sources import load_article

    # the same rule as for a 100,000-word file, at a size a test analyses in a moment
    monkeypatch.setattr(articles, "LONG_TEXT_CHARS", 5_000)
    monkeypatch.setattr(articles, "HEAD_CHARS", 1_500)
    path = tmp_path / "report.txt"
    path.write_text(_long_article_text(paragraphs=12), encoding="utf-8")
    head, whole = load_article(str(path), head=True), load_article(str(path))
    assert not head.whole and whole.whole and len(head.text) < len(whole.text)
    app = NewsReaderApp(head, location=str(path))
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.article_view
        assert view.text == head.text and app.status.message == "Reading the whole article…"
        await settle(app, pilot)
        assert app.article.whole and view.text == whole.text and app.location == str(path)
        assert app.analysis is not None and app.analysis.text == whole.text  # the whole is analysed
        # a text that goes on from the one shown keeps the reader's place; another starts at the top
        await pilot.press("j", "j", "j")
        assert view.scroll_y == 3
        view.set_text(whole.text + "\n\nA postscript.", len(whole.title))
        await pilot.pause()
        assert view.scroll_y == 3
        view.set_text("Another story\n\n" + whole.text, len("Another story"))
        await pilot.pause()
        assert view.scroll_y == 0


def test_every_binding_id_in_the_help_table_is_a_real_binding():
    from textual.binding import Binding

    from tui.keys import DEFAULT_KEYS, KEY_HELP
    from tui.widgets.article_view import ArticleView
    from tui.widgets.item_list import ItemList

    real = {
        b.id: b.key
        for cls in (NewsReaderApp, ArticleView, ItemList)
        for b in cls.BINDINGS
        if isinstance(b, Binding) and b.id
    }
    named = {i for *_, ids in KEY_HELP for part in ids for i in part}
    assert named and named <= set(real)
    assert real == DEFAULT_KEYS  # the table the settings check keymaps against, without Textual


async def test_a_remapped_key_works_and_the_help_screen_shows_it():
    from tui.screens.help import help_content
    from tui.settings import Settings

    keymap = {"app.search": "ctrl+f,f3", "app.next_mark": "full_stop", "article.bottom": "E"}
    app = NewsReaderApp(read_article(default_article()), settings=Settings(keymap=keymap))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+f")
        assert app.focused is not None and app.focused.id == "search"
        await pilot.press("escape")
        await pilot.press("E")
        assert app.article_view.scroll_y > 0
        await pilot.press("question_mark")
        await pilot.pause()
        shown = str(app.screen.query_one("#help-text").content)
    lines = shown.splitlines()
    assert any(line.startswith("ctrl+f / f3 ") and "search the article" in line for line in lines)
    assert any(line.startswith(". / N ") for line in lines)  # only the remapped half changes
    assert any(line.startswith("g / E ") for line in lines)
    assert not any(line.startswith("/ ") for line in lines)
    assert str(help_content()).count("search the article") == 1


async def test_the_rest_of_the_interface_waits_for_the_first_paint(seed_app, monkeypatch):
    """The follow-up of the first paint is held until the test has looked at the screen without it."""
    ran: list[str] = []
    due, release = asyncio.Event(), asyncio.Event()
    run_after_paint = NewsReaderApp._run_after_paint
    held: list[asyncio.Task] = []

    def hold(app: NewsReaderApp) -> None:
        async def when_released() -> None:
            await release.wait()
            run_after_paint(app)

        due.set()
        held.append(asyncio.create_task(when_released()))

    monkeypatch.setattr(NewsReaderApp, "_run_after_paint", hold)
    async with seed_app.run_test(size=(100, 30)) as pilot:
        seed_app.after_first_paint(lambda: ran.append("early"))
        await asyncio.wait_for(due.wait(), timeout=60)  # the first paint is done: its follow-up is due
        await pilot.pause()
        assert seed_app.article_view.render_line(0).text.startswith("Russia and Turkey agree")
        assert not seed_app.first_paint_over and ran == []
        assert not seed_app.query("Footer") and not seed_app.query("#legend") and not seed_app.side.built
        release.set()
        await settle(seed_app, pilot)
        assert seed_app.first_paint_over and ran == ["early"]
        assert seed_app.query("Footer") and seed_app.query("#legend") and seed_app.side.built
        seed_app.after_first_paint(lambda: ran.append("late"))  # long after: on the next refresh
        await pilot.pause()
        assert ran == ["early", "late"]


async def test_i_steps_the_claims_tab_through_its_kinds():
    text = (
        "Harbour plans\n\n"
        "The harbour master said that the eastern pier would close for repairs in March.\n\n"
        "The council wants to build a second ferry terminal beside the old fish market.\n\n"
        "The town has 12,000 residents and 40 fishing boats.\n"
    )
    app = NewsReaderApp(article_from_text(text, source="<kinds>"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        kinds = {c.kind for c in app.side.items["claims"]}
        assert {"reported", "intention", "figure"} <= kinds
        tabs = app.side.query_one("#tabs")
        await pilot.press("i")
        assert app.side.active_tab == "claims"
        assert app.side.claim_view == "statements"
        assert {c.kind for c in app.side.items["claims"]} <= {"reported", "belief", "hedged"}
        assert "statements" in str(tabs.get_tab("claims-tab").label)
        await pilot.press("i")
        assert [c.kind for c in app.side.items["claims"]] == ["intention"]
        shown = app.side.list("claims").get_option_at_index(0).prompt
        assert "intention" in str(shown) and "ferry terminal" in str(shown)
        await pilot.press("i")
        assert {c.kind for c in app.side.items["claims"]} == {"figure"}
        await pilot.press("i")
        assert app.side.claim_view == "all"
        assert {c.kind for c in app.side.items["claims"]} == kinds
        assert str(tabs.get_tab("claims-tab").label) == "Claims"
