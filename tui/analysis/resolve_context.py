"""What the resolver knows of one text while it resolves speakers and sources: shared by `resolve`
and `person_pronouns`, with the small position helpers both use.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from tui.analysis.model import Actor, Span
from tui.analysis.spans import SpanIndex

#: How many sentences back a pronoun looks for its person.
PRONOUN_SENTENCES = 6


@dataclass
class ResolveContext:
    """What resolving the speakers of one text reads: its actors' mentions and sentences, and who is
    shown to be which gender."""

    text: str
    actors: list[Actor]
    mentions: list[tuple[int, int, Actor]]  # outside quotations, by position
    starts: list[int]
    sentences: list[int]  # sentence start offsets, sorted
    subjects: list[int]  # start offsets of subject tokens, sorted
    genders: dict[str, str]
    chain: list[tuple[int, int, Actor]]  # mentions plus the he/she that plainly refer to a person
    chain_starts: list[int]
    mention_index: SpanIndex[tuple[int, Actor]]  # every mention, with its actor's rank
    ages: dict[str, int] = field(default_factory=dict)  # actor id -> age given in an apposition
    main_subjects: list[int] = field(default_factory=list)  # start offsets of main-clause subjects, sorted
    name_genders: dict[str, str] = field(default_factory=dict)  # actor id -> gender of the first name
    speakers: dict[str, int] = field(default_factory=dict)  # actor id -> where it last spoke
    unresolved: tuple[int, Span] | None = None  # the latest speaker or source left a phrase, and where


def paragraph_breaks(text: str, start: int, end: int) -> int:
    return len(re.findall(r"\n+", text[start:end]))


def sentence_of(ctx: ResolveContext, pos: int) -> int:
    return bisect_right(ctx.sentences, pos) - 1


def plain(word: str) -> str:
    return re.sub(r"['’]s?$", "", word.lower().rstrip(".,"))
