"""Claims that hold a quoted fragment: reported speech whose words run into a quotation.

In "Customers “began to say we want you to do this,” Cook told Benioff" the quotation is Cook's,
but what he is reported to have said starts before it: the writer's words "Customers" are the
subject of the quoted verb. Both kinds of annotation news research uses count that as reported
speech holding a quote (PolNeAR: an attribution is a direct quote only when its content opens with
the quotation mark), so the statement is a claim of the quote's speaker, and the quote stays a quote.
The quote rules have already found the quotation, its speech verb after it and its speaker; this
module only widens the span to the unquoted words that belong to the same statement:
- before the quotation, from the start of its sentence, when they run straight into it and hold no
  verb ("On Friday, “…,” he said" opens with a phrase that only says when; in "He coached them to
  “…”" the writer's own clause frames the quotation);
- after it, up to the comma that opens the attribution ("Clinton “drew well” in 2008, said Beck").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tui.analysis.model import Claim, Quote
from tui.analysis.spans import SpanIndex
from tui.analysis.syntax import doc_text

#: The most tokens of the writer's own words a statement may carry before or after its quotation.
MAX_LEAD_TOKENS = 25
MAX_TAIL_TOKENS = 8
#: Parts of speech that make the words before a quotation part of what is said (its subject):
#: "But “…”" or "Still, “…”" only leads into the quotation.
_CONTENT_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_MARKS = '“”"„«»'
#: What ends the sentence before a statement (or opens it: "The verdict was plain: …").
_ENDS = frozenset(".?!;:")


def fragment_claims(doc: Doc, quotes: list[Quote], claims: list[Claim], offset: int = 0) -> list[Claim]:
    """Claims of the statements in the chunk `doc` (whose text starts at `offset`) that run into a
    quote attributed after it; none where a claim already holds those words."""
    text = doc_text(doc)
    held = SpanIndex((c.start - offset, c.end - offset, True) for c in claims if c.kind != "figure")
    out: list[Claim] = []
    for q in quotes:
        if q.cue_span is None or q.speaker_span is None or q.cue_span[0] < q.end:
            continue  # only a quotation whose speech verb follows it ("“…,” she said")
        span = doc.char_span(q.start - offset, q.end - offset, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        first = span[0]
        lead = _lead(doc, first)
        if lead is None:
            continue
        end = _tail_end(doc, span[-1], q.cue_span[0] - offset)
        start = lead[0].idx
        if held.overlapping(start, end) or start <= q.speaker_span[0] - offset < end:
            continue  # (a speaker inside the statement is a misparse of "…, said Roe")
        out.append(
            Claim(
                offset + start,
                offset + end,
                text[start:end],
                source_span=q.speaker_span,
                cue=q.cue,
                cue_span=q.cue_span,
                kind="reported",
            )
        )
    return out


def _lead(doc: Doc, first: Token) -> list[Token] | None:
    """The writer's words from the sentence start to the quotation's opening mark, when they are part
    of the quoted statement; None otherwise. The sentence start is found here, not taken from the
    parser, which often starts a sentence at an opening mark."""
    i = first.i - 1
    while i >= 0 and first.i - i <= MAX_LEAD_TOKENS + 1:
        t = doc[i]
        if t.is_space or "\n" in t.whitespace_ or t.text in _ENDS or t.text in _MARKS:
            break
        i -= 1
    else:
        if i >= 0:
            return None  # a longer run: the sentence does not start near the quotation
    lead = [doc[k] for k in range(i + 1, first.i)]
    if not lead or lead[-1].is_punct:
        return None  # "On Friday, “…”", "Roe: “…”", a quotation that opens its sentence
    if not any(t.pos_ in _CONTENT_POS for t in lead):
        return None
    if any(t.pos_ == "VERB" for t in lead):
        return None  # "Cruz coached Trump to “…”": a clause of the writer's own, whose verb frames it
    return lead


def _tail_end(doc: Doc, last: Token, cue_start: int) -> int:
    """Where the statement ends: the quotation's closing mark, or the writer's words after it up to the
    comma that opens its attribution ("“…” in the 2008 primary, said Beck")."""
    end = last.idx + len(last.text)
    if last.i > 0 and last.doc[last.i - 1].text in (".", "?", "!"):
        return end  # the quotation ends its sentence: "“… so easily.” Trump, later …" is another
    i = last.i + 1
    words: list[Token] = []
    while i < len(doc) and doc[i].idx < cue_start and len(words) <= MAX_TAIL_TOKENS:
        t = doc[i]
        if t.text == ",":
            if words:
                end = words[-1].idx + len(words[-1].text)
            break
        if t.text in _MARKS or t.is_space or t.text in ".?!;:":
            break
        words.append(t)
        i += 1
    return end
