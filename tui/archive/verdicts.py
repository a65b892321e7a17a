"""The verdict scale and the checking statuses: plain data shared by the store, screens and exports.

The scale maps onto ClaimReview's numeric rating where it has one (true 5 … false 1); misleading,
unproven and "not a checkable claim" have no number and are published by their name alone.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Verdict:
    key: str  # what the archive stores
    name: str  # what the reader shows and ClaimReview's alternateName says
    digit: str  # the key that chooses it in the verdict chooser
    rating: int | None  # ClaimReview ratingValue (bestRating 5, worstRating 1), None when it has none


VERDICTS: tuple[Verdict, ...] = (
    Verdict("true", "true", "1", 5),
    Verdict("mostly-true", "mostly true", "2", 4),
    Verdict("half-true", "half true", "3", 3),
    Verdict("mostly-false", "mostly false", "4", 2),
    Verdict("false", "false", "5", 1),
    Verdict("misleading", "misleading", "6", None),
    Verdict("unproven", "unproven", "7", None),
    Verdict("not-checkable", "not a checkable claim", "8", None),
)
BY_KEY = {v.key: v for v in VERDICTS}
BY_DIGIT = {v.digit: v for v in VERDICTS}

#: (stored value, shown name) in the order the desk lists them
STATUSES: tuple[tuple[str, str], ...] = (("todo", "to check"), ("doing", "in progress"), ("done", "done"))
STATUS_NAMES = dict(STATUSES)


def verdict_name(key: str | None) -> str:
    """The shown name of a stored verdict ("" for none, the key itself for one this version lacks)."""
    if not key:
        return ""
    verdict = BY_KEY.get(key)
    return verdict.name if verdict else key


def parse_verdict(text: str) -> Verdict | None:
    """A verdict from a digit, a key or a name as typed ("5", "false", "mostly true"), else None."""
    word = text.strip().lower().replace("_", "-")
    return (
        BY_DIGIT.get(word)
        or BY_KEY.get(word)
        or BY_KEY.get(word.replace(" ", "-"))
        or next((v for v in VERDICTS if v.name == word), None)
    )
