""" "Checked before": a claim that says what an already-checked claim said, in other words.

The archive's FTS5 index finds the checked claims that share any word with this one; word overlap
decides. The score is the Dice coefficient of the two claims' content words (function words
dropped, a plain suffix cut so "voted" meets "vote"), and
two claims that hold different figures are never the same. `THRESHOLD` was measured on the pairs in
tests/archive/similar_pairs.py (reworded statements vs statements on the same topic that say something
else): see `python -m tests.archive.similar_pairs`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.analysis.model import Analysis
    from tui.archive.store import Archive, Mark

#: Dice of content words at or above which two claims are the same statement. On the 15 reworded and
#: 16 different pairs of tests/archive/similar_pairs.py: precision 0.94, recall 1.00 (0.5: 0.75/1.00;
#: the one pair still over it swaps a single verb, "laid off" for "hired", which overlap cannot see)
THRESHOLD = 0.7

_WORD = re.compile(r"[^\W_]+(?:[.,][0-9]+)*", re.UNICODE)
_NUMBER = re.compile(r"\d")
_FUNCTION_WORDS = frozenset(
    """a an the and or but if of to in on at by for with from as into onto over under about than then
    that this these those there here it its it's he she they them his her their we our you your i me my
    is are was were be been being am has have had do does did will would shall should can could may might
    must not no nor so too very just also only even still yet already said says say told tells according
    who whom whose which what when where why how all any both each few more most other some such own same
    up down out off again further once because while during before after above below between through
    per cent percent""".split()
)


_SUFFIXES = ("ing", "ed", "es", "s", "e")


def _stem(word: str) -> str:
    """A plain suffix cut ("voted", "votes", "vote" → "vot"), never on figures or short words."""
    if len(word) <= 3 or _NUMBER.search(word) or word.endswith("ss"):
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> set[str]:
    """The words that carry a claim: lower-cased, function words dropped, suffixes cut."""
    out = set()
    for word in _WORD.findall(text.casefold()):
        if word in _FUNCTION_WORDS:
            continue
        out.add(_stem(word))
    return out


def similarity(a: str, b: str) -> float:
    """0 to 1: how far two claims say the same; 0 when they hold different figures."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    numbers_a = {w for w in wa if _NUMBER.search(w)}
    numbers_b = {w for w in wb if _NUMBER.search(w)}
    if numbers_a != numbers_b and numbers_a and numbers_b:
        return 0.0
    return 2 * len(wa & wb) / (len(wa) + len(wb))


def same_statement(a: str, b: str) -> bool:
    return similarity(a, b) >= THRESHOLD


def checked_before(archive: Archive, article_id: int, analysis: Analysis) -> dict[tuple[str, int], Mark]:
    """For each claim and quote of this article, the most similar claim checked in another article."""
    found: dict[tuple[str, int], Mark] = {}
    for tab, items in (("quotes", analysis.quotes), ("claims", analysis.claims)):
        for index, item in enumerate(items):
            best, best_score = None, THRESHOLD
            for mark in archive.checked_like(item.text, exclude_article=article_id, limit=10):
                score = similarity(item.text, mark.words)
                if score >= best_score:
                    best, best_score = mark, score
            if best is not None:
                found[(tab, index)] = best
    return found
