"""People named together as one: "two brothers, Niklaus and Johann II", "Luo Changpei and Li
Fang-Kuei, the other two leading linguists", "Together Bernoulli and Euler tried …", "Both Chao and
Yang were ill".

A list of names is mostly just several people; it acts as one only where the text says so: a plural
noun in apposition to it, or "both" or "together" with it. Then the list is a described actor of its
own (label GROUP, the names inside staying mentions of their people), which a "they" later may stand
for. Only the person names already found are visited.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tui.analysis.model import GROUP_LABEL, Entity
from tui.analysis.syntax import token_range

#: Words that make a list of people one party: "both X and Y", "together X and Y".
_TOGETHER = frozenset({"both", "together"})


def listed_groups(doc: Doc, entities: list[Entity], offset: int = 0) -> list[tuple[Entity, str]]:
    """Lists of person names that the text treats as one party, as (entity, name) pairs."""
    persons: dict[int, tuple[int, int]] = {}  # token index -> the character span of its person name
    for e in entities:
        if e.label != "PERSON":
            continue
        for i in token_range(doc, e.start - offset, e.end - offset):
            persons[i] = (e.start - offset, e.end - offset)
    out = []
    seen: set[int] = set()
    for i in sorted(persons):
        root = doc[i]
        if root.i in seen or root.dep_ == "conj" or (root.head.i in persons and root.head.i != root.i):
            continue
        members = [root, *root.conjuncts]
        if len(members) < 2 or not all(m.i in persons for m in members):
            continue
        seen.update(m.i for m in members)
        if not any(t.dep_ == "cc" and t.lower_ == "and" for m in members for t in m.children):
            continue
        if not _as_one(root, members):
            continue
        start = min(persons[m.i][0] for m in members)
        end = max(persons[m.i][1] for m in members)
        both = next((c for c in root.children if c.lower_ == "both" and c.i < root.i), None)
        if both is not None:
            start = min(start, both.idx)
        name = " ".join(doc.text[start:end].split())
        out.append((Entity(offset + start, offset + end, GROUP_LABEL), name))
    return out


def _as_one(root: Token, members: list[Token]) -> bool:
    """Whether the text treats the listed people as one party: a plural noun in apposition ("two
    brothers, X and Y", "X and Y, the other two linguists"), or "both"/"together" with them."""
    if root.dep_ == "appos" and root.head.tag_ == "NNS":
        return True
    if any(c.dep_ == "appos" and c.tag_ == "NNS" for m in members for c in m.children):
        return True
    near = [*root.children, *(root.head.children if root.dep_ in ("nsubj", "nsubjpass") else ())]
    return any(c.lower_ in _TOGETHER and c.i < root.i for c in near)
