"""The Voices screen: who is quoted across the library (tables and charts), and a person's quotes.

Thin: the analyses are gathered in a worker thread by a function the app hands over (cache, then
a `newsreader corpus` child process), the numbers come from `tui.voices` (pure), and this module only
shows them. Every string from an article reaches the screen as a `Text` or `Content` object, never as
markup.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, OptionList, Static, TabbedContent, TabPane
from textual.worker import get_current_worker

from tui.inert import one_line
from tui.resources import dialog_stylesheet
from tui.voices.aggregate import Said, Voice, Voices, collect_facts
from tui.voices.report import counted, people_rows, summary_line, table_rows
from tui.widgets.item_list import ItemList
from tui.widgets.rows import excerpt

#: (source, start, end, "quote"|"claim", hash of the article's text): where `enter` on a quote or
#: claim asks the reader to go.
Target = tuple[str, int, int, str, str]
#: Gathers the articles' Voices facts: (advance(done, total), cancelled()) -> (facts, skipped).
#: The facts are a list of `article_facts` dicts or their tables (`tui.voices.columns.FactTables`).
Gatherer = Callable[[Callable[[int, int], None], Callable[[], bool]], tuple[Any, list[Any]]]


#: Rows a table is given at a time.
PAGE_ROWS = 40

TABS = ("people", "by_kind", "officials", "by_gender", "by_outlet", "over_time")
TAB_NAMES = {
    "people": "People",
    "by_kind": "Kinds",
    "officials": "Officials",
    "by_gender": "Gender",
    "by_outlet": "Outlets",
    "over_time": "Time",
}
#: The columns of each breakdown's table the chart adds up per row, and the chart's title.
CHARTED = {
    "by_kind": ((1, 2), "quotes and claims by kind of source"),
    "officials": ((1, 2), "quotes and claims: officials and others"),
    "by_gender": ((1,), "named people by gender"),
    "by_outlet": ((4,), "people quoted per outlet"),
    "over_time": ((4,), "people quoted per month"),
}


def _table(tab: str) -> DataTable:
    return DataTable(id=f"table-{tab}", cursor_type="row", zebra_stripes=True)


def _cells(row: list[str]) -> list[Text]:
    return [Text(one_line(cell)) for cell in row]


class VoicesScreen(Screen[Target | None]):
    """Tabs of tables and charts; enter on a person lists what they said."""

    CSS_PATH = str(dialog_stylesheet())

    BINDINGS = [
        Binding("escape,q,w", "close", "Close", id="voices.close"),
        *(
            Binding(str(n), f"tab('{tab}')", TAB_NAMES[tab], show=False, id=f"voices.tab_{tab}")
            for n, tab in enumerate(TABS, 1)
        ),
    ]

    def __init__(self, scope: str, gatherer: Gatherer, with_gender: bool = True) -> None:
        super().__init__()
        self.scope = scope
        self.gatherer = gatherer
        self.with_gender = with_gender
        self.voices: Voices | None = None
        self.skipped: list[Any] = []
        self._rows: dict[str, list[list[str]]] = {}  # each table's rows, shown a page at a time
        self._chart_rows: dict[str, list[list[str]]] = {}  # the charts not made yet
        self._tables: dict[str, tuple[list[str], list[list[str]]]] = {}  # the tables not made yet
        self._mounted = False
        self._pending: tuple[Voices, list[Any], dict[str, Any]] | None = None

    def compose(self) -> ComposeResult:
        self._gather()  # at once: the analyses are gathered while the screen is laid out
        yield Static(Content(f"Voices — {self.scope}: gathering the analyses…"), id="voices-title")
        with TabbedContent(id="voices-tabs"):
            for tab in TABS:
                with TabPane(TAB_NAMES[tab], id=f"tab-{tab}"):
                    if tab == "people":  # the others' tables are made when their tab is first shown
                        yield _table("people")
        yield Static(
            Content("enter: a person's quotes and claims · 1-6 tabs · escape closes"), id="voices-help"
        )

    def on_mount(self) -> None:
        self.query_one("#table-people", DataTable).focus()
        self._mounted = True
        if self._pending is not None:  # gathered before the screen was laid out
            self._show(*self._pending)

    @work(thread=True, exclusive=True, group="voices")
    def _gather(self) -> None:
        worker = get_current_worker()

        def advance(done: int, total: int) -> None:
            if not worker.is_cancelled:
                self.app.call_from_thread(self._progress, done, total)

        try:
            facts, skipped = self.gatherer(advance, lambda: worker.is_cancelled)
            voices = collect_facts(facts, with_gender=self.with_gender)
            tables = {"people": people_rows(voices)}  # computed here: the UI thread only fills them in
            for tab in TABS[1:]:
                if tab != "by_gender" or voices.with_gender:
                    tables[tab] = table_rows(voices, tab)
        except Exception as exc:  # a bug or a broken results file: a message, and the app goes on
            if not worker.is_cancelled:
                self.app.call_from_thread(self._failed, f"{type(exc).__name__}: {exc}")
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, voices, skipped, tables)

    def _progress(self, done: int, total: int) -> None:
        if not self._mounted:
            return
        self.query_one("#voices-title", Static).update(
            Content(f"Voices — {self.scope}: analysing {done}/{total} articles…")
        )

    def _failed(self, message: str) -> None:
        if not self._mounted:
            self.call_after_refresh(self._failed, message)
            return
        self.query_one("#voices-title", Static).update(Content(f"Voices — {self.scope}: {one_line(message)}"))
        self.notify(one_line(message), title="Voices", severity="error", markup=False)

    def _show(
        self, voices: Voices, skipped: list[Any], tables: dict[str, tuple[list[str], list[list[str]]]]
    ) -> None:
        if not self._mounted:
            self._pending = (voices, skipped, tables)
            return
        self._pending = None
        self.voices, self.skipped = voices, skipped
        summary = f"Voices — {self.scope}: {summary_line(voices)}"
        if skipped:
            summary += f" · {len(skipped)} skipped"
        self.query_one("#voices-title", Static).update(Content(one_line(summary)))
        self._fill(self.query_one("#table-people", DataTable), *tables["people"])
        for tab in TABS[1:]:
            if tab not in tables:
                self._tables[tab] = (["gender"], [["left out (--no-gender)"]])
                continue
            self._tables[tab] = tables[tab]
            if tab in CHARTED:
                self._chart_rows[tab] = tables[tab][1]
        active = self.query_one("#voices-tabs", TabbedContent).active.removeprefix("tab-")
        self._show_tab(active)

    def _show_tab(self, tab: str) -> DataTable | None:
        """A breakdown's table and chart, made the first time its tab is shown: the screen opens
        with the people alone (five more tables and the charting library are not what a user
        waits for)."""
        if tab == "people" or tab not in TABS:
            return None
        tables = self.query(f"#table-{tab}")
        if tables:
            return tables.first(DataTable)
        shown = self._tables.pop(tab, None)
        if shown is None:  # not gathered yet
            return None
        table = _table(tab)
        self._fill(table, *shown)
        self.query_one(f"#tab-{tab}", TabPane).mount(table)
        self._show_chart(tab)
        return table

    def _fill(self, table: DataTable, header: list[str], rows: list[list[str]]) -> None:
        """The first page of a table's rows; the others as the cursor comes near them (a corpus
        has thousands of people, and a table measures every row it holds)."""
        tab = (table.id or "").removeprefix("table-")
        table.clear(columns=True)
        table.add_columns(*(Text(h) for h in header))
        self._rows[tab] = rows
        self._more(table, PAGE_ROWS)

    def _more(self, table: DataTable, count: int) -> None:
        rows = self._rows.get((table.id or "").removeprefix("table-"), [])
        made = table.row_count
        for row in rows[made : min(len(rows), made + count)]:
            table.add_row(*_cells(row))

    @on(DataTable.RowHighlighted)
    def _near_the_end(self, event: DataTable.RowHighlighted) -> None:
        if event.cursor_row >= event.data_table.row_count - PAGE_ROWS // 2:
            self._more(event.data_table, PAGE_ROWS)

    @on(TabbedContent.TabActivated, "#voices-tabs")
    def _tab_shown(self, event: TabbedContent.TabActivated) -> None:
        self._show_tab((event.pane.id or "").removeprefix("tab-"))

    def _show_chart(self, tab: str) -> None:
        rows = self._chart_rows.pop(tab, None)
        if rows is None:
            return
        from textual_plotext import PlotextPlot

        plot = PlotextPlot(id=f"chart-{tab}", classes="voices-chart")
        self.query_one(f"#tab-{tab}", TabPane).mount(plot)
        self._chart(plot, tab, rows)

    def _chart(self, plot: Any, tab: str, rows: list[list[str]]) -> None:
        columns, title = CHARTED[tab]
        shown = rows[:15]
        plt = plot.plt
        plt.clear_data()
        plt.clear_figure()
        labels = [one_line(r[0])[:24] or "—" for r in shown]
        values = [sum(float(r[c]) for c in columns) for r in shown]
        if labels:
            plt.bar(labels, values, orientation="horizontal", width=0.5)
        plt.title(title)
        plot.refresh()

    def action_tab(self, tab: str) -> None:
        self.query_one("#voices-tabs", TabbedContent).active = f"tab-{tab}"
        table = self._show_tab(tab) if tab != "people" else self.query_one("#table-people", DataTable)
        if table is not None:
            table.focus()

    def action_close(self) -> None:
        self.dismiss(None)

    @on(DataTable.RowSelected, "#table-people")
    def choose_person(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if self.voices is None or not 0 <= event.cursor_row < len(self.voices.people):
            return
        person = self.voices.people[event.cursor_row]

        def chosen(said: Said | None) -> None:
            if said is not None and self.voices is not None:
                article = self.voices.articles[said.article]
                self.dismiss((article.source, said.start, said.end, said.type, article.hash))

        self.app.push_screen(PersonScreen(person, self.voices), chosen)


def said_row(said: Said, voices: Voices) -> Content:
    """`“…”` over `quote · Headline · date`, plain text (it all comes from the articles)."""
    article = voices.articles[said.article]
    detail = " · ".join(x for x in (said.type, excerpt(article.title, 70), article.date) if x)
    return Content.assemble((excerpt(said.text, 160), "bold"), "\n  ", (detail, "$text-muted"))


class PersonScreen(ModalScreen[Said | None]):
    """One person's quotes and claims across the articles; enter returns one, escape None.

    The title shows at once from the person's counts; what they said is read from the corpus's
    columns in a worker (thousands of quotes for the most quoted person of a large corpus)."""

    CSS_PATH = str(dialog_stylesheet())
    BINDINGS = [Binding("escape,q", "cancel", "Close", id="voices.person_close")]

    def __init__(self, person: Voice, voices: Voices) -> None:
        super().__init__()
        self.person = person
        self.voices = voices
        self.said: list[Said] | None = None

    def compose(self) -> ComposeResult:
        p = self.person
        gender = f" · {p.gender} ({p.gender_evidence or 'no evidence'})" if p.gender else ""
        title = (
            f"{p.name} — {counted(p.quotes, 'quote')}, {counted(p.claims, 'claim')} in "
            f"{counted(p.article_count, 'article')}{gender} "
            "(enter opens the article at it, escape closes)"
        )
        with Vertical(id="library-box"):
            yield Static(Content(one_line(title)), id="library-title")
            yield ItemList(id="person-said")

    def on_mount(self) -> None:
        self.query_one("#person-said", ItemList).focus()
        self._load()

    @work(thread=True, exclusive=True, group="voices-person")
    def _load(self) -> None:
        worker = get_current_worker()
        said = self.person.said
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, said)

    def _show(self, said: list[Said]) -> None:
        """The rows near the cursor are made now, the others as the cursor comes near them."""
        self.said = said
        self.query_one("#person-said", ItemList).set_rows(said, lambda s: said_row(s, self.voices))

    @on(OptionList.OptionSelected, "#person-said")
    def choose(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.said is not None and 0 <= event.option_index < len(self.said):
            self.dismiss(self.said[event.option_index])

    def action_cancel(self) -> None:
        self.dismiss(None)
