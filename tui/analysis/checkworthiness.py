"""How worth checking a quote or claim is: a score from 0 to 1 with the reasons behind it.

Fact-checkers pick statements that assert something about the world that a record can confirm or
refute: a figure or a comparison, what someone said or did, a cause, an absolute ("never",
"every"), and above all one that names who it is about. They pass over questions, greetings,
opinions announced as such ("I think"), promises and very short lines. The score adds up that
evidence from the words' parse (a figure, or a word for a quantity that statistics measure) and,
once the speakers are resolved, from the source (a named official, an unnamed source, a hedge),
and divides it by the logarithm of the length, so that a
long sentence does not win by having room for everything. The weights are round numbers, not
fitted: no model trained on labelled statements ships with the reader.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui.analysis.model import GROUP_LABEL, Actor, Claim, Quote, Span

if TYPE_CHECKING:  # the scores are read (`reason_line`) where spaCy is never loaded
    from spacy.tokens import Span as Tokens

#: Entity labels of figures.
_FIGURE_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
#: Entity labels of who and what a statement can be about.
_NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LAW", "EVENT", "FAC", "LOC"})
_ABSOLUTES = frozenset("never always every all nobody none nothing entire ever single only".split())
_CAUSAL = frozenset("because cause caused causes causing due result resulted led blame blamed".split())
_HEDGES = frozenset("reportedly allegedly apparently probably perhaps maybe".split())
#: Verbs that report what someone said, held or did on the record ("voted", "signed"): each can be
#: checked against a record.
_REPORTING = frozenset(
    "say call claim tell believe want support oppose refer suggest propose vote admit deny describe "
    "promise conclude accuse insist argue warn announce vote sign approve release".split()
)
_OPINION_OPENERS = ("i think", "i believe", "i feel", "in my opinion", "i guess", "i hope")
_THIRD_PERSON = frozenset({"he", "she", "they", "it"})
#: Verbs of change that a statistic can confirm: "murders rose", "jobs are leaving".
_TREND_VERBS = frozenset(
    "increase decrease rise fall drop double triple halve grow shrink decline climb soar plunge "
    "surge slump leave lose gain".split()
)
#: Nouns of the quantities that official statistics measure (lemmas): a statement about jobs, taxes,
#: the deficit or crime can be checked against a published figure even when it gives none ("jobs are
#: leaving", "he paid no tax"). ClaimBuster and the CLEF CheckThat! systems found such words among the
#: strongest signs of a check-worthy sentence; the list names kinds of figures, not any debate's topics.
_STATISTICS = frozenset(
    "percent rate million billion trillion thousand job unemployment wage income tax deficit debt budget "
    "spending economy gdp growth inflation poverty crime murder death".split()
)
#: Below this many words a statement is too short to hold a checkable fact ("Thank you.", "Wrong.")
#: unless its words show one of these ("Murders are up.", "Ford is leaving.").
SHORT = 6
_CONTENT = (
    "figure",
    "statistic",
    "trend",
    "comparison",
    "superlative",
    "causal",
    "attributed",
    "names_other",
)


@dataclass(slots=True)
class Signals:
    """What the words of one statement show, before its source is known."""

    words: int = 0
    figure: bool = False
    statistic: bool = False
    trend: bool = False
    date: bool = False
    comparison: bool = False
    superlative: bool = False
    absolute: bool = False
    causal: bool = False
    named: int = 0
    past: bool = False
    reporting: bool = False
    attributed: bool = False
    third_person: bool = False
    addressed: bool = False
    hedge: bool = False
    question: bool = False
    opinion: bool = False
    names_other: bool = False


def ents_within(span: Tokens, doc_ents: Sequence[Tokens]) -> list[Tokens]:
    """`span.ents` read from the document's entities fetched once: spaCy's own `Span.ents` builds
    every entity of the document again on each call, which made the signals of a long article's
    statements cost as much as its tagger. Same result: the entities wholly inside, up to the
    first that starts inside and runs past the end."""
    found = []
    for ent in doc_ents[bisect_left(doc_ents, span.start, key=lambda e: e.start) :]:
        if ent.end > span.end:
            break
        found.append(ent)
    return found


def signals(
    span: Tokens,
    others: frozenset[str] = frozenset(),
    speaker: str = "",
    doc_ents: Sequence[Tokens] | None = None,
) -> Signals:
    """The evidence in a statement's words. A statement about a person other than its `speaker`
    (lower case) is about someone who can answer it; `others` are the lower-case names of a
    transcript's other speakers, who may be named by surname alone. `doc_ents`, the document's
    `doc.ents` fetched once, spares fetching them again for every statement."""
    s = Signals()
    ents = list(span.ents) if doc_ents is None else ents_within(span, doc_ents)
    lower: set[str] = set()
    for t in span:
        if t.is_punct or t.is_space:
            continue
        s.words += 1
        low = t.lower_
        lower.add(low)
        tag = t.tag_
        if t.like_num and any(ch.isdigit() for ch in low):
            s.figure = True
        if low in _STATISTICS or (t.pos_ in ("NOUN", "NUM") and t.lemma_.lower() in _STATISTICS):
            s.statistic = True
        if tag in ("JJR", "RBR") or low == "than":
            s.comparison = True
        elif tag in ("JJS", "RBS"):
            s.superlative = True
        if tag == "VBD" or (tag == "VBN" and any(c.dep_ == "aux" for c in t.children)):
            s.past = True
        if t.pos_ == "VERB" and t.lemma_.lower() in _REPORTING:
            s.reporting = True
            for c in t.children:
                if c.dep_ != "nsubj" or c.lower_ in ("i", "we") or c.pos_ not in ("PROPN", "PRON", "NOUN"):
                    continue
                # "you said", "you voted": what the one addressed said or did, on the record; "you
                # say" and "you want" are the speaker's reading of them now
                if c.lower_ != "you" or tag in ("VBD", "VBN"):
                    s.attributed = True
        if (t.lemma_.lower() in _TREND_VERBS and t.pos_ == "VERB") or (
            low in ("up", "down") and t.dep_ in ("advmod", "acomp", "prt") and t.head.lemma_ == "be"
        ):
            s.trend = True
        if t.dep_ in ("nsubj", "nsubjpass"):
            if low == "you":
                s.addressed = True
            elif low in _THIRD_PERSON or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
                s.third_person = True
    for ent in ents:
        if ent.label_ in _FIGURE_LABELS:
            s.figure = True
        elif ent.label_ == "DATE" and any(t.shape_ == "dddd" for t in ent):
            s.date = True
        elif ent.label_ in _NAMED_LABELS:
            s.named += 1
    s.absolute = bool(lower & _ABSOLUTES)
    s.causal = bool(lower & _CAUSAL)
    s.hedge = bool(lower & _HEDGES)
    s.names_other = bool(lower & others) or any(
        ent.label_ == "PERSON" and not set(ent.text.lower().split()) & set(speaker.split()) for ent in ents
    )
    text = span.text.strip().lower()
    s.question = text.endswith("?")
    s.opinion = text.startswith(_OPINION_OPENERS)
    return s


#: (signal, weight, the reason shown): the order is the order reasons are listed in.
_EVIDENCE: tuple[tuple[str, float, str | None], ...] = (
    ("figure", 1.0, "figure"),
    ("statistic", 1.0, "statistic"),
    ("trend", 1.0, "trend"),
    ("date", 1.0, "date"),
    ("comparison", 0.6, "comparison"),
    ("superlative", 1.0, "superlative"),
    ("absolute", 0.5, "absolute"),
    ("causal", 1.0, "causal"),
    ("attributed", 1.0, "reports what someone said"),
    ("names_other", 0.8, "about someone named"),
    ("past", 0.7, None),
    ("third_person", 0.6, None),
    ("reporting", 0.8, None),
    ("addressed", 0.4, None),
)


def worth(
    s: Signals,
    source: str | None = None,
    hedged: bool = False,
    interviewer: bool = False,
) -> tuple[float, list[str]]:
    """The score (0–1, two decimals) and its reasons, most telling first.

    `source` is what the resolved source is: "official" (a named person with an official role),
    "named", "unnamed" (a description or an anonymous source) or None (no source, or the writer).
    `interviewer`: said by a transcript's moderator, whose turns are mostly questions.
    """
    raw = 0.0
    reasons: list[str] = []
    for name, weight, reason in _EVIDENCE:
        if getattr(s, name):
            raw += weight
            if reason:
                reasons.append(reason)
    raw += 0.35 * min(s.named, 3)
    if source == "official":
        raw += 0.6
        reasons.append("named official source")
    elif source == "unnamed":
        raw += 0.6
        reasons.append("unnamed source")
    if hedged or s.hedge:
        raw += 0.4
        reasons.append("hedge")
    if s.question:
        raw -= 0.5
    if s.words < SHORT and not any(getattr(s, name) for name in _CONTENT):
        raw -= 0.9
    if s.opinion:
        raw -= 0.7
    if interviewer:
        raw -= 1.5
    density = raw / math.log(max(s.words, 4))
    score = 1.0 / (1.0 + math.exp(-2.5 * (density - 1.0)))
    return round(score, 2), reasons


def reason_line(score: float, reasons: list[str]) -> str:
    """`worth: 0.82 · figure · unnamed source`, as the side panel shows it."""
    return " · ".join([f"worth: {score:.2f}", *reasons])


#: Role words that make a named source an official one.
OFFICIAL_ROLES = frozenset(
    "minister spokesman spokeswoman spokesperson senator secretary president governor mayor police "
    "official ambassador general judge prosecutor representative congressman congresswoman chancellor "
    "premier director chief commissioner attorney sheriff officer lawmaker legislator deputy "
    "administrator chairman chairwoman chair mp".split()
)


def source_kind(actor: Actor | None, has_phrase: bool) -> str | None:
    """ "official", "named", "unnamed" or None, from the resolved source of a quote or claim."""
    if actor is None:
        return "unnamed" if has_phrase else None
    if actor.label == GROUP_LABEL:
        return "unnamed"
    if any(word in OFFICIAL_ROLES for role in actor.roles for word in role.lower().split()):
        return "official"
    return "named"


def score_items(
    quotes: list[Quote],
    claims: list[Claim],
    actors: list[Actor],
    found: dict[Span, Signals],
    interviewers: frozenset[Span] = frozenset(),
) -> None:
    """Give every quote and claim its score and reasons, in place (after speakers are resolved).
    `interviewers`: the speaker labels of a transcript's moderator."""
    by_id = {a.id: a for a in actors}
    for item, who, phrase in [
        *((q, q.speaker, q.speaker_span) for q in quotes),
        *((c, c.source, c.source_span) for c in claims),
    ]:
        s = found.get((item.start, item.end))
        if s is None:
            continue
        kind = source_kind(by_id.get(who) if who else None, phrase is not None)
        if isinstance(item, Claim) and item.kind == "statement":
            kind = None  # a transcript's speaker is who talks, not a source the text cites
        hedged = isinstance(item, Claim) and item.kind == "hedged"
        item.checkworthiness, item.checkworthiness_reasons = worth(
            s, kind, hedged, interviewer=phrase in interviewers
        )
