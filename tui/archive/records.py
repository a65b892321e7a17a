"""What the archive hands out: articles as listed and whole, search hits, marks (plain dataclasses)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(slots=True)
class ArticleEntry:
    """An archived article as listed: no text, no analysis."""

    id: int
    source: str
    title: str
    byline: str
    date: str
    first_opened: float
    last_opened: float
    actors: int | None
    quotes: int | None
    claims: int | None
    checked: int
    marks: int


@dataclass(slots=True)
class StoredArticle:
    """An archived article whole: its text as shown and its analysis (the `--json` dict), if any."""

    entry: ArticleEntry
    text: str
    analysis: dict[str, Any] | None
    pipeline: str | None
    code: str | None


@dataclass(slots=True)
class SearchHit:
    """A search result: an article (kind "article") or one of its quotes or claims."""

    kind: str
    article_id: int
    title: str
    start: int
    end: int
    text: str
    who: str
    last_opened: float


@dataclass(slots=True)
class Mark:
    """A verdict, note, evidence and status on one quote or claim, anchored to its words."""

    id: int
    article_id: int
    kind: str
    words: str
    anchor: str
    who: str
    start: int | None
    end: int | None
    verdict: str | None
    note: str
    evidence: list[str]
    status: str
    created: float
    updated: float
    title: str = ""
    source: str = ""
    date: str = ""


def mark_from_row(row: Sequence[Any]) -> Mark:
    """A mark from a row of `MARK_SELECT` (its evidence stored as a JSON list)."""
    values = list(row)
    try:
        values[10] = [str(u) for u in json.loads(values[10])]
    except (ValueError, TypeError):
        values[10] = []
    return Mark(*values)
