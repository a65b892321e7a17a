"""Who does what a verb without a subject of its own says: the noun phrase that controls it.

A participle or infinitive cue often has its speaker right before it as another word's object,
where the climb to the main verb's subject (`syntax.source_of`) would name the wrong one:

- "ended with Smith asking …", "left 62 percent of voters saying …": a participle right after the
  object of "with" or of a verb of leaving or finding is what that object does;
- "rely on users to report …", "pressure on her to say …", "an opening for Jones to highlight …":
  an infinitive right after "on X" or "for X" is what X does;
- "used the remarks to urge …", "spent more time mocking …": the object of a verb of using or
  spending is a means or a stretch of time, so the subject speaks (no object control);
- "gave Carson two stars for dismissing …", "fined her for saying …": the object of a verb with a
  "for" reason does what the reason says;
- "She said she was thinking about it, adding that …": a reporting participle set off by a comma
  goes on from the one who reports, where the parser hung it on the reported clause.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Spans of time a participle can hang on ("spent an hour arguing that …"): never the one who speaks.
TIME_UNITS = frozenset("second minute hour day week month year time".split())
#: Entity types of an object that measures (time, amounts) rather than names someone.
MEASURES = frozenset({"DATE", "TIME", "QUANTITY", "CARDINAL", "MONEY", "PERCENT"})

#: Verbs whose object is a means or a stretch of time: their subject does what follows ("used the
#: remarks to urge …", "took the stage to say …", "spent the day denying …").
SUBJECT_CONTROL = frozenset("use spend take devote seize waste".split())
#: Verbs whose object does what the participle after it says ("left voters saying …", "found
#: himself arguing …", "heard her say …").
_OBJECT_PARTICIPLE = frozenset("leave keep find see hear catch set send have get show".split())
#: Prepositions whose object does the infinitive right after it ("on users to report …", "for
#: Jones to highlight …").
_INFINITIVE_PREPS = frozenset({"on", "upon", "for"})
#: Prepositions whose object does the participle right after it ("with Smith asking …").
_PARTICIPLE_PREPS = frozenset({"with", "without"})
#: What can do something: a name, a noun or a pronoun.
_DOERS = frozenset({"NOUN", "PROPN", "PRON"})


def controller(verb: Token) -> Token | None:
    """The noun phrase right before a subjectless participle or infinitive that does what it says,
    or None when the verb has a subject or nothing before it controls it."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    if (doer := _blamed(verb)) is not None:
        return doer
    start = verb.left_edge.i
    if start == 0 or start < verb.i - 1:
        return None  # only "to" (or nothing) may stand between the phrase and the verb
    doc = verb.doc
    before = doc[start - 1]
    noun = _phrase_ending_at(before)
    if noun is None or noun.pos_ not in _DOERS or _measures(noun):
        return None
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "acl") and start == verb.i:
        if noun.dep_ == "pobj" and noun.head.lower_ in _PARTICIPLE_PREPS:
            return noun
        if (
            noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in _OBJECT_PARTICIPLE
            and verb.head.i == noun.head.i
        ):
            return noun
        return None
    infinitive = start == verb.i - 1 and doc[start].lower_ == "to" and verb.tag_ == "VB"
    if not infinitive or noun.dep_ != "pobj" or noun.head.lower_ not in _INFINITIVE_PREPS:
        return None
    if verb.head.i == noun.i and noun.pos_ == "NOUN":
        return None  # "praised for his efforts to say …": what the noun is for, not what it does
    return noun


def _blamed(verb: Token) -> Token | None:
    """ "gave Carson two stars for dismissing …", "fined her for saying …": the one a verb's "for"
    phrase gives a reason about is its indirect object, or a named or pronoun object."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    host = prep.head
    if host.pos_ not in ("VERB", "AUX"):
        return None
    dative = next((c for c in host.children if c.dep_ == "dative" and c.pos_ in _DOERS), None)
    if dative is not None:
        return dative
    obj = next((c for c in host.children if c.dep_ == "dobj"), None)
    return obj if obj is not None and obj.pos_ in ("PROPN", "PRON") else None


def _phrase_ending_at(last: Token) -> Token | None:
    """The head of the noun phrase whose last word is `last` ("62 percent of voters" for "voters")."""
    t = last
    for _ in range(4):
        if t.pos_ in _DOERS and t.right_edge.i == last.i and t.dep_ in ("pobj", "dobj"):
            # "62 percent of voters": go up through "of" to the phrase the object ends
            up = t.head
            if (
                t.dep_ == "pobj"
                and up.lower_ == "of"
                and up.head.pos_ in _DOERS
                and up.head.right_edge.i == last.i
            ):
                t = up.head
                continue
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


#: Entity types of a phrase that counts time or money, never a doer ("62 percent of voters" may be).
_AMOUNTS = frozenset({"DATE", "TIME", "MONEY", "QUANTITY"})


def _measures(noun: Token) -> bool:
    """Whether the phrase is a stretch of time or an amount ("waited for hours to say …")."""
    return noun.lemma_.lower() in TIME_UNITS or noun.ent_type_ in _AMOUNTS


#: Participles that go on with a report ("…, adding that …", "…, telling reporters …").
_ASIDES = frozenset(
    "say add tell note explain argue insist warn claim acknowledge admit suggest stress write predict".split()
)


def aside_reporter(verb: Token) -> Token | None:
    """The reporting word a ", adding …" participle goes on from when the parser hung it on the
    clause reported ("was adamant that she would keep it, telling him …": "telling" is hers who was
    adamant, whoever the reported clause's subject is), or None."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if verb.lemma_.lower() not in _ASIDES or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    head = verb.head
    if head.dep_ != "ccomp" or head.head.i == head.i:
        return None
    return head.head
