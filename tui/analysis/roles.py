"""Roles of people from the words around their names.

- a title before the name: "Russian Foreign Minister Sergei Lavrov", "intelligence chief Hakan Fidan",
  "Turkey’s Defence Minister Hulusi Akar" (modifiers and compounds that hang on the name);
- an apposition after or before it: "Hakan Fidan, the intelligence chief", "The suspect, Michael Webb,".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tui.analysis.lexicon import PEOPLE_NOUNS, TITLE_NOUNS
from tui.analysis.model import Entity, Span
from tui.analysis.syntax import char_span, doc_text, noun_phrase

#: Small words allowed inside a title between capitalised words ("Chief of General Staff").
_TITLE_LINKS = frozenset({"of", "for", "on", "and"})


def find_roles(doc: Doc, entities: list[Entity], offset: int = 0) -> dict[Span, list[str]]:
    """Map each PERSON mention's span to the roles written around it."""
    roles: dict[Span, list[str]] = {}
    persons: set[int] = set()  # token indices inside person names
    for e in entities:
        if e.label == "PERSON":
            span = doc.char_span(e.start - offset, e.end - offset, alignment_mode="expand")
            if span is not None:
                persons.update(range(span.start, span.end))
    for e in entities:
        if e.label != "PERSON":
            continue
        span = doc.char_span(e.start - offset, e.end - offset, alignment_mode="expand")
        if span is None or not len(span):
            continue
        found = []
        before = title_before(doc, span.start)
        if before is not None:
            found.append(doc_text(doc)[before[0] : before[1]])
        found.extend(r for r in _appositions(span.root, persons) if r not in found)
        if found:
            roles[(e.start, e.end)] = found
    return roles


def title_before(doc: Doc, start: int) -> tuple[int, int] | None:
    """The characters of a title written right before the token `start`, if any.

    Walks left over nouns, adjectives, proper nouns and possessives ("Turkey’s"), and over "of"/"for"
    between capitalised words; the title must end in a title noun ("minister", "chief", "aide").
    """
    if start == 0 or not (doc[start - 1].is_title or doc[start - 1].pos_ == "NOUN"):
        return None
    i = start - 1
    while i >= 0:
        t = doc[i]
        word = t.text in ("’s", "'s") or t.pos_ in ("NOUN", "PROPN", "ADJ")
        link = t.lower_ in _TITLE_LINKS and i > 0 and doc[i - 1].is_title and doc[i + 1].is_title
        if not (word or link):
            break
        i -= 1
        if t.is_sent_start:
            break
    tokens = [doc[j] for j in range(i + 1, start)]
    while tokens and (tokens[0].text in ("’s", "'s") or tokens[0].lower_ in _TITLE_LINKS):
        tokens = tokens[1:]
    if not any(t.lower_ in TITLE_NOUNS for t in tokens):
        return None
    return char_span(tokens)


def _appositions(head: Token, persons: set[int]) -> list[str]:
    """ "Hakan Fidan, the intelligence chief" and "the intelligence chief, Hakan Fidan"."""
    candidates = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        candidates.append(head.head)
    # "the head of the Liberal Party, Chrystia Freeland": the parser hangs the name on "Party"
    elif head.dep_ == "appos" and head.head.dep_ == "pobj" and head.head.head.dep_ == "prep":
        candidates.append(head.head.head.head)
    out = []
    for noun in candidates:
        # a title ("the intelligence chief") or one person's part in the story ("The suspect, Michael
        # Webb,"): "the suspect said" later stands for that person
        if noun.pos_ != "NOUN" or (noun.lower_ not in TITLE_NOUNS and noun.lower_ not in PEOPLE_NOUNS):
            continue
        if any(t.i in persons for t in noun.subtree if t.i not in range(head.left_edge.i, head.i + 1)):
            continue  # "Akar, intelligence chief Hakan Fidan and …": a list of people, not an apposition
        tokens = [t for t in noun_phrase(noun) if t.dep_ != "det" and t.i not in persons and t.i != head.i]
        tokens = [t for t in tokens if t.idx >= tokens[0].idx and not t.is_punct] if tokens else []
        if tokens:
            s, e = char_span(tokens)
            out.append(doc_text(head.doc)[s:e])
    return out
