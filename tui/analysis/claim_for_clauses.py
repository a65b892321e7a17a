"""The "for … to" clauses of cues that call for something, which the parser does not hang as a
preposition's object: "called for [the city to build parks]" (a clause marked by "for"), "her call
for [the board to resign]" (a "for" phrase ended at its noun, its infinitive hung elsewhere)."""

from __future__ import annotations

from spacy.tokens import Token

from tui.analysis.lexicon import INTENTION_NOUNS, PREP_CUES
from tui.analysis.syntax import to_infinitive


def for_clause(child: Token, lemma: str) -> Token | None:
    """ "called for [the city to build more parks]", "pushed for [lawmakers to act]": the parser makes
    a "for … to" clause a clause of its own marked by "for", not the object of a preposition."""
    if child.dep_ not in ("advcl", "ccomp", "xcomp") or lemma not in PREP_CUES["for"]:
        return None
    mark = child.left_edge
    if mark.lower_ != "for" or mark.dep_ != "mark" or mark.head.i != child.i:
        return None
    return child


def for_infinitive(noun: Token, obj: Token) -> Token | None:
    """ "her call for [the city to build parks]", "demands for [the board to resign]": the parser ends
    the "for" phrase at its noun and hangs the infinitive on the cue noun or on its verb."""
    if noun.lemma_.lower() not in INTENTION_NOUNS:
        return None
    after = obj.right_edge.i + 1
    for head in (noun, noun.head):
        for c in head.children:
            if c.dep_ in ("acl", "advcl") and c.left_edge.i == after and to_infinitive(c):
                return c
    return None
