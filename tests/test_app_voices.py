"""The Voices screen (`w`): the library's people and breakdowns as tables and charts; enter on a person
lists their quotes and claims, enter on one opens that article at it."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Static

from tests.test_corpus import write_corpus
from tests.waiting import settle
from tui.app import NewsReaderApp
from tui.sources.local import library_from_folder

SIZE = (110, 36)


def cells(table: DataTable, column: int = 0) -> list[str]:
    return [str(table.get_row_at(i)[column]) for i in range(table.row_count)]


async def wait_for_voices(app, pilot) -> None:
    for _ in range(600):  # the child analysing the library's uncached articles
        await pilot.pause(0.1)
        if getattr(app.screen, "voices", None) is not None:
            break
    await pilot.pause()


async def test_w_shows_the_librarys_voices_and_enter_goes_to_a_quote(tmp_path: Path):
    write_corpus(tmp_path / "in")
    (tmp_path / "in" / "z-bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    app = NewsReaderApp(None, library=library_from_folder(tmp_path / "in"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("escape")  # the library list opens first: close it
        await pilot.press("w")
        assert type(app.screen).__name__ == "VoicesScreen"
        await wait_for_voices(app, pilot)
        title = str(app.screen.query_one("#voices-title", Static).content)
        assert "3 articles" in title and "1 skipped" in title
        people = app.screen.query_one("#table-people", DataTable)
        names = cells(people)
        assert {"Marta Soto", "Tom Reyes", "Ana Ruiz"} <= set(names)
        assert "gender" in [str(c.label) for c in people.columns.values()]
        # the breakdowns: kinds of source, with the anonymous "sources" of the drought story
        await pilot.press("2")
        kinds = app.screen.query_one("#table-by_kind", DataTable)
        assert "anonymous" in cells(kinds)
        await pilot.press("4")
        assert set(cells(app.screen.query_one("#table-by_gender", DataTable))) == {
            "female",
            "male",
            "unknown",
        }
        # a person's quotes, and the article at the chosen one
        await pilot.press("1")
        people.focus()
        people.move_cursor(row=names.index("Ana Ruiz"))
        await pilot.press("enter")
        assert type(app.screen).__name__ == "PersonScreen"
        await pilot.press("enter")
        await settle(app, pilot)
        assert type(app.screen).__name__ not in ("PersonScreen", "VoicesScreen")
        assert app.article.title == "Drought cuts the wheat harvest"
        view = app.article_view
        assert view.marks and view.mark_kind in ("quote", "claim")
        start, end = view.marks[0]
        assert (
            "fields this dry" in app.article.text[start:end]
            or "well was empty" in app.article.text[start:end]
        )
        # the analyses went to the cache: Voices again needs no child process
        await pilot.press("w")
        await wait_for_voices(app, pilot)
        assert "3 articles" in str(app.screen.query_one("#voices-title", Static).content)
        await pilot.press("escape")
        assert type(app.screen).__name__ != "VoicesScreen"


async def test_w_without_a_library_shows_the_articles_voices(tmp_path: Path):
    from tui.sources.local import read_article

    path = write_corpus(tmp_path / "in")[0]
    app = NewsReaderApp(read_article(path), location=str(path))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        for _ in range(300):
            if app.analysis_complete:
                break
            await pilot.pause(0.1)
        await pilot.press("w")
        await wait_for_voices(app, pilot)
        assert cells(app.screen.query_one("#table-people", DataTable)) == ["Marta Soto"]
        await pilot.press("enter", "enter")  # Marta Soto, her first quote or claim: in this article
        await pilot.pause()
        assert type(app.screen).__name__ not in ("PersonScreen", "VoicesScreen")
        assert app.article_view.marks


async def test_w_before_anything_is_analysed_is_a_message(tmp_path: Path):
    app = NewsReaderApp(None, pending=str(tmp_path / "missing.txt"))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("w")
        assert type(app.screen).__name__ != "VoicesScreen"
        assert any("Voices needs" in str(n.message) for n in app._notifications)


async def test_voices_of_one_article_counts_in_the_singular(tmp_path: Path):
    """One article, one quote: `1 article · 1 quote`, never `1 articles · 1 quotes`; the person's
    title likewise; a long headline is cut with an ellipsis, not in the middle of a word."""
    from tui.sources.local import read_article

    path = tmp_path / "one.txt"
    headline = "Harbour authority approves the long awaited dredging plan for the old northern docks"
    path.write_text(
        f'{headline}\n\n"The channel will be ready by spring," harbour master Elena Varga said on Monday.\n',
        encoding="utf-8",
    )
    # no archive (--no-archive): with one, `w` shows the archive's voices (tests/test_voices_archive.py)
    app = NewsReaderApp(read_article(path), location=str(path), archive=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        for _ in range(300):
            if app.analysis_complete:
                break
            await pilot.pause(0.1)
        await pilot.press("w")
        await wait_for_voices(app, pilot)
        title = str(app.screen.query_one("#voices-title", Static).content)
        assert "1 article ·" in title and "1 quote ·" in title, title
        assert "1 people" not in title and "1 person quoted" in title, title
        assert "…)" in title and headline not in title, title
        await pilot.press("enter")
        assert type(app.screen).__name__ == "PersonScreen"
        person_title = str(app.screen.query_one("#library-title", Static).content)
        assert "1 quote," in person_title and "in 1 article " in person_title, person_title


async def test_a_large_corpus_opens_with_tables_first_and_the_rest_as_it_is_asked_for(tmp_path: Path):
    """250 people: the people table holds a page and grows as the cursor nears its end; a chart is
    made when its tab is first shown; a person's quotes are listed once read, in a worker."""
    from textual.widgets import OptionList, TabPane

    from tests.test_voices import text_record
    from tui.screens.voices import PAGE_ROWS, VoicesScreen
    from tui.sources.local import read_article
    from tui.voices.facts import article_facts

    facts = []
    for i in range(250):
        name = f"Marta Soto{'x' * (i % 26)}{i:03d}"
        text = f"Story {i}\n\n{name} said so. {name} said it again."
        first, second = 9, text.index(name, 12)
        quotes = [(first, first + len(name), name, None), (second, second + len(name), name, None)]
        people = {name: [(first, first + len(name)), (second, second + len(name))]}
        facts.append(article_facts(text_record(text, people, quotes, source=f"s{i}.txt")))
    path = tmp_path / "one.txt"
    path.write_text("Headline\n\nNothing said.\n", encoding="utf-8")
    app = NewsReaderApp(read_article(path), location=str(path), archive=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.push_screen(VoicesScreen("a test corpus", lambda advance, cancelled: (facts, [])))
        await wait_for_voices(app, pilot)
        screen = app.screen
        assert "250 articles · 500 quotes" in str(screen.query_one("#voices-title", Static).content)
        people = screen.query_one("#table-people", DataTable)
        assert people.row_count == PAGE_ROWS
        assert not screen.query("#chart-by_kind")  # no chart before its tab is shown
        await pilot.press("ctrl+end")
        await pilot.pause()
        assert PAGE_ROWS < people.row_count <= 250
        for _ in range(5):
            await pilot.press("ctrl+end")
            await pilot.pause()
        assert people.row_count == 250
        await pilot.press("2")
        await pilot.pause()
        assert screen.query_one("#tab-by_kind", TabPane).query("#chart-by_kind")
        await pilot.press("1", "ctrl+home", "enter")
        for _ in range(50):
            await pilot.pause(0.05)
            if (
                app.screen.query("#person-said")
                and app.screen.query_one("#person-said", OptionList).option_count
            ):
                break
        said = app.screen.query_one("#person-said", OptionList)
        assert said.option_count == 2
        assert "said so" in str(said.get_option_at_index(0).prompt) or "Marta" in str(
            said.get_option_at_index(0).prompt
        )
