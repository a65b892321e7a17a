"""Direct quotations and who says them, in one parsed chunk.

A quotation (found by its marks) is a quote when it is what is attributed: a sentence or clause in
quotation marks, or a short phrase that is the whole object of a speech verb ("called them “lone
wolves”"). A word or two in marks inside a sentence that reports something else is a scare quote and
stays part of that sentence. The speaker is the subject of the speech verb next to the quotation, in
the same sentence or the one right after ("“…” he said."), or in a sentence that ends with a colon
right before it ("X said: “…”"), or a name after a dash ("“…” ― Jane Doe"). A quote ends at its
closing mark: a quotation split by its attribution ("“A,” she said. “B.”") is two quotes with the one
speaker, and the narration between them is in neither. Quotes without a speaker are left for the
resolver (floating quotes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from tui.analysis.claim_sources import named as name_beside
from tui.analysis.model import Claim, Entity, Quote
from tui.analysis.posts import find_posts
from tui.analysis.quote_cues import colon_before, find_cue, lead_in
from tui.analysis.quote_names import (
    MAX_FRAGMENT_WORDS,
    headline_end,
    is_modifier,
    is_name_in_marks,
    mid_phrase,
    runs_through,
)
from tui.analysis.quote_speakers import parsed_subject, speaker_token
from tui.analysis.quotemarks import Quotation
from tui.analysis.spans import SpanIndex
from tui.analysis.syntax import char_span, doc_text, mention_span, sentence_bounds

#: Quotations of at least this many words are quotes wherever they stand.
MIN_QUOTE_WORDS = 4
#: The longest attribution (in tokens) that may stand between the two halves of a split quotation.
MAX_SPLIT_TOKENS = 40
#: "“…” ― Jane Doe": a dash after the closing mark names the speaker (readers' comments, epigraphs).
_DASH_SPEAKER = re.compile(r"[^\S\n]*[―—–][^\S\n]*(?=[A-Z])")
#: "“…”¶¶- Jane Roe.": a line of its own after the quotation's paragraph, a dash and a name only.
_DASH_LINE_SPEAKER = re.compile(r"[^\S\n]*\n\s*[―—–-][^\S\n]*(?=[A-Z][^\n]{0,60}$)", re.MULTILINE)


@dataclass
class _Found:
    """One quotation with what the parse says about it."""

    quotation: Quotation
    tokens: list[Token]
    cue: Token | None
    speaker: Token | None


def _words(text: str) -> int:
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))


def find_quotes(
    doc: Doc, quotations: list[Quotation], entities: list[Entity], offset: int = 0
) -> list[Quote]:
    """Quotes in the chunk `doc` (whose text starts at `offset`), speakers as spans, unresolved."""
    text = doc_text(doc)
    inside = [False] * len(doc)
    found: list[_Found] = []
    posts = find_posts(text)
    out = [
        Quote(
            offset + p.start,
            offset + p.end,
            p.text(text),
            speaker_span=(offset + p.name_start, offset + p.name_end),
        )
        for p in posts
    ]
    headline = headline_end(text) if offset == 0 else 0
    for q in quotations:
        if any(p.start <= q.start < p.end for p in posts):
            continue  # a quotation inside an embedded post is part of the post's words
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        toks = list(span) if span is not None else []
        if not toks:
            continue
        for t in toks:
            inside[t.i] = True
        if q.start < headline or is_name_in_marks(doc, toks) or text.startswith(">", q.start + 1):
            # a title, term or headline (or a mark closing a markup attribute, `date="…">`): its marks
            # are kept from cues, but no quote
            continue
        found.append(_Found(q, toks, None, None))
    for f in found:
        f.cue = find_cue(doc, f.tokens, inside)
        colon = colon_before(doc, f.tokens[0])
        named = _colon_name(doc, colon) if colon is not None else None
        if named is not None:
            f.speaker = named  # "Polls got it wrong - Jane Roe: “…”": the name the colon follows
        elif f.cue is not None:
            f.speaker = speaker_token(f.cue, f.tokens[0], f.tokens[-1], inside)
        elif colon is not None:
            # "The letter put it plainly: “…”": the sentence a colon opens into a quotation presents it
            f.speaker = parsed_subject(colon.sent.root, inside)
        elif (lead := lead_in(doc, f.tokens[0], inside)) is not None:
            f.cue, f.speaker = lead, parsed_subject(lead, inside)
    for group in _split_groups(doc, found, inside):
        first, last = group[0], group[-1]
        q = first.quotation
        if len(group) == 1:
            words = _words(text[q.start : q.end])
            introduced = colon_before(doc, first.tokens[0]) is not None
            if not q.continued and not introduced:
                if words < MIN_QUOTE_WORDS and not _is_attributed_phrase(q, first, inside):
                    continue
                if words <= MAX_FRAGMENT_WORDS and first.cue is None and runs_through(doc, first.tokens):
                    continue
        with_cue = next((f for f in group if f.cue is not None), None)
        with_speaker = next((f for f in group if f.speaker is not None), None)
        # "the council's director of highways, Mark Jenkinson, said": the name says who speaks
        speaker = (
            None
            if with_speaker is None
            else mention_span(name_beside(with_speaker.speaker), entities, offset)
        )
        if speaker is None:
            speaker = _dash_speaker(doc, last.quotation.end, entities, offset)
        # a quote ends at its closing mark: each half of a split quotation is a quote of its own,
        # and the attribution between them names the speaker of both
        for f in group:
            start, end = f.quotation.start, f.quotation.end
            quote = Quote(offset + start, offset + end, text[start:end], speaker_span=speaker)
            if with_cue is not None:
                quote.cue = with_cue.cue.text
                quote.cue_span = char_span([with_cue.cue], offset)
            out.append(quote)
    return sorted(out, key=lambda q: q.start) if posts else out


def quoted_fragments(
    doc: Doc, quotations: list[Quotation], quotes: list[Quote], claims: list[Claim], offset: int = 0
) -> list[Quote]:
    """Short quotations inside reported speech, as quotes of its source: in "He said a guilty plea
    would “ruin his life.”" the quoted words are his, though too short to stand as a quote alone.

    Only quotations that lie wholly in a claim's content and are no title ("appeared on “Meet the
    Press”") count; the claim stays, holding the quote."""
    taken = SpanIndex((q.start - offset, q.end - offset, True) for q in quotes)
    reported = SpanIndex(
        (c.start - offset, c.end - offset, c) for c in claims if c.kind != "figure" and c.source_span
    )
    out: list[Quote] = []
    text = doc_text(doc)
    headline = headline_end(text) if offset == 0 else 0
    for q in quotations:
        if q.start < headline or taken.overlapping(q.start, q.end):
            continue
        # a claim's content stops before the closing punctuation and mark (“… “patently false,” and …")
        words_end = next((k + 1 for k in range(q.end - 1, q.start, -1) if text[k].isalnum()), q.end)
        claim = next(
            (
                c
                for c in reported.overlapping(q.start, q.end)
                if c.start - offset <= q.start + 1 and words_end <= c.end - offset
            ),
            None,
        )
        if claim is None or not _words(text[q.start : q.end]):
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or len(span) == 0 or is_name_in_marks(doc, list(span)) or is_modifier(list(span)):
            continue
        if mid_phrase(doc, list(span)):
            continue
        out.append(
            Quote(
                offset + q.start,
                offset + q.end,
                text[q.start : q.end],
                speaker_span=claim.source_span,
                cue=claim.cue,
                cue_span=claim.cue_span,
            )
        )
    return out


def _colon_name(doc: Doc, colon: Token) -> Token | None:
    """A name standing alone before the colon: "Polls got it wrong - Jane Roe: “…”", "More from Roe:
    “…”" (the digest's convention); the last word of the name, or None when a clause stands there."""
    run: list[Token] = []
    i = colon.i - 1
    while i >= 0 and (_name_word(doc[i]) or (run and doc[i].lower_ == "and") or doc[i].text == "."):
        run.append(doc[i])
        i -= 1
    while run and run[-1].text == ".":
        run.pop()  # the full stop of the sentence before, not an initial
        i += 1
    names = [t for t in run if _name_word(t)]
    if not names or not _name_word(run[-1]):
        return None
    before = doc[i] if i >= 0 else None
    if (
        before is None
        or "\n" in before.text
        or before.text in ("-", "–", "—", "―")
        or before.lower_ == "from"
    ):
        return names[0]
    if before.text in (".", "!", "?", "”", '"') and any(t.pos_ == "PROPN" for t in names):
        return names[0]  # "Clinton: “A.” Bush: “B.”": one exchange after another in a paragraph
    return None


def _name_word(t: Token) -> bool:
    """A word of a name: a proper noun, or a capitalised noun (the tagger calls "Voss" a noun)."""
    return t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.is_title)


def _split_groups(doc: Doc, found: list[_Found], inside: list[bool]) -> list[list[_Found]]:
    """Quotations joined where one is split by its attribution: “A,” she said, “B.”"""
    groups: list[list[_Found]] = []
    for f in found:
        if groups and _continues(doc, groups[-1], f, inside):
            groups[-1].append(f)
        else:
            groups.append([f])
    return groups


def _continues(doc: Doc, group: list[_Found], nxt: _Found, inside: list[bool]) -> bool:
    """`nxt` carries on the quotation of `group` when only the attribution of both stands between."""
    prev = group[-1]
    cue = next((f.cue for f in group if f.cue is not None), None)
    if cue is None:
        return False
    lo, hi = prev.tokens[-1].i + 1, nxt.tokens[0].i
    between = []
    for i in range(lo, hi):  # stops once too long: the gap may be a whole paragraph
        t = doc[i]
        if not t.is_space:
            between.append(t)
            if len(between) > MAX_SPLIT_TOKENS:
                break
    if not between or len(between) > MAX_SPLIT_TOKENS or not (lo <= cue.i < hi):
        return False
    if "\n" in doc_text(doc)[doc[lo - 1].idx : nxt.tokens[0].idx]:
        return False  # a new paragraph: a separate quote (PolNeAR style keeps them apart)
    # the second half has its own speech verb elsewhere: it is another quote
    if nxt.cue is not None and nxt.cue.i != cue.i:
        return False
    # the stretch between is one attribution: no sentence ends inside it
    return all(t.text not in (".", "!", "?") for t in between[:-1])


def _dash_speaker(doc: Doc, end: int, entities: list[Entity], offset: int) -> tuple[int, int] | None:
    """The name after a dash that follows the closing mark on the same line, if there is one."""
    m = _DASH_SPEAKER.match(doc_text(doc), end) or _DASH_LINE_SPEAKER.match(doc_text(doc), end)
    if m is None:
        return None
    line_end = doc_text(doc).find("\n", m.end())
    line_end = len(doc_text(doc)) if line_end < 0 else line_end
    span = doc.char_span(m.end(), line_end, alignment_mode="expand")
    if span is None:
        return None
    name = []
    for t in span:
        if t.pos_ != "PROPN" and not (name and t.text == "."):
            break
        name.append(t)
    while name and name[-1].text == ".":
        name.pop()
    if not name:
        return None
    return (
        mention_span(name[-1], entities, offset)
        if _entity_at(name[-1], entities, offset)
        else char_span(name, offset)
    )


def _entity_at(tok: Token, entities: list[Entity], offset: int) -> bool:
    pos = offset + tok.idx
    return any(e.start <= pos < e.end for e in entities)


def _is_attributed_phrase(q: Quotation, found: _Found, inside: list[bool]) -> bool:
    """A short quotation is a quote when it is the speech verb's object or complement, or stands alone."""
    toks, cue = found.tokens, found.cue
    words = [t for t in toks if not t.is_punct]
    if not words:
        return False
    ids = {t.i for t in toks}
    heads = [t.head for t in words if t.head.i not in ids]
    starts, ends = sentence_bounds(toks[0].doc)
    sent = toks[0].doc[starts[toks[0].i] : ends[toks[0].i]]
    if not any(t.i not in ids and not t.is_punct and not t.is_space for t in sent):
        return True  # a whole sentence in quotation marks
    if cue is None:
        return False
    return any(
        h.i == cue.i
        or (h.head.i == cue.i and h.dep_ in ("dobj", "oprd", "attr", "xcomp", "ccomp", "pobj"))
        or (h.dep_ == "prep" and h.head.i == cue.i and h.lower_ in ("as", "of"))  # "blasted it as “…”"
        for h in heads
    ) and any(t.dep_ in ("dobj", "oprd", "attr", "xcomp", "ccomp", "npadvmod", "pobj") for t in words)
