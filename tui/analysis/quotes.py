"""Direct quotations and who says them, in one parsed chunk.

A quotation (found by its marks) is a quote when it is what is attributed: a sentence or clause in
quotation marks, or a short phrase that is the whole object of a speech verb ("called them “lone
wolves”"). A word or two in marks inside a sentence that reports something else is a scare quote and
stays part of that sentence. The speaker is the subject of the speech verb next to the quotation, in
the same sentence or the one right after ("“…” he said."), or in a sentence that ends with a colon
right before it ("X said: “…”"). Quotes without one are left for the resolver (floating quotes).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tui.analysis.lexicon import SPEECH_VERBS
from tui.analysis.model import Entity, Quote
from tui.analysis.quotemarks import Quotation
from tui.analysis.syntax import char_span, mention_span, subject_of

#: Quotations of at least this many words are quotes wherever they stand.
MIN_QUOTE_WORDS = 4
#: How far (in tokens) a speech verb may stand from the quotation it introduces.
MAX_CUE_DISTANCE = 12


def _words(text: str) -> int:
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))


def find_quotes(
    doc: Doc, quotations: list[Quotation], entities: list[Entity], offset: int = 0
) -> list[Quote]:
    """Quotes in the chunk `doc` (whose text starts at `offset`), speakers as spans, unresolved."""
    text = doc.text
    inside = [False] * len(doc)
    tokens_of: list[list[Token]] = []
    for q in quotations:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        toks = list(span) if span is not None else []
        tokens_of.append(toks)
        for t in toks:
            inside[t.i] = True
    out = []
    for q, toks in zip(quotations, tokens_of, strict=True):
        if not toks:
            continue
        words = _words(text[q.start : q.end])
        cue = _find_cue(doc, toks, inside)
        if words < MIN_QUOTE_WORDS and not q.continued and not _is_attributed_phrase(toks, cue):
            continue
        quote = Quote(offset + q.start, offset + q.end, text[q.start : q.end])
        if cue is not None:
            quote.cue = cue.text
            quote.cue_span = char_span([cue], offset)
            subj = _speaker_token(cue)
            if subj is not None:
                quote.speaker_span = mention_span(subj, entities, offset)
        out.append(quote)
    return out


def _speaker_token(cue: Token) -> Token | None:
    if cue.lower_ == "according":
        for child in cue.children:
            if child.dep_ == "prep":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
        return None
    return subject_of(cue)


def _is_cue(t: Token) -> bool:
    if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children):
        return True
    return t.lemma_.lower() in SPEECH_VERBS and t.pos_ in ("VERB", "AUX")


def _find_cue(doc: Doc, toks: list[Token], inside: list[bool]) -> Token | None:
    """The speech verb nearest the quotation, outside all quotations, in its sentence or the next."""
    first, last = toks[0], toks[-1]
    sent_start = first.sent.start
    sent_end = last.sent.end
    # "“…” he said." split into its own sentence: take the short sentence after the quotation too
    if sent_end < len(doc) and sent_end - last.i <= 2:
        nxt = doc[sent_end].sent
        if len(nxt) <= MAX_CUE_DISTANCE and not any(inside[t.i] for t in nxt):
            sent_end = nxt.end
    # "X said: “…”": a colon right before the quotation opens it
    if first.i > 0 and doc[first.i - 1].text == ":":
        prev_sent_start = doc[first.i - 1].sent.start
        sent_start = min(sent_start, prev_sent_start)
    best: tuple[int, Token] | None = None
    for i in range(sent_start, sent_end):
        t = doc[i]
        if inside[i] or not _is_cue(t):
            continue
        dist = first.i - i if i < first.i else i - last.i
        if dist > MAX_CUE_DISTANCE:
            continue
        between = range(i + 1, first.i) if i < first.i else range(last.i + 1, i)
        if any(inside[j] for j in between):
            continue  # another quotation stands between: the verb is that one's
        if best is None or dist < best[0]:
            best = (dist, t)
    return best[1] if best else None


def _is_attributed_phrase(toks: list[Token], cue: Token | None) -> bool:
    """A short quotation is a quote when it is the speech verb's object or complement, or stands alone."""
    words = [t for t in toks if not t.is_punct]
    if not words:
        return False
    heads = {t.head for t in words if t.head not in words}
    sent = toks[0].sent
    outside = [t for t in sent if t not in toks and not t.is_punct]
    if not outside:
        return True  # a whole sentence in quotation marks
    if cue is None:
        return False
    verb = cue
    return any(
        h.i == verb.i or (h.head.i == verb.i and h.dep_ in ("dobj", "oprd", "attr", "xcomp", "ccomp", "pobj"))
        for h in heads
    ) and any(t.dep_ in ("dobj", "oprd", "attr", "xcomp", "ccomp", "npadvmod", "pobj") for t in words)
