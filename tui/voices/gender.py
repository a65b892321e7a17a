"""A person's gender, never guessed silently: each decision names its evidence.

Evidence, strongest first:

1. `pronoun`: the text's own he/she for that person: the pronoun the analysis attributed a quote or
   claim to ("…,” she said) when it resolved to this person, and a he/his/she/her that follows a
   mention of the person closely (`PRONOUN_REACH` characters, the same paragraph, outside quotation
   marks) with no other person mentioned in that stretch;
2. `title`: a gendered courtesy title before a mention ("Mr. Sanders", "Dame Judi Dench") or a
   gendered role noun among the person's roles ("spokeswoman", "congressman");
3. `name`: the first name, through `gender-guesser`'s offline list of names (its "mostly" answers
   count; its "andy", androgynous, does not);

else "unknown". Counts of each kind of evidence add up across a person's articles; a kind decides
when three quarters of its counts agree (`DECISIVE`), else the next kind is asked.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from tui.analysis.name_list import detector

FEMALE = "female"
MALE = "male"
UNKNOWN = "unknown"
GENDERS = (FEMALE, MALE, UNKNOWN)
EVIDENCE_KINDS = ("pronoun", "title", "name")

PRONOUNS = {"he": MALE, "him": MALE, "his": MALE, "she": FEMALE, "her": FEMALE, "hers": FEMALE}
TITLES = {
    "mr": MALE,
    "sir": MALE,
    "lord": MALE,
    "mrs": FEMALE,
    "ms": FEMALE,
    "miss": FEMALE,
    "dame": FEMALE,
    "lady": FEMALE,
    "madam": FEMALE,
}
#: Role nouns that say the person's gender ("a spokeswoman for the campaign").
ROLE_WORDS = {
    **dict.fromkeys(
        "spokeswoman chairwoman congresswoman businesswoman councilwoman anchorwoman policewoman "
        "actress waitress queen princess duchess countess".split(),
        FEMALE,
    ),
    **dict.fromkeys(
        "spokesman chairman congressman businessman councilman anchorman policeman king prince duke".split(),
        MALE,
    ),
}
#: A courtesy title just before a mention: "Mr. " or "Dame " (the mention starts where this ends).
TITLE_BEFORE = re.compile(r"\b(" + "|".join(TITLES) + r")\.?\s+$", re.IGNORECASE)
#: A courtesy title a name starts with ("Mr. Trump" as the actor's name).
TITLE_IN_NAME = re.compile(r"^(" + "|".join(TITLES) + r")\.?\s+", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")
_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.IGNORECASE)
#: How far after a person's mention a he/she is taken as theirs (about two short sentences).
PRONOUN_REACH = 200


@dataclass(slots=True)
class Evidence:
    """What the texts say of one person's gender: counts by kind and gender, and the first name.

    Plain dicts (gender -> count), not Counters: a corpus's people are made from their facts by the
    ten thousand, and Counter's constructor was most of that time."""

    pronoun: dict[str, int] = field(default_factory=dict)
    title: dict[str, int] = field(default_factory=dict)
    first_name: str = ""

    def count(self, kind: str, gender: str, n: int = 1) -> None:
        counts = self.pronoun if kind == "pronoun" else self.title
        counts[gender] = counts.get(gender, 0) + n

    def add(self, other: Evidence) -> None:
        for gender, n in other.pronoun.items():
            self.pronoun[gender] = self.pronoun.get(gender, 0) + n
        for gender, n in other.title.items():
            self.title[gender] = self.title.get(gender, 0) + n
        if not self.first_name:
            self.first_name = other.first_name

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return cls(
            dict(data.get("pronoun") or {}), dict(data.get("title") or {}), data.get("first_name") or ""
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "pronoun": {g: self.pronoun[g] for g in (FEMALE, MALE) if self.pronoun.get(g)},
            "title": {g: self.title[g] for g in (FEMALE, MALE) if self.title.get(g)},
            "first_name": self.first_name,
        }


def pronoun_gender(words: str) -> str | None:
    """The gender of a lone personal pronoun ("she", "He"), else None."""
    return PRONOUNS.get(words.strip().lower())


def title_before(text: str, start: int) -> str | None:
    """The gender of a courtesy title just before `start` in `text` ("Ms. |Clinton"), else None."""
    m = TITLE_BEFORE.search(text, max(0, start - 8), start)
    return TITLES[m.group(1).lower()] if m else None


def title_in_name(name: str) -> str | None:
    m = TITLE_IN_NAME.match(name)
    return TITLES[m.group(1).lower()] if m else None


def role_gender(role: str) -> str | None:
    """The gender a role says ("White House spokeswoman"), else None; mixed words say nothing."""
    found = {ROLE_WORDS[w] for w in _WORD.findall(role.lower()) if w in ROLE_WORDS}
    return found.pop() if len(found) == 1 else None


def following_pronouns(
    text: str, mentions: list[tuple[int, int, str]], quoted: list[tuple[int, int]]
) -> dict[str, Counter]:
    """Pronoun evidence per person id: each he/she/his/her outside quotation marks whose stretch back
    to `PRONOUN_REACH` characters (within its paragraph) mentions one person and no other.

    `mentions` are (start, end, person id) of every person's mentions in the article; `quoted` the
    spans of its quotations, whose pronouns speak of others ("I told him").
    """
    found: dict[str, Counter] = {}
    if not mentions:
        return found
    mentions = sorted(mentions)
    starts = [m[0] for m in mentions]
    quoted = sorted(quoted)
    quote_starts = [q[0] for q in quoted]
    for m in _PRONOUN.finditer(text):
        at = m.start()
        q = bisect_left(quote_starts, at + 1) - 1
        if q >= 0 and quoted[q][0] <= at < quoted[q][1]:
            continue
        i = bisect_left(starts, at) - 1
        if i < 0 or mentions[i][1] > at:
            continue
        floor = max(at - PRONOUN_REACH, text.rfind("\n\n", 0, at) + 1)
        if mentions[i][0] < floor:
            continue
        who = mentions[i][2]
        j = i - 1
        while j >= 0 and mentions[j][1] > floor and mentions[j][2] == who:
            j -= 1
        if j >= 0 and mentions[j][1] > floor:
            continue  # another person is in view
        found.setdefault(who, Counter())[PRONOUNS[m.group().lower()]] += 1
    return found


@lru_cache(maxsize=65536)
def name_gender(first_name: str) -> str | None:
    """The gender `gender-guesser` gives a first name ("mostly" counts), else None."""
    if len(first_name) < 2 or not first_name.isalpha():
        return None
    answer = detector().get_gender(first_name)
    if answer in ("male", "mostly_male"):
        return MALE
    if answer in ("female", "mostly_female"):
        return FEMALE
    return None


#: The share of one kind's evidence a gender needs to decide: a pronoun heuristic's few strays (or a
#: misattributed "Mr.") must not outvote the rest, and an even split decides nothing.
DECISIVE = 0.75


def _majority(counts: dict[str, int]) -> str | None:
    f, m = counts.get(FEMALE, 0), counts.get(MALE, 0)
    if f + m == 0:
        return None
    return FEMALE if f >= DECISIVE * (f + m) else MALE if m >= DECISIVE * (f + m) else None


def decide(evidence: Evidence, guess: Callable[[str], str | None] | None = None) -> tuple[str, str | None]:
    """(gender, the kind of evidence that decided it) — ("unknown", None) when nothing does.

    `guess` gives a first name's gender (`name_gender` when None; a corpus's facts carry their first
    names' answers, so that Voices over them need not load the name list)."""
    for kind, counts in (("pronoun", evidence.pronoun), ("title", evidence.title)):
        gender = _majority(counts)
        if gender:
            return gender, kind
    gender = (guess or name_gender)(evidence.first_name) if evidence.first_name else None
    return (gender, "name") if gender else (UNKNOWN, None)
