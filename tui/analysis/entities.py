"""Named entities from spaCy, with its obvious errors mended across the whole document.

spaCy tags each mention on its own; a reader sees the document. So:
- leading function words and titles are trimmed ("Besides Lavrov" → "Lavrov"), trailing possessives too;
- a name tagged PERSON once is a person at every mention, and its surname alone is that person
  ("Cavusoglu" is not an ORG or GPE because the parser guessed so once);
- mentions of an already-found name that spaCy missed are added (surnames, repeated names);
- otherwise a surface form takes the label it gets most often.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from tui.analysis.lexicon import FEMALE_TITLES, LEADING_NOISE, MALE_TITLES, TITLE_NOUNS
from tui.analysis.model import Entity

#: Labels where surface forms are names worth propagating to untagged repeats.
_NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")


def _trim(span: Span) -> Span | None:
    """Drop leading noise words and trailing possessives/punctuation from a mention."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (
        doc[start].lower_ in LEADING_NOISE
        or doc[start].is_punct
        or doc[start].lower_ in MALE_TITLES | FEMALE_TITLES
        or (doc[start].pos_ in ("ADP", "SCONJ", "CCONJ", "DET", "PRON") and doc[start].is_lower)
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "’s", "'", "’")):
        end -= 1
    if end <= start:
        return None
    return Span(doc, start, end, label=span.label_)


def extract_entities(doc: Doc, offset: int = 0) -> list[Entity]:
    """Mended entity mentions in document order; offsets shifted by `offset` (the chunk's start)."""
    spans = [t for t in (_trim(e) for e in doc.ents) if t is not None and not _in_title(t)]
    spans = _expand_acronyms(doc, spans)
    spans = _mend_labels(spans)
    spans = _add_missed(doc, spans)
    return [Entity(offset + s.start_char, offset + s.end_char, s.label_) for s in spans]


def _in_title(span: Span) -> bool:
    """An organisation word inside a person's title ("Defence" in "Defence Minister") is no actor."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return span.label_ == "ORG" and len(span) <= 2 and nxt is not None and nxt.lower_ in TITLE_NOUNS


_SMALL_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "at", "to", "&"})


def _expand_acronyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Islamic State of Iraq and the Levant (ISIL": the capitalised words whose initials spell the
    acronym in parentheses are one organisation, however spaCy cut them."""
    out = list(spans)
    for i, t in enumerate(doc):
        if t.text != "(" or i + 1 >= len(doc) or not doc[i + 1].is_upper or not doc[i + 1].is_alpha:
            continue
        letters = doc[i + 1].text
        j, initials = i, []
        while j > 0 and len(initials) < len(letters) + 1:
            w = doc[j - 1]
            if w.lower_ in _SMALL_WORDS:
                j -= 1
                continue
            if not (w.is_title or w.is_upper) or w.is_punct:
                break
            initials.append(w.text[0])
            j -= 1
            if "".join(reversed(initials)).upper() == letters:
                break
        while j < i and doc[j].lower_ in _SMALL_WORDS:
            j += 1
        if "".join(reversed(initials)).upper() != letters or i - j < 2:
            continue
        label = next((s.label_ for s in spans if s.start >= j and s.end <= i and s.label_ != "PERSON"), "ORG")
        out = [s for s in out if s.end <= j or s.start >= i]
        out.append(Span(doc, j, i, label=label))
    return sorted(out, key=lambda s: s.start)


def _mend_labels(spans: list[Span]) -> list[Span]:
    """One label per name: PERSON wins where it was seen; else the most frequent label."""
    persons = {s.text for s in spans if s.label_ == "PERSON"}
    surnames = {s[-1].text for s in spans if s.label_ == "PERSON" and len(s) > 1}
    votes: dict[str, Counter[str]] = {}
    for s in spans:
        votes.setdefault(s.text, Counter())[s.label_] += 1
    out = []
    for s in spans:
        label = s.label_
        if label in _NAME_LABELS and (s.text in persons or (len(s) == 1 and s.text in surnames)):
            label = "PERSON"
        elif label in _NAME_LABELS:
            label = votes[s.text].most_common(1)[0][0]
        out.append(Span(s.doc, s.start, s.end, label=label) if label != s.label_ else s)
    return out


def _add_missed(doc: Doc, spans: list[Span]) -> list[Span]:
    """Tag untagged repeats of known names: full names, and a known person's surname alone."""
    known: dict[tuple[str, ...], str] = {}
    for s in spans:
        if (s.label_ in _NAME_LABELS and s[0].is_title) or (s.label_ in _NAME_LABELS and s[0].is_upper):
            known.setdefault(tuple(t.text for t in s), s.label_)
            if s.label_ == "PERSON" and len(s) > 1:
                known.setdefault((s[-1].text,), "PERSON")
    if not known:
        return spans
    taken = [False] * len(doc)
    for s in spans:
        for i in range(s.start, s.end):
            taken[i] = True
    longest = max(len(k) for k in known)
    added = []
    i = 0
    while i < len(doc):
        if taken[i] or not (doc[i].is_title or doc[i].is_upper):
            i += 1
            continue
        for n in range(min(longest, len(doc) - i), 0, -1):
            key = tuple(t.text for t in doc[i : i + n])
            if key in known and not any(taken[i : i + n]):
                nxt = doc[i + n] if i + n < len(doc) else None
                prev = doc[i - 1] if i > 0 else None
                # not a piece of a longer capitalised name we do not know
                if (nxt is None or not nxt.is_title or nxt.is_sent_start) and (
                    prev is None or not prev.is_title or prev.is_sent_start or prev.is_punct
                ):
                    added.append(Span(doc, i, i + n, label=known[key]))
                    i += n
                    break
        else:
            i += 1
    return sorted(spans + added, key=lambda s: s.start)


def title_gender(doc: Doc, span: Span) -> str | None:
    """'m' or 'f' when a courtesy title stands right before the name ("Mrs May"), else None."""
    if span.start == 0:
        return None
    word = doc[span.start - 1].lower_
    if word in MALE_TITLES:
        return "m"
    if word in FEMALE_TITLES:
        return "f"
    return None
