"""Voices: who is quoted across many articles, and how often, from their analyses.

Pure: it takes the analyses as `--json` records (dicts, as `newsreader --json`, a results file or
the archive give them) or their facts' tables (`tui.voices.columns`), and knows neither Textual nor
SQLite. Sources are merged once per distinct name; every count is an array operation over the
quote columns; what a voice said is read only when asked for. The breakdowns are
`tui.voices.breakdowns`. What counts as said: every quote and
every claim that is someone's words: reported, a belief or intention, a transcript's statement
(`tui.voices.facts.SPOKEN`; hedges and figures to check have no speaker by nature and are left out).

One person across articles is one voice: people are merged by their full name (titles such as "Sen."
and middle initials left aside: "Sen. Loretta E. Lynch" is "Loretta Lynch"), and a bare surname
("Soto") joins the one full name in the corpus that ends with it; a surname that two full names
share ("Obama": Barack and Michelle) stays a voice of its own, never merged by guess.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, overload

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from tui.voices.columns import FactTables, fact_tables
from tui.voices.facts import article_facts
from tui.voices.gender import FEMALE, MALE, Evidence, decide
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


class Articles(Sequence[ArticleInfo]):
    """The corpus's articles, read from their column only when asked for (ten thousand
    `ArticleInfo`s were a third of what Voices took to open)."""

    def __init__(self, table: pa.Table) -> None:
        self._table = table
        self._columns: dict[str, list[str]] = {}

    def column(self, name: str) -> list[str]:
        """One field of every article, in order (`source`, `title`, `date`, `outlet`, `hash`)."""
        if name not in self._columns:
            self._columns[name] = self._table.column(name).to_pylist()
        return self._columns[name]

    def __len__(self) -> int:
        return self._table.num_rows

    @overload
    def __getitem__(self, index: int) -> ArticleInfo: ...

    @overload
    def __getitem__(self, index: slice) -> list[ArticleInfo]: ...

    def __getitem__(self, index: int | slice) -> ArticleInfo | list[ArticleInfo]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        fields = ("source", "title", "date", "outlet", "hash")
        return ArticleInfo(*(self.column(name)[index] for name in fields))


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
        articles: Articles,
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
    articles = Articles(tables.articles)
    src = tables.sources
    person = src.column("person").to_numpy(zero_copy_only=False)
    voice_of = np.zeros(src.num_rows, dtype=np.int64)
    people = _merge_people(src, np.flatnonzero(person), voice_of, with_gender)
    others = _merge_others(src, np.flatnonzero(~person), voice_of, len(people))
    order = people + others
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
    voices.others = _ranked(others)
    return voices


def encoded(column: pa.ChunkedArray | pa.Array) -> tuple[np.ndarray, list[Any]]:
    """(each row's code, the distinct values): codes in the order values first appear."""
    encoded = pc.dictionary_encode(column)
    if isinstance(encoded, pa.ChunkedArray):
        encoded = encoded.combine_chunks()
    return encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64), encoded.dictionary.to_pylist()


def _first_rows(codes: np.ndarray, n: int) -> np.ndarray:
    """The first row of each of `n` codes."""
    first = np.full(n, len(codes), dtype=np.int64)
    np.minimum.at(first, codes, np.arange(len(codes)))
    return first


def _merge_others(src: pa.Table, rows: np.ndarray, voice_of: np.ndarray, offset: int) -> list[Voice]:
    """One voice per other source by its kind and key, in the order they first appear; fills
    `voice_of` for their rows (numbered from `offset`)."""
    if not len(rows):
        return []
    take = pa.array(rows)
    key_codes, keys = encoded(src.column("key").take(take))
    kinds = src.column("kind").take(take).to_numpy().astype(np.int64)
    distinct, first, inverse = np.unique(
        key_codes * len(KINDS) + kinds, return_index=True, return_inverse=True
    )
    order = np.argsort(first, kind="stable")
    rank = np.empty(len(distinct), dtype=np.int64)
    rank[order] = np.arange(len(distinct))
    voice_of[rows] = offset + rank[inverse.reshape(-1)]
    names = src.column("name").take(take).to_pylist()
    official = src.column("official").take(take).to_pylist()
    out = []
    for i in order:
        row = int(first[i])
        out.append(Voice(keys[key_codes[row]], names[row], KINDS[kinds[row]], official[row]))
    return out


def _merge_people(src: pa.Table, rows: np.ndarray, voice_of: np.ndarray, with_gender: bool) -> list[Voice]:
    """One voice per person: by full name, and a bare surname into the one full name ending in it.
    Fills `voice_of` (each source row's voice) for the people's rows.

    The names are decided once per distinct name key (a corpus says "Trump" ten thousand times, in a
    few hundred spellings), the rows only counted."""
    if not len(rows):
        return []
    take = pa.array(rows)
    key_codes, key_values = encoded(src.column("key").take(take))
    keys = [tuple(k.split()) for k in key_values]
    surnames: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for key in keys:
        if len(key) >= 2:
            surnames[key[-1]].add(key)
    index: dict[tuple[str, ...], int] = {}
    voices: list[Voice] = []
    code_voice = np.zeros(len(keys), dtype=np.int64)
    full = np.zeros(len(keys), dtype=np.int64)  # a full name is shown over a surname
    for code in np.argsort(_first_rows(key_codes, len(keys)), kind="stable"):
        key = keys[code]
        merged = key
        if len(key) == 1 and len(surnames.get(key[0], ())) == 1:
            merged = next(iter(surnames[key[0]]))
        i = index.get(merged)
        if i is None:
            i = index[merged] = len(voices)
            voices.append(Voice(" ".join(merged), "", "person"))
        code_voice[code] = i
        full[code] = len(merged) == len(key)
    local_voice = code_voice[key_codes]
    voice_of[rows] = local_voice
    name_codes, names = encoded(src.column("name").take(take))
    pairs, first, inverse = np.unique(
        local_voice * len(names) + name_codes, return_index=True, return_inverse=True
    )
    counts = np.bincount(inverse.reshape(-1), weights=full[key_codes], minlength=len(pairs))
    best: dict[int, tuple[float, int]] = {}
    for p in np.argsort(first, kind="stable"):  # the first of equals wins, in the order names came
        voice, name = divmod(int(pairs[p]), len(names))
        score = (float(counts[p]), len(names[name]))
        if voice not in best or score > best[voice]:
            best[voice] = score
            voices[voice].name = names[name]
    with_roles = np.flatnonzero(
        pc.list_value_length(src.column("roles").take(take)).to_numpy(zero_copy_only=False)
    )
    if len(with_roles):
        for n, roles in zip(
            with_roles, src.column("roles").take(pa.array(rows[with_roles])).to_pylist(), strict=True
        ):
            voice = voices[local_voice[n]]
            voice.roles.extend(r for r in roles if r not in voice.roles)
    if with_gender:
        _decide_genders(src, take, local_voice, voices)
    return voices


def _decide_genders(src: pa.Table, take: pa.Array, local_voice: np.ndarray, voices: list[Voice]) -> None:
    """Each person's evidence added up over their rows, and their gender decided from it."""
    sums = {
        c: np.bincount(
            local_voice, weights=src.column(c).take(take).to_numpy(), minlength=len(voices)
        ).astype(int)
        for c in ("pronoun_f", "pronoun_m", "title_f", "title_m")
    }
    firsts = src.column("first_name").take(take)
    named = np.flatnonzero(pc.not_equal(firsts, "").to_numpy(zero_copy_only=False))
    answers: dict[str, str] = {}
    if len(named):
        named_voices, first = np.unique(local_voice[named], return_index=True)
        chosen = pa.array(named[first])
        names = firsts.take(chosen).to_pylist()
        for voice, name, answer in zip(
            named_voices, names, src.column("name_gender").take(take).take(chosen).to_pylist(), strict=True
        ):
            voices[voice].evidence.first_name = name  # the first article's first name
            answers[name] = answer
    for i, voice in enumerate(voices):
        ev = voice.evidence
        for counts, f, m in ((ev.pronoun, "pronoun_f", "pronoun_m"), (ev.title, "title_f", "title_m")):
            if sums[f][i]:
                counts[FEMALE] = int(sums[f][i])
            if sums[m][i]:
                counts[MALE] = int(sums[m][i])
        voice.gender, voice.gender_evidence = decide(ev, lambda first: answers.get(first) or None)
