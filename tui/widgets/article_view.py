"""The article pane: the text wrapped to the width, entities highlighted, marks laid over it.

Built on Textual's Line API (`ScrollView.render_line`): only the visible lines are rendered, so a
key press redraws a screenful whatever the article's length. The text is never parsed as markup:
every line is built from plain segments with Rich `Style` objects.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.actions import SkipAction
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.inert import same_length
from tui.widgets.entity_styles import DEFAULT, HEADLINE, PLAIN, Highlights, entity_type

_WORD = re.compile(r"\S+\s*|\s+")
#: Characters that take exactly one terminal cell: printable ASCII, Latin-1 and the Latin extensions
#: (bar the soft hyphen), and the general punctuation of news text (dashes, curly quotes, ellipsis).
#: A line made only of them is measured in characters, by the fast path.
_single_cells = re.compile("[\x20-\x7e\xa0-\xac\xae-\u02ff\u2010-\u2027\u2030-\u205e]*").fullmatch


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap: (start, end) offsets of each screen line, in terminal cells, not characters.

    Lines break at spaces; a word wider than the line is cut at the width. Blank lines stay lines.
    Every character but the newlines lies in exactly one line, in order; the work is linear in the
    length of the text, however long its words or lines.
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        if not raw or (len(raw) <= width and _single_cells(raw)):
            lines.append((start, end))
        elif _single_cells(raw):
            _wrap_ascii(raw, start, width, lines)
        else:
            _wrap_cells(text, start, end, width, lines)
    return lines


def _wrap_cells(text: str, start: int, end: int, width: int, lines: list[tuple[int, int]]) -> None:
    """Wrap the line text[start:end], measuring in terminal cells (wide CJK, zero-width marks)."""
    line_start, used = start, 0
    for m in _WORD.finditer(text, start, end):
        w_start, w_end = m.start(), m.end()
        visible_end = w_start + len(m.group().rstrip())
        w = cell_len(text[w_start:visible_end])
        if used and used + w > width:
            lines.append((line_start, w_start))
            line_start, used = w_start, 0
        if w > width:  # a word longer than a line: cut it, measuring each character once
            cells = 0
            for i in range(w_start, visible_end):
                c = cell_len(text[i])
                if cells + c > width and i > line_start:
                    lines.append((line_start, i))
                    line_start, cells = i, 0
                cells += c
            w, used = cells, 0
        used += w + cell_len(text[visible_end:w_end])
    lines.append((line_start, end))


@lru_cache(maxsize=16)
def _fits(width: int) -> re.Pattern[str]:
    """Up to `width` characters ending a word (then the spaces after it), or a run of spaces."""
    return re.compile(rf"(?:.{{0,{width - 1}}}\S)?(?=\s|\Z)\s*")


def _wrap_ascii(raw: str, start: int, width: int, lines: list[tuple[int, int]]) -> None:
    """`_wrap_cells` for a line of one-cell characters, done by the regex engine: the same
    lines, several times faster, which matters for a megabyte-long paragraph on every resize."""
    fits = _fits(width)
    p, n = 0, len(raw)
    while p < n:
        m = fits.match(raw, p)
        q = m.end() if m is not None and m.end() > p else min(n, p + width)
        lines.append((start + p, start + q))
        p = q


#: A text longer than this is wrapped first up to the line end after this many characters (a few
#: screens), and whole right after the first paint: a 100,000-word article opens as fast as a short one.
LAZY_WRAP_CHARS = 20_000

#: At most this many combining marks are drawn on one character ("Zalgo" text can stack thousands,
#: which terminals draw slowly or over the neighbouring lines). Only the drawing is affected.
MAX_COMBINING = 4


def tame_combining(line: str) -> str:
    """`line` with runs of combining marks cut to MAX_COMBINING; most lines are returned untouched."""
    if line.isascii():
        return line
    out: list[str] = []
    run = 0
    for ch in line:
        if unicodedata.combining(ch):
            run += 1
            if run > MAX_COMBINING:
                continue
        else:
            run = 0
        out.append(ch)
    return "".join(out) if len(out) != len(line) else line


#: An entity highlight: (start, end, type key, spaCy label); its colours come from the theme when drawn.
StyledSpan = tuple[int, int, str, str]


def entity_spans(
    entities: list[tuple[int, int, str]], hidden: set[str] | frozenset[str], length: int
) -> list[StyledSpan]:
    """The highlights for (start, end, spaCy label) spans, by entity type, sorted by start; types in
    `hidden` and spans outside a text of `length` characters left out. Pure, so a worker thread can
    make them for a long article while the interface goes on."""
    spans = []
    for start, end, label in entities:
        etype = entity_type(label)
        if etype is not None and etype.key not in hidden and 0 <= start < end <= length:
            spans.append((start, end, etype.key, label))
    spans.sort(key=lambda s: s[0])
    return spans


class ArticleView(ScrollView, can_focus=True):
    """Scrollable, highlighted article text with marks that `n`/`N` step through."""

    BINDINGS = [
        Binding("j", "scroll_down", "Down", show=False, id="article.down"),
        Binding("k", "scroll_up", "Up", show=False, id="article.up"),
        Binding("g", "scroll_home", "Top", show=False, id="article.top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="article.bottom"),
        Binding("space", "page_down", "Page down", show=False, id="article.page_down"),
        Binding("b", "page_up", "Page up", show=False, id="article.page_up"),
    ]

    class MarkMoved(Message):
        """The current mark changed (so the status bar can say "3/12")."""

        def __init__(self, index: int | None, total: int) -> None:
            super().__init__()
            self.index = index
            self.total = total

    def __init__(self, text: str = "", title_length: int = 0, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = same_length(text)
        self.title_length = title_length
        self.colour = True
        self.highlights: Highlights = DEFAULT  # fitted to the theme by the app (`set_highlights`)
        self._entities: list[tuple[int, int, str]] = []  # every entity, hidden types too
        self._spans: list[StyledSpan] = []  # entity highlights, sorted by start
        self._span_starts: list[int] = []
        self._max_span = 0
        self.marks: list[tuple[int, int]] = []
        self.current_mark: int | None = None
        self.mark_kind = ""
        self.hidden_types: set[str] = set()
        self._lines: list[tuple[int, int]] = [(0, 0)]
        self._line_starts: list[int] = [0]
        self._wrap_width = -1
        self._partial = False  # only the head is wrapped: `_complete` wraps the rest
        self._cache: LRUCache[tuple[int, int], Strip] = LRUCache(1024)
        self._base: Style | None = None  # `rich_style` walks every ancestor on each call: kept per style
        self._held: list[str] | None = None  # scrolling keys pressed while an article opens (see `hold`)
        self._pinned = False  # scrolled to the end: it stays there as the pane's size changes

    # --- content ------------------------------------------------------------------------------------

    def set_text(self, text: str, title_length: int) -> None:
        """Show a new article (marks and highlights cleared). A text that goes on from the one shown
        (a long text's whole after its start) keeps the reader's place; any other starts at the top."""
        text = same_length(text)
        goes_on = title_length == self.title_length and text.startswith(self.text)
        self.text = text
        self.title_length = title_length
        self._entities, self._spans, self._span_starts, self._max_span = [], [], [], 0
        self.marks, self.current_mark = [], None
        self._wrap_width = -1
        self._partial = False
        if self.size.width:  # not yet laid out: the first resize wraps it, at its real width
            self._relayout()
        # repainted whatever the layout does: an article with as many lines as the one before
        # leaves the virtual size as it was, which alone asks for no repaint, and the pane kept
        # showing the earlier article's text until something else (its highlights) redrew it
        self._invalidate()
        if not goes_on:
            self.scroll_home(animate=False)
        self.release()

    def set_entities(
        self, entities: list[tuple[int, int, str]], spans: list[StyledSpan] | None = None
    ) -> None:
        """Highlight (start, end, spaCy label) spans by entity type. `spans`: the same made already
        (`entity_spans`, off the interface's thread) for the hidden types of now."""
        self._entities = list(entities)
        if spans is None:
            spans = entity_spans(self._entities, self.hidden_types, len(self.text))
        self._spans = spans
        self._span_starts = [s[0] for s in spans]
        self._max_span = max((e - s for s, e, _, _ in spans), default=0)
        self._invalidate()

    def set_highlights(self, highlights: Highlights) -> None:
        """Draw with these colours from now on (the theme changed): the visible lines are redrawn."""
        if highlights is not self.highlights:
            self.highlights = highlights
            self._invalidate()

    def add_entities(
        self, entities: list[tuple[int, int, str]], spans: list[StyledSpan] | None = None
    ) -> None:
        """Highlight one more part's entities, keeping the others: the work is that part's, not the
        article's (a part's entities come after the earlier parts', so they are appended)."""
        self._entities.extend(entities)
        if spans is None:
            spans = entity_spans(entities, self.hidden_types, len(self.text))
        if not spans:
            return
        if self._spans and spans[0][0] < self._spans[-1][0]:  # not after the others: sort them all
            self._spans = sorted(self._spans + spans, key=lambda s: s[0])
            self._span_starts = [s[0] for s in self._spans]
        else:
            self._spans.extend(spans)
            self._span_starts.extend(s[0] for s in spans)
        self._max_span = max(self._max_span, max(e - s for s, e, _, _ in spans))
        self._invalidate()

    def refilter(self) -> None:
        """Show the highlights again after `hidden_types` changed."""
        self.set_entities(self._entities)

    # --- keys while an article opens ------------------------------------------------------------------

    def hold(self) -> None:
        """An article is opening: keep the scrolling keys pressed from now on for it (`release`)."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """Apply the scrolling keys held since `hold`, in order, to the article now shown."""
        held, self._held = self._held, None
        if not held:
            return
        if "scroll_end" in held:
            self._complete()
        # worked out here and scrolled to once: the actions themselves scroll after the next
        # refresh (the end) or at once (the top), which would not keep their order
        page = max(1, self.scrollable_content_region.height)
        steps = {"scroll_down": 1, "scroll_up": -1, "page_down": page, "page_up": -page}
        y = self.scroll_offset.y
        for action in held:
            if action == "scroll_home":
                y = 0
            elif action == "scroll_end":
                y = self.max_scroll_y
            else:
                y = max(0, min(self.max_scroll_y, y + steps[action]))
        self.scroll_to(y=y, animate=False, immediate=True)

    def _held_back(self, action: str) -> bool:
        if self._held is None:
            return False
        self._held.append(action)
        return True

    def action_scroll_down(self) -> None:
        if not self._held_back("scroll_down"):
            super().action_scroll_down()

    def action_scroll_up(self) -> None:
        if not self._held_back("scroll_up"):
            super().action_scroll_up()

    # top and bottom jump (an animation of a whole article took a second on a busy machine, and a
    # key pressed meanwhile, or a check of the screen, met the text half way)
    def action_scroll_home(self) -> None:
        """g / Home: at once (Textual animates it for half a second or more, which reads as lag)."""
        if not self._allow_scroll:
            raise SkipAction()
        if not self._held_back("scroll_home"):
            self.scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        """G / End: at once, as g."""
        if not self._allow_scroll:
            raise SkipAction()
        if not self._held_back("scroll_end"):
            self._complete()  # the whole text's length, not the estimate of a long text's head
            self.scroll_end(animate=False)

    def action_page_down(self) -> None:
        if not self._held_back("page_down"):
            super().action_page_down()

    def action_page_up(self) -> None:
        if not self._held_back("page_up"):
            super().action_page_up()

    def set_marks(self, spans: list[tuple[int, int]], kind: str, current: int | None = 0) -> None:
        """Mark spans (an actor's mentions, search hits, a quote) and scroll to the current one."""
        self.marks = sorted((s, e) for s, e in spans if 0 <= s < e <= len(self.text))
        self.mark_kind = kind if self.marks else ""
        self.current_mark = None if not self.marks or current is None else min(current, len(self.marks) - 1)
        self._invalidate()
        self._announce()
        if self.current_mark is not None:
            self.scroll_to_offset(self.marks[self.current_mark][0])

    def clear_marks(self) -> None:
        self.set_marks([], "")

    def step_mark(self, delta: int) -> None:
        """Move to the next (1) or previous (-1) mark, wrapping around."""
        if not self.marks:
            return
        self.current_mark = 0 if self.current_mark is None else (self.current_mark + delta) % len(self.marks)
        self._invalidate()
        self._announce()
        self.scroll_to_offset(self.marks[self.current_mark][0])

    def _announce(self) -> None:
        self.post_message(self.MarkMoved(self.current_mark, len(self.marks)))

    # --- geometry -----------------------------------------------------------------------------------

    def line_of(self, offset: int) -> int:
        """The screen line that shows character `offset`."""
        if self._partial and offset >= self._lines[-1][1]:
            self._complete()
        return max(0, bisect_right(self._line_starts, offset) - 1)

    def scroll_to_offset(self, offset: int) -> None:
        """Bring `offset` into view, a third of the way down the pane, unless it is already visible."""
        line = self.line_of(offset)
        top = self.scroll_offset.y
        height = max(1, self.scrollable_content_region.height)
        if top <= line < top + height - 1:
            return
        self.scroll_to(y=max(0, line - height // 3), animate=False, immediate=True)

    def _relayout(self) -> None:
        width = max(1, self.scrollable_content_region.width or self.size.width or 80)
        if width == self._wrap_width:
            return
        self._wrap_width = width
        head = self.text.find("\n", LAZY_WRAP_CHARS)
        if head < 0:
            self._set_lines(wrap_offsets(self.text, width), width)
            self._partial = False
            return
        # a long text: only its head for now, so the screen does not wait for the rest; the
        # scrollbar guesses the length until `_complete` wraps it all, right after the next refresh
        # (or sooner, when something needs a line beyond the head)
        lines = wrap_offsets(self.text[:head], width)
        self._set_lines(lines, width, estimate=len(lines) * len(self.text) // head)
        self._partial = True
        self.call_after_refresh(self._complete)

    def _complete(self) -> None:
        """Wrap the whole text, if only its head is wrapped so far."""
        if self._partial:
            self._partial = False
            self._set_lines(wrap_offsets(self.text, self._wrap_width), self._wrap_width)

    def _set_lines(self, lines: list[tuple[int, int]], width: int, estimate: int = 0) -> None:
        self._lines = lines or [(0, 0)]
        self._line_starts = [s for s, _ in self._lines]
        self._cache.clear()
        self.virtual_size = Size(width, max(estimate, len(self._lines)))

    def on_resize(self) -> None:
        """Keep the first line shown in view as the text wraps anew; at the end, stay at the end
        (the last line stays visible however the pane's size changes)."""
        top = self.scroll_offset.y
        at_end = self._pinned
        if top >= len(self._lines):
            self._complete()
        anchor = self._lines[min(top, len(self._lines) - 1)][0]
        self._relayout()
        if at_end:
            self._to_end()
            self.call_after_refresh(self._to_end)  # once the new size has reached `max_scroll_y`
        else:
            self.scroll_to(y=self.line_of(anchor), animate=False, immediate=True)

    def _to_end(self) -> None:
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)
        self._pinned = True

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._pinned = new_value > 0 and new_value >= self.max_scroll_y

    def notify_style_update(self) -> None:
        """A theme or CSS change: the base style and every rendered line are stale."""
        super().notify_style_update()
        self._base = None
        self._cache.clear()

    def _invalidate(self) -> None:
        self._cache.clear()
        self.refresh()

    # --- rendering ----------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        # rounded, as Textual rounds it when it decides to redraw: an animated scroll that ends at
        # 46.6 → 47 redraws nothing, and the floor (46) left the last line below the pane
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        if self._wrap_width != max(1, width):
            self._relayout()
        base = self._base
        if base is None:
            base = self._base = self.rich_style
        if index >= len(self._lines):
            self._complete()
            if index >= len(self._lines):
                return Strip.blank(width, base)
        key = (index, width)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._render_text_line(index, base).adjust_cell_length(width, base)
            self._cache[key] = cached
        return cached

    def _render_text_line(self, index: int, base: Style) -> Strip:
        start, end = self._lines[index]
        line = self.text[start:end].rstrip("\n")
        end = start + len(line)
        if not line:
            return Strip([])
        styles: list[tuple[int, int, Style]] = []
        if start < self.title_length:
            styles.append((start, min(end, self.title_length), HEADLINE))
        look = self.highlights if self.colour else PLAIN
        lo = bisect_left(self._span_starts, start - self._max_span)
        hi = bisect_left(self._span_starts, end)
        for s, e, key, _ in self._spans[lo:hi]:
            if e > start and s < end:
                styles.append((max(s, start), min(e, end), look.entity[key]))
        if self.marks:
            m_lo = max(0, bisect_left(self.marks, (start, -1)) - 1)
            for i in range(m_lo, len(self.marks)):
                s, e = self.marks[i]
                if s >= end:
                    break
                if e > start:
                    style = look.mark_current if i == self.current_mark else look.mark
                    styles.append((max(s, start), min(e, end), style))
        return Strip(_segments(line, start, styles, base))


def _segments(line: str, start: int, styles: list[tuple[int, int, Style]], base: Style) -> list[Segment]:
    """Cut the line at every style boundary; later styles in the list are laid over earlier ones."""
    cuts = {0, len(line)}
    for s, e, _ in styles:
        cuts.add(s - start)
        cuts.add(e - start)
    points = sorted(c for c in cuts if 0 <= c <= len(line))
    out = []
    for a, b in itertools.pairwise(points):
        style = base
        for s, e, extra in styles:
            if s - start <= a and b <= e - start:
                style = style + extra
        out.append(Segment(tame_combining(line[a:b]), style))
    return out
