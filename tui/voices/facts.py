"""One article's facts for Voices: who said what in it, and what it says of each person's gender.

Pure and compact: from an article's `--json` record (its text, actors, quotes and claims) to a small
JSON-able dict, so that the facts of a corpus can be kept beside its results file and Voices over
many thousand articles need not read their texts again (see `tui.voices.sidecar`). The dict:

    {"source", "title", "date", "hash",
     "people": [[name, name key (words), roles, evidence (Evidence.to_dict), said]],
     "others": [[key, name, kind, official, said]]}

where each `said` is a list of [type, start, end, text, kind, official]. Gender evidence is always
gathered; `--no-gender` leaves it out when the facts are merged.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from tui.voices.gender import (
    Evidence,
    following_pronouns,
    pronoun_gender,
    role_gender,
    title_before,
    title_in_name,
)
from tui.voices.kinds import is_official, kind_of

#: The claims that are someone's words: reported speech, what a source believes or intends (told
#: apart from "reported" by their cue since #14, counted as before), and a transcript's statements.
SPOKEN = frozenset({"reported", "belief", "intention", "statement"})

#: Words a name may start with that are not part of it ("Sen. Bob Casey", "President Obama").
_NAME_TITLES = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|sen|rep|gov|gen|lt|col|maj|capt|sgt|adm|rev|"
    r"president|senator|governor|mayor|judge|justice|secretary|general|minister|chancellor|"
    r"prime minister|vice president|king|queen|prince|princess|pope)\.?\s+)+",
    re.IGNORECASE,
)
_INITIAL = re.compile(r"^[A-Za-z]\.?$")
_POSSESSIVE = re.compile(r"['’]s$")


def name_key(name: str) -> tuple[str, ...]:
    """The words that identify a person: lower case, titles, initials and a possessive left out."""
    bare = _NAME_TITLES.sub("", " ".join(name.split()))
    words = [_POSSESSIVE.sub("", w) for w in bare.split()]
    kept = [w for w in words if not _INITIAL.match(w)] or words
    return tuple(w.lower() for w in kept if w)


def article_facts(record: dict[str, Any]) -> dict[str, Any]:
    """The facts of one analysed article (see the module's docstring)."""
    text: str = record.get("text") or ""
    actors = {a["id"]: a for a in record.get("actors") or ()}
    people: dict[str, list[Any]] = {}  # actor id -> [name, key, roles, Evidence, said]
    others: dict[tuple[str, str], list[Any]] = {}
    quotes = record.get("quotes") or ()
    items = [("quote", q, q.get("speaker"), q.get("speaker_span")) for q in quotes]
    items += [
        ("claim", c, c.get("source"), c.get("source_span"))
        for c in record.get("claims") or ()
        if c.get("kind", "reported") in SPOKEN
    ]
    following: dict[str, Counter] | None = None
    for type_, item, who, span in items:
        actor = actors.get(who) if who else None
        words = " ".join(text[span[0] : span[1]].split()) if span else ""
        name = actor["name"] if actor else (item.get("speaker_name") or item.get("source_name") or words)
        kind = kind_of(actor["label"] if actor else None, name, bool(actor or span))
        roles = list(actor.get("roles") or ()) if actor else []
        official = is_official(kind, name, roles)
        entry = [type_, int(item["start"]), int(item["end"]), item.get("text") or "", kind, official]
        if kind == "person" and actor is not None:
            person = people.get(actor["id"])
            if person is None:
                if following is None:  # the pronouns after each person's mentions, once per article
                    mentions = [
                        (s, e, a["id"])
                        for a in actors.values()
                        if a["label"] == "PERSON"
                        for s, e in a["mentions"]
                    ]
                    # a speaker's own words, quoted or a transcript's turn, speak of others:
                    # "SMITH: She has no plan" says nothing of Smith's gender
                    quoted = [(int(q["start"]), int(q["end"])) for q in quotes] + [
                        (int(c["start"]), int(c["end"]))
                        for c in record.get("claims") or ()
                        if c.get("kind") == "statement"
                    ]
                    following = following_pronouns(text, mentions, quoted)
                evidence = _evidence(text, actor, roles)
                for gender, n in following.get(actor["id"], Counter()).items():
                    evidence.count("pronoun", gender, n)
                person = people[actor["id"]] = [name, list(name_key(name)), roles, evidence, []]
            gender = pronoun_gender(words) if span else None
            if gender:
                person[3].count("pronoun", gender)
            person[4].append(entry)
            continue
        unnamed = kind in ("unattributed", "unresolved")
        key = kind if unnamed else " ".join(name.lower().split())
        other = others.get((kind, key))
        if other is None:
            other = others[(kind, key)] = [key, kind if unnamed else name, kind, official, []]
        other[4].append(entry)
    for person in people.values():
        person[3] = person[3].to_dict()
    return {
        "source": str(record.get("source") or ""),
        "title": str(record.get("title") or ""),
        "date": str(record.get("date") or ""),
        "hash": str(record.get("hash") or ""),
        "people": list(people.values()),
        "others": list(others.values()),
    }


def _evidence(text: str, actor: dict[str, Any], roles: list[str]) -> Evidence:
    """Title evidence from the article (courtesy titles before mentions, gendered role nouns) and the
    first name; pronouns are counted as the person's quotes and claims are read."""
    evidence = Evidence()
    for start, _end in actor.get("mentions") or ():
        gender = title_before(text, start) or title_in_name(text[start : start + 8])
        if gender:
            evidence.count("title", gender)
    for role in roles:
        gender = role_gender(role)
        if gender:
            evidence.count("title", gender)
    key = name_key(actor["name"])
    if len(key) >= 2:
        first = _NAME_TITLES.sub("", " ".join(actor["name"].split())).split()[0]
        evidence.first_name = first if not _INITIAL.match(first) else ""
    return evidence
