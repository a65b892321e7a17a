"""Stances stated by an adjective with the thing they are taken on: "the senator has been critical of
[the trade deal]", "voters remain wary of [a third term]". The subject of the copula holds the stance.

Only adjectives whose "of"/"about" object PolNeAR annotates as what the stance is on most of the
time (about three in four on its train split): "worried about", "concerned about" and "proud of"
name a feeling far more often than a reported stance and stay out.
"""

from __future__ import annotations

from spacy.tokens import Token

from tui.analysis.claim_content import nested_cues
from tui.analysis.syntax import clause_tokens, subject_of

#: Adjectives of stance and the preposition that carries what the stance is on.
STANCE_ADJECTIVES: dict[str, frozenset[str]] = {
    "critical": frozenset({"of"}),
    "supportive": frozenset({"of"}),
    "skeptical": frozenset({"of", "about"}),
    "sceptical": frozenset({"of", "about"}),
    "wary": frozenset({"of"}),
    "enamored": frozenset({"of", "with"}),
    "enamoured": frozenset({"of", "with"}),
    "dismissive": frozenset({"of"}),
    "angry": frozenset({"about", "over"}),
}

#: Verbs that link a subject to the adjective ("is critical of", "grew wary of", "remained skeptical").
_LINKING = frozenset("be remain become grow seem appear stay sound prove".split())


def adjective_stance(adjective: Token) -> tuple[list[Token], Token] | None:
    """(what the stance is on, its holder) for "X is critical of [Y]", or None."""
    preps = STANCE_ADJECTIVES.get(adjective.lower_)
    if preps is None or adjective.dep_ != "acomp" or adjective.head.lemma_.lower() not in _LINKING:
        return None
    holder = subject_of(adjective.head)
    if holder is None:
        return None
    for child in adjective.children:
        if child.dep_ == "prep" and child.lower_ in preps and child.i > adjective.i:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.pos_ != "PRON":
                # (a cue inside it reports on its own: "critical of those who suggest …")
                return clause_tokens(obj, nested_cues(obj)), holder
    return None
