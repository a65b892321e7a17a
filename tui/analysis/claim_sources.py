"""Who a claim's source is when the cue's subject is not plainly it, and subjects that report nobody.

- the name a described source is given beside it ("Carlineo's attorney, Sonya Zoghlin, said", "The
  company that runs the awards, Dick Clark Productions, denies …") names the source;
- the writer and the reader ("we know", "you may think", "let's hope"), nobody ("nothing
  indicated", "no one else admits") and the writer's "this" ("this shows how …") report nothing:
  the real-page gold has no claim there, and PolNeAR's train split has few (opinion pieces);
- a thing that a relative clause describes by what it shows or backs ("an email chain that showed
  …", "a union that has endorsed him") is told apart by the clause: nobody is reported (a record
  that "says" something still reports its writer).
"""

from __future__ import annotations

from spacy.tokens import Token

from tui.analysis.lexicon import SPEECH_VERBS

#: Pronouns by which a writer speaks for the readers and to them ("we know", "you may think"): in
#: a news text no one is reported; a columnist reasons aloud.
_WRITER_AND_READER = frozenset({"we", "us", "you"})
#: The "us" of "let's" as the parser gives it (a subject; the tagger calls the curly one a noun).
_LETS = frozenset({"'s", "’s"})


def reports_nobody(source: Token) -> bool:
    """Whether the subject of a cue is no one reported: the writer or the reader ("as we know, …",
    "you might think that …", "let's hope …"), nobody ("nothing indicated that …", "no one else
    admits …") or the writer's own inference ("this shows how …", "this contradicts his claim")."""
    if source.pos_ == "PRON" and source.lower_ in _WRITER_AND_READER:
        return True
    if source.lower_ in _LETS and source.dep_ == "nsubj":
        return True
    if source.lower_ in ("nothing", "nobody") or (source.lower_ == "this" and source.pos_ == "PRON"):
        return True
    return source.lower_ == "one" and any(c.lower_ == "no" and c.i == source.i - 1 for c in source.children)


def named(source: Token) -> Token:
    """The name a described source is given beside it: "Carlineo's attorney, Sonya Zoghlin, said",
    "The group that owns her music, Big Machine, says": the name says who it is."""
    if source.pos_ != "NOUN":
        return source
    name = next((c for c in source.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return name or _named_after_clause(source) or source


def _named_after_clause(source: Token) -> Token | None:
    """ "The company that runs the awards, Dick Clark Productions, denies …": a name set off by commas
    at the end of the subject, after its relative clause, names the subject (the parser hangs it on
    the clause's last noun)."""
    clause = next((c for c in source.children if c.dep_ == "relcl"), None)
    if clause is None:
        return None
    doc = source.doc
    end = clause.right_edge
    if end.text == "," and end.i > clause.i:
        end = doc[end.i - 1]
    if end.dep_ != "appos" or end.pos_ != "PROPN" or end.i + 1 >= len(doc) or doc[end.i + 1].text != ",":
        return None
    if end.left_edge.i == 0 or doc[end.left_edge.i - 1].text != ",":
        return None
    return end


def described_thing(source: Token, cue: Token) -> bool:
    """Whether the source is a thing that the cue's relative clause describes ("the language in the act
    that directed the agency to …", "an email chain that showed …", "a union that has endorsed
    him"): the clause says which thing the writer means, it reports no one's statement. A record
    that says something ("a letter that says he is …") still reports its writer. (Measured: none of
    these is in the real-page gold, and under a third of them in PolNeAR's.)"""
    if cue.dep_ != "relcl" or cue.head.i != source.i or source.pos_ != "NOUN" or source.ent_type_:
        return False
    if cue.lemma_.lower() in SPEECH_VERBS and any(c.dep_ == "ccomp" for c in cue.children):
        return False
    # (an infinitive is what the noun did: "the only company to confirm that …" reports the company)
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" for c in cue.children)
