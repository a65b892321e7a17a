"""The reader: the article on the left, actors/quotes/claims on the right, everything on keys.

The app shows the text at once and analyses it in a worker thread (spaCy is imported there), so
the first paint never waits for the language work. Keys live in `BINDINGS` with ids (remappable)
and are explained by the help screen from `tui.keys`.
"""

from __future__ import annotations

import contextlib
import re
import time

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Input
from textual.worker import get_current_worker

from tui.analysis.model import Actor, Analysis, Claim, Quote
from tui.articles import Article
from tui.inert import one_line
from tui.resources import stylesheet
from tui.screens.help import HelpScreen
from tui.widgets.article_view import ArticleView
from tui.widgets.item_list import ItemList
from tui.widgets.legend import Legend
from tui.widgets.side_panel import TABS, SidePanel
from tui.widgets.status_bar import StatusBar


class NewsReaderApp(App[None]):
    """Who says what in one article."""

    CSS_PATH = str(stylesheet())
    TITLE = "newsreader"
    BINDINGS = [
        Binding("1", "show_tab('actors')", "Actors", id="app.tab_actors"),
        Binding("2", "show_tab('quotes')", "Quotes", id="app.tab_quotes"),
        Binding("3", "show_tab('claims')", "Claims", id="app.tab_claims"),
        Binding("slash", "search", "Search", id="app.search"),
        Binding("n", "step_mark(1)", "Next mark", id="app.next_mark"),
        Binding("N", "step_mark(-1)", "Previous mark", show=False, id="app.previous_mark"),
        Binding("escape", "clear_marks", "Clear marks", show=False, id="app.clear_marks"),
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        Binding("q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(self, article: Article, model: str | None = None) -> None:
        super().__init__()
        self.article = article
        self.model_name = model
        self.analysis: Analysis | None = None
        self._focus_before_search: str = "article"

    # --- layout ---------------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            with Vertical(id="article-pane"):
                yield ArticleView(self.article.text, len(self.article.title), id="article")
                yield Legend(id="legend")
            yield SidePanel(id="side")
        yield Input(placeholder="search the article (enter to mark, escape to cancel)", id="search")
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.title = one_line(self.article.title)
        self.sub_title = one_line(self.article.source)
        self.query_one("#search", Input).display = False
        self.article_view.focus()
        self.status.say("Loading spaCy pipeline…")
        self.analyse()

    @property
    def article_view(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    @property
    def side(self) -> SidePanel:
        return self.query_one("#side", SidePanel)

    @property
    def status(self) -> StatusBar:
        return self.query_one("#status", StatusBar)

    # --- analysis (worker thread) -----------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def analyse(self) -> None:
        """Load spaCy and analyse the article, posting each partial result to the UI.

        Whatever goes wrong in here (a bug met by an odd text, spaCy refusing it) ends as a message in
        the status bar: the article stays on screen and every key that does not need the analysis works.
        """
        try:
            self._analyse()
        except Exception as exc:
            message = one_line(f"Analysis failed: {type(exc).__name__}: {exc}")[:300]
            with contextlib.suppress(Exception):  # the app is closing: nobody to tell
                self.call_from_thread(self.status.say, message, "$error")

    def _analyse(self) -> None:
        worker = get_current_worker()
        try:
            from tui.analysis.analyze import iter_analysis
            from tui.analysis.pipeline import PipelineError, load_pipeline
        except Exception as exc:  # spaCy missing or broken: the reader still reads
            self.call_from_thread(self.status.say, f"Analysis unavailable: {exc}".splitlines()[0], "$error")
            return
        try:
            nlp = load_pipeline(self.model_name)
        except PipelineError as exc:
            self.call_from_thread(self.status.say, str(exc), "$error")
            return
        if worker.is_cancelled:
            return
        self.call_from_thread(self.status.say, "Analysing…")
        a = self.article
        # Showing a partial result costs the UI more as it grows (a 5 MB article has thousands of rows):
        # after each one, wait five times as long as it took before showing the next, and in between
        # only move the progress bar, so the interface stays free most of the time.
        next_show = 0.0
        for done, total, result in iter_analysis(nlp, a.source, a.title, a.text):
            if worker.is_cancelled:
                return
            started = time.monotonic()
            if done == total or started >= next_show:
                self.call_from_thread(self.show_analysis, result, done, total)
                next_show = time.monotonic() + 5 * (time.monotonic() - started)
            else:
                self.call_from_thread(self.show_progress, done, total)

    def show_progress(self, done: int, total: int) -> None:
        """Move the progress bar between partial results."""
        self.status.progress(done, total)
        self.status.say(f"Analysing… part {done} of {total}")

    def show_analysis(self, analysis: Analysis, done: int = 1, total: int = 1) -> None:
        """Put an analysis (partial or whole) on screen."""
        self.analysis = analysis
        self.article_view.set_entities([(e.start, e.end, e.label) for e in analysis.entities])
        self.side.show(analysis)
        self.status.progress(done, total)
        if done < total:
            self.status.say(f"Analysing… part {done} of {total}")
        else:
            self.status.say(analysis.summary())

    # --- actions --------------------------------------------------------------------------------------

    def action_show_tab(self, tab: str) -> None:
        in_panel = self.focused is not None and self.focused.id in TABS
        self.side.show_tab(tab)
        if in_panel:
            self.side.list(tab).focus()

    def action_step_mark(self, delta: int) -> None:
        self.article_view.step_mark(delta)

    def action_clear_marks(self) -> None:
        search = self.query_one("#search", Input)
        if search.display:
            self._close_search()
            return
        self.article_view.clear_marks()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        self._focus_before_search = (
            self.focused.id if self.focused is not None and self.focused.id else "article"
        )
        search.display = True
        search.value = ""
        search.focus()

    def _close_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = False
        target = self.query(f"#{self._focus_before_search}")
        (target.first() if target else self.article_view).focus()

    @on(Input.Submitted, "#search")
    def run_search(self, event: Input.Submitted) -> None:
        query = event.value.strip()
        self._close_search()
        if not query:
            self.article_view.clear_marks()
            return
        hits = [(m.start(), m.end()) for m in re.finditer(re.escape(query), self.article.text, re.IGNORECASE)]
        if not hits:
            self.article_view.clear_marks()
            self.notify(f"Not found: {one_line(query)}", severity="warning", markup=False)
            return
        self.article_view.set_marks(hits, f"matches for “{one_line(query)}”")

    @on(ItemList.OptionSelected)
    def choose(self, event: ItemList.OptionSelected) -> None:
        tab = event.option_list.id or ""
        items = self.side.items.get(tab, [])
        if not 0 <= event.option_index < len(items):
            return
        item = items[event.option_index]
        if isinstance(item, Actor):
            self.article_view.set_marks(list(item.mentions), f"mentions of {item.name}")
        elif isinstance(item, Quote | Claim):
            self.article_view.set_marks([(item.start, item.end)], tab[:-1])

    @on(ArticleView.MarkMoved)
    def show_mark_position(self, event: ArticleView.MarkMoved) -> None:
        view = self.article_view
        if not event.total or event.index is None:
            self.status.marks("")
        elif event.total == 1:
            self.status.marks(view.mark_kind)
        else:
            self.status.marks(f"{view.mark_kind} {event.index + 1}/{event.total}")
