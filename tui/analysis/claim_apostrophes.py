"""Statements in two-apostrophe marks ("''We will win,'' Mr. Hale continued."): the quotation mark of
some newswires, which the quotation rules do not read as one, so what the marks hold is reported
speech (see `claim_extent.carry_on`). The claim rules find such a statement when the parse gives its
verb a clause; a verb that only introduces quotations ("continued", "asked", "joked") or a parse
that hangs nothing on it leaves it unfound. Those are found here with the quote rules' cues and
speakers, as if the marks were quotation marks.
"""

from __future__ import annotations

from spacy.tokens import Doc

from tui.analysis.claim_extent import TRAILING, carry_on
from tui.analysis.claim_overlaps import drop_nested
from tui.analysis.model import Claim, Entity
from tui.analysis.quoted_sources import apostrophe_quotations
from tui.analysis.quotemarks import TWO_APOSTROPHES, Quotation
from tui.analysis.quotes import find_quotes
from tui.analysis.syntax import doc_text


def apostrophe_claims(
    doc: Doc, quotations: list[Quotation], entities: list[Entity], claims: list[Claim], offset: int = 0
) -> list[Claim]:
    """Claims for the statements in two-apostrophe marks that the quote rules attribute (a cue and a
    speaker) and no claim in `claims` already holds."""
    text = doc_text(doc)
    # (a passage whose marks do not close in its paragraph is left to the claim rules)
    marks = [
        Quotation(s, e)
        for s, e in apostrophe_quotations(text)
        if e - s > 4 and text.startswith(TWO_APOSTROPHES, e - 2)
    ]
    if not marks:
        return []
    ours = {(offset + m.start, offset + m.end) for m in marks}
    # (a report inside the marks, "''… criticizing things?'' he asked", leaves the statement its own claim)
    taken = [(c.start, c.end, c.cue_span) for c in claims]
    out = []
    found = find_quotes(doc, sorted([*quotations, *marks], key=lambda q: q.start), entities, offset)
    tags = [c.cue_span[0] for c in [*claims, *found] if c.cue_span is not None]
    for quote in found:
        if (quote.start, quote.end) not in ours or quote.speaker_span is None or quote.cue_span is None:
            continue
        if any(
            s < quote.end and quote.start < e and not (cue and quote.start <= cue[0] and cue[1] <= quote.end)
            for s, e, cue in taken
        ):
            continue
        words = quote.text[2:-2].rstrip(TRAILING)
        claim = Claim(quote.start + 2, quote.start + 2 + len(words), words, kind="reported")
        claim.source_span, claim.cue, claim.cue_span = quote.speaker_span, quote.cue, quote.cue_span
        # "''A,'' he said. ''B.''": one statement, as the claim rules have it
        carry_on(text, claim, offset, tags)
        out.append(claim)
    return drop_nested(out)
