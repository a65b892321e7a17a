"""Views stated without a clause of their own: a passive of viewing or judging with what its subject
is held to be, and "made (it) clear".

- "The kingdom is viewed as a bulwark against Iran", "the candidates are widely seen as a circus",
  "Clinton was declared the winner", "the law was found discriminatory": the subject and what it is
  held to be are the statement, one stretch with the verb; whoever holds the view is the agent ("seen
  by some as"), and with none it is a hedge, as "is thought to" is. Only with a predicate: "the bill
  was seen by the governor" or "the winner was declared on Tuesday" says nothing about the subject.
- "The party made clear that it has no plans to …", "she made it clear that …": the clause is what the
  subject of "made" said.
"""

from __future__ import annotations

from spacy.tokens import Token

from tui.analysis.claim_content import agent_of, complement
from tui.analysis.syntax import clause_tokens, possessor, subject_of

#: Verbs whose passive with an "as" phrase or a predicate says what someone holds the subject to be.
VIEW_PASSIVES = frozenset(
    """
    see view regard consider deem perceive recognize recognise declare find judge describe
    characterize characterise portray paint brand label dub single
    """.split()
)

#: Children of the view verb that stand apart from the view: a clause set beside it.
_APART = frozenset({"parataxis"})
#: Subjects that stand for a noun outside the clause ("what has been described as …", "which is seen as").
_RELATIVES = frozenset({"it", "which", "that", "who", "what", "whom"})


def _predicate(verb: Token) -> Token | None:
    """What the subject is held to be: the object of an "as" ("viewed as a bulwark"), or the
    predicate ("declared the winner", "found discriminatory")."""
    for child in verb.children:
        if child.i < verb.i:
            continue
        if (
            child.dep_ == "prep"
            and child.lower_ == "as"
            and any(g.dep_ in ("pobj", "amod", "acomp", "pcomp") for g in child.children)
        ):
            return child
        if child.dep_ in ("oprd", "acomp") or (
            child.dep_ == "xcomp" and child.pos_ in ("NOUN", "ADJ", "PROPN")
        ):
            return child
    return None


def passive_view(verb: Token, lemma: str) -> tuple[list[Token], Token | None] | None:
    """The statement a passive of viewing makes and the agent who holds it, or None."""
    if lemma not in VIEW_PASSIVES:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subject is None or subject.lower_ in _RELATIVES:
        return None
    if _predicate(verb) is None:
        return None
    start = subject.left_edge.i
    # ("…, and it is clear that …": a clause joined with a subject of its own is the writer's)
    apart = {c.i for c in verb.children if c.dep_ in _APART or c.i < start or _own_clause(c)}
    tokens = clause_tokens(verb, apart)
    tokens = [t for t in tokens if t.i >= start]
    while tokens and (tokens[-1].dep_ == "cc" or tokens[-1].is_punct):
        tokens.pop()
    return tokens, agent_of(verb)


def _own_clause(child: Token) -> bool:
    """A clause joined to the view's with a subject of its own."""
    return child.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in child.children)


def made_clear(adjective: Token) -> tuple[list[Token], Token | None, Token] | None:
    """ "made clear (that) …", "made it clear that …": the clause, the subject of "made" and "made"."""
    if adjective.lower_ != "clear":
        return None
    verb = adjective.head
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() == "make" and adjective.i < verb.i:
        # "has made clear he will not …": the parser hangs "clear" on the clause's verb
        return clause_tokens(verb, {adjective.i}), subject_of(verb.head), verb.head
    if verb.lemma_.lower() != "make" or adjective.dep_ not in ("oprd", "ccomp", "acomp", "xcomp"):
        return None
    comp = complement(verb)
    if comp is None or comp.i <= adjective.i:
        # "made it clear that …": the parser hangs the clause on "clear"
        comp = next(
            (c for c in adjective.children if c.dep_ in ("advcl", "ccomp") and c.i > adjective.i), None
        )
    if comp is None or comp.pos_ not in ("VERB", "AUX"):
        return None
    return clause_tokens(comp), subject_of(verb), verb


#: Nouns that say whose view a sentence gives when they open it: "In their view, …", "in Ash's opinion".
_VIEW_NOUNS = frozenset("view opinion estimation judgment judgement assessment words".split())


def in_view(noun: Token) -> tuple[list[Token], Token, Token] | None:
    """ "In their view, Democrats could pick off …": the clause the phrase hangs on, the owner of the
    view and the "in"."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in _VIEW_NOUNS or prep.lower_ != "in":
        return None
    owner = possessor(noun)
    host = prep.head
    if owner is None or prep.dep_ != "prep" or host.pos_ not in ("VERB", "AUX"):
        return None
    # the phrase is left out where it opens or ends the clause and kept where it interrupts it
    phrase = {x.i for x in prep.subtree}
    tokens = clause_tokens(host)
    lo, hi = 0, len(tokens)
    while lo < hi and (tokens[lo].i in phrase or tokens[lo].is_punct or tokens[lo].is_space):
        lo += 1
    while hi > lo and (tokens[hi - 1].i in phrase or tokens[hi - 1].is_punct or tokens[hi - 1].is_space):
        hi -= 1
    return tokens[lo:hi], owner, prep
