"""The analysis as plain data: what the app shows, `--json` prints and the cache stores.

Offsets are Python string offsets into the article text (end exclusive). Nothing here knows spaCy
or Textual, so every consumer can use these types without loading either.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]

#: Entity labels that name an actor (someone or something that can act or be acted on).
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
#: The label of a described actor: people named by role or group, not by a name ("U.S. officials",
#: "an attorney for Scientology"); its mentions are whole noun phrases that may hold other names.
GROUP_LABEL = "GROUP"


@dataclass(slots=True)
class Entity:
    """A named-entity mention; `actor` is the id of the actor it belongs to, if any."""

    start: int
    end: int
    label: str
    actor: str | None = None


@dataclass(slots=True)
class Actor:
    """Every mention of one person, organisation, place or group, merged."""

    id: str
    name: str
    label: str
    roles: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    #: A source kept unnamed on purpose ("people familiar with the matter", "a source in the Kremlin").
    anonymous: bool = False


@dataclass(slots=True)
class Quote:
    """A direct quotation (the span includes its quotation marks) and who said it."""

    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_name: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    checkworthiness: float = 0.0
    checkworthiness_reasons: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Claim:
    """Reported speech, a hedged statement or a figure to check, with its source where there is one.

    `kind` "statement" is a transcript's sentence, said by the speaker its turn names."""

    start: int
    end: int
    text: str
    source: str | None = None
    source_name: str | None = None
    source_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    kind: str = "reported"
    checkworthiness: float = 0.0
    checkworthiness_reasons: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Analysis:
    """Everything found in one article."""

    source: str
    title: str
    text: str
    model: str
    entities: list[Entity] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or None."""
        if actor_id is None:
            return None
        return next((a for a in self.actors if a.id == actor_id), None)

    def summary(self) -> str:
        """The status line: `14 actors · 3 quotes · 8 claims`, singular where it is one."""
        return " · ".join(
            _count(len(items), word)
            for items, word in ((self.actors, "actor"), (self.quotes, "quote"), (self.claims, "claim"))
        )

    def to_dict(self) -> dict[str, Any]:
        """The `--json` contract: lists for spans, every key present."""

        # field by field, not `dataclasses.asdict`, whose deep copy took a second for a 100,000-word article
        def span(value: Span | None) -> list[int] | None:
            return None if value is None else [value[0], value[1]]

        def plain(item: Any, spans: tuple[str, ...] = ()) -> dict[str, Any]:
            data = {k: getattr(item, k) for k in item.__slots__}
            for key in spans:
                data[key] = span(data[key])
            return data

        actors = []
        for a in self.actors:
            data = plain(a)
            data["roles"] = list(a.roles)
            data["mentions"] = [[s, e] for s, e in a.mentions]
            actors.append(data)
        return {
            "source": self.source,
            "title": self.title,
            "text": self.text,
            "model": self.model,
            "entities": [plain(e) for e in self.entities],
            "actors": actors,
            "quotes": [plain(q, ("speaker_span", "cue_span")) for q in self.quotes],
            "claims": [plain(c, ("source_span", "cue_span")) for c in self.claims],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        """Rebuild an Analysis from `to_dict` output (the on-disk cache)."""

        def span(value: Any) -> Span | None:
            return None if value is None else (int(value[0]), int(value[1]))

        return cls(
            source=data["source"],
            title=data["title"],
            text=data["text"],
            model=data["model"],
            entities=[Entity(**e) for e in data["entities"]],
            actors=[
                Actor(
                    a["id"],
                    a["name"],
                    a["label"],
                    list(a["roles"]),
                    [span(m) for m in a["mentions"]],
                    bool(a.get("anonymous", False)),
                )
                for a in data["actors"]
            ],
            quotes=[
                Quote(**{**q, "speaker_span": span(q["speaker_span"]), "cue_span": span(q["cue_span"])})
                for q in data["quotes"]
            ],
            claims=[
                Claim(**{**c, "source_span": span(c["source_span"]), "cue_span": span(c["cue_span"])})
                for c in data["claims"]
            ],
        )


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
