"""Finding quotations by their marks, in plain text, before any parse.

Rules (each because news text breaks the naive one):
- curly and straight double marks, guillemets and „low“ marks open and close quotations;
- a straight mark opens when it follows a space or line start and is followed by a non-space,
  otherwise it closes (typewriter quotes carry no direction);
- a quotation ends at its closing mark; at the end of a paragraph it continues only into a next
  paragraph that opens with a quotation mark (the newspaper convention for long quotes), so a mark
  that is never closed cannot swallow the article;
- double quotations nest (“he called it “a farce” and left”), unless the paragraph then ends with
  a nested one open, when the marks were stray and the first closer closes;
- a closing curly mark at the very start of a paragraph is an opener typed the wrong way round;
- single marks (‘…’ and '…') make a quotation only outside double quotes, when the opener follows a
  space and the closer is not inside a word: "don’t", "the States‘ forces" and "the 90s’" stay words;
  two apostrophes together ('') are neither.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from tui.analysis.spans import SpanIndex, SpanSet

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
#: Two apostrophes: the quotation mark of some newswires ("''We will win,'' he said."), which these
#: rules do not read as one; the claim rules read what it holds as reported speech.
TWO_APOSTROPHES = "''"
_OPEN_CONTEXT = " \t\n\u00a0([{—–-/:"  # what may stand before an opening mark
#: A line ending in one of these ends its paragraph even without a blank line after it.
_SENTENCE_ENDS = (".", "?", "!", ":", "”", '"', "’")
#: Words that never follow a possessive: "‘no more cuts’ while …" closes a quotation, "the players’ union" does not.
_NOT_POSSESSED = frozenset(
    "and or but while as if when because that which who is was are were has have had will would "
    "said says in on at to for of with from by than".split()
)


@dataclass(frozen=True, slots=True)
class Quotation:
    """A quotation's span, marks included; `closed` is False when it ran to its paragraph's end."""

    start: int
    end: int
    closed: bool = True
    continued: bool = False  # True for a paragraph that carries on the previous paragraph's quotation


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPEN_CONTEXT or before in DOUBLE_OPEN + SINGLE_OPEN) and not after.isspace()


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs: blocks between blank lines, and lines within a block that end a sentence.

    Web text often separates paragraphs by a single line break; a hard-wrapped line ends mid-sentence
    and so stays part of its paragraph.
    """
    spans = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]*)*", text):
        start = m.start()
        for line in re.finditer(r"\n", m.group()):
            cut = m.start() + line.start()
            if text[start:cut].rstrip().endswith(_SENTENCE_ENDS):
                if text[start:cut].strip():
                    spans.append((start, cut))
                start = cut + 1
        if text[start : m.end()].strip():
            spans.append((start, m.end()))
    return spans


def find_quotations(text: str) -> list[Quotation]:
    """All top-level quotations in `text`, in order; each lies within one paragraph."""
    out: list[Quotation] = []
    carry = False  # the previous paragraph ended inside a quotation
    for p_start, p_end in _paragraph_spans(text):
        stripped = p_start + (len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip()))
        first = text[stripped] if stripped < p_end else ""
        continued = carry and (first in DOUBLE_OPEN + DOUBLE_CLOSE or first == '"')
        found, carry = _scan_paragraph(text, p_start, p_end)
        if continued and found:
            found[0] = Quotation(found[0].start, found[0].end, found[0].closed, continued=True)
        out.extend(found)
        out.extend(_single_quotations(text, p_start, p_end, found))
    out.sort(key=lambda q: q.start)
    return out


#: Any double quotation mark; the scans jump from one to the next instead of reading every character.
_DOUBLE_MARK = re.compile("[" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + '"') + "]")
#: A mark that may open a single-mark quotation.
_SINGLE_OPENER = re.compile("[" + re.escape(SINGLE_OPEN + "'") + "]")


def _mark_opens(text: str, i: int) -> bool:
    """Whether the double mark at `i` opens: curly marks by shape and place, straight ones by place."""
    ch = text[i]
    if ch in DOUBLE_CLOSE:
        return False
    return _opens(text, i)


def _scan_paragraph(text: str, p_start: int, p_end: int) -> tuple[list[Quotation], bool]:
    """Double-mark quotations in one paragraph; the flag says a quotation was still open at its end.

    Quotations nest (“he called it “a farce” and left”), so an opener inside an open quotation
    waits for its own closer; if the paragraph ends with a nested one still open, the marks were
    not nested after all and the scan falls back to closing at the first closer.
    """
    found, open_at, depth = _scan(text, p_start, p_end, nest=True)
    if depth > 1:
        found, open_at, depth = _scan(text, p_start, p_end, nest=False)
    if open_at >= 0:
        end = len(text[:p_end].rstrip())
        if end > open_at + 1:
            found.append(Quotation(open_at, end, closed=False))
        return found, True
    return found, False


def _scan(text: str, p_start: int, p_end: int, nest: bool) -> tuple[list[Quotation], int, int]:
    """One pass over a paragraph's double marks: the quotations closed, the one left open, its depth."""
    found: list[Quotation] = []
    open_at, depth = -1, 0
    first = p_start + len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip())
    for mark in _DOUBLE_MARK.finditer(text, p_start, p_end):
        i = mark.start()
        opens = _mark_opens(text, i)
        if open_at < 0:
            # a closing mark typed at the start of a paragraph can only be meant to open
            if opens or (i == first and text[i] in DOUBLE_CLOSE):
                open_at, depth = i, 1
        elif opens and text[open_at] != "„":
            if nest:
                depth += 1
        else:
            depth -= 1
            if depth <= 0:
                if i > open_at + 1:
                    found.append(Quotation(open_at, i + 1))
                open_at, depth = -1, 0
    return found, open_at, depth


def _single_quotations(text: str, p_start: int, p_end: int, doubles: list[Quotation]) -> list[Quotation]:
    """Single-mark quotations outside the double ones, told apart from apostrophes."""
    found: list[Quotation] = []
    inside = SpanSet((q.start, q.end) for q in doubles).covers
    i = p_start
    while (mark := _SINGLE_OPENER.search(text, i, p_end)) is not None:
        i = mark.start()
        ch = text[i]
        doubled = ch == "'" and "'" in (text[i - 1 : i], text[i + 1 : i + 2])  # part of a '' mark
        if not doubled and _opens(text, i) and not inside(i):
            j = _single_close(text, i + 1, p_end, ch)
            if j is not None and not inside(j):
                found.append(Quotation(i, j + 1))
                i = j + 1
                continue
        i += 1
    return found


def _single_close(text: str, i: int, p_end: int, opener: str) -> int | None:
    closers = (SINGLE_CLOSE, "'") if opener == SINGLE_OPEN else ("'", SINGLE_CLOSE)
    while i < p_end:
        ch = text[i]
        if ch in closers:
            before = text[i - 1]
            after = text[i + 1] if i + 1 < p_end else " "
            # an apostrophe sits inside a word (don’t) or after a plural's s before a space (the players’ union)
            plural_possessive = (
                before in "sS" and after == " " and i + 2 < p_end and text[i + 2].islower()
            ) and _next_word(text, i + 2, p_end) not in _NOT_POSSESSED
            if not after.isalnum() and not before.isspace() and not plural_possessive:
                return i
        i += 1
    return None


def _next_word(text: str, i: int, p_end: int) -> str:
    j = i
    while j < p_end and text[j].isalpha():
        j += 1
    return text[i:j]


def inside_share(quotations: list[Quotation]) -> Callable[[tuple[int, int]], float]:
    """A function giving the share of a span's characters that lie inside `quotations`; made once
    per chunk, it looks only at the quotations near the span (claims ask for every clause)."""
    marks = SpanIndex((q.start, q.end, (q.start, q.end)) for q in quotations)

    def share(span: tuple[int, int]) -> float:
        start, end = span
        if end <= start:
            return 0.0
        inside = sum(min(end, e) - max(start, s) for s, e in marks.overlapping(start, end))
        return inside / (end - start)

    return share


def first_words(quotations: list[Quotation], text: str) -> Callable[[int], bool]:
    """A function telling whether a position is where a quotation's words begin: inside it, with
    only its opening marks, spaces and brackets before it ("“[I am] sure", "“ We"). A content that
    begins there is the quotation itself; one that begins further in ("“confident [that …]”")
    begins with words the writer chose to frame it."""
    marks = SpanIndex((q.start, q.end, q.start) for q in quotations)

    def opens(pos: int) -> bool:
        return any(not any(ch.isalnum() for ch in text[s:pos]) for s in marks.overlapping(pos, pos + 1))

    return opens
