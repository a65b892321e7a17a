"""One colour and style per entity type, shared by the article view and its legend, fitted to the theme.

Colours alone fail readers with colour-blindness or NO_COLOR terminals, so every type also has its
own attribute (bold, italic, underline) that still tells the types apart without colour.

No one set of colours reads well on every background: a pink that stands out on near-black almost
vanishes on a light grey. So each type has a hue for dark backgrounds and one for light ones, and
`highlights_for` fits them to the theme's actual background (and the tints a focused pane or a
dialog lays over it) so that each reaches WCAG AA contrast (4.5:1) there.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from functools import lru_cache

from rich.style import Style

from tui.widgets.contrast import (
    AA,
    RGB,
    best_text,
    blend,
    difference,
    fit,
    luminance,
    parse_hex,
    to_hex,
    worst_contrast,
)


@dataclass(frozen=True, slots=True)
class EntityType:
    """A highlighted entity type: which spaCy labels it covers, its legend name and its styles."""

    key: str
    name: str
    labels: frozenset[str]
    dark: str  # its colour on dark backgrounds (IBM Carbon's 40 grades) …
    light: str  # … and on light ones (Carbon's 60–70 grades); both fitted to the theme
    attrs: Style  # bold, italic or underline, with the colour
    plain: Style  # the same type without colour (NO_COLOR)


ENTITY_TYPES: tuple[EntityType, ...] = (
    EntityType(
        "person", "person", frozenset({"PERSON"}), "#ff7eb6", "#d02670", Style(bold=True), Style(bold=True)
    ),
    EntityType(
        "org",
        "organisation",
        frozenset({"ORG"}),
        "#78a9ff",
        "#0f62fe",
        Style(bold=True),
        Style(bold=True, underline=True),
    ),
    EntityType(
        "place",
        "place/country",
        frozenset({"GPE", "LOC", "FAC"}),
        "#42be65",
        "#198038",
        Style(bold=True),
        Style(underline=True),
    ),
    EntityType(
        "group",
        "nationality/group",
        frozenset({"NORP", "GROUP"}),  # GROUP: people named by role or group ("U.S. officials")
        "#f1c21b",
        "#8e6a00",
        Style(),
        Style(italic=True, bold=True),
    ),
    EntityType(
        "date",
        "date/time",
        frozenset({"DATE", "TIME"}),
        "#be95ff",
        "#8a3ffc",
        Style(italic=True),
        Style(italic=True),
    ),
    EntityType(
        "number",
        "number",
        frozenset({"CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}),
        "#ff832b",
        "#ba4e00",
        Style(),
        Style(dim=True, underline=True),
    ),
    EntityType(
        "other",
        "event/work/law",
        frozenset({"EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"}),
        "#08bdba",
        "#007d79",
        Style(underline=True),
        Style(underline=True, italic=True),
    ),
)

_BY_LABEL = {label: t for t in ENTITY_TYPES for label in t.labels}


def entity_type(label: str) -> EntityType | None:
    """The highlighted type of a spaCy label, or None for labels we do not show."""
    return _BY_LABEL.get(label)


MARK_PLAIN = Style(reverse=True)
MARK_CURRENT_PLAIN = Style(reverse=True, bold=True, underline=True)
HEADLINE = Style(bold=True, underline=True)

#: Marks laid over the text (an actor's mentions, search matches, a chosen quote or claim): amber on
#: dark backgrounds, a browser's find-in-page yellow and orange on light ones. Their text is black or
#: white, whichever reads better on them.
_MARKS_DARK = ("#5c4d00", "#f1c21b")
_MARKS_LIGHT = ("#ffe156", "#ff9632")

#: How far a pane's own tint may move its background towards the text colour (a focused pane, a
#: dialog's surface) while the highlights still keep their contrast on it.
TINT_ALLOWANCE = 0.08
#: The contrast aimed at: a little over AA, so that rounding to 8-bit colours never drops below it.
TARGET = AA + 0.1
#: Entity colours closer than this (CIE76 ΔE) count as one colour for telling types apart.
DISTINCT = 12.0


@dataclass(frozen=True)
class Highlights:
    """The styles the article, the legend and the filter dialog draw with, for one background."""

    entity: dict[str, Style]  # by EntityType.key
    mark: Style
    mark_current: Style
    border: str = ""  # the focused pane's border colour, hex ("" without colour)
    contrast: float = 21.0  # the lowest contrast any highlight reaches on the backgrounds fitted to
    distinct: bool = True  # whether every pair of entity colours is told apart by colour alone
    colours: dict[str, str] = field(default_factory=dict)  # by key: the fitted hex colours

    @property
    def readable(self) -> bool:
        return self.contrast >= AA


#: NO_COLOR: types told apart by bold, italic and underline, marks by reverse video.
PLAIN = Highlights({t.key: t.plain for t in ENTITY_TYPES}, MARK_PLAIN, MARK_CURRENT_PLAIN)


@lru_cache(maxsize=32)
def highlights_for(background: str, foreground: str, accent: str = "") -> Highlights:
    """Entity and mark styles that reach 4.5:1 on `background` (hex) and on it tinted up to
    TINT_ALLOWANCE towards `foreground`; `accent` (the theme's primary) becomes the focus border.

    Each type starts from its dark or light hue (by the background's luminance, which agrees with
    every bundled theme's `dark` flag) and is made lighter or darker only as far as it must.
    """
    bg, fg = parse_hex(background), parse_hex(foreground)
    backs = [bg, blend(bg, fg, TINT_ALLOWANCE)]
    light = luminance(bg) > 0.18
    fitted: dict[str, RGB] = {
        t.key: fit(parse_hex(t.light if light else t.dark), backs, TARGET) for t in ENTITY_TYPES
    }
    entity = {t.key: t.attrs + Style(color=to_hex(fitted[t.key])) for t in ENTITY_TYPES}
    other, current = (parse_hex(c) for c in (_MARKS_LIGHT if light else _MARKS_DARK))
    mark = Style(bgcolor=to_hex(other), color=to_hex(best_text(other)))
    mark_current = Style(bgcolor=to_hex(current), color=to_hex(best_text(current)), bold=True)
    border = fit(parse_hex(accent), backs, TARGET) if accent else fg
    lowest = min(worst_contrast(c, backs) for c in [*fitted.values(), border])
    distinct = all(difference(a, b) >= DISTINCT for a, b in itertools.combinations(fitted.values(), 2))
    return Highlights(
        entity,
        mark,
        mark_current,
        border=to_hex(border),
        contrast=round(lowest, 2),
        distinct=distinct,
        colours={k: to_hex(c) for k, c in fitted.items()},
    )


#: Before the theme is known (and for tests that draw without an app): the default dark theme's.
DEFAULT = highlights_for("#121212", "#e0e0e0", "#0178d4")


@lru_cache(maxsize=32)
def _readable_on(colour: str, backgrounds: tuple[str, ...]) -> str:
    return to_hex(fit(parse_hex(colour), [parse_hex(b) for b in backgrounds], TARGET))


def readable_on(colour: str, backgrounds: list[str]) -> str:
    """`colour` (hex) made as dark or light as it must be to reach 4.5:1 on every one of `backgrounds`."""
    return _readable_on(colour, tuple(backgrounds))
