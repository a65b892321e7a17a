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
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import numpy as np
import pyarrow as pa

from tui.voices.columns import FactTables, fact_tables
from tui.voices.facts import article_facts
from tui.voices.gender import FEMALE, MALE, UNKNOWN, Evidence, decide
from tui.voices.kinds import KINDS


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """An article of the corpus, as Voices lists it."""

    source: str
    title: str
    date: str  # as the article gives it ("" when it gives none)
    outlet: str
    hash: str = ""


@dataclass(slots=True)
class Said:
    """One quote or claim: where it is (article index, offsets into that article's text) and what."""

    article: int
    type: str  # "quote" or "claim"
    start: int
    end: int
    text: str
    kind: str
    official: bool


class Voice:
    """A source across the corpus: a person (merged by name) or another kind of source.

    Its counts are made with the corpus's; what it said (`said`) is read from the corpus's columns
    only when asked for, one person at a time."""

    __slots__ = (
        "_articles",
        "_owner",
        "_rows",
        "claims",
        "evidence",
        "gender",
        "gender_evidence",
        "key",
        "kind",
        "name",
        "official",
        "quotes",
        "roles",
    )  # fmt: skip

    def __init__(self, key: str, name: str, kind: str, official: bool = False) -> None:
        self.key = key
        self.name = name
        self.kind = kind
        self.official = official
        self.roles: list[str] = []
        self.evidence = Evidence()
        self.gender: str | None = None  # None with --no-gender or when not a person
        self.gender_evidence: str | None = None  # "pronoun", "title", "name", or None
        self.quotes = 0
        self.claims = 0
        self._articles: Any = ()
        self._rows: Any = ()
        self._owner: Voices | None = None

    @property
    def articles(self) -> list[int]:
        """The indices of the articles this source is quoted in, in order."""
        return [int(a) for a in self._articles]

    @property
    def article_count(self) -> int:
        return len(self._articles)

    @property
    def said(self) -> list[Said]:
        """Every quote and claim of this source, article by article (read from the columns now)."""
        return self._owner.said_of(self) if self._owner is not None else []

    def __repr__(self) -> str:
        return f"Voice({self.name!r}, {self.kind}, quotes={self.quotes}, claims={self.claims})"


class Voices:
    """Everything Voices reports on a corpus: its articles, people and other sources ranked, and the
    columns of every quote and claim (`tables.said`) with each one's source (`said_voice`)."""

    def __init__(
        self,
        tables: FactTables,
        articles: list[ArticleInfo],
        people: list[Voice],
        others: list[Voice],
        said_voice: np.ndarray,
        voice_order: list[Voice],
        with_gender: bool = True,
    ) -> None:
        self.tables = tables
        self.articles = articles
        self.people = people  # named people, most quoted first
        self.others = others  # every other source: organisations, descriptions, anonymous, by name
        self.with_gender = with_gender
        said = tables.said
        self.said_article = said.column("article").to_numpy()
        self.said_claim = said.column("claim").to_numpy(zero_copy_only=False)
        self.said_kind = said.column("kind").to_numpy()
        self.said_official = said.column("official").to_numpy(zero_copy_only=False)
        self.said_voice = said_voice  # each quote's source: its index in `voice_order`
        self.voice_order = voice_order  # people (by merge order), then the other sources
        self.claims = int(self.said_claim.sum())
        self.quotes = said.num_rows - self.claims

    @property
    def said_count(self) -> int:
        return self.quotes + self.claims

    def said_of(self, voice: Voice) -> list[Said]:
        rows = self.tables.said.take(pa.array(voice._rows, type=pa.int64()))
        columns = [rows.column(c).to_pylist() for c in ("article", "claim", "start", "end", "text", "kind")]
        official = rows.column("official").to_pylist()
        return [
            Said(article, "claim" if claim else "quote", start, end, text, KINDS[kind], official[i])
            for i, (article, claim, start, end, text, kind) in enumerate(zip(*columns, strict=True))
        ]

    def said_json(self, voice: Voice) -> list[str]:
        """What `voice` said, each entry as the report's JSON writes it (serialised once, in the facts)."""
        return self.tables.said.column("json").take(pa.array(voice._rows, type=pa.int64())).to_pylist()


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


def collect(records: Iterable[dict[str, Any]], with_gender: bool = True) -> Voices:
    """Voices of the analyses `records` (each an `--json` object; `byline`, `date`, `hash` optional)."""
    return collect_facts((article_facts(r) for r in records), with_gender)


def collect_facts(facts: Iterable[dict[str, Any]] | FactTables, with_gender: bool = True) -> Voices:
    """Voices of articles' facts (`tui.voices.facts.article_facts` dicts, or their tables)."""
    tables = facts if isinstance(facts, FactTables) else fact_tables(facts)
    return collect_tables(tables, with_gender)


def _ranked(voices: Iterable[Voice]) -> list[Voice]:
    """Most quoted first (quotes and claims together), then by name."""
    return sorted(voices, key=lambda v: (-(v.quotes + v.claims), -v.quotes, v.name.lower()))


def collect_tables(tables: FactTables, with_gender: bool = True) -> Voices:
    """Voices of a corpus's fact tables: sources merged in one pass over the sources' rows, every
    count made over the quotes' columns at once."""
    arts = tables.articles
    articles = [
        ArticleInfo(source, title, date, outlet_of(source), digest)
        for source, title, date, digest in zip(
            *(arts.column(c).to_pylist() for c in ("source", "title", "date", "hash")), strict=True
        )
    ]
    src = tables.sources
    person = src.column("person").to_numpy(zero_copy_only=False)
    person_rows = np.flatnonzero(person)
    voice_of = np.zeros(src.num_rows, dtype=np.int64)
    people = _merge_people(src, person_rows, voice_of, with_gender)
    others: dict[tuple[int, str], Voice] = {}
    other_index: dict[tuple[int, str], int] = {}
    other_rows = np.flatnonzero(~person)
    if len(other_rows):
        sub = src.take(pa.array(other_rows))
        for row, kind, key, name, official in zip(
            other_rows,
            sub.column("kind").to_pylist(),
            sub.column("key").to_pylist(),
            sub.column("name").to_pylist(),
            sub.column("official").to_pylist(),
            strict=True,
        ):
            i = other_index.get((kind, key))
            if i is None:
                i = other_index[(kind, key)] = len(people) + len(others)
                others[(kind, key)] = Voice(key, name, KINDS[kind], official)
            voice_of[row] = i
    order = people + list(others.values())
    said_source = tables.said.column("source").to_numpy()
    said_voice = voice_of[said_source] if len(said_source) else np.zeros(0, dtype=np.int64)
    voices = Voices(tables, articles, people, [], said_voice, order, with_gender)
    n = len(order)
    claims = np.bincount(said_voice, weights=voices.said_claim, minlength=n).astype(np.int64)
    totals = np.bincount(said_voice, minlength=n)
    official = np.bincount(said_voice, weights=voices.said_official, minlength=n) > 0
    rows = np.argsort(said_voice, kind="stable")
    bounds = np.searchsorted(said_voice[rows], np.arange(n + 1))
    pairs = np.unique(said_voice * max(1, len(articles)) + voices.said_article)
    pair_voice, pair_article = np.divmod(pairs, max(1, len(articles)))
    pair_bounds = np.searchsorted(pair_voice, np.arange(n + 1))
    for i, voice in enumerate(order):
        voice.claims = int(claims[i])
        voice.quotes = int(totals[i]) - voice.claims
        voice._rows = rows[bounds[i] : bounds[i + 1]]
        voice._articles = pair_article[pair_bounds[i] : pair_bounds[i + 1]]
        voice._owner = voices
        if voice.kind == "person" and i < len(people):
            voice.official = bool(official[i])
    voices.people = _ranked(people)
    voices.others = _ranked(others.values())
    return voices


def _merge_people(src: pa.Table, rows: np.ndarray, voice_of: np.ndarray, with_gender: bool) -> list[Voice]:
    """One voice per person: by full name, and a bare surname into the one full name ending in it.
    Fills `voice_of` (each source row's voice) for the people's rows."""
    if not len(rows):
        return []
    sub = src.take(pa.array(rows))
    keys = [tuple(k.split()) for k in sub.column("key").to_pylist()]
    names = sub.column("name").to_pylist()
    roles = sub.column("roles").to_pylist()
    surnames: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for key in keys:
        if len(key) >= 2:
            surnames[key[-1]].add(key)
    index: dict[tuple[str, ...], int] = {}
    voices: list[Voice] = []
    shown: list[Counter] = []
    local_voice = np.zeros(len(rows), dtype=np.int64)
    for n, (key, name, local_roles) in enumerate(zip(keys, names, roles, strict=True)):
        merged = key
        if len(key) == 1 and len(surnames.get(key[0], ())) == 1:
            merged = next(iter(surnames[key[0]]))
        i = index.get(merged)
        if i is None:
            i = index[merged] = len(voices)
            voices.append(Voice(" ".join(merged), name, "person"))
            shown.append(Counter())
        local_voice[n] = i
        shown[i][name] += len(merged) == len(key)  # a full name is shown over a surname
        voice = voices[i]
        voice.roles.extend(r for r in local_roles or () if r not in voice.roles)
    voice_of[rows] = local_voice
    for i, voice in enumerate(voices):
        voice.name = max(shown[i].items(), key=lambda kv: (kv[1], len(kv[0])))[0]
    if with_gender:
        sums = {
            c: np.bincount(local_voice, weights=sub.column(c).to_numpy(), minlength=len(voices)).astype(int)
            for c in ("pronoun_f", "pronoun_m", "title_f", "title_m")
        }
        firsts = sub.column("first_name").to_pylist()
        for n in range(len(rows) - 1, -1, -1):  # the first article's first name wins
            if firsts[n]:
                voices[local_voice[n]].evidence.first_name = firsts[n]
        for i, voice in enumerate(voices):
            ev = voice.evidence
            for kind, f, m in (("pronoun", "pronoun_f", "pronoun_m"), ("title", "title_f", "title_m")):
                counts = ev.pronoun if kind == "pronoun" else ev.title
                if sums[f][i]:
                    counts[FEMALE] = int(sums[f][i])
                if sums[m][i]:
                    counts[MALE] = int(sums[m][i])
            voice.gender, voice.gender_evidence = decide(ev)
    return voices


# --- breakdowns -------------------------------------------------------------------------------------


def by_kind(voices: Voices) -> list[dict[str, Any]]:
    """Quotes and claims by the kind of their source, each kind's share of all."""
    counts = np.bincount(voices.said_kind.astype(np.int64) * 2 + voices.said_claim, minlength=2 * len(KINDS))
    total = voices.said_count or 1
    rows = []
    for i, k in enumerate(KINDS):
        quotes, claims = int(counts[2 * i]), int(counts[2 * i + 1])
        rows.append(
            {"kind": k, "quotes": quotes, "claims": claims, "total": quotes + claims,
             "share": (quotes + claims) / total}
        )  # fmt: skip
    return rows


def officials(voices: Voices) -> list[dict[str, Any]]:
    """Quotes and claims whose source holds an office, against those of every other source (the
    unresolved and unattributed apart: they cannot be either)."""
    no_source = np.isin(voices.said_kind, [KINDS.index("unresolved"), KINDS.index("unattributed")])
    group = np.where(no_source, 2, np.where(voices.said_official, 0, 1))
    counts = np.bincount(group * 2 + voices.said_claim, minlength=6)
    total = voices.said_count or 1
    rows = []
    for i, g in enumerate(("official", "other", "no source")):
        quotes, claims = int(counts[2 * i]), int(counts[2 * i + 1])
        rows.append(
            {"group": g, "quotes": quotes, "claims": claims, "total": quotes + claims,
             "share": (quotes + claims) / total}
        )  # fmt: skip
    return rows


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
    said = sum(p.quotes + p.claims for p in voices.people) or 1
    out = []
    for row in rows.values():
        row["people_share"] = row["people"] / people
        row["said_share"] = (row["quotes"] + row["claims"]) / said
        row["evidence"] = dict(row["evidence"])
        out.append(row)
    return out


GENDER_CODES = {"female": 0, "male": 1, UNKNOWN: 2}


def _grouped(voices: Voices, group_of) -> list[dict[str, Any]]:
    """Articles, quotes, claims and distinct people (by gender) per group of articles."""
    codes: dict[str, int] = {}
    article_group = np.array(
        [codes.setdefault(group_of(info), len(codes)) for info in voices.articles], dtype=np.int64
    )
    g = len(codes)
    articles = np.bincount(article_group, minlength=g)
    said_group = article_group[voices.said_article] if len(voices.said_article) else np.zeros(0, np.int64)
    claims = np.bincount(said_group, weights=voices.said_claim, minlength=g).astype(np.int64)
    said = np.bincount(said_group, minlength=g)
    n_people = len(voices.people)  # the first voices of `voice_order`
    is_person = voices.said_voice < n_people
    pairs = np.unique(voices.said_voice[is_person] * max(1, g) + said_group[is_person])
    pair_voice, pair_group = np.divmod(pairs, max(1, g))
    genders = np.array(
        [GENDER_CODES[v.gender or UNKNOWN] for v in voices.voice_order[:n_people]],
        dtype=np.int64,
    )
    by_gender_ = np.bincount(
        pair_group * 3 + (genders[pair_voice] if len(pair_voice) else 0), minlength=3 * g
    ).reshape(g, 3)
    out = []
    for name, i in codes.items():
        row: dict[str, Any] = {
            "group": name,
            "articles": int(articles[i]),
            "quotes": int(said[i] - claims[i]),
            "claims": int(claims[i]),
            "people": int(by_gender_[i].sum()),
        }
        if voices.with_gender:
            row.update({gender: int(by_gender_[i][c]) for gender, c in GENDER_CODES.items()})
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
