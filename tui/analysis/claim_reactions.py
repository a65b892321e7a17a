"""Who holds a report nested in a reaction to it: "the senator took aim at the governor over [his plan
to …]", "was rebuked by critics for [his proposal to …]", "critics embraced [her argument that …]".

The plan or argument is the possessor's, but what the sentence reports is the reaction to it: the one
who took aim, rebuked or embraced states it (PolNeAR marks the reacting subject as the source of
such nested content, and only the reaction as the attribution).
"""

from __future__ import annotations

from spacy.tokens import Token

#: How far up from the cue noun the reacting verb may be: "over [his plan]" (pobj, prep), "on his
#: plan and [his vote]" (conj) — a short chain of objects and prepositions only.
_CHAIN = frozenset({"pobj", "dobj", "prep", "conj"})
_MAX_STEPS = 4

#: Verbs that hold a noun without reacting to it ("he has a plan", "it was her argument").
_NOT_REACTIONS = frozenset({"be", "have", "get", "make", "give", "take", "do"})


def reacting_holder(noun: Token) -> Token | None:
    """The subject (or passive agent) of the verb whose object, or prepositional object, is a cue noun
    owned by a pronoun ("his plan", "her argument"); None when there is no such verb. A light verb
    ("has a plan") reacts to nothing; "took aim at … over his plan" does ("took" with a noun after
    it is a phrase of its own)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PRON":
        return None
    node = noun
    for _ in range(_MAX_STEPS):
        if node.dep_ not in _CHAIN or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
    else:
        return None
    if node.pos_ not in ("VERB", "AUX") or node.i > noun.i:
        return None
    direct = noun.dep_ == "dobj" and noun.head.i == node.i
    if node.lemma_.lower() in _NOT_REACTIONS and (direct or node.lemma_.lower() in ("be", "have")):
        return None
    for c in node.children:
        if c.dep_ == "agent":
            agent = next((g for g in c.children if g.dep_ == "pobj"), None)
            if agent is not None:
                return agent
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is None or subject.i == owner.i:
        return None
    return subject
