"""Which organisation a description or an "it" stands for.

- "the office", "the committee", "the court": the latest organisation named before whose name has
  that head word ("the U.S. Attorney's Office for the Western District", "the Senate Judiciary
  Committee"), whatever stands between;
- "the company", "it": the latest organisation named within a few sentences, a subject before any
  other, then the latest that spoke ("The group that owns her music, Big Machine, says … at the
  American Music Awards … But the company says …": Big Machine, not the awards).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from tui.analysis.model import Actor
from tui.analysis.resolve_context import PRONOUN_SENTENCES, ResolveContext, plain, sentence_of

#: Words after which an organisation's name goes on past its head ("Office | for the …").
_NAME_TAIL = re.compile(r"(?i)\s(?:of|for|in|at|on|to)\s")


def name_head(name: str) -> str:
    """The head word of an organisation's name, lower-cased: "U.S. Attorney's Office for the
    Western District" → "office", "Supreme Court" → "court"."""
    words = _NAME_TAIL.split(name, maxsplit=1)[0].split()
    return plain(words[-1]) if words else ""


def named_by_head(ctx: ResolveContext, pos: int, head: str) -> Actor | None:
    """The organisation a definite description names by its name's head word ("the prosecutor's
    office" after "the U.S. Attorney's Office for …"): the latest one named before it."""
    seen: set[str] = set()
    for _s, _e, actor in reversed(ctx.mentions[: bisect_left(ctx.starts, pos)]):
        if actor.label != "ORG" or actor.id in seen:
            continue
        seen.add(actor.id)
        if name_head(actor.name) == head:
            return actor
    return None


def latest_organisation(ctx: ResolveContext, pos: int) -> Actor | None:
    """The organisation an "it" or "the company" stands for: the latest one named within a few
    sentences, a subject before any other, then the latest one there that was a speaker or source."""
    here = sentence_of(ctx, pos)
    first_sentence = ctx.sentences[max(0, here - PRONOUN_SENTENCES // 2)]
    seen: list[tuple[int, int, Actor]] = [
        m
        for m in ctx.mentions[bisect_left(ctx.starts, first_sentence) : bisect_left(ctx.starts, pos)]
        if m[2].label == "ORG"
    ]
    for s, e, actor in reversed(seen):
        k = bisect_left(ctx.subjects, s)
        if k < len(ctx.subjects) and ctx.subjects[k] < e:
            return actor
    spoke = [actor for _, _, actor in seen if actor.id in ctx.speakers]
    if spoke:
        return spoke[-1]
    return seen[-1][2] if seen else None
