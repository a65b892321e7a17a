"""Voices' breakdowns: quotes and claims by kind of source, officials and others, people by gender,
and per outlet and month — each counted over the corpus's quote columns at once (numpy, pyarrow).

Pure: neither Textual nor SQLite; the rows are plain dicts, as `--json` gives them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from tui.voices.aggregate import Voices, encoded
from tui.voices.gender import UNKNOWN
from tui.voices.kinds import KINDS


def by_kind(voices: Voices) -> list[dict[str, Any]]:
    """Quotes and claims by the kind of their source, each kind's share of all."""
    return _said_by("kind", KINDS, voices.said_kind.astype(np.int64), voices)


def _said_by(column: str, names: Sequence[str], group: np.ndarray, voices: Voices) -> list[dict[str, Any]]:
    """A row per name of `names` (`group` holds each quote's or claim's index into them): its
    quotes, claims, total and share of all."""
    counts = np.bincount(group * 2 + voices.said_claim, minlength=2 * len(names))
    total = voices.said_count or 1
    rows = []
    for i, name in enumerate(names):
        quotes, claims = int(counts[2 * i]), int(counts[2 * i + 1])
        rows.append(
            {column: name, "quotes": quotes, "claims": claims, "total": quotes + claims,
             "share": (quotes + claims) / total}
        )  # fmt: skip
    return rows


def officials(voices: Voices) -> list[dict[str, Any]]:
    """Quotes and claims whose source holds an office, against those of every other source (the
    unresolved and unattributed apart: they cannot be either)."""
    no_source = np.isin(voices.said_kind, [KINDS.index("unresolved"), KINDS.index("unattributed")])
    group = np.where(no_source, 2, np.where(voices.said_official, 0, 1))
    return _said_by("group", ("official", "other", "no source"), group, voices)


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


def _grouped(voices: Voices, groups: pa.Array | pa.ChunkedArray) -> list[dict[str, Any]]:
    """Articles, quotes, claims and distinct people (by gender) per group of articles (`groups`:
    each article's group, a column of strings)."""
    article_group, names = encoded(groups)
    g = len(names)
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
    for i, name in enumerate(names):
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
    rows = _grouped(voices, voices.tables.articles.column("outlet"))
    return sorted(rows, key=lambda r: (-r["articles"], r["group"]))


def over_time(voices: Voices) -> list[dict[str, Any]]:
    """Per month of the articles' dates, in order; undated articles last."""
    parts = pc.extract_regex(voices.tables.articles.column("date"), r"^\s*(?P<year>\d{4})-(?P<month>\d{2})")
    months = pc.binary_join_element_wise(
        pc.struct_field(parts, "year"), pc.struct_field(parts, "month"), "-"
    )  # an ISO date's year and month ("2016-10"); other dates are undated
    rows = _grouped(voices, pc.fill_null(months, "undated"))
    return sorted(rows, key=lambda r: (r["group"] == "undated", r["group"]))
