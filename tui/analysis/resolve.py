"""Who a speaker span stands for: a named actor, a pronoun's antecedent, a description's referent.

Rules, in order (no coreference model can be installed here, so these are heuristics):
- a span on an actor's mention is that actor;
- "he"/"she" is the nearest person named before it outside quotation marks, preferring the most
  recent speaker when that speaker was named in the last two paragraphs;
- "they" is the nearest organisation, country or group named before it;
- a description ("the minister") is the nearest person whose role holds its head word;
- a quote with no speaker of its own continues the previous quote's speaker (a floating quote) when
  that quote is in the same or the previous paragraph.
"""

from __future__ import annotations

from bisect import bisect_left

from tui.analysis.lexicon import PERSONAL_PRONOUNS
from tui.analysis.model import Actor, Claim, Quote, Span

_PERSON_PRONOUNS = {"he", "she", "him", "her", "i"}
_GROUP_PRONOUNS = {"they", "we", "them"}
#: How many characters back a floating quote may look for the previous quote's speaker.
FLOAT_REACH = 1200


def resolve(
    text: str, actors: list[Actor], quotes: list[Quote], claims: list[Claim], quoted: list[Span]
) -> None:
    """Fill `speaker`/`speaker_name` and `source`/`source_name` in place."""
    mentions = sorted(
        (start, end, a) for a in actors for start, end in a.mentions if not _inside(start, quoted)
    )
    starts = [m[0] for m in mentions]
    items: list[tuple[int, str, Quote | Claim]] = [(q.start, "quote", q) for q in quotes]
    items += [(c.start, "claim", c) for c in claims if c.kind != "figure"]
    items.sort(key=lambda x: x[0])
    last_speaker: tuple[int, Actor] | None = None
    last_quote: tuple[int, Actor | None] | None = None
    for _, _kind, item in items:
        span = item.speaker_span if isinstance(item, Quote) else item.source_span
        actor: Actor | None = None
        if span is not None:
            actor = _resolve_span(text, span, mentions, starts, actors, last_speaker)
        elif isinstance(item, Quote) and last_quote is not None and item.start - last_quote[0] <= FLOAT_REACH:
            actor = last_quote[1]
        if actor is not None:
            if isinstance(item, Quote):
                item.speaker, item.speaker_name = actor.id, actor.name
            else:
                item.source, item.source_name = actor.id, actor.name
            last_speaker = (item.start, actor)
        if isinstance(item, Quote):
            last_quote = (item.end, actor)


def _inside(pos: int, spans: list[Span]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _resolve_span(
    text: str,
    span: Span,
    mentions: list[tuple[int, int, Actor]],
    starts: list[int],
    actors: list[Actor],
    last_speaker: tuple[int, Actor] | None,
) -> Actor | None:
    s, e = span
    for actor in actors:
        if any(ms < e and s < me for ms, me in actor.mentions):
            return actor
    word = text[s:e].lower()
    before = mentions[: bisect_left(starts, s)]
    if word in _PERSON_PRONOUNS:
        persons = [m for m in reversed(before) if m[2].label == "PERSON"]
        if last_speaker is not None and last_speaker[1].label == "PERSON":
            recent = text.count("\n\n", last_speaker[0], s) <= 2
            # nobody else named since that speaker spoke: the pronoun continues them
            if recent and (
                not persons or persons[0][2] is last_speaker[1] or persons[0][0] < last_speaker[0]
            ):
                return last_speaker[1]
        return persons[0][2] if persons else None
    if word in _GROUP_PRONOUNS:
        groups = [m for m in reversed(before) if m[2].label in ("ORG", "NORP", "GPE")]
        return groups[0][2] if groups and s - groups[0][0] < 600 else None
    if PERSONAL_PRONOUNS.get(word):
        return None
    head = word.split()[-1] if word.split() else ""
    for m in reversed(before):
        if any(head and head in role.lower().split() for role in m[2].roles):
            return m[2]
    return None
