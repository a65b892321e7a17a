"""The reader stays in the user's hands (issue 15): the last line in view, keys kept in order while
an article opens, a long article highlighted part by part with the interface free meanwhile."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from pathlib import Path

import pytest

from tests.waiting import first_paint_over, settle
from tui.app import NewsReaderApp
from tui.articles import article_from_text
from tui.cache import AnalysisCache
from tui.resources import default_article
from tui.sources import library_from_paths
from tui.sources.local import read_article

LAST = "The last line."


def ending_article():
    """The bundled article with a short last line of our own, which no width wraps."""
    return article_from_text(read_article(default_article()).text + f"\n\n{LAST}")


def shown(app: NewsReaderApp) -> list[str]:
    """The article's lines on screen, as drawn."""
    view = app.article_view
    return [view.render_line(y).text for y in range(view.scrollable_content_region.height)]


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)])
@pytest.mark.parametrize("keys", [["G"], ["end"], ["space"] * 40], ids=["G", "end", "space"])
async def test_the_last_line_is_in_view_at_the_end(size, keys):
    app = NewsReaderApp(ending_article())
    app.open_analysis = lambda: None  # the view alone
    async with app.run_test(size=size) as pilot:
        await first_paint_over(app, pilot)
        await pilot.press(*keys)
        await pilot.pause()
        assert any(LAST in line for line in shown(app)), shown(app)
        view = app.article_view
        assert view.scroll_offset.y == view.max_scroll_y > 0


@pytest.mark.parametrize("resize", [(47, 17), (100, 30), (200, 50)])
async def test_the_end_stays_in_view_when_the_terminal_is_resized(resize):
    app = NewsReaderApp(ending_article())
    app.open_analysis = lambda: None
    async with app.run_test(size=(80, 24)) as pilot:
        await first_paint_over(app, pilot)
        await pilot.press("G")
        await pilot.resize_terminal(*resize)
        await pilot.pause()
        await pilot.pause()
        assert any(LAST in line for line in shown(app)), shown(app)


async def test_g_before_the_footer_and_legend_are_mounted_still_shows_the_last_line():
    """The legend and the footer come after the first paint and shorten the view: a `G` pressed
    before them still ends with the last line in view."""
    app = NewsReaderApp(ending_article())
    app.open_analysis = lambda: None
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("G")  # very likely before `first_paint_over`
        await first_paint_over(app, pilot)
        await pilot.pause()
        assert any(LAST in line for line in shown(app)), shown(app)


async def test_scrolling_keys_pressed_while_an_article_opens_apply_to_it():
    app = NewsReaderApp(read_article(default_article()))
    app.open_analysis = lambda: None
    async with app.run_test(size=(80, 24)) as pilot:
        await first_paint_over(app, pilot)
        view = app.article_view
        view.hold()  # what `open_location` does before its worker reads the article
        await pilot.press("j", "j", "G", "g", "j", "j", "j")
        assert view.scroll_offset.y == 0  # kept, not applied to the article being left
        app.show_article(ending_article(), None, analyse=False)
        await pilot.pause()
        assert view.scroll_offset.y == 3  # applied in order to the new one: down, down, end, top, 3 down
        await pilot.press("j")
        assert view.scroll_offset.y == 4  # and keys act at once again


def numbered_articles(tmp_path: Path, count: int = 6) -> list[str]:
    """Articles of one shape (as many lines each), told apart by their number only."""
    paths = []
    for i in range(count):
        path = tmp_path / f"article-{i + 1}.txt"
        path.write_text(
            f"Article number {i + 1}\n\nMayor Ana Ruiz said the budget would grow by {i} percent.\n"
        )
        paths.append(str(path))
    return paths


def screen_text(app: NewsReaderApp) -> str:
    """What the terminal shows: the compositor's lines as last drawn, not the view's lines made anew."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def settled(app: NewsReaderApp, pilot, timeout: float = 120) -> None:
    """`settle`, with a guard (generous: what it catches is an analysis awaited for ever)."""
    try:
        await asyncio.wait_for(settle(app, pilot), timeout)
    except TimeoutError:
        raise AssertionError("the article's analysis was awaited for ever") from None


@contextlib.asynccontextmanager
async def reported_not_hung(app: NewsReaderApp):
    """A failure here may leave a worker thread awaiting an analysis for ever, and the test's event
    loop waits for its threads as it closes: a request of nothing supersedes what it awaits, so the
    failure is reported instead of hanging the run."""
    try:
        yield
    except BaseException:
        app.workers.cancel_all()
        if app.service is not None:
            app.service.request("<none>", "", "")
        raise


async def test_five_quick_right_brackets_move_five_articles(tmp_path: Path):
    app = NewsReaderApp(None, library=library_from_paths(numbered_articles(tmp_path)))
    async with app.run_test(size=(100, 30)) as pilot, reported_not_hung(app):
        await first_paint_over(app, pilot)
        await pilot.press("escape")  # the library's list, opened at the start
        await pilot.press(*"]]]]]")  # each opens an article in a worker; none waits for the last
        assert app.library_index == 4
        await settled(app, pilot)
        assert app.library_index == 4 and app.article.title == "Article number 5"
        assert "Article number 5" in screen_text(app) and "5/6" in screen_text(app)
        assert app.analysis is not None and app.analysis.text == app.article.text
        assert app.status.message == app.analysis.summary()
        await pilot.press(*"[[")
        await settled(app, pilot)
        assert app.article.title == "Article number 3" and "Article number 3" in screen_text(app)


async def test_an_article_shaped_like_the_one_before_is_drawn():
    """Its lines as many as the last one's, the view's size does not change, which alone asks
    for no repaint: the pane went on showing the article before (issue 15, five quick `]`)."""
    first, fifth = (
        article_from_text(f"Article number {n}\n\nMayor Ana Ruiz said the budget would grow.") for n in (1, 5)
    )
    app = NewsReaderApp(first)
    app.open_analysis = lambda: None  # the view alone
    async with app.run_test(size=(80, 24)) as pilot:
        await first_paint_over(app, pilot)
        assert "Article number 1" in screen_text(app)
        app.show_article(fifth, None, analyse=False)
        await pilot.pause()
        assert "Article number 5" in screen_text(app) and "Article number 1" not in screen_text(app)


async def test_a_worker_started_late_for_an_article_left_analyses_nothing(tmp_path: Path):
    """`]` pressed quickly: an article's analysis worker may start running only after the next
    article is shown (a busy machine runs threads late). It analysed what was on screen by then,
    with the cache key of the article before, sharing its request with the next article's worker:
    the article shown was never analysed (and the cache would have held its analysis under the
    earlier article's key). Only the article still shown is analysed, cached under its own key."""
    paths = numbered_articles(tmp_path, 2)
    earlier, later = (read_article(p) for p in paths)
    cache = AnalysisCache(tmp_path / "cache")
    app = NewsReaderApp(None, library=library_from_paths(paths), cache=cache)
    # the workers' threads run late: once both articles were shown, the cancelled one first
    gates = [threading.Event(), threading.Event()]
    first_over = threading.Event()  # the first worker is done, or waits for an analysis it asked for
    calls: list[int] = []
    analyse = app._analyse

    def late(*args):
        n = len(calls)
        calls.append(n)
        gates[n].wait(60)
        try:
            return analyse(*args)
        finally:
            first_over.set()

    app._analyse = late
    async with app.run_test(size=(100, 30)) as pilot, reported_not_hung(app):
        await first_paint_over(app, pilot)
        await pilot.press("escape")
        app.show_article(earlier, paths[0])
        earlier_key = app._cache_key()
        await pilot.pause()  # its worker has started, its thread held back
        app.show_article(later, paths[1])
        later_key = app._cache_key()
        await pilot.pause()
        gates[0].set()
        for _ in range(3000):  # (a guard: it takes milliseconds)
            if first_over.is_set() or (app.service is not None and app.service._next > 0):
                break
            await pilot.pause(0.01)
        gates[1].set()
        await settled(app, pilot)
        assert app.analysis is not None and app.analysis.text == later.text
        assert app.status.message == app.analysis.summary()
        assert "Article number 2" in screen_text(app)
        assert earlier_key is not None and later_key is not None
        assert cache.get(earlier_key, paths[0]) is None  # never analysed, nor cached
        cached = cache.get(later_key, paths[1])
        assert cached is not None and cached.text == later.text


async def test_a_long_article_is_highlighted_part_by_part_then_listed_whole(tmp_path: Path):
    """Each part's highlights are added as it arrives (the earlier ones kept); the lists and the
    summary come once, with the whole analysis; the keys work throughout."""
    paragraph = (
        "Mayor Ana Ruiz said on Monday that the council in Lisbon would vote. “We will win,” she said."
    )
    text = "Council vote\n\n" + "\n\n".join(f"{paragraph} ({i})" for i in range(1500))
    app = NewsReaderApp(article_from_text(text))
    parts: list[tuple[int, int]] = []
    show_part = app.show_part

    def record(article, found, spans, done, total):
        show_part(article, found, spans, done, total)
        parts.append((done, len(app.article_view._spans)))

    app.show_part = record
    async with app.run_test(size=(100, 30)) as pilot:
        await first_paint_over(app, pilot)
        await pilot.press("j", "G", "g")
        await settle(app, pilot)
        assert len(parts) >= 4 and [d for d, _ in parts] == list(range(1, len(parts) + 1))
        counts = [c for _, c in parts]
        assert counts == sorted(counts) and counts[0] > 0  # highlights grow, part by part
        assert app.analysis is not None and app.status.message == app.analysis.summary()
        assert len(app.analysis.quotes) == 1500
        quotes = app.side.list("quotes")
        assert 0 < quotes.option_count < 1500  # the rows are made as the cursor comes near them
        await pilot.press("2")
        quotes.focus()  # where `2` leaves the focus (or `tab` would take it)
        await pilot.press("G")
        assert quotes.option_count == 1500 and quotes.highlighted == 1499


async def test_moving_focus_keeps_the_footer_keys_and_the_tab_strip_does_not_slide():
    """A tab key moves focus, which changes the screen's bindings; the footer's keys are made again
    only when what they show changes (remaking them on each focus change cost a tab key about
    100 ms of the interface's time), and the tab strip's underline jumps instead of sliding."""
    app = NewsReaderApp(read_article(default_article()))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        from tui.widgets.footer import ReaderFooter

        footer = app.query_one(ReaderFooter)
        before = list(footer.query("FooterKey"))
        shown = footer.shown
        for key in ("tab", "2", "3", "shift+tab", "tab", "1"):
            await pilot.press(key)
            await pilot.pause()
        assert app.focused is app.side.list("actors")
        assert footer.shown == shown
        assert all(a is b for a, b in zip(footer.query("FooterKey"), before, strict=True))
        assert app.animation_level == "none"
        assert not app.animator.is_being_animated(app.query_one("Underline"), "highlight_start")
        await pilot.resize_terminal(80, 30)  # narrower: fewer keys, so they are made again
        await pilot.pause(0.1)
        await pilot.pause()
        assert footer.shown != shown and footer.query("FooterKey").first() is not before[0]
