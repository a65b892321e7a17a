"""Which marks the Desk shows: a filter typed as words and `field:value` terms.

    false lavrov            every mark whose words, verdict, status, speaker, headline or date hold both
    verdict:false           by verdict (its key or name: mostly-true, "not-checkable", unproven …)
    source:lavrov           by the speaker or source (or the article's source, a URL or file)
    date:2026-11            by the day it was last changed (or the article's own date)
    status:done             by status (todo/to check, doing/in progress, done)

Pure: no SQLite, no Textual.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from tui.archive.store import Mark
from tui.archive.verdicts import STATUS_NAMES, STATUSES, verdict_name

FIELDS = ("verdict", "source", "date", "status")


def _day(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp).strftime("%Y-%m-%d")


def _fields(mark: Mark) -> dict[str, str]:
    verdict = f"{mark.verdict or 'none'} {verdict_name(mark.verdict) or 'no verdict'}"
    return {
        "verdict": verdict.casefold(),
        "source": f"{mark.who} {mark.source}".casefold(),
        "date": f"{_day(mark.updated)} {mark.date}".casefold(),
        "status": f"{mark.status} {STATUS_NAMES.get(mark.status, '')}".casefold(),
        "text": f"{mark.words} {mark.title}".casefold(),
    }


def matches(mark: Mark, query: str) -> bool:
    """Whether the mark holds every term of the query (case-insensitive)."""
    fields = _fields(mark)
    everything = " ".join(fields.values())
    for term in query.casefold().split():
        name, colon, value = term.partition(":")
        if colon and name in FIELDS:
            if value and value not in fields[name]:
                return False
        elif term not in everything:
            return False
    return True


def desk_groups(marks: Sequence[Mark], query: str = "") -> list[tuple[str, list[Mark]]]:
    """The marks the query keeps, by status (to check, in progress, done), newest change first."""
    kept = [m for m in marks if matches(m, query)]
    return [
        (name, sorted((m for m in kept if m.status == status), key=lambda m: -m.updated))
        for status, name in STATUSES
    ]
