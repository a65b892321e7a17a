"""Where a mark belongs in a new analysis: a mark is anchored to its claim's words, not its offsets.

Offsets move when the analysis code changes; the words a claim or quote quotes rarely do. A mark
attaches to the finding whose words are the same (after normalising case, punctuation and spacing),
else to the one that shares most of its words when that is most of both; otherwise it is detached:
kept, and shown with its own words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_WORD = re.compile(r"\w+", re.UNICODE)

#: words shared / words in the larger of the two, at or above which a reworded span is the same finding
ATTACH_OVERLAP = 0.8


def words(text: str) -> list[str]:
    """The text's words, lower-cased (punctuation, quotation marks and spacing dropped)."""
    return _WORD.findall(text.casefold())


def anchor(text: str) -> str:
    """The normalised words a mark is stored and matched by."""
    return " ".join(words(text))


def overlap(a: str, b: str) -> float:
    """Shared distinct words over the distinct words of the larger of two anchors (0 to 1)."""
    wa, wb = set(a.split()), set(b.split())
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / max(len(wa), len(wb))


def attach(mark_anchor: str, candidates: Sequence[str]) -> int | None:
    """The index of the candidate anchor this mark belongs to, or None (detached)."""
    for i, candidate in enumerate(candidates):
        if candidate == mark_anchor:
            return i
    best, best_score = None, 0.0
    for i, candidate in enumerate(candidates):
        score = overlap(mark_anchor, candidate)
        if score > best_score:
            best, best_score = i, score
    return best if best_score >= ATTACH_OVERLAP else None
