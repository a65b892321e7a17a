"""One colour and style per entity type, shared by the article view and its legend.

Colours alone fail readers with colour-blindness or NO_COLOR terminals, so every type also has its
own attribute (bold, italic, underline) that still tells the types apart without colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style


@dataclass(frozen=True, slots=True)
class EntityType:
    """A highlighted entity type: which spaCy labels it covers, its legend name and its style."""

    key: str
    name: str
    labels: frozenset[str]
    style: Style
    plain: Style  # the same type without colour (NO_COLOR)


ENTITY_TYPES: tuple[EntityType, ...] = (
    EntityType(
        "person", "person", frozenset({"PERSON"}), Style(color="#ff7eb6", bold=True), Style(bold=True)
    ),
    EntityType(
        "org",
        "organisation",
        frozenset({"ORG"}),
        Style(color="#78a9ff", bold=True),
        Style(bold=True, underline=True),
    ),
    EntityType(
        "place",
        "place/country",
        frozenset({"GPE", "LOC", "FAC"}),
        Style(color="#42be65", bold=True),
        Style(underline=True),
    ),
    EntityType(
        "group",
        "nationality/group",
        frozenset({"NORP", "GROUP"}),  # GROUP: people named by role or group ("U.S. officials")
        Style(color="#f1c21b"),
        Style(italic=True, bold=True),
    ),
    EntityType(
        "date",
        "date/time",
        frozenset({"DATE", "TIME"}),
        Style(color="#be95ff", italic=True),
        Style(italic=True),
    ),
    EntityType(
        "number",
        "number",
        frozenset({"CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}),
        Style(color="#ff832b"),
        Style(dim=True, underline=True),
    ),
    EntityType(
        "other",
        "event/work/law",
        frozenset({"EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"}),
        Style(color="#08bdba", underline=True),
        Style(underline=True, italic=True),
    ),
)

_BY_LABEL = {label: t for t in ENTITY_TYPES for label in t.labels}


def entity_type(label: str) -> EntityType | None:
    """The highlighted type of a spaCy label, or None for labels we do not show."""
    return _BY_LABEL.get(label)


#: Marks laid over the text: the current search hit / mention, the others, and a chosen quote/claim.
MARK = Style(bgcolor="#5c4d00", color="#ffffff")
MARK_CURRENT = Style(bgcolor="#f1c21b", color="#000000", bold=True)
MARK_PLAIN = Style(reverse=True)
MARK_CURRENT_PLAIN = Style(reverse=True, bold=True, underline=True)
HEADLINE = Style(bold=True, underline=True)
