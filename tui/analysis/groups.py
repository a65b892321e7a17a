"""Described actors: people named by what they are, anchored to a name ("U.S. officials", "critics of
Trump's policies", "an attorney for Scientology", "Pregnant women in Australia"), and places named
the same way ("the U.S. border", "Google headquarters in California").

A who-says-what reader tracks these as sources of their own: journalists write "U.S. officials said"
and "a spokesman for the ministry" as often as a name. Such a phrase is an actor when its head noun
names people by role or group (PEOPLE_NOUNS) and a name hangs on it, as a modifier ("U.S.
officials", "the Sheriff's detective") or in a prepositional phrase ("members of the Sea Org",
"a detective for the Los Angeles Sheriff's office"). The phrase is the mention (the whole noun
phrase, like any mention); its name is the head with the words that anchor it. The names inside
stay mentions of their own actors: entities may overlap.

Only the name mentions already found are visited (no new pass over the tokens): from each name the
rule climbs the parse to the noun it qualifies.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc, Token

from tui.analysis.dictionary import is_word
from tui.analysis.lexicon import COLLECTIVE_NOUNS, PEOPLE_NOUNS, PLACE_NOUNS, UNIQUE_POSTS
from tui.analysis.model import GROUP_LABEL, Entity, Span
from tui.analysis.names import PLACE_UNITS
from tui.analysis.spans import SpanSet
from tui.analysis.syntax import token_range

#: Labels of the names that can anchor a description.
_ANCHORS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
#: Prepositions that tie people to a name: "members of", "an attorney for", "teams from", "staff at".
_PREPS = frozenset({"of", "for", "from", "at", "in", "within", "across", "on", "including", "like"})
#: Prepositions that give examples of the many a plural head names ("critics like …").
_EXAMPLES = frozenset({"like", "including"})
#: Links by which a name qualifies the noun above it ("U.S. officials", "Trump's policies").
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "poss"})
#: Determiners that make a singular description someone new ("a spokesman for …"): "the spokesman"
#: is mostly someone named before.
_INDEFINITE = frozenset({"a", "an", "one", "another"})
_NONE = Entity(0, 0, "")
#: Words of quantity that a name leaves out ("many European citizens" is "European citizens").
_QUANTIFIERS = frozenset("many several some few most all numerous various both other more".split())
#: A name longer than this many words leaves out the list it holds.
_NAME_WORDS = 8
#: A description longer than this many tokens is cut back to its head's own words.
_LONGEST = 40


#: Words that keep a source unnamed on purpose: "sources in the ministry", "a person familiar with the
#: talks", "an official who spoke on condition of anonymity", "not authorized to speak".
_ANONYMOUS = re.compile(
    r"\b(?:sources?|insiders?|familiar with|anonymity|anonymous(?:ly)?|not authori[sz]ed|declined to be "
    r"named|asked not to be (?:named|identified)|unnamed|unidentified)\b",
    re.IGNORECASE,
)


def is_anonymous(phrase: str) -> bool:
    """Whether a described source is unnamed on purpose (the group is then `anonymous` in the output)."""
    return _ANONYMOUS.search(phrase) is not None


def find_groups(
    doc: Doc, entities: list[Entity], quoted: list[Span] | None = None, offset: int = 0
) -> list[tuple[Entity, str]]:
    """Described actors anchored to the names in `entities`, as (entity, short name) pairs: label
    GROUP for people, LOC for places.

    `quoted` are the chunk's quotations (offsets in the chunk): a description inside one is the
    speaker's way of putting it ("our colleagues from Iran"), no source the article tracks."""
    inside_quotes = SpanSet(quoted or []).covers
    named: dict[int, Entity] = {}  # token index -> the name it lies in
    spans = []
    for e in entities:
        tokens = token_range(doc, e.start - offset, e.end - offset)
        if not tokens:
            continue
        span = doc[tokens.start : tokens.stop]
        for i in tokens:
            named.setdefault(i, e)
        if e.label in _ANCHORS:
            spans.append(span)
    # heads that a name already turns into an actor of its own ("a Kremlin spokesman")
    taken = {span.end - 1 for span in spans}
    out: list[tuple[Entity, str]] = []
    seen: set[int] = set()
    for span in spans:
        head = _described_head(span.root, named)
        if head is None or head.i in seen or head.i in taken or inside_quotes(head.idx):
            continue
        seen.add(head.i)
        place = _place(head, named)
        if place and _named_unit(head, named):
            continue
        tokens = _phrase(head, place)
        if place and _garbled(tokens):
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        # "the deputies of Partito 3 Colori (P3C": an aside cut open at the end runs to its bracket
        opened = [t.i for t in tokens if t.text == "("]
        if opened and not any(t.text == ")" and t.i > opened[-1] for t in tokens):
            doc = head.doc
            last = tokens[-1].i
            close = next((i for i in range(last + 1, min(len(doc), last + 4)) if doc[i].text == ")"), None)
            if close is not None:
                end = doc[close].idx + 1
        # a described place is a place like any other; described people are a group
        label = "LOC" if place else GROUP_LABEL
        out.append((Entity(offset + start, offset + end, label), _name(head, named)))
    return out


def _described_head(token: Token, named: dict[int, Entity]) -> Token | None:
    """The people noun that the name at `token` qualifies, through at most two nouns between."""
    node = token
    for _ in range(3):
        # up over the names and nouns it modifies: "U.S. President Donald Trump's policies"
        climbed = 0
        while node.dep_ in _MODIFIER_DEPS and node.head.pos_ in ("NOUN", "PROPN") and climbed < 4:
            node = node.head
            climbed += 1
            if _people(node, named):
                return node if _stands_alone(node, named) else None
        # over a list of names to its first item: "teams from Sudan, Iran and Yemen"
        while node.dep_ == "conj" and node.head.pos_ == "PROPN":
            node = node.head
        # a participle that ties the noun to the name: "territory controlled by the Taliban",
        # "migrants crossing the Channel"
        verb = node.head.head if node.dep_ == "pobj" and node.head.dep_ == "agent" else node.head
        if node.dep_ in ("pobj", "dobj") and verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG"):
            if verb.head.pos_ == "NOUN" and _people(verb.head, named):
                return verb.head if _stands_alone(verb.head, named) else None
            return None
        if node.dep_ != "pobj" or not _linking(node.head) or node.head.dep_ != "prep":
            return None
        node = node.head.head
        if node.pos_ not in ("NOUN", "PROPN"):
            return None
        if _people(node, named):
            return node if _stands_alone(node, named) else None
    return None


def _such_as(prep: Token) -> bool:
    """ "charities such as the Red Cross": "as" after "such" gives examples like "like"."""
    return prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"


def _linking(prep: Token) -> bool:
    """A preposition that ties people to a name ("members of", "critics like", "charities such as")."""
    return prep.lower_ in _PREPS or _such_as(prep)


def _place(token: Token, named: dict[int, Entity]) -> bool:
    """A common noun for a place, outside any name ("the U.S. border", "the Lombardy region")."""
    return token.pos_ == "NOUN" and token.i not in named and token.lemma_.lower() in PLACE_NOUNS


def _people(token: Token, named: dict[int, Entity]) -> bool:
    """A common noun for people by role or group (or for a place), outside any name."""
    if _place(token, named):
        return True
    return (
        # a capital opening the sentence makes the parser read "Critics" as a proper noun
        (token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_sent_start))
        and token.i not in named
        and (
            token.lemma_.lower() in PEOPLE_NOUNS
            or token.lower_ in PEOPLE_NOUNS
            or (token.lower_.endswith("s") and token.lower_[:-1] in PEOPLE_NOUNS)  # "Critics" as PROPN
            or _agent_plural(token)
            or token.lemma_.lower() in _BODIES
        )
        and token.lemma_.lower() not in UNIQUE_POSTS
    )


def _stands_alone(head: Token, named: dict[int, Entity]) -> bool:
    """Whether the description names someone beside the names: not a person's title ("barrister
    Colin Yeo", "Mohib, the Afghan ambassador"), not said of someone ("he is a member of …"), and a
    singular one only when it brings someone new in ("a spokesman for …")."""
    if head.dep_ in ("compound", "amod", "nmod", "attr", "acomp", "npadvmod"):
        return False
    if head.dep_ == "appos" and head.head.i in named:
        return False
    # "an attorney for Scientology, Kendrick Moxon": a person in apposition, wherever it hangs;
    # not after "like"/"including", where the names are examples of the many ("critics like X, and Y")
    examples = any(c.dep_ == "prep" and (c.lower_ in _EXAMPLES or _such_as(c)) for c in head.children)
    if not examples and any(
        t.dep_ == "appos" and named.get(t.i, _NONE).label == "PERSON" for t in head.subtree
    ):
        return False
    if _place(head, named):  # a place is no one's title, and "the" does not make it someone named
        return head.dep_ not in ("compound", "amod", "nmod")
    if head.tag_ in ("NN", "NNP") and head.lemma_.lower() not in COLLECTIVE_NOUNS | _COLLECTIVE_BODIES:
        det = next((c for c in head.children if c.dep_ in ("det", "nummod")), None)
        return det is not None and det.lower_ in _INDEFINITE
    return True


def _phrase(head: Token, place: bool = False) -> list[Token]:
    """The tokens of the whole noun phrase, without punctuation at its edges; a very long one keeps
    only the head's own words (its relative clause left out). A place's apposition is a second
    mention of it, not part of the first ("the village of Mazirat, a town of 30 houses"), and a
    comparison is none ("the city of Philadelphia than Democrats")."""
    tokens = list(head.subtree)
    if len(tokens) > _LONGEST:
        tokens = [t for t in tokens if not _in_clause(t, head)]
    if place:
        doc = head.doc
        cut = {
            t.i
            for c in tokens
            if c.i != head.i
            and (
                (c.dep_ == "appos" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",")
                or (c.dep_ == "prep" and c.lower_ == "than" and c.head.i == head.i)
            )
            for t in c.subtree
        }
        tokens = [t for t in tokens if t.i not in cut]
    # "the Afghan team's coach": the possessive ending is no part of the team
    while len(tokens) > 1 and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].tag_ == "POS"):
        tokens.pop()
    while len(tokens) > 1 and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    return tokens


#: Places that the name after their "of" names whole: "the city of Philadelphia", "the village of
#: Clyst St. Mary" are mentions of that place, no second place around it.
_UNITS = PLACE_UNITS | frozenset(
    "city town village hamlet suburb borough parish estate island state country".split()
)


def _named_unit(head: Token, named: dict[int, Entity]) -> bool:
    """ "the town of Esna": a place unit whose "of" holds a name alone."""
    if head.lemma_.lower() not in _UNITS or head.tag_ != "NN":
        return False
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.i in named and all(t.i in named or t.dep_ == "det" for t in pobj.lefts):
            return True
    return False


def _garbled(tokens: list[Token]) -> bool:
    """A phrase cut across brackets ("now Grant) streets"): the parse of it is not to be trusted."""
    text = "".join(t.text for t in tokens)
    return text.count("(") != text.count(")")


def _in_clause(token: Token, head: Token) -> bool:
    """Whether `token` lies in a clause hanging on `head` (a relative or participle clause)."""
    while token.i != head.i:
        if token.head.i == head.i and token.dep_ in ("relcl", "acl", "punct"):
            return True
        token = token.head
    return False


def _name(head: Token, named: dict[int, Entity], lists: bool = True) -> str:
    """A short name: the head, its modifiers and the prepositional phrase that holds a name, each
    without its own clauses ("critics of U.S. President Donald Trump's policies"); a long list of
    names in it is cut to its first item."""
    keep = [head]
    for child in head.children:
        if child.i < head.i and child.dep_ in ("compound", "amod", "nmod", "poss", "case"):
            # "her Brooklyn headquarters": a pronoun says whose, but names nothing
            keep.extend(
                t for t in child.subtree if not _quantifier(t) and t.pos_ != "PRON" and t.pos_ != "VERB"
            )
    anchor = next((c for c in head.rights if c.dep_ == "prep" and any(t.i in named for t in c.subtree)), None)
    if anchor is not None:  # the first prepositional phrase that holds a name
        keep.extend([anchor.doc[anchor.i - 1], anchor] if _such_as(anchor) else [anchor])
        for pobj in (c for c in anchor.children if c.dep_ == "pobj"):
            keep.extend(_core(pobj, lists, named))
    else:  # or the participle that holds it: "territory controlled by the Taliban"
        verb = next(
            (c for c in head.rights if c.dep_ == "acl" and any(t.i in named for t in c.subtree)), None
        )
        for child in verb.children if verb is not None else ():
            if child.dep_ == "dobj":
                keep.extend([verb, *_core(child, lists, named)])
            elif child.dep_ == "agent":
                pobjs = [c for c in child.children if c.dep_ == "pobj"]
                keep.extend([verb, child, *(t for p in pobjs for t in _core(p, lists, named))])
    keep.sort(key=lambda t: t.i)
    # the words before the head that run up to it ("The move enraged critics" is "critics")
    ids = {t.i for t in keep}
    first = head.i
    while first - 1 in ids or (first > 0 and head.doc[first - 1].is_quote and first - 2 in ids):
        first -= 1
    keep = [t for t in keep if t.i >= first and not t.is_quote]
    # a word is never cut inside: "all-girl" keeps "all", however the parser hung it
    doc = head.doc
    while (
        first > 0
        and not doc[first - 1].whitespace_
        and (doc[first - 1].is_alpha or doc[first - 1].text == "-")
    ):
        first -= 1
        keep.insert(0, doc[first])
    while len(keep) > 1 and keep[0].text == "-":
        keep.pop(0)
    while len(keep) > 1 and keep[-1].is_punct:
        keep.pop()
    # words left out (a quotation mark, a comma) leave a space, not their own whitespace
    words = [t.text_with_ws if t.i + 1 == nxt.i else t.text + " " for t, nxt in itertools.pairwise(keep)]
    name = " ".join("".join([*words, keep[-1].text]).split())
    return _name(head, named, False) if lists and len(name.split()) > _NAME_WORDS else name


def _quantifier(token: Token) -> bool:
    """ "many", "several": not "all" of "all-girl"."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ in _QUANTIFIERS and not (nxt is not None and nxt.text == "-")


def _core(token: Token, lists: bool, named: dict[int, Entity]) -> list[Token]:
    """A noun with its modifiers (and the items of its list), without clauses or further phrases
    unless they are part of a name ("the Bank of China")."""
    out = [token]
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod", "poss", "case", "det", "nummod"):
            out.extend(child.subtree)
        elif lists and (child.dep_ in ("conj", "cc") or (child.dep_ == "punct" and child.text == ",")):
            out.extend(_core(child, lists, named) if child.dep_ == "conj" else [child])
        elif child.dep_ == "prep" and token.i in named and all(t.i in named for t in child.subtree):
            out.extend(child.subtree)
    return out


#: Bodies of people that a name pins down ("boarding schools in England", "charities such as the
#: Wikimedia Foundation", "the United Nations specialized agencies").
_BODIES = frozenset(
    """
    school university college institution organization organisation agency committee council body
    charity publication publisher newspaper airline company firm union association community
    government establishment
    """.split()
)

#: Bodies named in the singular as a whole, with "the" ("the Catholic community in Russia", "the Tokyo
#: literary establishment", "the government of General Qasim").
_COLLECTIVE_BODIES = frozenset({"community", "establishment", "government"})

#: Endings of nouns for people by what they do: "biographers", "geologists", "physicians", "peacekeepers".
_AGENT_ENDINGS = ("ist", "ian", "eer")
#: Compound nouns for people by what they do ("peacekeepers", "policymakers", "stakeholders").
_AGENT_COMPOUNDS = ("keeper", "maker", "holder", "goer", "taker", "giver", "bearer", "owner", "seeker")
_KIN = frozenset("friend brother sister son daughter mother father wife husband cousin uncle aunt".split())


def _agent_plural(token: Token) -> bool:
    """A plural noun for people by what they do or who they are to someone: a noun of the language
    ending in "-ist"/"-ian", or "-er"/"-or" on a verb of the language ("readers", "owners"), or a kin word."""
    if token.tag_ != "NNS":
        return False
    lemma = token.lemma_.lower()
    if lemma in _KIN or lemma.endswith(_AGENT_ENDINGS) or lemma.endswith(_AGENT_COMPOUNDS):
        return True
    stem = lemma[:-2]
    return (
        lemma.endswith(("er", "or"))
        and len(stem) >= 3
        and any(is_word(token.doc.vocab, w) for w in (stem, stem + "e"))
    )
