"""Figures to check: a sentence holding a number, a percentage or a sum that no quote or claim
already holds is a claim of kind `figure`, with no source: worth a fact-checker's look.
"""

from __future__ import annotations

from spacy.tokens import Doc

from tui.analysis.model import Claim
from tui.analysis.spans import SpanIndex
from tui.analysis.syntax import char_span, doc_text, trim_tokens

_FIGURE_LABELS = frozenset({"CARDINAL", "PERCENT", "MONEY", "QUANTITY"})
#: Sentences shorter than this (after trimming) are no statement to check.
MIN_FIGURE_TOKENS = 3


def figure_claims(doc: Doc, claims: list[Claim], quoted: list[tuple[int, int]], offset: int) -> list[Claim]:
    """Sentences with figures that nothing else covers: worth a fact-checker's look."""
    spans = [(c.start - offset, c.end - offset) for c in claims] + quoted
    taken = SpanIndex((s, e, True) for s, e in spans)
    # the figures of each sentence, found in one pass (`Span.ents` rescans the whole doc per sentence)
    figures_in: dict[int, list] = {}
    for e in doc.ents:
        if e.label_ in _FIGURE_LABELS:
            figures_in.setdefault(e[0].sent.start, []).append(e)
    text = doc_text(doc)
    out = []
    for sent in doc.sents:
        figures = figures_in.get(sent.start)
        if not figures:
            continue
        tokens = trim_tokens(list(sent))
        if len(tokens) < MIN_FIGURE_TOKENS:
            continue
        start, end = char_span(tokens)
        if taken.overlapping(start, end):
            continue
        claim = Claim(offset + start, offset + end, text[start:end], kind="figure")
        claim.cue = ", ".join(e.text for e in figures)
        claim.cue_span = char_span(list(figures[0]), offset)
        out.append(claim)
    return out
