"""The side panel: Actors, Quotes and Claims tabs, each a keyboard-driven list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static
from textual.widgets.option_list import Option

if TYPE_CHECKING:  # the lists, rows and analysis types are imported after the first paint
    from textual.widgets import TabbedContent

    from tui.analysis.model import Actor, Analysis, Claim, Quote
    from tui.widgets.item_list import ItemList

TABS = ("actors", "quotes", "claims")
#: What the Claims tab can show, in the order `i` steps through them: every claim, the statements
#: (said, believed or hedged: what can be checked), what sources want or promise, the figures.
CLAIM_VIEWS: dict[str, frozenset[str] | None] = {
    "all": None,
    "statements": frozenset({"reported", "belief", "hedged", "statement"}),
    "intentions": frozenset({"intention"}),
    "figures": frozenset({"figure"}),
}


@dataclass(slots=True, frozen=True)
class CheckedBeforeRow:
    """The row under a quote or claim that resembles one already given a verdict: `enter` on it
    opens the earlier article there. `index` is the item's place in the analysis."""

    tab: str
    index: int
    item: Quote | Claim


class SidePanel(Vertical):
    """Three tabs of lists; `items[tab][i]` is the actor, quote or claim behind row i, or the
    "checked before" row of the quote or claim above it."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.analysis: Analysis | None = None
        self.items: dict[str, list[Actor | Quote | Claim | CheckedBeforeRow]] = {tab: [] for tab in TABS}
        self.built = False
        self._wanted_tab = "actors"
        #: lines shown under a row (a verdict), by (tab, place in the analysis); rows after the items
        self.badges: dict[tuple[str, int], list[Content]] = {}
        self.extra_rows: dict[str, list[Content]] = {}
        #: the "checked before" line of a row, a row of its own under it (by the same key as badges)
        self.checked_rows: dict[tuple[str, int], Content] = {}
        self.claim_view = "all"
        #: what the empty lists say: the analysis is under way, failed, or there is no article
        self.note = "analysing…"
        #: a tab key came before the lists were made: its list takes focus once they are
        self.focus_wanted = False
        #: The tabs ("quotes", "claims") listed most check-worthy first rather than in text order.
        self.by_worth: set[str] = set()

    def build(self) -> None:
        """Mount the tabs and lists. The app calls this right after its first paint, so that the
        article is on screen before these widgets are made."""
        if self.built:
            return
        self.built = True
        self.mount(self._tabs())
        self.call_after_refresh(self._ready)

    def _tabs(self) -> TabbedContent:
        from textual.widgets import TabbedContent, TabPane  # with the tabs, after the first paint

        from tui.widgets.item_list import ItemList

        tabs = TabbedContent(id="tabs", initial=f"{self._wanted_tab}-tab")
        # what `with TabbedContent(): with TabPane(…)` does in a compose method
        tabs.compose_add_child(
            TabPane("Actors", ItemList(id="actors"), Static(Content(""), id="actor-detail"), id="actors-tab")
        )
        tabs.compose_add_child(TabPane("Quotes", ItemList(id="quotes"), id="quotes-tab"))
        tabs.compose_add_child(TabPane("Claims", ItemList(id="claims"), id="claims-tab"))
        return tabs

    def _ready(self) -> None:
        # focus moves between the article and the lists only; the tab strip is driven by 1 2 3
        from textual.widgets import Tabs

        self.query_one(Tabs).can_focus = False
        if self.focus_wanted:
            self.focus_wanted = False
            self.list(self._wanted_tab).focus()
        if self.analysis is not None:
            self.show(self.analysis)
        else:
            self.clear()

    def clear(self, note: str | None = None) -> None:
        """Empty the lists, which say `note` ("analysing…" while a new article is analysed, else what
        happened instead: no placeholder outlives a failure)."""
        if note is not None:
            self.note = note
        self.analysis = None
        self.items = {tab: [] for tab in TABS}
        self.badges, self.extra_rows, self.checked_rows = {}, {}, {}
        if not self.query("#claims"):
            return
        for tab in TABS:
            self.list(tab).set_options([Option(Content(self.note), disabled=True)])
        self.query_one("#actor-detail", Static).update(Content(""))

    def list(self, tab: str) -> ItemList:
        from tui.widgets.item_list import ItemList

        return self.query_one(f"#{tab}", ItemList)

    @property
    def active_tab(self) -> str:
        tabs = self.query("#tabs")
        return (tabs.first().active or "actors-tab").removesuffix("-tab") if tabs else self._wanted_tab

    def show_tab(self, tab: str) -> None:
        self._wanted_tab = tab
        tabs = self.query("#tabs")
        if tabs:
            try:
                tabs.first().active = f"{tab}-tab"
            except ValueError:  # a key (acting at once) before the tab strip was composed: once it is
                self.call_after_refresh(self.show_tab, tab)

    def show(self, analysis: Analysis) -> None:
        """Fill the lists from an analysis, keeping each list's highlighted row where it was."""
        from tui.widgets.rows import actor_row, claim_row, quote_row

        self.analysis = analysis
        if not self.query("#claims"):
            return  # not built yet: `_ready` shows it
        rows = {
            "actors": (analysis.actors, actor_row),
            "quotes": (analysis.quotes, lambda q: quote_row(q, analysis.text)),
            "claims": (self._shown_claims(analysis), lambda c: claim_row(c, analysis.text)),
        }
        for tab, (items, render) in rows.items():
            widget = self.list(tab)
            keep = widget.highlighted
            items = list(items)
            # badges go by the item's place in the analysis: the tab may be sorted or show some claims
            position = {id(item): i for i, item in enumerate(getattr(analysis, tab))}
            if tab in self.by_worth:
                items.sort(key=lambda item: -item.checkworthiness)  # a stable sort: ties keep text order
            items = self._with_checked_rows(tab, items, position)
            self.items[tab] = items
            extra = [Option(row, disabled=True) for row in self.extra_rows.get(tab, [])]
            if items:
                widget.set_rows(
                    items,
                    # rows are made later, as the cursor nears them: bind this tab's values now
                    lambda item, tab=tab, render=render, position=position: (
                        self.checked_rows[(item.tab, item.index)]
                        if isinstance(item, CheckedBeforeRow)
                        else self._badged(tab, position[id(item)], render(item))
                    ),
                    highlighted=keep or 0,
                    extra=extra,
                )
            else:
                what = tab if tab != "claims" or self.claim_view == "all" else self.claim_view
                widget.set_options([Option(Content(f"no {what} found"), disabled=True), *extra])
        self.show_actor_detail(self.list("actors").highlighted)

    def _with_checked_rows(self, tab: str, items: list, position: dict[int, int]) -> list:
        """The items with each one's "checked before" row after it, if it has one."""
        if not any(key[0] == tab for key in self.checked_rows):
            return items
        out: list = []
        for item in items:
            out.append(item)
            index = position[id(item)]
            if (tab, index) in self.checked_rows:
                out.append(CheckedBeforeRow(tab, index, item))
        return out

    def _badged(self, tab: str, index: int, row: Content) -> Content:
        lines = self.badges.get((tab, index))
        return Content("\n").join([row, *lines]) if lines else row

    def _shown_claims(self, analysis: Analysis) -> list[Claim]:
        kinds = CLAIM_VIEWS[self.claim_view]
        return [c for c in analysis.claims if kinds is None or c.kind in kinds]

    def next_claim_view(self) -> str:
        """Show the next view of the Claims tab (all, statements, intentions, figures); its name
        goes in the tab's label, so the list never looks shorter than it is without saying why."""
        views = list(CLAIM_VIEWS)
        self.claim_view = views[(views.index(self.claim_view) + 1) % len(views)]
        tabs = self.query("#tabs")
        if tabs:
            label = "Claims" if self.claim_view == "all" else f"Claims: {self.claim_view}"
            tabs.first().get_tab("claims-tab").label = label
        if self.analysis is not None:
            self.show(self.analysis)
        return self.claim_view

    def toggle_worth_order(self, tab: str) -> bool:
        """List `tab` most check-worthy first, or back in text order; True when now by worth."""
        self.by_worth ^= {tab}
        if self.analysis is not None:
            self.show(self.analysis)
            if self.query("#claims"):
                self.list(tab).highlighted = 0 if self.items[tab] else None
        return tab in self.by_worth

    def show_actor_detail(self, index: int | None) -> None:
        detail = self.query_one("#actor-detail", Static)
        actors = self.items["actors"]
        if self.analysis is None or index is None or not 0 <= index < len(actors):
            detail.update(Content(""))
            return
        from tui.widgets.rows import actor_detail

        detail.update(actor_detail(self.analysis, actors[index]))  # type: ignore[arg-type]

    def on_option_list_option_highlighted(self, event: ItemList.OptionHighlighted) -> None:
        if event.option_list.id == "actors":
            self.show_actor_detail(event.option_index)
