"""Claims in one parsed chunk: reported speech, hedged statements and figures to check.

- reported: a speech or cognition verb with a clausal complement ("Cavusoglu confirmed [the two
  countries would …]"), its subject as the source; "according to X" with the rest of its sentence;
- hedged: a sourceless statement carried by a passive of belief ("are thought to", "is believed to",
  "it is understood that") or a hedging adverb ("reportedly");
- figure: a sentence with a number, percentage or sum that no other claim or quote already holds.
A complement that is mostly inside quotation marks is a quote, not also a claim.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tui.analysis.lexicon import CUE_VERBS, HEDGE_ADVERBS, HEDGE_PARTICIPLES
from tui.analysis.model import Claim, Entity, Quote
from tui.analysis.quotemarks import Quotation, inside_share
from tui.analysis.syntax import char_span, clause_tokens, contiguous, mention_span, subject_of, trim_tokens

_FIGURE_LABELS = frozenset({"CARDINAL", "PERCENT", "MONEY", "QUANTITY"})
#: Complements shorter than this are not statements ("he said so").
MIN_CONTENT_TOKENS = 3


def _complement(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "ccomp":
            return child
    return None


def _speaking_verb(verb: Token) -> Token:
    """For a participle cue ("…, adding that …") the cue verb it continues, whose subject it shares."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb
    t = verb.head
    while t.head.i != t.i:
        if t.lemma_.lower() in CUE_VERBS and t.pos_ == "VERB" and _complement(t) is not None:
            return t
        t = t.head
    return t if t.lemma_.lower() in CUE_VERBS else verb


def _nested_cues(head: Token) -> set[int]:
    """Speech verbs hanging inside a complement as participles ("…, adding that …"): their own claims."""
    return {
        t.i
        for t in head.subtree
        if t is not head
        and t.lemma_.lower() in CUE_VERBS
        and t.dep_ in ("advcl", "conj", "xcomp")
        and _complement(t) is not None
    }


def find_claims(
    doc: Doc, quotations: list[Quotation], entities: list[Entity], quotes: list[Quote], offset: int = 0
) -> list[Claim]:
    """Claims in the chunk `doc` whose text starts at `offset`; sources as spans, unresolved."""
    text = doc.text
    quoted = [(q.start - offset, q.end - offset) for q in quotes]

    def in_quotes(i: int) -> bool:
        return any(s <= i < e for s, e in ((q.start, q.end) for q in quotations))

    out: list[Claim] = []

    def add(tokens: list[Token], kind: str, source: Token | None, cue: list[Token] | None) -> None:
        whole = contiguous(tokens)
        tokens = trim_tokens(whole)
        if len(tokens) < MIN_CONTENT_TOKENS:
            return
        start, end = char_span(tokens)
        # the quote test runs on the content with its "that": "said that “…”" stays reported speech
        lead = next((t for t in whole if not (t.is_punct or t.is_space)), tokens[0])
        q_start = min(start, lead.idx)
        share = inside_share((q_start, end), quotations)
        if share >= 0.6 and (text[q_start] in "“\"‘'„«" or in_quotes(q_start)):
            return  # a direct quotation: the quote rule has it
        claim = Claim(offset + start, offset + end, text[start:end], kind=kind)
        if source is not None:
            claim.source_span = mention_span(source, entities, offset)
        if cue:
            claim.cue = " ".join(t.text for t in cue)
            claim.cue_span = char_span(cue, offset)
        out.append(claim)

    for t in doc:
        if in_quotes(t.idx):
            continue
        lemma = t.lemma_.lower()
        passive = any(c.dep_ == "auxpass" for c in t.children)
        if (
            lemma in HEDGE_PARTICIPLES
            and t.tag_ == "VBN"
            and passive
            and any(c.dep_ == "xcomp" for c in t.children)
        ):
            add(clause_tokens(t), "hedged", None, [t])  # "are thought to remain …"
        elif lemma in CUE_VERBS and t.pos_ in ("VERB", "AUX"):
            comp = _complement(t)
            if comp is None:
                continue
            subj = subject_of(_speaking_verb(t))
            content = clause_tokens(comp, _nested_cues(comp))
            if passive and (subj is None or subj.lower_ == "it"):
                add(content, "hedged", None, [t])
            else:
                add(content, "reported", subj, [t])
        elif t.lower_ in HEDGE_ADVERBS:
            add(clause_tokens(t.head), "hedged", None, [t])
        elif t.lower_ == "according" and any(c.lower_ == "to" for c in t.children):
            prep = next(c for c in t.children if c.lower_ == "to")
            source = next((c for c in prep.children if c.dep_ == "pobj"), None)
            skip = {t.i}
            content = clause_tokens(t.head, skip)
            add(content, "reported", source, [t, prep])
    out = _dedupe(out)
    out.extend(_figures(doc, out, quoted, offset))
    return out


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """Keep the outermost of claims that share their start and the first of identical spans."""
    seen: dict[tuple[int, int], Claim] = {}
    for c in claims:
        seen.setdefault((c.start, c.end), c)
    return sorted(seen.values(), key=lambda c: (c.start, -c.end))


def _figures(doc: Doc, claims: list[Claim], quoted: list[tuple[int, int]], offset: int) -> list[Claim]:
    """Sentences with figures that nothing else covers: worth a fact-checker's look."""
    taken = [(c.start - offset, c.end - offset) for c in claims] + quoted
    out = []
    for sent in doc.sents:
        if not any(e.label_ in _FIGURE_LABELS for e in sent.ents):
            continue
        tokens = trim_tokens(list(sent))
        if len(tokens) < MIN_CONTENT_TOKENS:
            continue
        start, end = char_span(tokens)
        if any(min(end, e) - max(start, s) > 0 for s, e in taken):
            continue
        figures = [e for e in sent.ents if e.label_ in _FIGURE_LABELS]
        claim = Claim(offset + start, offset + end, doc.text[start:end], kind="figure")
        claim.cue = ", ".join(e.text for e in figures)
        claim.cue_span = char_span(list(figures[0]), offset)
        out.append(claim)
    return out
