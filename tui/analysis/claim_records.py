"""Records that report a sentence without a cue verb: "In the latest poll, Clinton leads by five
points", "Trump has a decisive lead in the polls", "In a statement, …" (the record is the source of
its sentence), what respondents counted in a poll say ("In a poll …, 38 percent said …": the poll's),
and whether a noun is such a record ("the firm issued a statement saying …")."""

from __future__ import annotations

from spacy.tokens import Token

from tui.analysis.claim_content import ALL_CUE_NOUNS, ALL_CUE_VERBS, CLAUSE_VERBS, cue_lemma
from tui.analysis.syntax import subject_of

#: Records whose findings a sentence opened by "In the …," reports ("In the poll, …", "In a survey, …").
_SOURCE_RECORDS = frozenset(
    "poll polls survey surveys study report statement letter memo filing tweet".split()
)


#: Records that measure opinion: a finding "in the polls" anywhere in its sentence is theirs.
_POLLS = frozenset("poll polls survey surveys polling".split())
#: Heads a poll phrase hangs from on its way to the verb ("has a lead in the polls").
_TO_VERB = frozenset({"dobj", "pobj", "prep", "attr", "npadvmod", "advmod"})


def in_poll_host(t: Token) -> Token | None:
    """The main verb of a sentence whose finding a poll reports from any place in it ("He fell to
    10 percent in the latest CNN poll", "Trump has a decisive lead in the polls"), when that verb is
    no cue of its own (a cue names its own source)."""
    prep = t.head
    if t.dep_ != "pobj" or t.lemma_.lower() not in _POLLS or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    host = prep.head
    while host.pos_ not in ("VERB", "AUX") and host.dep_ in _TO_VERB and host.head.i != host.i:
        host = host.head
    if host.dep_ != "ROOT" or host.pos_ not in ("VERB", "AUX") or cue_lemma(host) in ALL_CUE_VERBS:
        return None
    if subject_of(host) is None:
        return None
    return host


#: What someone writes or puts out, whose words are its author's ("fired back a response saying …",
#: "shot back in an article stating …", "emailed a news story reporting …").
_ISSUED = frozenset(
    """
    article story response ad advertisement commercial column editorial op-ed email e-mail message
    post video release mailer flyer
    """.split()
)

#: Verbs of meeting or passing on a record: its words stay the record's.
_RECEIVERS = frozenset("read see cite quote share retweet watch hear receive obtain review find view".split())


def is_record(noun: Token) -> bool:
    """A statement or record, whose issuer is the source when the text names one ("the firm issued a
    statement saying …", "Jones fired back a response saying …")."""
    lemma = noun.lemma_.lower()
    if not (lemma in ALL_CUE_NOUNS or lemma in _SOURCE_RECORDS or lemma in _ISSUED):
        return False
    # "read a story claiming …", "cited a report saying …": who meets or passes on a record is not its author
    verb = noun.head
    while verb.dep_ in ("prep", "pobj") and verb.head.i != verb.i:
        verb = verb.head
    return not (noun.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in _RECEIVERS)


def in_source_host(t: Token) -> Token | None:
    """The main verb of a sentence that opens "In <record>, …" ("In this poll, Trump rose …") and is
    not itself a cue (a cue verb names its own source: "In a statement, the firm said …")."""
    prep = t.head
    if (
        t.dep_ != "pobj"
        or t.lemma_.lower() not in _SOURCE_RECORDS
        or prep.lower_ != "in"
        or prep.dep_ != "prep"
    ):
        return None
    host = prep.head
    if host.dep_ != "ROOT" or host.pos_ not in ("VERB", "AUX") or cue_lemma(host) in ALL_CUE_VERBS:
        return None
    subject = subject_of(host)
    if subject is None or subject.i < prep.i or prep.i > host.i:
        return None  # the phrase opens the sentence, before its subject and verb
    # a cue verb inside the sentence names its own source
    if any(
        x.pos_ in ("VERB", "AUX") and cue_lemma(x) in CLAUSE_VERBS and x.i != host.i for x in host.subtree
    ):
        return None
    return host


#: Respondents a poll speaks for are counted, not named: "38 percent said", "the public says".
_SHARES = frozenset(
    "percent % majority most half third quarter plurality minority public many few some".split()
)
_NAMED = frozenset({"PERSON", "ORG", "GPE"})
_SPEAKERS = frozenset({"he", "she", "i", "we", "you"})


def poll_holder(verb: Token, subject: Token | None) -> Token | None:
    """The poll whose respondents the cue's subject is: "In a poll taken last week, 38 percent said
    …", "The survey finds that, while 40 percent say …": the poll reports what they said. A named
    person or body speaks for itself ("In a poll …, the mayor said …" is rare and is the mayor's)."""
    if subject is None or subject.ent_type_ in _NAMED or subject.lower_ in _SPEAKERS:
        return None
    if not _counted(subject):
        return None
    node = verb
    for _ in range(4):
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ == "in":
                poll = next((g for g in c.children if g.dep_ == "pobj"), None)
                if poll is not None and poll.lemma_.lower() in _POLLS:
                    return poll
        if node.dep_ not in ("ccomp", "advcl", "conj") or node.head.i == node.i:
            return None
        node = node.head
        outer = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if outer is not None and outer.lemma_.lower() in _POLLS:
            return outer
    return None


def _counted(subject: Token) -> bool:
    """Whether the subject counts respondents ("38 percent", "a majority", "most voters", "they")
    rather than naming one speaker ("the mayor")."""
    if subject.like_num or subject.lemma_.lower() in _SHARES or subject.lower_ == "they":
        return True
    return subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in subject.children)
