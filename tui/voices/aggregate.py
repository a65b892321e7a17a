"""Voices: who is quoted across many articles, and how often, from their analyses.

Pure: it takes the analyses as `--json` records (dicts, as `newsreader --json`, a results file or
the archive give them) and knows neither Textual nor SQLite. What counts as said: every quote and
every claim that is someone's words: reported, a belief or intention, a transcript's statement
(`tui.voices.facts.SPOKEN`; hedges and figures to check have no speaker by nature and are left out).

One person across articles is one voice: people are merged by their full name (titles such as "Sen."
and middle initials left aside: "Sen. Loretta E. Lynch" is "Loretta Lynch"), and a bare surname
("Soto") joins the one full name in the corpus that ends with it; a surname that two full names
share ("Obama": Barack and Michelle) stays a voice of its own, never merged by guess.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from tui.voices.facts import article_facts
from tui.voices.gender import UNKNOWN, Evidence, decide
from tui.voices.kinds import KINDS


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """An article of the corpus, as Voices lists it."""

    source: str
    title: str
    date: str  # as the article gives it ("" when it gives none)
    outlet: str
    hash: str = ""


@dataclass(slots=True)  # not frozen: a frozen dataclass's __init__ was most of a 10,000-article run
class Said:
    """One quote or claim: where it is (article index, offsets into that article's text) and what."""

    article: int
    type: str  # "quote" or "claim"
    start: int
    end: int
    text: str
    kind: str
    official: bool


@dataclass
class Voice:
    """A source across the corpus: a person (merged by name) or another kind of source."""

    key: str
    name: str
    kind: str
    official: bool = False
    roles: list[str] = field(default_factory=list)
    said: list[Said] = field(default_factory=list)
    evidence: Evidence = field(default_factory=Evidence)
    gender: str | None = None  # None with --no-gender or when not a person
    gender_evidence: str | None = None  # "pronoun", "title", "name", or None

    @property
    def quotes(self) -> int:
        return sum(1 for s in self.said if s.type == "quote")

    @property
    def claims(self) -> int:
        return sum(1 for s in self.said if s.type == "claim")

    @property
    def articles(self) -> list[int]:
        return sorted({s.article for s in self.said})


@dataclass
class Voices:
    """Everything Voices reports on a corpus; the breakdowns are computed from `said` and `people`."""

    articles: list[ArticleInfo]
    people: list[Voice]  # named people, most quoted first
    others: list[Voice]  # every other source: organisations, descriptions, anonymous, by name
    said: list[Said]  # every quote and claim of the corpus, article by article
    with_gender: bool = True


def outlet_of(source: str) -> str:
    """An article's outlet: the site of a URL (without "www."), else the folder a file is in."""
    if source.lower().startswith(("http://", "https://")):
        host = (urlsplit(source).hostname or source).lower()
        return host[4:] if host.startswith("www.") else host
    parent = source.replace("\\", "/").rsplit("/", 1)
    return parent[0].rsplit("/", 1)[-1] if len(parent) == 2 and parent[0] else "."


def month_of(date: str) -> str:
    """`2016-10` from an article's date (ISO first; "" when it has none or none that can be read)."""
    m = re.match(r"\s*(\d{4})-(\d{2})", date or "")
    return f"{m.group(1)}-{m.group(2)}" if m else ""


@dataclass
class _Local:
    """One person as one article has them, before people are merged across articles."""

    name: str
    key: tuple[str, ...]
    roles: list[str]
    evidence: Evidence
    said: list[Said]


def collect(records: Iterable[dict[str, Any]], with_gender: bool = True) -> Voices:
    """Voices of the analyses `records` (each an `--json` object; `byline`, `date`, `hash` optional)."""
    return collect_facts((article_facts(r) for r in records), with_gender)


def collect_facts(facts: Iterable[dict[str, Any]], with_gender: bool = True) -> Voices:
    """Voices of articles' facts (`tui.voices.facts.article_facts`, or a sidecar file of them)."""
    articles: list[ArticleInfo] = []
    said: list[Said] = []
    locals_: list[_Local] = []
    others: dict[tuple[str, str], Voice] = {}
    for fact in facts:
        index = len(articles)
        source = fact["source"]
        articles.append(ArticleInfo(source, fact["title"], fact["date"], outlet_of(source), fact["hash"]))
        for name, key, roles, evidence, items in fact["people"]:
            entries = [Said(index, *item) for item in items]
            local = _Local(
                name, tuple(key), roles, Evidence.from_dict(evidence) if with_gender else Evidence(), entries
            )
            locals_.append(local)
            said.extend(entries)
        for key, name, kind, official, items in fact["others"]:
            entries = [Said(index, *item) for item in items]
            voice = others.get((kind, key))
            if voice is None:
                voice = others[(kind, key)] = Voice(key, name, kind, official)
            voice.said.extend(entries)
            said.extend(entries)
    people = _merge_people(locals_, with_gender)
    return Voices(articles, people, _ranked(others.values()), said, with_gender)


def _ranked(voices: Iterable[Voice]) -> list[Voice]:
    """Most quoted first (quotes and claims together), then by name."""
    return sorted(voices, key=lambda v: (-len(v.said), -v.quotes, v.name.lower()))


def _merge_people(locals_: list[_Local], with_gender: bool) -> list[Voice]:
    """One voice per person: by full name, and a bare surname into the one full name ending in it."""
    surnames: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for local in locals_:
        if len(local.key) >= 2:
            surnames[local.key[-1]].add(local.key)
    voices: dict[tuple[str, ...], Voice] = {}
    names: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for local in locals_:
        key = local.key
        if len(key) == 1 and len(surnames.get(key[0], ())) == 1:
            key = next(iter(surnames[key[0]]))
        voice = voices.get(key)
        if voice is None:
            voice = voices[key] = Voice(" ".join(key), local.name, "person")
        names[key][local.name] += len(key) == len(local.key)  # a full name is shown over a surname
        voice.said.extend(local.said)
        voice.roles.extend(r for r in local.roles if r not in voice.roles)
        voice.evidence.add(local.evidence)
    for key, voice in voices.items():
        voice.name = max(names[key].items(), key=lambda kv: (kv[1], len(kv[0])))[0]
        voice.official = any(s.official for s in voice.said)
        if with_gender:
            voice.gender, voice.gender_evidence = decide(voice.evidence)
    return _ranked(voices.values())


# --- breakdowns -------------------------------------------------------------------------------------


def by_kind(voices: Voices) -> list[dict[str, Any]]:
    """Quotes and claims by the kind of their source, each kind's share of all."""
    counts = {k: Counter() for k in KINDS}
    for s in voices.said:
        counts[s.kind][s.type] += 1
    total = len(voices.said) or 1
    return [
        {
            "kind": k,
            "quotes": c["quote"],
            "claims": c["claim"],
            "total": c["quote"] + c["claim"],
            "share": (c["quote"] + c["claim"]) / total,
        }
        for k, c in counts.items()
    ]


def officials(voices: Voices) -> list[dict[str, Any]]:
    """Quotes and claims whose source holds an office, against those of every other source (the
    unresolved and unattributed apart: they cannot be either)."""
    rows = {"official": Counter(), "other": Counter(), "no source": Counter()}
    for s in voices.said:
        group = (
            "no source" if s.kind in ("unresolved", "unattributed") else "official" if s.official else "other"
        )
        rows[group][s.type] += 1
    total = len(voices.said) or 1
    return [
        {
            "group": g,
            "quotes": c["quote"],
            "claims": c["claim"],
            "total": sum(c.values()),
            "share": sum(c.values()) / total,
        }
        for g, c in rows.items()
    ]


def by_gender(voices: Voices) -> list[dict[str, Any]]:
    """Named people by gender: how many, how often they are quoted, and the share of each (the
    unknown share shown like the others); with the evidence that decided."""
    if not voices.with_gender:
        return []
    rows: dict[str, dict[str, Any]] = {}
    for g in ("female", "male", UNKNOWN):
        rows[g] = {"gender": g, "people": 0, "quotes": 0, "claims": 0, "evidence": Counter()}
    for p in voices.people:
        row = rows[p.gender or UNKNOWN]
        row["people"] += 1
        row["quotes"] += p.quotes
        row["claims"] += p.claims
        if p.gender_evidence:
            row["evidence"][p.gender_evidence] += 1
    people = len(voices.people) or 1
    said = sum(len(p.said) for p in voices.people) or 1
    out = []
    for row in rows.values():
        row["people_share"] = row["people"] / people
        row["said_share"] = (row["quotes"] + row["claims"]) / said
        row["evidence"] = dict(row["evidence"])
        out.append(row)
    return out


def _grouped(voices: Voices, group_of) -> list[dict[str, Any]]:
    """Articles, quotes, claims and distinct people (by gender) per group of articles."""
    groups: dict[str, dict[str, Any]] = {}
    for info in voices.articles:
        groups.setdefault(group_of(info), {"articles": 0, "quotes": 0, "claims": 0, "people": {}})
        groups[group_of(info)]["articles"] += 1
    for s in voices.said:
        row = groups[group_of(voices.articles[s.article])]
        row["quotes" if s.type == "quote" else "claims"] += 1
    for p in voices.people:
        for article in p.articles:
            row = groups[group_of(voices.articles[article])]
            row["people"][p.key] = p.gender or UNKNOWN
    out = []
    for name, row in groups.items():
        genders = Counter(row.pop("people").values())
        row = {"group": name, **row, "people": sum(genders.values())}
        if voices.with_gender:
            row.update({g: genders[g] for g in ("female", "male", UNKNOWN)})
        out.append(row)
    return out


def by_outlet(voices: Voices) -> list[dict[str, Any]]:
    """Per outlet (site, feed or folder), most articles first."""
    rows = _grouped(voices, lambda a: a.outlet)
    return sorted(rows, key=lambda r: (-r["articles"], r["group"]))


def over_time(voices: Voices) -> list[dict[str, Any]]:
    """Per month of the articles' dates, in order; undated articles last."""
    rows = _grouped(voices, lambda a: month_of(a.date) or "undated")
    return sorted(rows, key=lambda r: (r["group"] == "undated", r["group"]))
