"""The reader: the article on the left, actors/quotes/claims on the right, everything on keys.

The app shows the text at once; the analysis comes from the on-disk cache when the article was read
before, else from the analysis process (`tui.service`), which a worker thread waits on, so the first
paint never waits for the language work. Keys live in `BINDINGS` with ids (remappable)
and are explained by the help screen from `tui.keys`.
"""

from __future__ import annotations

import re

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Input
from textual.worker import get_current_worker

from tui.analysis.model import Actor, Analysis, Claim, Quote
from tui.articles import Article
from tui.cache import AnalysisCache, pipeline_identity
from tui.resources import stylesheet
from tui.screens.help import HelpScreen
from tui.service import AnalysisService
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

    def __init__(
        self,
        article: Article,
        model: str | None = None,
        *,
        service: AnalysisService | None = None,
        cache: AnalysisCache | None = None,
    ) -> None:
        """`service` is an analysis process already started (the CLI forks it before Textual loads);
        without one the app starts its own when it first needs it. `cache` None means no cache."""
        super().__init__()
        self.article = article
        self.model_name = model
        self.service = service
        self.cache = cache
        self.analysis: Analysis | None = None
        self._focus_before_search: str = "article"

    # --- layout ---------------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            with Vertical(id="article-pane"):
                yield ArticleView(self.article.text, len(self.article.title), id="article")
                yield Legend(id="legend")
            yield SidePanel(id="side")
        yield StatusBar(id="status")

    def on_mount(self) -> None:
        self.title = self.article.title
        self.sub_title = self.article.source
        self.article_view.focus()
        self.open_analysis()
        self.call_after_refresh(self._build_rest)

    def _build_rest(self) -> None:
        """What the first paint can do without: the side panel's lists, the search box, the footer."""
        self.side.build()
        search = Input(placeholder="search the article (enter to mark, escape to cancel)", id="search")
        search.display = False
        self.mount(search, before=self.status)
        self.mount(Footer())

    def on_unmount(self) -> None:
        if self.service is not None:
            self.service.stop()

    def _cache_key(self) -> str | None:
        if self.cache is None:
            return None
        pipeline = pipeline_identity(self.model_name)
        return None if pipeline is None else self.cache.key(self.article.title, self.article.text, pipeline)

    def open_analysis(self) -> None:
        """Show the current article's analysis: from the cache at once if it is there, else from spaCy."""
        key = self._cache_key()
        cached = self.cache.get(key, self.article.source) if self.cache is not None and key else None
        if cached is not None:
            self.show_analysis(cached)
            return
        self.status.say("Loading spaCy pipeline…")
        self.analyse(key)

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

    @work(thread=True, exclusive=True, group="analysis")
    def analyse(self, cache_key: str | None = None) -> None:
        """Ask the analysis process for the article and post each partial result to the UI."""
        worker = get_current_worker()
        if self.service is None:
            self.service = AnalysisService(self.model_name).start(preload=False)
        a = self.article
        for kind, payload in self.service.analyse(a.source, a.title, a.text):
            if worker.is_cancelled:
                return
            if kind == "status":
                self.call_from_thread(self.status.say, payload)
            elif kind == "error":
                self.call_from_thread(self.status.say, payload, "$error")
            else:
                done, total, analysis = payload
                self.call_from_thread(self.show_analysis, analysis, done, total)
                if done >= total and cache_key is not None and self.cache is not None:
                    self.cache.put(cache_key, analysis)

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
        search = self.query("#search")
        if search and search.first().display:
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
            self.notify(f"Not found: {query}", severity="warning", markup=False)
            return
        self.article_view.set_marks(hits, f"matches for “{query}”")

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
