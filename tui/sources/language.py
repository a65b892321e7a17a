"""A cheap guess at whether a text is English, so that a French or Russian article gets a notice.

The spaCy pipeline is English-only: on other languages its entities, quotes and claims are noise.
Counting the share of very common English words among the text's words needs no model and no
download, and tells English prose (typically 35–50 % such words) from anything else (under 10 %).
"""

from __future__ import annotations

import re

_COMMON = frozenset(
    """the a an and or but of to in on at for with from by as is are was were be been has have had
    it its this that these those he she they we you i his her their our not no said says will would
    who which what when than then there after before about over into more also""".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def english_share(text: str, sample: int = 3000) -> float:
    """The share of the first `sample` words that are common English words (0.0 when there are none).

    Capitalised words are left out when there are enough others: a short English story full of
    names ("Kristi Noem", "Sioux Falls", "South Dakota Department of Social Services") has few
    common words among all its words, but as many as any English prose among its lower-case ones,
    while a French or German text's lower-case words are still not English."""
    words = _WORD.findall(text[: sample * 8])[:sample]
    if not words:
        return 0.0
    lower = [w for w in words if w[:1].islower()]
    if len(lower) >= 20:
        words = lower
    return sum(1 for w in words if w.lower() in _COMMON) / len(words)


def language_notice(text: str) -> str | None:
    """A one-line notice for text that is mostly not English, else None. Short texts are not judged."""
    if len(_WORD.findall(text[:4000])) < 20:
        return None
    if english_share(text) >= 0.12:
        return None
    return "this text looks mostly not English; the analysis is English-only, so its findings may be poor"
