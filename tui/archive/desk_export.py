"""The desk's verdicts taken elsewhere: schema.org ClaimReview (JSON-LD), CSV and Markdown.

Pure: marks (and the speakers' kinds) in, a string out; neither SQLite nor Textual. ClaimReview
follows Google's fact-check markup: `claimReviewed`, `reviewRating` (`ratingValue` on the 1-5 scale
where the verdict has a number, `bestRating` 5, `worstRating` 1, `alternateName` always),
`itemReviewed` (a `Claim` by a `Person` or `Organization`, appearing in the article), `author` and
`url` (the reviewing organisation, from the `[desk]` section of the config) and `datePublished`.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from tui.archive.store import Mark
from tui.archive.verdicts import BY_KEY, STATUS_NAMES, STATUSES, verdict_name

FORMATS = ("claimreview", "csv", "md")

#: entity labels of a speaker published as an Organization (anything else named is a Person)
_ORGANISATION_LABELS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "GROUP"})
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Reviewer:
    """Who publishes the reviews (`[desk] reviewer` and `organisation_url` in the config)."""

    name: str = ""
    url: str = ""


def iso_day(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).date().isoformat()


def _article_date(mark: Mark) -> str | None:
    """The article's own date when it says one in ISO form (web pages do), else None."""
    found = _ISO_DATE.search(mark.date or "")
    return found.group(0) if found else None


def _is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def claim_review(mark: Mark, reviewer: Reviewer, speaker_labels: Mapping[str, str]) -> dict:
    """One ClaimReview object for a mark with a verdict."""
    verdict = BY_KEY.get(mark.verdict or "")
    rating: dict = {"@type": "Rating", "bestRating": 5, "worstRating": 1}
    if verdict is not None and verdict.rating is not None:
        rating["ratingValue"] = verdict.rating
    rating["alternateName"] = verdict_name(mark.verdict)
    appearance: dict = {"@type": "NewsArticle", "headline": mark.title}
    if _is_url(mark.source):
        appearance["url"] = mark.source
    published = _article_date(mark)
    if published:
        appearance["datePublished"] = published
    claim: dict = {"@type": "Claim", "appearance": appearance}
    if mark.who:
        kind = "Organization" if speaker_labels.get(mark.who) in _ORGANISATION_LABELS else "Person"
        claim["author"] = {"@type": kind, "name": mark.who}
    claim["datePublished"] = published or iso_day(mark.created)
    review: dict = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": mark.words,
        "reviewRating": rating,
        "itemReviewed": claim,
        "author": {"@type": "Organization", "name": reviewer.name or "newsreader desk"},
        "datePublished": iso_day(mark.updated),
    }
    if reviewer.url:
        review["author"]["url"] = reviewer.url
        review["url"] = reviewer.url
    return review


def to_claimreview(
    marks: Sequence[Mark], reviewer: Reviewer, speaker_labels: Mapping[str, str] | None = None
) -> str:
    """A JSON array of ClaimReview objects, one per mark with a verdict."""
    labels = speaker_labels or {}
    reviews = [claim_review(m, reviewer, labels) for m in marks if m.verdict]
    return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"


def _cell(value: object) -> str:
    """A CSV cell; text a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


CSV_COLUMNS = (
    "id",
    "status",
    "verdict",
    "rating",
    "claim",
    "who",
    "kind",
    "headline",
    "source",
    "article_date",
    "note",
    "evidence",
    "updated",
)


def to_csv(marks: Sequence[Mark]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for m in marks:
        verdict = BY_KEY.get(m.verdict or "")
        writer.writerow(
            [
                _cell(v)
                for v in (
                    m.id,
                    STATUS_NAMES.get(m.status, m.status),
                    verdict_name(m.verdict),
                    verdict.rating if verdict and verdict.rating is not None else "",
                    m.words,
                    m.who,
                    m.kind,
                    m.title,
                    m.source,
                    m.date,
                    m.note,
                    " ".join(m.evidence),
                    iso_day(m.updated),
                )
            ]
        )
    return buffer.getvalue()


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~!])")


def md_escape(text: str) -> str:
    """Text from an article or a note, inert in Markdown (one line)."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def to_markdown(marks: Sequence[Mark]) -> str:
    """The desk as a report: by status, each claim with its verdict, source, article, note and evidence."""
    lines = ["# Fact-check desk", ""]
    for status, name in STATUSES:
        group = [m for m in marks if m.status == status]
        if not group:
            continue
        lines += [f"## {name.capitalize()} ({len(group)})", ""]
        for m in group:
            verdict = verdict_name(m.verdict) or "no verdict yet"
            who = md_escape(m.who) if m.who else "unattributed"
            lines.append(f"- **{md_escape(verdict)}** — “{md_escape(m.words)}” — {who}")
            lines.append(f"  - in: {md_escape(m.title)} ({md_escape(m.source)})")
            if m.note.strip():
                lines.append(f"  - note: {md_escape(m.note)}")
            for url in m.evidence:
                lines.append(f"  - evidence: <{url.replace('>', '%3E').replace(' ', '%20')}>")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def render(fmt: str, marks: Sequence[Mark], reviewer: Reviewer, speaker_labels: Mapping[str, str]) -> str:
    if fmt == "claimreview":
        return to_claimreview(marks, reviewer, speaker_labels)
    if fmt == "csv":
        return to_csv(marks)
    if fmt == "md":
        return to_markdown(marks)
    raise ValueError(f"unknown desk export format {fmt!r}")


def format_for(path: str) -> str | None:
    """The format a file name asks for: .json/.jsonld ClaimReview, .csv, .md; else None."""
    suffix = path.lower().rsplit(".", 1)[-1] if "." in path else ""
    return {"json": "claimreview", "jsonld": "claimreview", "csv": "csv", "md": "md"}.get(suffix)
