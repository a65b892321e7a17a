"""Names inside longer names, added beside them (entities may nest): a place in an organisation's
name ("University of Sheffield"), a known organisation opening a longer one, and a name that
qualifies a body of people ("Scientology officials", "a Kremlin spokesman")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from tui.analysis.dictionary import is_word
from tui.analysis.lexicon import (
    COUNTRY_ALIASES,
    NATIONALITIES,
)
from tui.analysis.names import (
    GENERIC_NAME_WORDS,
    GROUP_NOUNS,
    KIND_HEADS,
    KIND_OPENERS,
    NAME_LINK_WORDS,
    NAMED_FOR_PEOPLE,
    PLACE_HEADS,
    PLACE_PARTICLES,
    PLACE_UNITS,
    PRIZE_HEADS,
    ROMAN_NUMERALS,
    SPOKESPEOPLE,
    is_title_word,
)
from tui.analysis.person_names import HONORIFICS
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
    orgs = {s.text for s in spans if s.label_ == "ORG"}
    countries = {c.lower() for c in NATIONALITIES.values()} | set(COUNTRY_ALIASES)
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
        for i, j in _place_slots(s, countries):
            sub = doc[i:j]
            known = sub.text in places and not sub[-1].lower_.endswith(_ABSTRACT_ENDINGS)
            if known or sub.text.lower() in countries or _looks_like_place(_past_particle(sub), lower):
                # "Trump Foundation", "Croucher Foundation": named after a person
                person = sub.text.lower() not in countries and (
                    sub.text in persons or (j == s.end - 1 and s[-1].lower_ in NAMED_FOR_PEOPLE)
                )
                # "Harvard" of "Harvard University" where the text says "taught at Harvard": the
                # organisation's short name, not a place
                label = "PERSON" if person else "ORG" if sub.text in orgs and not known else "GPE"
                added.append(Span(doc, i, j, label=label))
    added += _leading_names(doc, spans, persons, orgs, places, countries, lower)
    added += _acronyms_inside(spans, countries)
    added += _joined_names(spans, persons)
    seen = {(s.start, s.end) for s in spans}
    added = [a for a in added if (a.start, a.end) not in seen and not seen.add((a.start, a.end))]
    return sorted(spans + added, key=lambda s: (s.start, -len(s)))


def _leading_names(
    doc: Doc,
    spans: list[Span],
    persons: set[str],
    orgs: set[str],
    places: set[str],
    countries: set[str],
    lower: set[str],
) -> list[Span]:
    """The name that opens a longer one built on it: "Stephenville" of "Stephenville High School",
    "Avignon" of "the Avignon Festival", "Nobel" of "Nobel Peace Prize" (a person: prizes are named
    after people), "Pittsburgh" of "the Pittsburgh Pirates" (a team: its town, then a plural)."""
    out = []
    for s in spans:
        i = s.start
        while i < s.end and (doc[i].like_num or doc[i].text[:1].isdigit()):
            i += 1  # "the 33rd Berlin International Film Festival"
        if s.end - i < 2:
            continue
        ofs = next((t.i for t in doc[i : s.end] if t.lower_ in ("of", "for")), None)
        head = doc[ofs - 1] if ofs is not None and ofs - 1 > i else s[-1]
        team = (
            s.label_ in ("ORG", "LOC", "GPE", "FAC")
            and ofs is None
            and (
                head.tag_ == "NNPS"
                or (head.text.endswith("s") and not head.text.endswith(("ss", "us", "is")))
            )
            and head.lower_ not in _PLACE_PLURALS
            and s.start > 0
            and doc[s.start - 1].lower_ == "the"
            and all(t.is_title for t in doc[i : s.end])  # not "the Council on … Relations"
        )
        if not team and (s.label_ not in _HOSTS or head.lower_ not in KIND_HEADS):
            continue
        first = doc[i]
        if (
            first.lower_ in KIND_OPENERS
            or first.lower_ in HONORIFICS
            or not (first.is_title or _CAMEL_NAME.match(first.text))
        ):
            continue
        # "Associated Press", "Lifetime Achievement Award", "Behavioral Sciences": a word of the
        # language that qualifies the name opens it, no name of its own
        if first.lower_.endswith("ed") or (
            first.lower_.endswith(_QUALIFYING) and is_word(doc.vocab, first.text)
        ):
            continue
        j = i + 2 if first.lower_ in PLACE_PARTICLES else i + 1
        # "Walter Reed Medical Center", "San Diego": a name of more words, none a word of the language
        while (
            j < head.i and doc[j].is_title and doc[j].pos_ == "PROPN" and not is_word(doc.vocab, doc[j].text)
        ):
            j += 1
        if j > head.i or (i, j) == (s.start, s.end):
            continue
        sub = doc[i:j]
        text = sub.text
        if text in persons:
            label = "PERSON"
        elif not team and head.lower_ in PRIZE_HEADS:
            if is_word(doc.vocab, text):  # "Newcomer of the Year award"
                continue
            label = "PERSON"
        elif text in orgs:
            label = "ORG"
        elif text in places or text.lower() in countries or _looks_like_place(_past_particle(sub), lower):
            label = "GPE"
        else:
            continue
        out.append(Span(doc, i, j, label=label))
    return out


#: Plurals that end the names of places, companies and works, not teams: "the Cayman Islands",
#: "the Golan Heights", "The Deseret News", "the Star Wars", "the Century City Towers".
_PLACE_PLURALS = frozenset(
    """
    states islands isles emirates territories provinces mountains highlands lowlands keys hills falls
    springs heights lakes news times wars towers works games studios records airlines airways
    industries systems holdings brothers sciences services relations affairs communications
    technologies motors pictures productions partners associates resources solutions networks
    """.split()
)


#: Endings of qualifying words (adjectives, participles) that open names: "Associated", "Musical".
_QUALIFYING = ("ing", "al", "ive", "ous", "ary", "ful", "time", "ic")


def _numbers_before(s: Span, i: int) -> bool:
    """Whether every word of `s` before token `i` is a number ("2022" of "2022 FIFA World Cup")."""
    return all(t.like_num or t.text[:1].isdigit() for t in s.doc[s.start : i])


def _past_particle(sub: Span) -> Span:
    """ "Louis" of "St. Louis", "Wakrah" of "Al Wakrah": the words that must look like a name."""
    return sub[1:] if len(sub) > 1 and sub[0].lower_ in PLACE_PARTICLES else sub


def _joined_names(spans: list[Span], persons: set[str]) -> list[Span]:
    """ "the Biden-Harris Administration": people the text names, joined by a hyphen inside a longer
    name, are mentioned there."""
    out = []
    for s in spans:
        if s.label_ not in _HOSTS or len(s) < 3:
            continue
        doc = s.doc
        for t in s:
            if t.text in persons and (
                (t.i + 1 < s.end and doc[t.i + 1].text == "-") or (t.i > s.start and doc[t.i - 1].text == "-")
            ):
                out.append(Span(doc, t.i, t.i + 1, label="PERSON"))
    return out


def _acronyms_inside(spans: list[Span], countries: set[str]) -> list[Span]:
    """ "UNESCO" of "UNESCO Slovenian National Commission", "FIFA" of "the 2022 FIFA World Cup": an
    acronym inside a longer name is an organisation of its own (a country's, "US", is a place, above)."""
    out = []
    for s in spans:
        if s.label_ not in _HOSTS or len(s) < 2 or all(t.is_upper or not t.is_alpha for t in s):
            continue  # an all-capitals line has no acronyms to tell apart
        for t in s:
            # "BBC News", "WTA Tour": an acronym opening a name is the name's own short form
            inside = t.i > s.start and not _numbers_before(s, t.i)
            if (
                (inside or s.label_ == "EVENT")
                and t.is_upper
                and t.is_alpha
                and 3 <= len(t) <= 6
                and t.lower_ not in ROMAN_NUMERALS
                and t.lower_ not in countries
            ):
                out.append(Span(s.doc, t.i, t.i + 1, label="ORG"))
    return out


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
            if head.lower_ in SPOKESPEOPLE:
                if _named_post(head):
                    continue  # "A Kremlin spokesman, Ann Lee,": a post of the person it names
                added.append(Span(doc, s.start, head.i + 1, label="PERSON"))
            else:
                added.append(Span(doc, s.start, head.i + 1, label="ORG"))
    spans, added = _state_parties(spans, added)
    return sorted(spans + added, key=lambda s: (s.start, -len(s)))


def _named_post(post: Token) -> bool:
    """Whether the text names who holds the post, in apposition or right after it ("a Kremlin
    spokesman, Ann Lee,", "Ann Lee, a Kremlin spokesman,", "the Kremlin spokesman Ann Lee")."""
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in post.children):
        return True
    return post.dep_ in ("appos", "compound") and post.head.ent_type_ == "PERSON"


def _state_parties(spans: list[Span], added: list[Span]) -> tuple[list[Span], list[Span]]:
    """ "Virginia Democrats", "Senate Republicans": a place or a chamber before a party's people is
    that party there, one actor (the place stays a mention of its own; the party word alone, which
    would join every other "Democrats" of the text, goes)."""
    by_start = {s.start: s for s in spans if s.label_ == "NORP" and len(s) == 1}
    gone = set()
    for s in spans:
        party = by_start.get(s.end)
        if (
            s.label_ not in ("GPE", "ORG")
            or party is None
            or not party[0].is_title
            or not party[0].text.endswith("s")
            or s.root.head.i != party.start
        ):
            continue
        added.append(Span(s.doc, s.start, party.end, label="ORG"))
        gone.add(party.start)
    return [s for s in spans if not (s.label_ == "NORP" and s.start in gone)], added


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


#: A name with a capital inside: "McMurdo", "DeKalb", "LaGuardia".
_CAMEL_NAME = re.compile(r"^(?:Mc|Mac|De|La|Le|Di|Van|O')[A-Z][a-z]+$")


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
            and (t.is_title or _CAMEL_NAME.match(t.text) or (t.is_upper and t.is_alpha and len(t) >= 2))
            and t.lower_ not in NATIONALITIES
            and not is_title_word(t.text)
            and not t.lower_.endswith(_ABSTRACT_ENDINGS)
            for t in sub
        )
        and len(sub) <= 5
    )
