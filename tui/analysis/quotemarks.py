"""Finding quotations by their marks, in plain text, before any parse.

Rules (each because news text breaks the naive one):
- curly and straight double marks, guillemets and „low“ marks open and close quotations;
- a straight mark opens when it follows a space or line start and is followed by a non-space,
  otherwise it closes (typewriter quotes carry no direction);
- a quotation ends at its closing mark; at the end of a paragraph it continues only into a next
  paragraph that opens with a quotation mark (the newspaper convention for long quotes), so a mark
  that is never closed cannot swallow the article;
- single marks (‘…’ and '…') make a quotation only outside double quotes, when the opener follows a
  space and the closer is not inside a word: "don’t", "the States‘ forces" and "the 90s’" stay words.
"""

from __future__ import annotations

from dataclasses import dataclass

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
_OPEN_CONTEXT = " \t\n\u00a0([{—–-/:"  # what may stand before an opening mark


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
    spans, start = [], 0
    while start <= len(text):
        end = text.find("\n\n", start)
        if end < 0:
            end = len(text)
        if text[start:end].strip():
            spans.append((start, end))
        start = end + 2
    return spans


def find_quotations(text: str) -> list[Quotation]:
    """All top-level quotations in `text`, in order; each lies within one paragraph."""
    out: list[Quotation] = []
    carry = False  # the previous paragraph ended inside a quotation
    for p_start, p_end in _paragraph_spans(text):
        stripped = p_start + (len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip()))
        first = text[stripped] if stripped < p_end else ""
        continued = carry and (first in DOUBLE_OPEN or first == '"')
        found, carry = _scan_paragraph(text, p_start, p_end)
        if continued and found:
            found[0] = Quotation(found[0].start, found[0].end, found[0].closed, continued=True)
        out.extend(found)
        out.extend(_single_quotations(text, p_start, p_end, found))
    out.sort(key=lambda q: q.start)
    return out


def _scan_paragraph(text: str, p_start: int, p_end: int) -> tuple[list[Quotation], bool]:
    """Double-mark quotations in one paragraph; the flag says a quotation was still open at its end."""
    found: list[Quotation] = []
    open_at = -1
    i = p_start
    while i < p_end:
        ch = text[i]
        if open_at < 0:
            if ch in DOUBLE_OPEN or (ch == '"' and _opens(text, i)):
                open_at = i
        elif ch in DOUBLE_CLOSE or ch == '"' or (ch == "“" and text[open_at] == "„"):
            if i > open_at + 1:
                found.append(Quotation(open_at, i + 1))
            open_at = -1
        elif ch in DOUBLE_OPEN and not _opens(text, i):
            # a curly opener typed where a closer belongs (“…“): treat it as the close
            found.append(Quotation(open_at, i + 1))
            open_at = -1
        i += 1
    if open_at >= 0:
        end = len(text[:p_end].rstrip())
        if end > open_at + 1:
            found.append(Quotation(open_at, end, closed=False))
        return found, True
    return found, False


def _single_quotations(text: str, p_start: int, p_end: int, doubles: list[Quotation]) -> list[Quotation]:
    """Single-mark quotations outside the double ones, told apart from apostrophes."""
    found: list[Quotation] = []
    inside = [(q.start, q.end) for q in doubles]
    i = p_start
    while i < p_end:
        ch = text[i]
        if ch in (SINGLE_OPEN, "'") and _opens(text, i) and not any(s <= i < e for s, e in inside):
            j = _single_close(text, i + 1, p_end, ch)
            if j is not None and not any(s <= j < e for s, e in inside):
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
            plural_possessive = before in "sS" and after == " " and i + 2 < p_end and text[i + 2].islower()
            if not after.isalnum() and not before.isspace() and not plural_possessive:
                return i
        i += 1
    return None


def inside_share(span: tuple[int, int], quotations: list[Quotation]) -> float:
    """The share of `span`'s non-space characters that lie inside quotations."""
    start, end = span
    if end <= start:
        return 0.0
    inside = 0
    for q in quotations:
        lo, hi = max(start, q.start), min(end, q.end)
        if hi > lo:
            inside += hi - lo
    return inside / (end - start)
