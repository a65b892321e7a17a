"""Which person a "he" or "she" stands for, and each person's gender where the text shows it (courtesy
titles, role words, and the he/she that follow a person when no other is in view); a person's age
where an apposition gives it ("Jane Roe, 56, said"), for "the 56-year-old".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict

from tui.analysis.model import Actor, Span
from tui.analysis.resolve_context import (
    PRONOUN_SENTENCES,
    ResolveContext,
    paragraph_breaks,
    plain,
    sentence_of,
)
from tui.analysis.spans import SpanSet
from tui.analysis.speakers import FEMALE_ROLE_WORDS, GENDER_TITLES, MALE_ROLE_WORDS, PERSON_PRONOUN_GENDER

#: What a person whose gender the text never shows loses against one known to match the pronoun.
UNKNOWN_GENDER_COST = 1.0
#: What a person loses whose first name suggests the other gender than the pronoun's.
NAME_MISMATCH_COST = 1.5
#: A he/she is plainly the one person named in its sentence and the one before, or, when those name
#: no one, in up to this many sentences before it.
PRONOUN_REF_SENTENCES = 2
_AGE_APPOSITION = re.compile(r",\s*(\d{1,3}),")
_PRONOUN_RE = re.compile(r"\b(he|him|his|she|her|hers)\b", re.IGNORECASE)
_TITLE_RE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s+$")


def ages(text: str, mentions: list[tuple[int, int, Actor]]) -> dict[str, int]:
    """Each person's age where an apposition gives it ("Jane Roe, 56, said")."""
    out: dict[str, int] = {}
    for _s, e, actor in mentions:
        if actor.label == "PERSON" and (m := _AGE_APPOSITION.match(text, e)) is not None:
            out[actor.id] = int(m.group(1))
    return out


def person_antecedent(
    ctx: ResolveContext,
    pos: int,
    gender: str,
    last: tuple[int, Actor] | None,
    named_after: frozenset[str] = frozenset(),
) -> Actor | None:
    """The person a he/she stands for, ranked by recency, being a subject nearby, and speaking last;
    never one of `named_after`, the people the pronoun's own clause names by name ("He said Thomas
    is a father of three": "he" is not Thomas)."""
    here = sentence_of(ctx, pos)
    first_sentence = ctx.sentences[max(0, here - PRONOUN_SENTENCES)]
    latest: dict[str, tuple[int, int]] = {}  # actor id -> (sentence, position) of its latest mention
    as_subject: dict[str, int] = {}  # actor id -> latest sentence where it is the subject
    as_main: dict[str, int] = {}  # actor id -> latest sentence where it is the main verb's subject
    by_id: dict[str, Actor] = {}
    for s, e, actor in ctx.chain[
        bisect_left(ctx.chain_starts, first_sentence) : bisect_left(ctx.chain_starts, pos)
    ]:
        if actor.label != "PERSON" or (gender and ctx.genders.get(actor.id, gender) != gender):
            continue
        if actor.id in named_after:
            continue
        sent = sentence_of(ctx, s)
        latest[actor.id] = (sent, s)
        by_id[actor.id] = actor
        k = bisect_left(ctx.subjects, s)
        if k < len(ctx.subjects) and ctx.subjects[k] < e:
            as_subject[actor.id] = sent
        k = bisect_left(ctx.main_subjects, s)
        if k < len(ctx.main_subjects) and ctx.main_subjects[k] < e:
            as_main[actor.id] = sent
    if not latest:
        return None
    known = bool(gender) and any(aid in ctx.genders for aid in latest)

    def score(aid: str) -> tuple[float, bool, int]:
        sent, position = latest[aid]
        value = -float(here - sent)
        if aid in as_subject and here - as_subject[aid] <= 1:
            value += 1.0  # the subject of this or the previous sentence is the likeliest referent
        if aid in as_main and here - as_main[aid] <= 1:
            value += 0.5  # the main clause's subject more than one of a clause inside ("whether X died")
        if last is not None and last[1].id == aid and paragraph_breaks(ctx.text, last[0], pos) <= 2:
            value += 1.5  # "he said" continuing the speaker just quoted
        if gender and aid not in ctx.genders:
            # the first name hints where the text shows nothing ("Ilhan" is mostly a man's name, so
            # only a hint); someone whose gender the text shows to match beats someone unknown
            hint = ctx.name_genders.get(aid, "")
            if hint and hint != gender:
                # against someone the text shows to match, a name of the other gender is out of the running
                value -= NAME_MISMATCH_COST + (2.0 if known else 0.0)
            elif known and not hint:
                value -= UNKNOWN_GENDER_COST
        return value, aid in ctx.genders, position

    return by_id[max(latest, key=score)]


def gender_at(text: str, pos: int) -> str:
    return PERSON_PRONOUN_GENDER.get(text[pos : pos + 4].split()[0].strip(".,;:").lower(), "")


def genders_shown(
    ctx: ResolveContext, quoted: list[Span], spoken: set[int]
) -> tuple[dict[str, str], list[tuple[int, int, Actor]]]:
    """Each person's gender where the text shows it (titles, role words, unambiguous he/she), and
    those unambiguous pronouns as references to their person.

    The pronouns that are themselves speakers to resolve (at the offsets in `spoken`) are no evidence.
    """
    refs: list[tuple[int, int, Actor]] = []
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    text = ctx.text
    for s, _e, actor in ctx.mentions:
        if actor.label != "PERSON":
            continue
        m = _TITLE_RE.search(text[max(0, s - 6) : s])
        if m:
            votes[actor.id][GENDER_TITLES[m.group(1).lower()]] += 3
    for actor in ctx.actors:
        words = {plain(w) for role in actor.roles for w in role.split()}
        if words & FEMALE_ROLE_WORDS:
            votes[actor.id]["f"] += 3
        if words & MALE_ROLE_WORDS:
            votes[actor.id]["m"] += 3
    inside_quotes = SpanSet(quoted).covers
    for m in _PRONOUN_RE.finditer(text):
        if m.start() in spoken or inside_quotes(m.start()):
            continue
        here = sentence_of(ctx, m.start())
        persons: dict[str, Actor] = {}
        for back in range(1, PRONOUN_REF_SENTENCES + 1):  # further back only past a sentence naming no one
            window_start = ctx.sentences[max(0, here - back)]
            persons = {
                a.id: a
                for s, _e, a in ctx.mentions[
                    bisect_left(ctx.starts, window_start) : bisect_left(ctx.starts, m.start())
                ]
                if a.label == "PERSON"
            }
            if persons:
                break
        if len(persons) == 1:
            ((aid, actor),) = persons.items()
            votes[aid][PERSON_PRONOUN_GENDER[m.group(1).lower()]] += 1
            refs.append((m.start(), m.end(), actor))
    out = {}
    for aid, count in votes.items():
        ranked = [*count.most_common(2), ("", 0)]
        if ranked[0][1] > ranked[1][1]:
            out[aid] = ranked[0][0]
    return out, refs
