"""Acronyms and their expansions as one organisation, however spaCy cut the words of the name:
"Islamic State of Iraq and the Levant (ISIL", "the Levant, or ISIL,", "FIRST (For Inspiration and
Recognition of Science and Technology)"."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from tui.analysis.names import (
    JOINABLE_LABELS,
    NAME_LINK_WORDS,
)
from tui.analysis.syntax import token_table


def expand_acronyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Islamic State of Iraq and the Levant (ISIL": the capitalised words whose initials spell the
    acronym in parentheses (or after ", or") are one organisation, however spaCy cut them."""
    out = list(spans)
    strings, table = doc.vocab.strings, token_table(doc)
    bracket, comma, either = strings["("], strings[","], strings["or"]
    orth, lower = table["ORTH"], table["LOWER"]
    marks = [
        k
        for k, o in enumerate(orth)
        if o == bracket or (o == comma and k + 1 < len(orth) and lower[k + 1] == either)
    ]
    for i in marks:
        t = doc[i]
        # the acronym follows "(" or ", or": "… the Levant (ISIL", "… the Levant, or ISIL,"
        k = (
            i + 1
            if t.text == "("
            else i + 2
            if t.text == "," and i + 1 < len(doc) and doc[i + 1].lower_ == "or"
            else 0
        )
        # "Movimento 5 Stelle (M5S": a number word of the name counts with its first digit
        if not k or k >= len(doc) or not doc[k].is_upper or not doc[k].text.isalnum():
            continue
        letters = doc[k].text
        j, initials = i, []
        while j > 0 and len(initials) < len(letters) + 1:
            w = doc[j - 1]
            if w.lower_ in NAME_LINK_WORDS:
                j -= 1
                continue
            # (a number ending the name is a version: "Internet Explorer 9 (IE9)")
            if not (w.is_title or w.is_upper or (w.is_digit and len(w) == 1 and initials)) or w.is_punct:
                break
            initials.append(w.text[0])
            j -= 1
            if "".join(reversed(initials)).upper() == letters:
                break
        while j < i and doc[j].lower_ in NAME_LINK_WORDS:
            j += 1
        if "".join(reversed(initials)).upper() != letters or i - j < 2:
            continue
        label = next(
            (
                s.label_
                for s in spans
                if s.start >= j and s.end <= i and s.label_ in JOINABLE_LABELS and s.label_ != "PERSON"
            ),
            "ORG",
        )
        out = [s for s in out if s.end <= j or s.start >= i]
        out.append(Span(doc, j, i, label=label))
    return _expand_acronyms_before(doc, sorted(out, key=lambda s: s.start))


def _expand_acronyms_before(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "FIRST (For Inspiration and Recognition of Science and Technology)": the acronym first, its
    expansion in parentheses; both are the one organisation."""
    out = list(spans)
    bracket = doc.vocab.strings["("]
    for i in [k for k, orth in enumerate(token_table(doc)["ORTH"]) if orth == bracket]:
        if i == 0 or not doc[i - 1].is_upper or not doc[i - 1].is_alpha or len(doc[i - 1]) < 2:
            continue
        letters, initials, j = doc[i - 1].text, "", i + 1
        while j < len(doc) and len(initials) < len(letters):
            w = doc[j]
            if w.lower_ in NAME_LINK_WORDS and initials:
                j += 1
                continue
            if not (w.is_title or w.is_upper) or w.is_punct:
                break
            initials += w.text[0].upper()
            j += 1
        if initials != letters or j >= len(doc) or doc[j].text != ")" or j - i < 3:
            continue
        label = next((s.label_ for s in out if s.start == i - 1 and s.label_ != "PERSON"), "ORG")
        out = [s for s in out if s.end <= i - 1 or s.start >= j]
        out += [Span(doc, i - 1, i, label=label), Span(doc, i + 1, j, label=label)]
    return sorted(out, key=lambda s: s.start)
