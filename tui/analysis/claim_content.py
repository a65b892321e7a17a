"""What a claim's cue says: the content hanging from a cue verb or noun, and who holds it.

The rules of `claims` find a cue (a speech, belief or stance verb, a cue noun); these find its
content in the parse (a clause, an infinitive of intent, an object of stance, a prepositional
object), the agent of a passive and the owner of a cue noun; a clause the parser hung somewhere
else is found again by `claim_misparses`.
"""

from __future__ import annotations

from spacy.tokens import Token

from tui.analysis.claim_for_clauses import for_clause, for_infinitive
from tui.analysis.lexicon import (
    ACTION_VERBS,
    CUE_NOUNS,
    CUE_VERBS,
    DIRECTIVE_VERBS,
    INTENT_VERBS,
    MORE_CLAUSE_VERBS,
    MORE_CUE_NOUNS,
    NAMING_VERBS,
    OBJECT_CUE_VERBS,
    PREP_CUES,
)
from tui.analysis.syntax import clause_tokens, opens_adverbial, subject_of, that_marked, to_infinitive

#: Verbs that take a reported clause.
CLAUSE_VERBS = CUE_VERBS | MORE_CLAUSE_VERBS
#: Every verb that can cue a claim, for the participle and nesting rules.
ALL_CUE_VERBS = (
    CLAUSE_VERBS | INTENT_VERBS | DIRECTIVE_VERBS | OBJECT_CUE_VERBS | frozenset().union(*PREP_CUES.values())
)
#: Nouns that cue a claim.
ALL_CUE_NOUNS = CUE_NOUNS | MORE_CUE_NOUNS
#: Objects that stand for something said before and say nothing by themselves.
_EMPTY_OBJECTS = frozenset(
    "it this that these those them him her me us you so something anything nothing everything what".split()
)


def complement(verb: Token) -> Token | None:
    """The verb's reported clause. With two ("A: by 2-1, they say [B]", the parser taking the
    sentence before the colon for a fronted clause), the one after the verb is what it reports."""
    first = None
    for child in verb.children:
        if child.dep_ == "ccomp":
            if child.i > verb.i:
                return child
            first = first or child
    return first


def speaking_verb(verb: Token) -> Token:
    """For a participle cue ("…, adding that …") the cue verb it continues, whose subject it shares."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb
    t = verb.head
    while t.head.i != t.i:
        if t.lemma_.lower() in CUE_VERBS and t.pos_ == "VERB" and complement(t) is not None:
            return t
        t = t.head
    return t if t.lemma_.lower() in CUE_VERBS else verb


def nested_cues(head: Token) -> set[int]:
    """Speech verbs hanging inside a complement as participles ("…, adding that …") or in a relative
    clause that ends it ("…, which he says were faked"): their own claims."""
    return {
        t.i
        for t in head.subtree
        if (
            t.dep_ in ("advcl", "conj")
            # "…, going on to say that …"; but not an infinitive: "critics seem to think that …"
            # is what the critics were said to think, one statement
            or (t.dep_ == "xcomp" and t.tag_ != "VB")
            or (t.dep_ == "relcl" and t.right_edge.i >= head.right_edge.i - 1)
        )
        and t.i != head.i
        and t.lemma_.lower() in CUE_VERBS
        and complement(t) is not None
        # "says [the world is watching and that he can understand how …]": a second "that" clause
        # of the same report, not a report of its own
        and not second_that_clause(t)
        # "said that “every word I said there is true”": a verb the quotation holds is the source's word
        and not _quoted_from(head.left_edge.i, t)
    }


def second_that_clause(t: Token) -> bool:
    """ "says [the world is watching] and [that he can understand …]", "think [A], but [that B]": a
    second "that" clause the parser joins to the first is more of the same report."""
    return t.dep_ == "conj" and that_marked(t)


def _quoted_from(start: int, t: Token) -> bool:
    """Whether a quotation that opens at or after token `start` is still open at `t`."""
    depth = 0
    for x in t.doc[start : t.i]:
        if x.text in "“«":
            depth += 1
        elif x.text in "”»":
            depth = max(0, depth - 1)
        elif x.text == '"':
            depth = 0 if depth else 1
    return depth > 0


def cue_lemma(t: Token) -> str:
    """The token's lemma, mended for verbs the lemmatizer gets wrong ("hopes" -> "hop")."""
    lemma = t.lemma_.lower()
    if lemma in ALL_CUE_VERBS or t.pos_ not in ("VERB", "AUX"):
        return lemma
    word = t.lower_
    for cut, add in (("s", ""), ("d", ""), ("ing", "e"), ("ed", "")):
        if word.endswith(cut) and word[: -len(cut)] + add in ALL_CUE_VERBS:
            return word[: -len(cut)] + add
    return lemma


def agent_of(verb: Token) -> Token | None:
    """The agent of a passive ("was endorsed by the union"): the object of its "by"."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def prep_object(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def is_empty(head: Token) -> bool:
    """An object that says nothing by itself: a pronoun ("denied it") or a date ("backed on Monday")."""
    return head.lower_ in _EMPTY_OBJECTS or head.ent_type_ in ("DATE", "TIME")


#: Prepositions whose phrase after a stance verb's object belongs to the content.
_OBJECT_PREPS = frozenset({"as", "for", "to", "with", "of"})
#: Prepositions whose phrase after the object says what the stance is about ("expressed optimism
#: about working together", "criticized the mayor over the delays"), unless it is a date.
_TOPIC_PREPS = frozenset({"about", "over", "on"})


#: Verbs with a particle that state a stance on their object ("has ruled out Taliban involvement").
_PARTICLE_CUES = frozenset({("rule", "out")})


def _particle(t: Token) -> str:
    return next((c.lower_ for c in t.children if c.dep_ == "prt"), "")


def sees_as(t: Token, lemma: str) -> bool:
    """ "sees the program as a loophole": a verb of viewing with an "as" phrase states a view."""
    return lemma in PREP_CUES["as"] and any(c.dep_ == "prep" and c.lower_ == "as" for c in t.children)


def verb_content(t: Token, lemma: str) -> tuple[list[Token] | None, str]:
    """The non-clausal content of a cue verb: infinitive of intent, object of stance, prepositional object.

    The content runs from the first to the last of the complements the verb's class allows, so
    "urged lawmakers to act" gives "lawmakers to act" and "called the plan a disgrace" gives
    "the plan a disgrace". The shape says how the content hangs from the verb (see `verb_kind`).
    """
    parts: list[Token] = []
    shape = ""
    xcomp = next((c for c in t.children if c.dep_ == "xcomp" and c.i > t.i), None)
    dobj = next((c for c in t.children if c.dep_ in ("dobj", "dative") and c.i > t.i), None)
    if xcomp is not None and (lemma in INTENT_VERBS or lemma in DIRECTIVE_VERBS):
        # "vowed to repeal …"; "urged lawmakers to act": the object belongs to the content
        shape = "intent" if lemma in INTENT_VERBS else "directive"
        if dobj is not None and lemma in DIRECTIVE_VERBS:
            parts.append(dobj)
        parts.append(xcomp)
        # "wants to triple X, grow Y and create Z": the parser often hangs the later verbs on the cue
        parts.extend(
            c
            for c in t.children
            if c.dep_ == "conj"
            and c.i > xcomp.i
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        )
    elif (
        xcomp is not None
        and xcomp.tag_ == "VBG"
        and lemma in OBJECT_CUE_VERBS
        and lemma not in ACTION_VERBS
        and not any(c.dep_ == "aux" for c in xcomp.children)
    ):
        # "denied having sex with …", "admitted lying": the gerund is what is denied or admitted
        parts.append(xcomp)
        shape = "object"
    elif (
        dobj is not None
        and (not is_empty(dobj) or _names_it(t, lemma, dobj))
        and (
            (lemma in OBJECT_CUE_VERBS and (lemma not in ACTION_VERBS or dobj.lemma_.lower() in _CLAIMED))
            or sees_as(t, lemma)
            or (lemma, _particle(t)) in _PARTICLE_CUES
        )
        and (lemma not in _CALLING_VERBS or _predicate(t, dobj) is not None)
    ):
        parts.append(dobj)
        shape = "object"
        # "called the plan a disgrace": the predicate is part of what was said
        if lemma in NAMING_VERBS:
            parts.extend(c for c in t.children if c.dep_ in ("oprd", "ccomp", "xcomp") and c.i > dobj.i)
        # "blasted the media for …", "likened RT to the BBC", "painted him as …": the phrase completes it
        for child in t.children:
            if child.dep_ == "prep" and child.i > dobj.i and child.lower_ in _TOPIC_PREPS:
                obj = prep_object(child)
                if obj is not None and not is_empty(obj):
                    parts.append(obj)
            elif child.dep_ == "prep" and child.i > dobj.i and child.lower_ in _OBJECT_PREPS:
                obj = prep_object(child)
                if obj is None and child.lower_ == "as":
                    # "rejected the charges as “patently false”": the parser hangs an adjective on "as"
                    obj = next((c for c in child.children if c.dep_ in ("amod", "acomp", "attr")), None)
                if obj is not None:
                    parts.append(obj)
    for child in t.children:
        if (clause := for_clause(child, lemma)) is not None and child.i > t.i:
            shape = shape or "for"  # "called for the city to build parks": what is called for
            parts.append(clause)
            continue
        if child.dep_ not in ("prep", "prt") or child.i < t.i:
            continue
        verbs = PREP_CUES.get(child.lower_)
        obj = prep_object(child)
        if verbs is None or lemma not in verbs or obj is None or is_empty(obj):
            continue
        if child.lower_ == "as" and not parts:
            continue  # "as" names what an object is seen as: "described the deal as a failure"
        shape = shape or child.lower_
        parts.append(obj)
    if not parts:
        return None, shape
    if shape not in ("intent", "directive"):
        parts.extend(_object_tail(t, parts))
    tokens: list[Token] = []
    for p in parts:
        tokens.extend(clause_tokens(p, nested_cues(p)))
    tokens.sort(key=lambda x: x.i)
    if tokens[0].dep_ == "mark" and tokens[0].lower_ == "for":
        tokens = tokens[1:]  # (the "for" of a "for … to" clause belongs to the cue)
    # the complements are one stretch of text: fill the gaps between them (the prepositions)
    first, last = tokens[0].i, tokens[-1].i
    return [t.doc[i] for i in range(first, last + 1)], shape


def _object_tail(t: Token, parts: list[Token]) -> list[Token]:
    """What the parser hangs on the verb but belongs to its object, right after it: an infinitive
    ("defended his call [to raise the wage]", "announced steps [to tighten gun sales]"), a gerund
    phrase ("questioned her judgment [in supporting the war]"), a second object ("reflected on
    his parents' death [and his campaign]"), the next gerunds of a list of them."""
    end = max(p.right_edge.i for p in parts)
    gerund = parts[0].tag_ == "VBG"
    tail = []
    for child in t.children:
        if child.i <= end or child.left_edge.i > end + 1 + gerund:
            continue
        if child.left_edge.i == end + 2 and t.doc[end + 1].text != ",":
            continue
        infinitive = to_infinitive(child)
        if (
            # "supported eliminating caucuses, limiting the number of delegates …": a list of gerunds
            # (not a speech verb: "denied taking it, saying it was a loan" is a second report)
            (
                gerund
                and child.tag_ == "VBG"
                and child.dep_ in ("advcl", "conj", "xcomp")
                and child.lemma_ not in CLAUSE_VERBS
            )
            or (child.dep_ in ("xcomp", "advcl") and child.tag_ == "VB" and infinitive)
            or (child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"))
            or (child.dep_ == "prep" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in child.children))
        ):
            tail.append(child)
            end = child.right_edge.i
    return tail


#: What an action verb's object can be when it states something: "claimed responsibility for the attack".
_CLAIMED = frozenset({"responsibility", "credit"})

#: Naming verbs that, without a predicate, do or reach something ("called 911", "called a meeting",
#: "named a successor"): their object alone is no statement.
_CALLING_VERBS = frozenset("call name dub term label brand".split())


def _predicate(t: Token, dobj: Token) -> Token | None:
    """The predicate a naming verb gives its object ("called the plan [a disgrace]")."""
    return next((c for c in t.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > dobj.i), None)


def _names_it(t: Token, lemma: str, dobj: Token) -> bool:
    """ "called it “the least bad option”", "calling him a stiff": a naming verb's pronoun object with
    its predicate says something by itself."""
    return lemma in NAMING_VERBS and dobj.pos_ == "PRON" and _predicate(t, dobj) is not None


def noun_content(noun: Token) -> tuple[list[Token] | None, bool]:
    """The content of a cue noun, and whether it is a clause: its that-clause, or its
    about/of/for/against/on/over phrase, or the infinitive of a proposal or promise."""
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ in ("acl", "relcl", "ccomp") and any(
            g.dep_ == "mark" and g.lower_ in ("that", "whether", "if") for g in child.children
        ):
            return clause_tokens(child), True
        if child.dep_ == "acl" and noun.lemma_.lower() in _TO_NOUNS and to_infinitive(child):
            return clause_tokens(child), False  # "her proposal to ban …", "his refusal to testify"
        # ("to" names whom it was made to, not what it says: "a call to the clinic", "reports to the
        # FEC", but for a noun of opposing: "his opposition to the deal")
        if child.dep_ == "prep" and (
            child.lower_ in ("about", "of", "for", "against", "on", "over")
            or (child.lower_ == "to" and noun.lemma_.lower() in _OPPOSING_NOUNS)
        ):
            obj = prep_object(child)
            if obj is None or is_empty(obj):
                continue
            if child.lower_ == "of" and noun.lemma_.lower() not in _OF_NOUNS and obj.tag_ != "VBG":
                # ("his claims of [having no memory …]": a gerund is what was said)
                continue  # "the report of the committee" names the author, not the content
            if child.lower_ == "for" and (rest := for_infinitive(noun, obj)) is not None:
                return [noun.doc[i] for i in range(obj.left_edge.i, rest.right_edge.i + 1)], False
            return clause_tokens(obj), False
    return None, False


#: Cue nouns whose infinitive is what someone proposed, promised or refused ("his vow to repeal …").
_TO_NOUNS = frozenset("proposal plan plans promise pledge vow decision request demand threat".split())


#: Cue nouns whose "to" phrase is what they oppose ("opposition to the deal"); other nouns' "to" phrase
#: names whom they were made to ("a call to the clinic", "statements to the FBI").
_OPPOSING_NOUNS = frozenset("opposition objection objections resistance".split())


#: Cue nouns whose "of" phrase is their content ("criticism of the plan"), not their author.
_OF_NOUNS = frozenset(
    """
    criticism critique praise support opposition rejection refusal defense defence dismissal
    condemnation denunciation endorsement disdain contempt admission denial doubt doubts
    suspicion suspicions fear fears hope hopes warning warnings accusation accusations
    """.split()
)


def noun_source(noun: Token) -> Token | None:
    """Whose the cue noun is: its possessor ("Trump's claim"), or the subject of the verb that has it
    as object ("the senator raised questions about …", "issued a statement saying …")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        # "Trump claims that …": a verb the tagger took for a plural noun keeps its subject
        if child.dep_ == "nsubj" and child.i < noun.i:
            return child
        # "a New York Times report": a name in front of the noun owns it
        # ("Trump estimates that …" read as one noun phrase: a capitalised word before a root noun)
        if child.dep_ == "compound" and (child.pos_ == "PROPN" or (child.is_title and noun.dep_ == "ROOT")):
            return child
        # "warnings from his attorney": the "from" phrase names whose they are
        # ("an earlier declaration by China's health chiefs that …": so does a "by" phrase)
        if child.dep_ == "prep" and child.lower_ in ("from", "by") and child.i > noun.i:
            obj = prep_object(child)
            if obj is not None:
                return obj
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return subject_of(noun.head)
    # "told reporters in a statement that …", "are of the view that …": whoever does the verb
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and prep.lower_ in ("in", "of")
        and prep.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("acl", "relcl", "ccomp") and c.i > noun.i for c in noun.children)
    ):
        return subject_of(prep.head)
    return None


#: Verbs of accusation whose passive with an "of"/"for"/"as" phrase reports a charge someone made.
_ACCUSATION_VERBS = frozenset("accuse blame criticize criticise fault".split())


def charge_of(t: Token, lemma: str) -> Token | None:
    """ "was accused of lying", "have been blamed for the delay", "is criticized as reckless": the
    preposition whose phrase says what the (unnamed) accusers hold against the subject."""
    if lemma not in _ACCUSATION_VERBS:
        return None
    return next(
        (
            c
            for c in t.children
            if c.dep_ == "prep"
            and c.i > t.i
            and c.lower_ in ("of", "for", "as")
            and prep_object(c) is not None
        ),
        None,
    )


#: Words that open an indirect question ("knows how …", "understand why …").
WH_WORDS = frozenset("how why what whatever whether if who whom whose when where which".split())


def open_question(verb: Token, comp: Token) -> bool:
    """A belief verb with an indirect question ("we know what happened", "understanding why the
    universe looks as it does", "consider how …"): it asks or weighs, it believes nothing."""
    first = comp.left_edge
    if first.lower_ not in WH_WORDS or first.i < verb.i or opens_adverbial(first, comp):
        return False  # "believe if they win Ohio, they win": a condition of the view, no question
    return not any(c.dep_ == "csubj" for c in comp.children)  # "think what he did was wrong"


def said_when(tokens: list[Token], cue: Token) -> int | None:
    """ "said Tuesday the suspect had fled", "said on Monday it would sell": the index of the last word
    of a date right after the cue that the parser hung on the reported clause, which says when it
    was said; None when there is none, or when no subject of the clause follows it."""
    first = tokens[0]
    if first.i != cue.i + 1:
        return None
    if first.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in first.children
    ):
        date = first  # "said on Monday [it would sell]"
    elif first.ent_type_ in ("DATE", "TIME"):
        date = first.head if first.dep_ == "compound" else first  # "Monday [night]"
        if date.dep_ != "npadvmod":
            return None
    else:
        return None
    end = date.right_edge.i
    return end if any(t.i > end and t.dep_ in ("nsubj", "nsubjpass") for t in tokens) else None
