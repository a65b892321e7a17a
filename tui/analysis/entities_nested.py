"""Names inside longer names, added beside them (entities may nest): a place in an organisation's
name ("University of Sheffield"), a known organisation opening a longer one, and a name that
qualifies a body of people ("Scientology officials", "a Kremlin spokesman")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from tui.analysis.lexicon import (
    COUNTRY_ALIASES,
    NATIONALITIES,
)
from tui.analysis.names import (
    CAPITALS,
    GENERIC_NAME_WORDS,
    GROUP_NOUNS,
    NAME_LINK_WORDS,
    NAMED_FOR_PEOPLE,
    PLACE_HEADS,
    PLACE_UNITS,
    SPOKESPEOPLE,
    is_title_word,
)
from tui.analysis.syntax import lowercase_words

#: Labels of the longer names that a place can sit inside ("University of Sheffield", "Fisht
#: Stadium"); a place inside a place ("South Australia") or a person's name is no second mention.
_HOSTS = frozenset({"ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})


#: Common-noun endings: "of Technology", "of Agriculture", "of Education" name no place.
_ABSTRACT_ENDINGS = (
    "ology",
    "ture",
    "tion",
    "sion",
    "ment",
    "ity",
    "ism",
    "ics",
    "ence",
    "ance",
    "ness",
    "ers",
)


def nested_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A place inside a longer name is a mention of that place too: "UK" in "UK Government",
    "Sheffield" in "University of Sheffield", "Fisht" in "Fisht Stadium". Added beside the longer
    name (entities may nest)."""
    places = {s.text for s in spans if s.label_ in ("GPE", "LOC")}
    persons = {s.text for s in spans if s.label_ == "PERSON"}
    persons |= {s[-1].text for s in spans if s.label_ == "PERSON" and len(s) > 1}
    countries = {c.lower() for c in NATIONALITIES.values()} | set(COUNTRY_ALIASES)
    # what a longer name can open with: a country; an event's name a capital or a place the text
    # names too ("Berlin International Film Festival"; not "Boston Red Sox", "Paris Hilton")
    leading = countries | set(CAPITALS) | {p.lower() for p in places}
    lower = lowercase_words(doc)
    added = []
    for s in spans:
        # a place inside a place only where the outer one is built on it ("Municipality of X",
        # "Mexico City"), not "South Australia"
        built_on = _place_unit(s) or s[-1].lower_ in PLACE_HEADS
        if s.label_ not in _HOSTS and not (s.label_ in ("GPE", "LOC") and built_on):
            continue
        if len(s) < 2:
            continue
        for i, j in _place_slots(s, leading if s.label_ == "EVENT" else countries):
            sub = doc[i:j]
            known = sub.text in places and not sub[-1].lower_.endswith(_ABSTRACT_ENDINGS)
            if known or sub.text.lower() in countries or _looks_like_place(sub, lower):
                # "Trump Foundation", "Croucher Foundation": named after a person
                person = sub.text.lower() not in countries and (
                    sub.text in persons or (j == s.end - 1 and s[-1].lower_ in NAMED_FOR_PEOPLE)
                )
                added.append(Span(doc, i, j, label="PERSON" if person else "GPE"))
    return sorted(spans + added, key=lambda s: (s.start, -len(s)))


def known_name_inside(spans: list[Span]) -> list[Span]:
    """ "University of Texas Arlington Muslim Student Association" where "University of Texas
    Arlington" stands alone elsewhere: an organisation the text names on its own, opening a longer
    name, is mentioned there too (added beside the longer name, as nested places are)."""
    known: dict[str, str] = {}
    for s in spans:
        if (
            s.label_ in _INNER_LABELS
            and s[0].is_title
            and not (len(s) == 1 and s[0].lower_ in GENERIC_NAME_WORDS)
        ):
            known.setdefault(s.text, s.label_)
    if not known:
        return spans
    added = []
    for s in spans:
        if s.label_ not in _HOSTS or len(s) < 2:
            continue
        # the rest must name something of its own: "Justice" of "Justice Department" is that department
        for j in range(s.end - 2, s.start, -1):  # the longest known name opening it
            label = known.get(s.doc[s.start : j].text)
            # "Church" of "Church of Scientology" is the head of that name, not a name of its own
            if label is not None and s.doc[j].lower_ not in NAME_LINK_WORDS:
                added.append(Span(s.doc, s.start, j, label=label))
                break
    return sorted(spans + added, key=lambda s: (s.start, -len(s))) if added else spans


#: Labels of names that can open a longer name and still be an actor there.
_INNER_LABELS = frozenset({"ORG"})


def named_groups(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Scientology officials", "the Monti government", "a Kremlin spokesman": a name that
    qualifies a word for a body of people names that body, an actor of its own beside the name."""
    added = []
    for s in spans:
        if s.label_ not in ("GPE", "ORG", "PERSON", "NORP") or s.end >= len(doc):
            continue
        head = doc[s.end]
        if (
            head.lower_ in GROUP_NOUNS
            and s.root.head.i == head.i
            and s.root.dep_ in ("compound", "nmod", "amod")
            and not (s.end > 0 and doc[s.end - 1].text in ("’s", "'s"))
        ):
            label = "PERSON" if head.lower_ in SPOKESPEOPLE else "ORG"
            added.append(Span(doc, s.start, head.i + 1, label=label))
    return sorted(spans + added, key=lambda s: (s.start, -len(s)))


def _place_slots(span: Span, leading: set[str]) -> list[tuple[int, int]]:
    """Where a place name sits in a longer name: a leading country ("UK Government"), the words
    after its last "of" ("University of Sheffield"), the words before a place-like head noun
    ("Volgograd Arena", "Mexico City")."""
    doc = span.doc
    slots = []
    # a leading run of capitalised words before a lower-ranked rest: "United States Navy"
    for j in range(span.end - 1, span.start, -1):
        if doc[span.start : j].text.lower() in leading:
            slots.append((span.start, j))
            break
    ofs = [t.i for t in span if t.lower_ == "of" and t.i > span.start]
    if ofs:
        i = ofs[-1] + 1
        while i < span.end and doc[i].lower_ == "the":
            i += 1
        # "Bank of America Stadium": the place ends before the head noun
        end = span.end - 1 if span[-1].lower_ in PLACE_HEADS else span.end
        # "University of California at Berkeley", "University of California, Berkeley": two places
        cut = next((t.i for t in doc[i:end] if t.lower_ in ("at", ",")), None)
        if cut is not None and cut + 1 < end:
            slots.append((cut + 1, end))
            end = cut
        if i < end:
            slots.append((i, end))
    if span[-1].lower_ in PLACE_HEADS and not ofs:
        slots.append((span.start, span.end - 1))
    # "Massachusetts Institute of Technology": the words before the head noun before "of"
    if ofs and doc[ofs[0] - 1].lower_ in PLACE_HEADS:
        slots.append((span.start, ofs[0] - 1))
    return [(i, j) for i, j in slots if j > i and (i, j) != (span.start, span.end)]


def _place_unit(span: Span) -> bool:
    """ "Municipality of Bogliasco", "Province of Trento": a local unit named after its place."""
    return len(span) >= 3 and span[0].lower_ in PLACE_UNITS and span[1].lower_ == "of"


def _looks_like_place(sub: Span, lower: set[str]) -> bool:
    """Capitalised proper nouns that are no common word, title or nationality: "Sheffield",
    "Nizhny Novgorod", "NSW"; not "Technology", "National Science", "Italian", nor a word the text
    also writes in lower case ("School of Law"), nor a plural ("Court of Appeals")."""
    # the first word must be a name; later ones may be common ("Colorado State", "Mexico City")
    return (
        sub[0].lower_ not in GENERIC_NAME_WORDS
        and sub[0].lower_ not in lower
        and all(
            t.tag_ != "NNPS"
            and t.pos_ == "PROPN"
            and (t.is_title or (t.is_upper and t.is_alpha and len(t) >= 2))
            and t.lower_ not in NATIONALITIES
            and not is_title_word(t.text)
            and not t.lower_.endswith(_ABSTRACT_ENDINGS)
            for t in sub
        )
        and len(sub) <= 5
    )
