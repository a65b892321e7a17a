"""Opening articles: files, URLs, feeds, folders and standard input, read in a worker; the library."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.content import Content
from textual.widgets import Static
from textual.worker import get_current_worker

from tui.articles import Article, ArticleError
from tui.inert import one_line

if TYPE_CHECKING:
    from tui.sources.library import Library, LibraryItem


class OpeningMixin:
    """Open, reload and move through articles; the app shows each and starts its analysis."""

    #: the article pane holds a placeholder ("Opening …", "Reading standard input…"), no article
    placeholder_shown = False
    #: the status line before "Opening …": what it says again once a failed open's message is read
    _said_before_open: Content | None = None

    # --- opening articles (worker thread) --------------------------------------------------------------

    def open_location(self, spec: str, data: bytes | None = None, item: int | None = None) -> None:
        """Open a file, URL, feed, folder or standard input in a worker; a later open replaces this one."""
        shown = spec if spec != "-" else "standard input"
        self._said_before_open = self.status.said  # given back if this open fails
        self.status.say(f"Opening {shown}…")
        self.status.progress(None, None)
        self.article_view.hold()  # j, G, space… pressed from now on are for the article that opens
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

    #: the library's item on screen (`library_index` moves ahead of it while the next one opens)
    _shown_index: int | None = None

    def _load_failed(self, message: str) -> None:
        self.article_view.release()  # the keys held for it go to the article still shown
        if self.library is not None and self.library_index != self._shown_index:
            self.library_index = self._shown_index  # back to the article still shown: `[` goes before it
            self._show_heading()
        message = message.splitlines()[0] if message else "cannot be opened"
        if self.placeholder_shown:  # nothing else to show: the panes say what happened, not "Opening…"
            self.show_article(failure_article(message), None, analyse=False)
            self.placeholder_shown = True  # the message is no article: nothing to export or analyse
            self.side.clear("no article: it could not be opened")
            self.status.say(message, "$error")
        else:  # the article shown stays: its counts come back with the notification's end
            self.status.flash(message, "$error", seconds=8, then=self._said_before_open)
        self.notify(message, title="Cannot open", severity="error", markup=False, timeout=8)

    def _loaded(self, result: Article | Library, spec: str, item: int | None) -> None:
        if item is not None and self.library is not None and item != self.library_index:
            return  # `]` moved on while this item was read: the newer item's load shows instead
        if not isinstance(result, Article):  # a folder, a feed or several inputs: a library
            self.article_view.release()
            self.library, self.library_index, self._shown_index = result, None, None
            self.describe_library()
            self.status.say(f"{result.title}: {len(result.items)} articles; choose one (l shows the list)")
            self.action_library()
            return
        if item is not None:
            self.library_index = self._shown_index = item
        elif self.library is not None and spec not in (i.location for i in self.library.items):
            self.library, self.library_index = None, None  # a new article outside the library
        self.show_article(result, spec if spec != "-" or item is not None else "-")

    def show_article(self, article: Article, location: str | None, analyse: bool = True) -> None:
        """Show a new article and analyse it (a running analysis of the previous one is cancelled).
        `analyse=False` for the start of a long text, which is replaced by the whole a moment later."""
        self.article = article
        self.location = location
        self.placeholder_shown = False
        self.analysis, self.analysis_complete = None, False
        view = self.article_view
        if view.text != article.text or view.title_length != len(article.title):
            view.set_text(article.text, len(article.title))
        else:  # the article the view was made with: keep its layout, drop what was marked
            view.clear_marks()
            view.release()
        self.side.clear("analysing…")
        self.status.marks("")
        self._show_heading()
        if not analyse:
            return
        self.after_first_paint(lambda: self._language_notice(article))
        self.after_first_paint(self.keep_in_archive)
        self.open_analysis()

    def _language_notice(self, article: Article) -> None:
        from tui.sources.language import language_notice

        notice = language_notice(article.text) if self.article is article else None
        if notice:
            self.notify(notice, title="Not English?", severity="warning", markup=False, timeout=8)

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
        # the page's byline and date over the text (plain text: they come from the page); the line
        # is made when an article first has them, so a plain text's first paint goes without it
        shown = bool(a.byline or a.date or place)
        metas = self.query("#article-meta")
        if metas:
            meta = metas.first(Static)
            meta.display = shown
            meta.update(Content(self.sub_title))
        elif shown:
            self.mount(Static(Content(self.sub_title), id="article-meta"), before=self.query_one("#main"))

    def action_open(self) -> None:
        from tui.screens.prompt import PromptScreen

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

    # --- the library's rows (worker thread) ------------------------------------------------------------

    #: what the analysis found for library items (by index): this session's, or the cache's
    library_counts: dict[int, str]

    def describe_library(self) -> None:
        """Give the library's rows their headlines, sites, dates and (from the cache) counts, read in
        a worker; the list, if open, is updated as they come."""
        self.library_counts = {}
        if self.library is not None:
            self._describe_library(self.library)

    @work(thread=True, exclusive=True, group="library", exit_on_error=False)
    def _describe_library(self, library: Library) -> None:
        from tui.cache import pipeline_identity
        from tui.sources.item_info import describe

        worker = get_current_worker()
        pipeline = pipeline_identity(self.model_name) if self.cache is not None else None
        items = list(library.items)
        counts: dict[int, str] = {}
        for i, item in enumerate(library.items):
            if worker.is_cancelled:
                return
            items[i] = describe(item)
            found = self._cached_counts(item, pipeline)
            if found:
                counts[i] = found
            if (i + 1) % 20 == 0 or i + 1 == len(items):
                self._post(self._library_described, library.source, tuple(items), dict(counts))

    def _cached_counts(self, item: LibraryItem, pipeline: str | None) -> str:
        """`14 actors · 3 quotes · 8 claims` if a plain-text item's analysis is in the cache, else ""
        (a page would need its full extraction to be looked up: it gets its counts once opened)."""
        from tui.sources.local import ARTICLE_SUFFIXES, read_article

        location = item.location
        if self.cache is None or pipeline is None or not location or "://" in location:
            return ""
        if not location.lower().endswith(ARTICLE_SUFFIXES):
            return ""
        try:
            article = read_article(location)
        except ArticleError:
            return ""
        cached = self.cache.get(self.cache.key(article.title, article.text, pipeline), location)
        return cached.summary() if cached is not None else ""

    def _library_described(self, source: str, items: tuple[LibraryItem, ...], counts: dict[int, str]) -> None:
        library = self.library
        if library is None or library.source != source or len(library.items) != len(items):
            return  # another library was opened meanwhile
        from dataclasses import replace

        self.library = replace(library, items=items)
        for index, found in counts.items():
            self.library_counts.setdefault(index, found)
        self._refresh_library_screen()

    def note_library_counts(self, summary: str) -> None:
        """The article on screen, a library item, was analysed: its row gives the counts."""
        if self.library is not None and self.library_index is not None:
            self.library_counts[self.library_index] = summary
            self._refresh_library_screen()

    def _refresh_library_screen(self) -> None:
        from tui.screens.library import LibraryScreen

        for screen in self.screen_stack:
            if isinstance(screen, LibraryScreen) and self.library is not None:
                screen.update(self.library, self.library_counts)

    def action_library(self) -> None:
        from tui.screens.library import LibraryScreen

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

        self.push_screen(LibraryScreen(self.library, self.library_index, self.library_counts), chosen)

    def open_item(self, index: int) -> None:
        """Open the library's item `index` (fetched or read in the worker)."""
        assert self.library is not None
        item = self.library.items[index]
        # the place in the library moves at once, not when the article is read: `]` pressed five
        # times while the first opens moves five articles on
        self.library_index = index
        self._show_heading()
        self.open_location(item.location or item.title, item=index)

    def action_step_article(self, delta: int) -> None:
        if self.library is None or not self.library.items:
            self.notify("No library: [ and ] move through a folder's or feed's articles.", markup=False)
            return
        current = self.library_index if self.library_index is not None else (-1 if delta > 0 else 0)
        self.open_item((current + delta) % len(self.library.items))


def placeholder_article(pending: str | None, library: str | None = None) -> Article:
    """What the article pane says while the first article is being fetched (`pending`) or chosen
    from a `library` (its title)."""
    if pending == "-":
        text = "Reading standard input…"
    elif pending:
        text = f"Opening {pending}…"
    elif library:
        text = f"{library}: choose an article (l lists them)"
    else:
        text = "Opening the article…"
    return Article(source=pending or library or "", title=text, text=text)


def failure_article(message: str) -> Article:
    """What the article pane says when the article it waited for could not be opened."""
    title = "Nothing to show: the article could not be opened"
    hint = "Press o to open a file, folder, feed or URL, or q to quit."
    return Article(source="", title=title, text=f"{title}\n\n{message}\n\n{hint}")
