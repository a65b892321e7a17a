"""The library's list: headlines, sites, dates and counts instead of file names; typing filters it."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from tests.loopback import NEWS_PAGE, SECOND_PAGE
from tests.waiting import settle
from tui.app import NewsReaderApp
from tui.sources.item_info import describe, describe_page, describe_text
from tui.sources.library import LibraryItem
from tui.sources.local import library_from_folder

STRIKE = "Harbour workers strike in Valparaíso"
SITE_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Tram line opens | Coast Herald</title>
<meta content="Tram line opens on the coast" property='og:title'>
<meta property="og:site_name" content="Coast Herald">
<meta name="date" content="2024-05-02">
</head><body><article><h1>Tram line opens on the coast</h1>
<p>The new tram line opened on Friday, the mayor said, and the first trams ran full all day.</p>
<p>“It is a good day for the city,” the mayor told reporters at the terminus on Friday morning.</p>
</article></body></html>"""


def test_a_pages_title_is_listed_without_the_sites_name_and_section():
    """The list shows a page's headline as opening it does: not "Opinion | … | Coast Herald"."""
    page = (
        "<html><head><title>Opinion | Why the tram line matters | Coast Herald</title>"
        '<meta property="og:site_name" content="Coast Herald"></head><body></body></html>'
    )
    assert describe_page(page)[:2] == ("Why the tram line matters", "Coast Herald")
    by_host = (
        "<html><head><title>Harbour workers end their strike - Valparaiso Times</title>"
        '<meta property="og:url" content="https://www.valparaisotimes.cl/a/1"></head></html>'
    )
    assert describe_page(by_host)[0] == "Harbour workers end their strike"
    own_dash = "<html><head><title>Biden - Trump debate: what we learned</title></head></html>"
    assert describe_page(own_dash)[0] == "Biden - Trump debate: what we learned"


def test_a_page_says_its_headline_site_and_date():
    assert describe_page(SITE_PAGE) == ("Tram line opens on the coast", "Coast Herald", "2024-05-02")
    assert describe_page(NEWS_PAGE) == (STRIKE, "", "2024-03-12")
    assert describe_page("<title>A &amp; B\x1b[31m</title>") == ("A & B", "", "")  # unescaped, inert
    assert describe_text("\n\n# Council meets .\n\nThe council met.") == "Council meets"


def test_describe_keeps_what_it_cannot_read(tmp_path: Path):
    missing = LibraryItem(title="gone.txt", location=str(tmp_path / "gone.txt"))
    assert describe(missing) == missing
    url = describe(LibraryItem(title="https://news.example.org/a", location="https://news.example.org/a"))
    assert url.site == "news.example.org" and url.title == "https://news.example.org/a"


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "3f9a1c.html").write_text(SITE_PAGE, encoding="utf-8")  # a saved page's hash name
    (tmp_path / "b-strike.htm").write_text(NEWS_PAGE, encoding="utf-8")
    (tmp_path / "c-ferry.html").write_text(SECOND_PAGE, encoding="utf-8")
    (tmp_path / "d-note.txt").write_text("Council meets\n\nThe council met on Monday, the mayor said.")
    return tmp_path


def rows(app: NewsReaderApp) -> list[str]:
    return [str(o.prompt) for o in app.screen.query_one("#library-list").options]


async def test_the_library_lists_headlines_and_typing_filters_it(tmp_path: Path):
    app = NewsReaderApp(None, library=library_from_folder(_folder(tmp_path)))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert type(app.screen).__name__ == "LibraryScreen"
        shown = rows(app)
        assert len(shown) == 4
        assert shown[0].splitlines()[0].strip() == "Tram line opens on the coast"
        assert "Coast Herald · 2024-05-02 · 3f9a1c.html" in shown[0]
        assert shown[1].splitlines()[0].strip() == STRIKE and "2024-03-12" in shown[1]
        assert shown[3].splitlines()[0].strip() == "Council meets" and "d-note.txt" in shown[3]
        await pilot.press(*"mayor")  # nothing in the rows says "mayor": nothing matches
        assert rows(app) == ["no article matches"]
        await pilot.press(*["backspace"] * 5, *"coast herald")
        assert len(rows(app)) == 1
        title = str(app.screen.query_one("#library-title", Static).content)
        assert "1 of 4 articles match" in title
        await pilot.press("enter")  # the one row left, which is the library's first item
        await settle(app, pilot)
        assert app.library_index == 0 and app.article.title == "Tram line opens on the coast"
        assert app.analysis is not None
        await pilot.press("l")
        await pilot.pause()
        first = rows(app)[0]
        assert app.analysis.summary() in first  # counts, once analysed
        await pilot.press(*"strike", "escape")  # escape clears the filter first…
        assert len(rows(app)) == 4 and type(app.screen).__name__ == "LibraryScreen"
        await pilot.press("escape")  # …then closes
        assert type(app.screen).__name__ != "LibraryScreen"
        await pilot.press("right_square_bracket")
        await settle(app, pilot)
        assert app.library_index == 1 and app.article.title == STRIKE


async def test_a_text_analysed_before_shows_its_counts_from_the_cache(tmp_path: Path):
    from tui.cache import AnalysisCache

    folder = _folder(tmp_path)
    first = NewsReaderApp(None, library=library_from_folder(folder), cache=AnalysisCache())
    async with first.run_test(size=(120, 40)) as pilot:
        await settle(first, pilot)
        await pilot.press(*"council", "enter")
        await settle(first, pilot)
        assert first.article.title == "Council meets" and first.analysis_complete
        summary = first.analysis.summary()
    again = NewsReaderApp(None, library=library_from_folder(folder), cache=AnalysisCache())
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(again, pilot)
        note = rows(again)[3]
        assert note.splitlines()[0].strip() == "Council meets" and summary in note
        assert not any(summary in row for row in rows(again)[:3])  # the pages are not looked up
