"""The reader: the article on the left, actors/quotes/claims on the right, everything on keys.

The app shows the text at once; the analysis comes from the on-disk cache when the article was read
before, else from the analysis process (`tui.service`), which a worker thread waits on, so the first
paint never waits for the language work. Keys live in `BINDINGS` with ids (remappable)
and are explained by the help screen from `tui.keys`.
"""

from __future__ import annotations

import re
import time
from contextlib import suppress
from pathlib import Path

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.css.query import NoMatches
from textual.widget import MountError
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from tui.analysis.model import Actor, Analysis, Claim, Quote
from tui.articles import Article, ArticleError
from tui.cache import AnalysisCache, pipeline_identity
from tui.commands import ReaderCommands
from tui.inert import one_line
from tui.resources import stylesheet
from tui.screens.entity_filter import EntityFilterScreen
from tui.screens.help import HelpScreen
from tui.screens.library import LibraryScreen
from tui.screens.prompt import PromptScreen
from tui.service import AnalysisService
from tui.settings import DEFAULT_THEME, LIGHT_THEME, Settings
from tui.sources.library import Library
from tui.widgets.article_view import ArticleView
from tui.widgets.item_list import ItemList
from tui.widgets.legend import Legend
from tui.widgets.side_panel import TABS, SidePanel
from tui.widgets.status_bar import StatusBar


class NewsReaderApp(App[None]):
    """Who says what in one article."""

    CSS_PATH = str(stylesheet())
    TITLE = "newsreader"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    BINDINGS = [
        Binding("1", "show_tab('actors')", "Actors", id="app.tab_actors"),
        Binding("2", "show_tab('quotes')", "Quotes", id="app.tab_quotes"),
        Binding("3", "show_tab('claims')", "Claims", id="app.tab_claims"),
        Binding("slash", "search", "Search", id="app.search"),
        Binding("n", "step_mark(1)", "Next mark", id="app.next_mark"),
        Binding("N", "step_mark(-1)", "Previous mark", show=False, id="app.previous_mark"),
        Binding("escape", "clear_marks", "Clear marks", show=False, id="app.clear_marks"),
        Binding("o", "open", "Open", id="app.open"),
        Binding("r", "reload", "Reload", show=False, id="app.reload"),
        Binding("l", "library", "Library", show=False, id="app.library"),
        Binding(
            "left_square_bracket",
            "step_article(-1)",
            "Previous article",
            show=False,
            id="app.previous_article",
        ),
        Binding("right_square_bracket", "step_article(1)", "Next article", show=False, id="app.next_article"),
        Binding("e", "export", "Export", id="app.export"),
        Binding("c", "copy", "Copy", show=False, id="app.copy"),
        Binding("f", "filter_entities", "Entity types", show=False, id="app.filter_entities"),
        Binding("t", "toggle_theme", "Theme", show=False, id="app.toggle_theme"),
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        Binding("q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(
        self,
        article: Article | None,
        model: str | None = None,
        *,
        location: str | None = None,
        pending: str | None = None,
        pending_data: bytes | None = None,
        library: Library | None = None,
        settings: Settings | None = None,
        theme: str | None = None,
        service: AnalysisService | None = None,
        cache: AnalysisCache | None = None,
    ) -> None:
        """`article` is shown at once; else `pending` (a URL, page, feed, folder or "-") or `library` is
        opened in a worker after the first paint. `model` and `theme` (command-line flags) override
        `settings` (the config file). `service` is an analysis process already started (the CLI forks
        it before Textual loads; without one the app starts its own when it first needs it);
        `cache` None means no analysis cache."""
        super().__init__()
        self.settings = settings if settings is not None else Settings()
        self.article = article or _placeholder(pending or (library.title if library else ""))
        self.location: str | None = location if article is not None else None
        self.model_name = model if model is not None else self.settings.model
        self.analysis: Analysis | None = None
        self.analysis_complete = False
        self.library = library
        self.library_index: int | None = None
        self._pending = pending if article is None else None
        self._pending_data = pending_data
        self._focus_before_search: str = "article"
        self.service = service
        self.cache = cache
        self._requested_theme = theme or self.settings.theme
        if self.settings.keymap:
            self.set_keymap(self.settings.keymap)

    # --- layout ---------------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            with Vertical(id="article-pane"):
                yield Static(Content(""), id="article-meta")
                yield ArticleView(self.article.text, len(self.article.title), id="article")
                yield Legend(id="legend")
            yield SidePanel(id="side")
        yield StatusBar(id="status")

    def on_mount(self) -> None:
        view = self.article_view
        view.colour = not self.no_color  # NO_COLOR: highlights by underline, bold and reverse instead
        view.hidden_types = set(self.settings.hidden_types)
        self._show_legend()
        self._apply_theme(self._requested_theme)
        unknown = sorted(set(self.settings.keymap) - _binding_ids())
        if unknown:
            self.notify(
                f"config: unknown key binding id(s) {', '.join(unknown)}; see the README for the ids",
                title="Settings",
                severity="warning",
                markup=False,
                timeout=10,
            )
        for warning in self.settings.warnings:
            self.notify(warning, title="Settings", severity="warning", markup=False, timeout=10)
        view.focus()
        if self._pending is not None:
            self._show_heading()
            self.open_location(self._pending, self._pending_data)
        elif self.library is not None:
            self._show_heading()
            self.status.say(f"{self.library.title}: choose an article (l shows the list)")
            self.call_after_refresh(self.action_library)
        else:
            self.show_article(self.article, self.location)
        self.call_after_refresh(self._build_rest)

    def _build_rest(self) -> None:
        """What the first paint can do without: the side panel's lists, the search box, the footer."""
        with suppress(MountError, NoMatches):  # the app closed before its first refresh ended
            self.side.build()
            if not self.query("#search"):
                search = Input(
                    placeholder="search the article (enter to mark, escape to cancel)", id="search"
                )
                search.display = False
                self.mount(search, before=self.status)
                self.mount(Footer())

    def on_unmount(self) -> None:
        if self.service is not None:
            self.service.stop()

    @property
    def article_view(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    @property
    def side(self) -> SidePanel:
        return self.query_one("#side", SidePanel)

    @property
    def status(self) -> StatusBar:
        return self.query_one("#status", StatusBar)

    def _post(self, callback, *args, **kwargs) -> None:
        """Run `callback` on the UI thread from a worker; quietly nothing once the app is closing."""
        if not self.is_running:
            return
        with suppress(NoMatches, RuntimeError):  # the widgets or the event loop went away while we worked
            self.call_from_thread(callback, *args, **kwargs)

    # --- opening articles (worker thread) --------------------------------------------------------------

    def open_location(self, spec: str, data: bytes | None = None, item: int | None = None) -> None:
        """Open a file, URL, feed, folder or standard input in a worker; a later open replaces this one."""
        shown = spec if spec != "-" else "standard input"
        self.status.say(f"Opening {shown}…")
        self.status.progress(None, None)
        self._load(spec, data, item)

    @work(thread=True, exclusive=True, group="load")
    def _load(self, spec: str, data: bytes | None, item: int | None) -> None:
        from tui.sources import load_item, open_input

        worker = get_current_worker()
        try:
            if item is not None and self.library is not None:
                result: Article | Library = load_item(self.library.items[item])
            else:
                result = open_input(spec, data)
        except ArticleError as exc:
            if not worker.is_cancelled:
                self._post(self._load_failed, str(exc))
            return
        except Exception as exc:  # a bug or a library's surprise: a message, never a dead app
            if not worker.is_cancelled:
                self._post(self._load_failed, f"{spec}: cannot be opened ({type(exc).__name__}: {exc})")
            return
        if not worker.is_cancelled:
            self._post(self._loaded, result, spec, item)

    def _load_failed(self, message: str) -> None:
        message = message.splitlines()[0] if message else "cannot be opened"
        self.status.say(message, "$error")
        self.notify(message, title="Cannot open", severity="error", markup=False, timeout=8)

    def _loaded(self, result: Article | Library, spec: str, item: int | None) -> None:
        if isinstance(result, Library):
            self.library, self.library_index = result, None
            self.status.say(f"{result.title}: {len(result.items)} articles; choose one (l shows the list)")
            self.action_library()
            return
        if item is not None:
            self.library_index = item
        elif self.library is not None and spec not in (i.location for i in self.library.items):
            self.library, self.library_index = None, None  # a new article outside the library
        self.show_article(result, spec if spec != "-" or item is not None else "-")

    def show_article(self, article: Article, location: str | None) -> None:
        """Show a new article and analyse it (a running analysis of the previous one is cancelled)."""
        from tui.sources.language import language_notice

        self.article = article
        self.location = location
        self.analysis, self.analysis_complete = None, False
        view = self.article_view
        view.set_text(article.text, len(article.title))
        self.side.clear()
        self.status.marks("")
        self._show_heading()
        notice = language_notice(article.text)
        if notice:
            self.notify(notice, title="Not English?", severity="warning", markup=False, timeout=8)
        self.open_analysis()

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

    def _show_heading(self) -> None:
        a = self.article
        self.title = one_line(a.title)
        place = (
            f"{self.library_index + 1}/{len(self.library.items)}"
            if self.library and self.library_index is not None
            else ""
        )
        self.sub_title = one_line(
            " · ".join(x for x in (place, f"by {a.byline}" if a.byline else "", a.date, a.source) if x)
        )
        # the page's byline and date over the text (plain text: they come from the page)
        meta = self.query_one("#article-meta", Static)
        meta.display = bool(a.byline or a.date or place)
        meta.update(Content(self.sub_title))

    # --- analysis (worker thread) -----------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def analyse(self, cache_key: str | None = None) -> None:
        """Ask the analysis process for the article and post each partial result to the UI.

        The process keeps its pipeline, so only the first article of a session waits for spaCy.
        Whatever goes wrong in here ends as a message in the status bar: the article stays on screen
        and every key that does not need the analysis works.
        """
        try:
            self._analyse(cache_key)
        except Exception as exc:
            self._post(
                self.status.say, one_line(f"Analysis failed: {type(exc).__name__}: {exc}")[:300], "$error"
            )

    def _analyse(self, cache_key: str | None) -> None:
        worker = get_current_worker()
        if self.service is None:
            self.service = AnalysisService(self.model_name).start(preload=False)
        a = self.article
        next_show = 0.0
        for kind, payload in self.service.analyse(a.source, a.title, a.text):
            if worker.is_cancelled:
                return
            if kind == "status":
                self._post(self.status.say, payload)
            elif kind == "error":
                self._post(self.status.say, payload, "$error")
            elif kind == "progress":
                self._post(self.show_progress, *payload)
            else:
                done, total, analysis = payload
                # a partial result costs the UI more as it grows (a 5 MB article has thousands of rows):
                # after showing one, wait five times as long as it took before showing the next, and in
                # between only move the progress bar, so the interface stays free most of the time
                started = time.monotonic()
                if done >= total or started >= next_show:
                    self._post(self.show_analysis, analysis, done, total)
                    next_show = time.monotonic() + 5 * (time.monotonic() - started)
                else:
                    self._post(self.show_progress, done, total)
                if done >= total and cache_key is not None and self.cache is not None:
                    self.cache.put(cache_key, analysis)

    def show_progress(self, done: int, total: int) -> None:
        """Move the progress bar between partial results."""
        self.status.progress(done, total)
        self.status.say(f"Analysing… part {done} of {total}")

    def show_analysis(self, analysis: Analysis, done: int = 1, total: int = 1) -> None:
        """Put an analysis (partial or whole) on screen, unless it belongs to an article no longer shown."""
        if analysis.text != self.article.text:
            return
        self.analysis = analysis
        self.analysis_complete = done >= total
        self.article_view.set_entities([(e.start, e.end, e.label) for e in analysis.entities])
        self.side.show(analysis)
        self.status.progress(done, total)
        if done < total:
            self.status.say(f"Analysing… part {done} of {total}")
        else:
            self.status.say(analysis.summary())

    # --- actions --------------------------------------------------------------------------------------

    def action_open(self) -> None:
        def opened(spec: str | None) -> None:
            if spec:
                is_web = spec.lower().startswith(("http://", "https://"))
                self.open_location(spec if is_web or spec == "-" else str(Path(spec).expanduser()))

        self.push_screen(
            PromptScreen("Open a file, folder, feed or URL:", placeholder="article.html or https://…"), opened
        )

    def action_reload(self) -> None:
        if self.library is not None and self.library_index is not None:
            self.open_item(self.library_index)
        elif self.location == "-":
            self.notify("Standard input cannot be read again.", severity="warning", markup=False)
        elif self.location:
            self.open_location(self.location)
        elif self._pending and self._pending != "-":
            self.open_location(self._pending)
        else:
            self.notify("Nothing to reload.", severity="warning", markup=False)

    def action_library(self) -> None:
        if self.library is None:
            self.notify(
                "No library: open a folder, a feed or several files.", severity="warning", markup=False
            )
            return
        if isinstance(self.screen, LibraryScreen):
            return

        def chosen(index: int | None) -> None:
            if index is not None:
                self.open_item(index)

        self.push_screen(LibraryScreen(self.library, self.library_index), chosen)

    def open_item(self, index: int) -> None:
        """Open the library's item `index` (fetched or read in the worker)."""
        assert self.library is not None
        item = self.library.items[index]
        self.open_location(item.location or item.title, item=index)

    def action_step_article(self, delta: int) -> None:
        if self.library is None or not self.library.items:
            self.notify("No library: [ and ] move through a folder's or feed's articles.", markup=False)
            return
        current = self.library_index if self.library_index is not None else (-1 if delta > 0 else 0)
        self.open_item((current + delta) % len(self.library.items))

    def action_export(self) -> None:
        if self.analysis is None or not self.analysis_complete:
            self.notify("The analysis is not finished yet.", severity="warning", markup=False)
            return
        from tui.exports import format_for

        def chosen(path: str | None) -> None:
            if not path:
                return
            fmt = format_for(path)
            if fmt is None:
                self.notify(
                    f"{path}: end the name with .md, .json, .csv or .html", severity="error", markup=False
                )
                return
            self._export(str(Path(path).expanduser()), fmt)

        default = _slug(self.article.title) + ".md"
        self.push_screen(PromptScreen("Export to (.md, .json, .csv or .html):", value=default), chosen)

    @work(thread=True, group="export")
    def _export(self, path: str, fmt: str) -> None:
        from tui.exports import render

        analysis, article = self.analysis, self.article
        if analysis is None:
            return
        try:
            Path(path).write_text(render(fmt, analysis, article), encoding="utf-8")
        except OSError as exc:
            message = f"{path}: cannot be written ({exc.strerror or exc})"
            self._post(self.notify, message, severity="error", markup=False)
            return
        self._post(self.notify, f"Exported to {path}", markup=False)

    def selected_item(self) -> Quote | Claim | None:
        """The highlighted quote or claim of the focused list, else of the visible tab."""
        focused = self.focused.id if self.focused is not None else None
        tab = focused if focused in TABS else self.side.active_tab
        if tab not in ("quotes", "claims"):
            return None
        index = self.side.list(tab).highlighted
        items = self.side.items.get(tab, [])
        if index is None or not 0 <= index < len(items):
            return None
        item = items[index]
        return item if isinstance(item, Quote | Claim) else None

    def action_copy(self) -> None:
        item = self.selected_item()
        if item is None or self.analysis is None:
            self.notify(
                "Select a quote or claim to copy (2 or 3, then j/k).", severity="warning", markup=False
            )
            return
        from tui.exports import citation

        text = citation(item, self.analysis, self.article)
        self.copy_to_clipboard(text)
        self.notify(f"Copied: {text[:80]}{'…' if len(text) > 80 else ''}", markup=False)

    def action_filter_entities(self) -> None:
        def chosen(hidden: set[str] | None) -> None:
            if hidden is not None:
                self.set_hidden_types(hidden)

        self.push_screen(EntityFilterScreen(self.article_view.hidden_types, self.article_view.colour), chosen)

    def set_hidden_types(self, hidden: set[str]) -> None:
        """Highlight every entity type but `hidden` (in the article and the legend)."""
        view = self.article_view
        view.hidden_types = set(hidden)
        if self.analysis is not None:
            view.set_entities([(e.start, e.end, e.label) for e in self.analysis.entities])
        self._show_legend()

    def toggle_entity_type(self, key: str) -> None:
        self.set_hidden_types(self.article_view.hidden_types ^ {key})

    def _show_legend(self) -> None:
        self.query_one("#legend", Legend).show(self.article_view.colour, self.article_view.hidden_types)

    def action_toggle_theme(self) -> None:
        self.set_theme(LIGHT_THEME if self.current_theme.dark else DEFAULT_THEME)

    def set_theme(self, name: str) -> None:
        self.theme = name
        self.notify(f"Theme: {name}", markup=False, timeout=2)

    def _apply_theme(self, name: str) -> None:
        if name in self.available_themes:
            self.theme = name
            return
        known = ", ".join(sorted(self.available_themes))
        self.notify(
            f"Unknown theme {name!r}; using {DEFAULT_THEME}. Themes: {known}",
            title="Settings",
            severity="warning",
            markup=False,
            timeout=10,
        )
        self.theme = DEFAULT_THEME

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
        self._build_rest()  # in case a key beat the first refresh
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


def _placeholder(what: str) -> Article:
    """What the article pane says while the first article is being fetched or chosen."""
    text = f"Opening {what or 'the article'}…" if what != "-" else "Reading standard input…"
    return Article(source=what, title=text, text=text)


def _slug(title: str) -> str:
    """A file name from a headline: `Russia and Turkey agree…` → `russia-and-turkey-agree`."""
    slug = ""
    for word in re.findall(r"[^\W_]+", title.lower()):
        if len(slug) + len(word) > 80:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or "newsreader-report"


def _binding_ids() -> set[str]:
    """Every binding id a keymap may name (the app's, the article's, the lists')."""
    return {
        b.id
        for cls in (NewsReaderApp, ArticleView, ItemList)
        for b in cls.BINDINGS
        if isinstance(b, Binding) and b.id
    }
