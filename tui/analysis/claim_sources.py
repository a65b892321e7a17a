"""Who a claim's source is when the cue's subject is not plainly it, and subjects that report nobody.

- the noun a subjectless cue describes ("with forecasters warning that …") is its source;
- the name a described source is given beside it ("Carlineo's attorney, Sonya Zoghlin, said", "The
  company that runs the awards, Dick Clark Productions, denies …") names the source;
- a relative pronoun is the source's own words where a relative clause holds the cue ("a group
  that supports …", "officials who say …"): PolNeAR marks the pronoun, and the noun it stands for
  is kept beside it to name the source (`relative_source`);
- the writer and the reader ("we know", "you may think", "let's hope"), nobody ("nothing
  indicated", "no one else admits") and the writer's "this" ("this shows how …") report nothing:
  the real-page gold has no claim there, and PolNeAR's train split has few (opinion pieces);
- a thing that a relative clause describes by what it shows or backs ("an email chain that showed
  …", "a union that has endorsed him") is told apart by the clause: nobody is reported (a record
  that "says" something still reports its writer).
"""

from __future__ import annotations

from spacy.tokens import Token

from tui.analysis.control import TIME_UNITS
from tui.analysis.lexicon import MEDIA_NOUNS, SPEECH_VERBS
from tui.analysis.model import Entity, Span
from tui.analysis.syntax import char_span, mention_span, to_infinitive

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


#: Records whose findings are reported as theirs ("a new poll that shows …", "a study that found …").
_RECORDS = frozenset(
    "poll survey study report analysis research data datum result record document finding".split()
)


def described_thing(source: Token, cue: Token) -> bool:
    """Whether the source is a thing that the cue's relative clause describes ("the language in the act
    that directed the agency to …", "an email chain that showed …", "a union that has endorsed him"):
    the clause says which thing the writer means, it reports no one's statement. A record that says
    something ("a letter that says he is …") still reports its writer, and a poll or a study its
    findings. (Measured: none of these is in the real-page gold, and under a third of them in
    PolNeAR's.)"""
    if cue.dep_ != "relcl" or cue.head.i != source.i or source.pos_ != "NOUN" or source.ent_type_:
        return False
    if cue.lemma_.lower() in SPEECH_VERBS and any(c.dep_ == "ccomp" for c in cue.children):
        return False
    if source.lemma_.lower() in _RECORDS or source.lemma_.lower() in MEDIA_NOUNS:
        return False  # "a new poll that shows …": a record's findings are its own
    # (an infinitive is what the noun did: "the only company to confirm that …" reports the company)
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" for c in cue.children)


#: Relative pronouns that can be the subject of a cue ("a group that supports …", "Roe, who said …").
RELATIVE_PRONOUNS = frozenset({"that", "who", "which"})


def relative_source(source: Token, cue: Token) -> tuple[Token, Token] | None:
    """(the relative pronoun, the noun it stands for) when the cue's source is the subject of a
    relative clause holding the cue: "a new poll that shows …" (the source found is the noun),
    "several women who said …" (the pronoun). The pronoun is where the text gives the source, the
    noun what names it."""
    if source.lower_ in RELATIVE_PRONOUNS and source.dep_ == "nsubj" and source.head.dep_ == "relcl":
        return source, source.head.head
    for clause in source.children:
        if clause.dep_ == "relcl" and clause.left_edge.i <= cue.i <= clause.right_edge.i:
            pronoun = next(
                (c for c in clause.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS), None
            )
            return None if pronoun is None else (pronoun, source)
    return None


def source_span(
    source: Token,
    cue: list[Token] | None,
    entities: list[Entity],
    offset: int,
    relatives: dict[Span, Span] | None,
) -> Span:
    """The span of a claim's source: the name it is given, or the words that give it; a relative
    pronoun's span is mapped in `relatives` to the span of the noun it stands for."""
    relative = relative_source(source, cue[-1]) if cue else None
    if relative is None:
        return _with_conjuncts(source, mention_span(named(source), entities, offset), entities, offset)
    span = char_span([relative[0]], offset)
    if relatives is not None:
        relatives[span] = mention_span(named(relative[1]), entities, offset)
    return span


def _with_conjuncts(source: Token, span: Span, entities: list[Entity], offset: int) -> Span:
    """ "Analysts and sources in the camp told …", "Noel and Thomas said …": a source named by a
    coordination is all of it, not its first member ("both" left out: "both X and Y" are X and Y)."""
    last = source
    while (
        nxt := next((c for c in last.children if c.dep_ == "conj" and c.pos_ in _NAMES), None)
    ) is not None:
        last = nxt
    if last is source or source.pos_ not in _NAMES:
        return span
    start, end = span[0], max(span[1], mention_span(last, entities, offset)[1])
    first = source.doc[source.left_edge.i]
    if first.lower_ in _BOTH and offset + first.idx == start:
        start = offset + source.doc[first.i + 1].idx
    # "analysts and sources in the camp": the parser hangs the last member's phrase on the first
    for c in source.children:
        if c.dep_ == "prep" and c.i == last.right_edge.i + 1:
            end = max(end, char_span([c.right_edge], offset)[1])
    return start, end


#: Words before a coordination that say its members go together.
_BOTH = frozenset({"both", "either", "neither"})


#: What a coordinated source is made of: names and nouns ("Noel and Thomas", "analysts and sources").
_NAMES = frozenset({"PROPN", "NOUN"})


def described_noun(t: Token) -> Token | None:
    """The noun a subjectless cue describes, its source: "with forecasters warning that …", "the only
    company to confirm that …", "theories suggesting that …"."""
    if t.dep_ not in ("acl", "relcl") or t.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return None
    noun = t.head
    if noun.lemma_.lower() in TIME_UNITS:
        return None  # "spent 45 seconds explaining how …": the one who spent them explains
    # an infinitive on a noun mostly says what the noun is for ("a duty to remind …", "a plan to
    # say …"); only after "the only / first / last …" does the noun do it
    if to_infinitive(t) and not any(c.lower_ in _WHICH_ONE for c in noun.children if c.i < noun.i):
        return None
    if to_infinitive(t) and noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "be":
        # "The only other entity to confirm it has bid is the team led by Blue Origin": who it is
        named = next((c for c in noun.head.children if c.dep_ == "attr" and c.i > t.i), None)
        if named is not None and named.pos_ in ("NOUN", "PROPN"):
            return named
    return noun


#: Words that pick one of several ("the first company to confirm …"): its infinitive is what it did.
_WHICH_ONE = frozenset("only first last second third next latest sole".split())
