"""The reader: the article on the left, actors/quotes/claims on the right, everything on keys.

The app shows the text at once; the analysis comes from the on-disk cache when the article was read
before, else from the analysis process (`tui.service`), which a worker thread waits on, so the first
paint never waits for the language work. Keys live in `BINDINGS` with ids (remappable)
and are explained by the help screen from `tui.keys`.
"""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on
from textual.actions import SkipAction
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.css.query import NoMatches
from textual.widget import MountError, Widget
from textual.widgets import Input, OptionList

from tui.actions.analysis import AnalysisMixin
from tui.actions.appearance import AppearanceMixin
from tui.actions.desk import DeskMixin
from tui.actions.opening import OpeningMixin, placeholder_article
from tui.actions.output import OutputMixin
from tui.actions.voices import VoicesMixin
from tui.articles import Article
from tui.cache import AnalysisCache
from tui.inert import one_line
from tui.resources import stylesheet
from tui.service import AnalysisService
from tui.settings import Settings
from tui.widgets.article_view import ArticleView
from tui.widgets.side_panel import SidePanel
from tui.widgets.status_bar import StatusBar

if TYPE_CHECKING:  # the analysis and library types are imported with them, after the first paint
    from tui.analysis.model import Analysis
    from tui.sources.library import Library


def _reader_commands():
    """The command palette's provider, imported when the palette first opens."""
    from tui.commands import ReaderCommands

    return ReaderCommands


#: Seconds between the first paint and the work that waits for it (the rest of the widgets, the
#: request to the analysis process). The terminal needs the CPU to draw the first frame, and on two
#: cores, with spaCy loading on the other, work started at once delayed it by about 5 ms.
AFTER_PAINT_PAUSE = 0.03


def _collect_again() -> None:
    """After the first paint: what start-up made lives as long as the app, so it is frozen out of the
    collector's view, which `tui.launch` turned off for start-up (nothing to do when it was on)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


class NewsReaderApp(
    VoicesMixin, OpeningMixin, AnalysisMixin, OutputMixin, AppearanceMixin, DeskMixin, App[None]
):
    """Who says what in one article."""

    CSS_PATH = str(stylesheet())
    TITLE = "newsreader"
    COMMANDS = App.COMMANDS | {_reader_commands}
    BINDINGS = [
        # Textual's own tab key, shown in the footer (as tab/shift+tab); priority puts it before the
        # screen's hidden one, which it does the same as
        Binding("tab", "app.focus_next", "Pane", priority=True),
        # The keys that move focus act before the keys typed after them are handed to a widget
        # (priority), so `1 j` moves in the list and `/ abc` searches for "abc" however fast they
        # come; where the key is text (an input has focus) or a dialog is open they stand aside.
        Binding("1", "tab_key('actors')", "Actors", id="app.tab_actors", priority=True),
        Binding("2", "tab_key('quotes')", "Quotes", id="app.tab_quotes", priority=True),
        Binding("3", "tab_key('claims')", "Claims", id="app.tab_claims", priority=True),
        Binding("slash", "search", "Search", id="app.search", priority=True),
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
        Binding("w", "voices", "Voices", show=False, id="app.voices"),
        Binding("c", "copy", "Copy", show=False, id="app.copy"),
        Binding("v", "verdict", "Verdict", show=False, id="app.verdict"),
        Binding("m", "note", "Note", show=False, id="app.note"),
        Binding("p", "previous_check", "Checked before", show=False, id="app.previous_check"),
        Binding("a", "archive", "Archive", show=False, id="app.archive"),
        Binding("d", "desk", "Desk", show=False, id="app.desk"),
        Binding("s", "sort_by_worth", "Sort by worth", show=False, id="app.sort_by_worth"),
        Binding("f", "filter_entities", "Entity types", show=False, id="app.filter_entities"),
        Binding("i", "claim_view", "Claim kinds", show=False, id="app.claim_view"),
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
        archive: Path | str | None = "default",
    ) -> None:
        """`article` is shown at once; else `pending` (a URL, page, feed, folder or "-") or `library` is
        opened in a worker after the first paint. `model` and `theme` (command-line flags) override
        `settings` (the config file). `service` is an analysis process already started (the CLI forks
        it before Textual loads; without one the app starts its own when it first needs it);
        `cache` None means no analysis cache; `archive` is the archive file ("default": the user's, or
        $NEWSREADER_ARCHIVE; None: nothing is kept)."""
        super().__init__()
        if "TEXTUAL_ANIMATIONS" not in os.environ:
            # a key's effect is on screen in the next frame: the tab strip's sliding underline
            # redrew the screen for 0.3 s after each of 1, 2, 3, doubling what a tab key cost the
            # interface (TEXTUAL_ANIMATIONS=basic or full brings Textual's animations back)
            self.animation_level = "none"
        self.settings = settings if settings is not None else Settings()
        self.article = article or placeholder_article(pending, library.title if library else None)
        self.placeholder_shown = article is None
        self.location: str | None = location if article is not None else None
        self.model_name = model if model is not None else self.settings.model
        self.analysis: Analysis | None = None
        self.analysis_complete = False
        self.library = library
        self.library_index: int | None = None
        self.library_counts: dict[int, str] = {}
        self._pending = pending if article is None else None
        self._pending_data = pending_data
        self._focus_before_search: str = "article"
        self.service = service
        self.cache = cache
        if archive == "default":
            from tui.archive import default_archive_path

            archive = default_archive_path()
        self._init_desk(None if archive is None else Path(archive))
        self._requested_theme = theme or self.settings.theme
        self._warned_themes: set[str] = set()  # themes whose colours allow no readable highlights
        # what waits for the first paint (see `after_first_paint`); None once it has run
        self._after_paint: list[Callable[[], object]] | None = [self._build_rest, _collect_again]
        if self.settings.keymap:
            self.set_keymap(self.settings.keymap)

    # --- layout ---------------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # the first paint has the article, the side panel's frame and the status line; the legend
        # and the byline line (the full width above and below these) come after it
        with Horizontal(id="main"):
            view = ArticleView(self.article.text, len(self.article.title), id="article")
            view.border_title = "Article"
            yield view
            side = SidePanel(id="side")
            side.border_title = "Findings"
            yield side
        yield StatusBar(id="status")

    def on_mount(self) -> None:
        view = self.article_view
        view.colour = not self.no_color  # NO_COLOR: highlights by underline, bold and reverse instead
        view.hidden_types = set(self.settings.hidden_types)
        self.theme_changed_signal.subscribe(self, self._restyle)  # highlights follow the theme
        self._register_own_themes()
        self._apply_theme(self._requested_theme)
        for warning in self.settings.warnings:
            self.notify(warning, title="Settings", severity="warning", markup=False, timeout=10)
        view.focus()
        if self._pending is not None:
            self._show_heading()
            self.open_location(self._pending, self._pending_data)
        elif self.library is not None:
            self._show_heading()
            self.status.say(f"{self.library.title}: choose an article (l shows the list)")
            self.side.clear("no article chosen yet")
            self.call_after_refresh(self.action_library)
            self.after_first_paint(self.describe_library)
        elif not self.article.whole:  # the start of a long text: the whole is read after the paint
            self.show_article(self.article, self.location, analyse=False)
            self._service_unconfirmed = True
            self.status.say("Reading the whole article…")
            location = self.location or self.article.source
            self.after_first_paint(lambda: self._load(location, None, None))
        else:
            self.show_article(self.article, self.location)
        self.call_after_refresh(self.set_timer, AFTER_PAINT_PAUSE, self._run_after_paint)

    def after_first_paint(self, callback: Callable[[], object]) -> None:
        """Run `callback` once the first paint is on screen (`AFTER_PAINT_PAUSE` after it), or
        after the next refresh when that is long past."""
        if self._after_paint is None:
            self.call_after_refresh(callback)
        else:
            self._after_paint.append(callback)

    @property
    def first_paint_over(self) -> bool:
        """Whether what waited for the first paint (the lists, the footer, the analysis) has started."""
        return self._after_paint is None

    def _run_after_paint(self) -> None:
        callbacks, self._after_paint = self._after_paint or [], None
        for callback in callbacks:
            callback()

    def _build_rest(self) -> None:
        """What the first paint can do without: the legend, the side panel's lists, the search box,
        the footer (each widget on the way to the first paint cost it 1-3 ms)."""
        with suppress(MountError, NoMatches):  # the app closed before its first refresh ended
            if not self.query("#legend"):
                from tui.widgets.legend import Legend

                self.mount(Legend(id="legend"), before=self.status)
                self._show_legend()
            self.side.build()
            if not self.query("#search"):
                # opened empty, so selecting on focus has nothing to select; and when the focus
                # event comes after the first key typed, it would select that key, and the second
                # would replace it
                search = Input(
                    placeholder="search the article (enter to mark, escape to cancel)",
                    id="search",
                    select_on_focus=False,
                )
                search.display = False
                self.mount(search, before=self.status)
                from tui.widgets.footer import ReaderFooter

                # beside the status line, on the reader's screen: the library may be open over it
                self.mount(ReaderFooter(), after=self.status)
                self.call_after_refresh(self.refresh_bindings)  # the footer lists the keys it missed

    def on_unmount(self) -> None:
        if self.service is not None:
            self.service.stop()
        self.close_archive()

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

    # --- actions --------------------------------------------------------------------------------------

    def _reader_key(self) -> None:
        """A priority key stands aside (SkipAction) for an input, which types it, and for a dialog."""
        if isinstance(self.focused, Input) or self.screen is not self.screen_stack[0]:
            raise SkipAction()

    def action_tab_key(self, tab: str) -> None:
        self._reader_key()
        self.action_show_tab(tab)

    def action_show_tab(self, tab: str) -> None:
        """Show the tab and move focus to its list, so that j/k move in the list just chosen."""
        self.side.show_tab(tab)
        if self.query(f"#{tab}"):
            self.focus_now(self.side.list(tab))
        else:  # a key before the lists were made: focus goes there once they are
            self.side.focus_wanted = True

    def action_claim_view(self) -> None:
        """Step the Claims tab through its views (all, statements, intentions, figures) and show it."""
        view = self.side.next_claim_view()
        self.action_show_tab("claims")
        self.notify(f"Claims: {view}", timeout=2)

    def action_sort_by_worth(self) -> None:
        """`s`: the Quotes or Claims tab shown (the Claims tab from elsewhere) most check-worthy first,
        or back in the order of the text."""
        tab = self.side.active_tab if self.side.active_tab in ("quotes", "claims") else "claims"
        self.side.show_tab(tab)
        by_worth = self.side.toggle_worth_order(tab)
        self.notify(
            f"{tab.capitalize()}: {'most check-worthy first' if by_worth else 'in the order of the text'}",
            markup=False,
        )

    def action_step_mark(self, delta: int) -> None:
        self.article_view.step_mark(delta)

    def action_clear_marks(self) -> None:
        search = self.query("#search")
        if search and search.first().display:
            self._close_search()
            return
        self.article_view.clear_marks()

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen  # only when asked for: not on the way to the first paint

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_search(self) -> None:
        self._reader_key()
        self._build_rest()  # in case a key beat the first refresh
        search = self.query_one("#search", Input)
        self._focus_before_search = (
            self.focused.id if self.focused is not None and self.focused.id else "article"
        )
        search.display = True
        search.value = ""
        self.focus_now(search)

    def _close_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = False
        target = self.query(f"#{self._focus_before_search}")
        self.focus_now(target.first() if target else self.article_view)

    def focus_now(self, widget: Widget) -> None:
        """Focus `widget` before the next key is handled. `Widget.focus` waits for the message queue,
        so keys already in it (typed quickly, or while a theme change repaints) went to the widget
        that had focus before: the first letters of a search went to the article."""
        if widget.focusable:
            self.screen.set_focus(widget)
        else:  # hidden a moment longer (a tab's list as the tab switches): as soon as it can
            widget.focus()

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

    @on(OptionList.OptionSelected)  # the side panel's lists (their ids are the tabs')
    def choose(self, event: OptionList.OptionSelected) -> None:
        tab = event.option_list.id or ""
        items = self.side.items.get(tab, [])
        if not 0 <= event.option_index < len(items):
            return
        item = items[event.option_index]
        from tui.analysis.model import Actor, Claim, Quote
        from tui.widgets.side_panel import CheckedBeforeRow

        if isinstance(item, CheckedBeforeRow):
            self.open_checked_before((item.tab, item.index))
        elif isinstance(item, Actor):
            self.article_view.set_marks(list(item.mentions), f"mentions of {item.name}")
        elif isinstance(item, Quote | Claim):
            self.article_view.set_marks([(item.start, item.end)], tab[:-1])

    @on(ArticleView.MarkMoved)
    def show_mark_position(self, event: ArticleView.MarkMoved) -> None:
        view = self.article_view
        if not event.total or event.index is None:
            self.status.marks("")
        else:  # "1/1" too: the count says the search found one, not that it stopped counting
            self.status.marks(f"{view.mark_kind} {event.index + 1}/{event.total}")
