"""Merging entity mentions into actors: one row per person, organisation, place or group.

Pure Python over character offsets, so it runs on the merged result of any number of parsed chunks.
Merge rules, each because news names one actor many ways:
- a person's surname or first name alone joins the one person with that full name ("Lavrov");
- an acronym joins the name whose initials it spells ("ISIL" ↔ "Islamic State of Iraq and the Levant");
- "X (Y" and "X, also known as Y" make Y an alias of X;
- country aliases meet ("US", "U.S.", "United States");
- a nationality word joins its country when that country is named in the text ("Turkish" → Turkey).
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

from tui.analysis.actor_keys import (
    acronym_letters,
    city_of,
    country_first,
    country_of,
    initials_of,
    is_acronym,
    national_body,
    nationality_country,
    norm,
)
from tui.analysis.actor_posts import join_posts, post_only
from tui.analysis.groups import is_anonymous
from tui.analysis.lexicon import COUNTRY_ALIASES, NATIONALITIES
from tui.analysis.model import ACTOR_LABELS, GROUP_LABEL, Actor, Entity
from tui.analysis.names import GROUP_NOUNS, is_title_word
from tui.analysis.person_names import HONORIFICS, names_one, person_key

#: Words between a name and its alias: "X (Y", "X, also known as Y", "X, or Y," (a bare "X or Y" is a choice).
_ALIAS = re.compile(
    r"^\s*(?:\(\s*|,\s*)?(?:also known as|a\.k\.a\.|aka|known as|formerly|formerly known as)\s+(?:the\s+)?$"
    r"|^\s*\(\s*(?:the\s+)?$|^\s*,\s*or\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: Words between a person's name and another name of theirs: "X (born 1986), better known as Y",
#: "X, known professionally as Y", "X, also known by his stage name Y".
_PERSON_ALIAS = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?,?\s*(?:(?:better|also|more commonly|commonly|professionally|popularly|widely)\s+)?"
    r"known\s+(?:professionally\s+)?(?:as|by\s+(?:his|her|their|the)\s+(?:pseudonym|stage name|pen name|nickname|name))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


@dataclass
class _Group:
    label: str
    mentions: list[Entity] = field(default_factory=list)
    names: list[str] = field(default_factory=list)

    @property
    def best_name(self) -> str:
        """The fullest name, but never one run together from two names by a missing comma
        ("According to Rathbun the Scientology property …" read as one organisation)."""
        return max(
            self.names,
            key=lambda n: (not _RUN_TOGETHER.search(n), len(n.split()), len(n), -self.names.index(n)),
        )


#: A capitalised word straight before "the": no name says that ("Rathbun the Scientology"); names
#: put "the" after "of", "and" or "for" ("Islamic State of Iraq and the Levant").
_RUN_TOGETHER = re.compile(r"\b[A-Z][\w.'’-]* the\b")


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: A postal abbreviation after a place name ("D.C.", "N.Y.").
_POSTAL = re.compile(r"^(?:[A-Z]\.){2,3},?$")
#: A middle initial ("J." in "Donald J. Trump").
_INITIAL = re.compile(r"^\w\.?$")


def build_actors(
    text: str,
    entities: list[Entity],
    roles: dict[tuple[int, int], list[str]] | None = None,
    stands_for: dict[tuple[int, int], str] | None = None,
    group_names: dict[tuple[int, int], str] | None = None,
) -> list[Actor]:
    """Group the actor-type entities into actors, set each entity's `actor`, and return the actors.

    `roles` maps a mention's span to the titles found around it; `stands_for` maps a mention to the
    country it stands for ("Washington backed out"), used when that country is named in the text.
    `group_names` maps a described actor's mention (people, label GROUP, or a place) to its short
    name; the same name said again is the same actor, and nothing else joins it.
    The actors are ordered by prominence (mentions, then first appearance) and given ids a1, a2, …
    in that order.
    """
    roles = roles or {}
    group_names = group_names or {}
    named = {
        (country_of(norm(text[e.start : e.end])) or norm(text[e.start : e.end])).lower()
        for e in entities
        if e.label in ("GPE", "LOC")
    }
    stands_for = {**_home_country(text, entities, named), **(stands_for or {})}
    stands_for = {k: v for k, v in stands_for.items() if v.lower() in named}
    groups: list[_Group] = []
    by_key: dict[tuple[str, str], _Group] = {}

    def key_of(e: Entity) -> tuple[str, str]:
        name = norm(text[e.start : e.end])
        words = name.split()
        if e.label == "PERSON" and len(words) > 1:  # "Donald J. Trump" is "Donald Trump"
            name = person_key(name)
        elif (e.start, e.end) in stands_for:
            name = stands_for[(e.start, e.end)].lower()
        elif e.label != "PERSON":  # "the Russian Federation", which spaCy may call an ORG, is Russia
            name = (country_of(name) or national_body(name) or country_first(name)).lower()
            if e.label == "GPE":
                name = city_of(name)
        return ("PERSON" if e.label == "PERSON" else "OTHER", name)

    described = _described(text, entities, group_names)
    # described actors go their own way (_described): their words are no name to match
    candidates = [
        e
        for e in entities
        if e.label in ACTOR_LABELS and (e.start, e.end) not in group_names and not _describing(text, e)
    ]
    # Full names first, so that surnames and acronyms find their owner whatever the order of mention.
    ordered = sorted(candidates, key=lambda e: -len(text[e.start : e.end].split()))
    pending_norp: list[Entity] = []
    for e in ordered:
        name = text[e.start : e.end]
        key = key_of(e)
        group = by_key.get(key)
        if group is None and (group := _match_partial(e, name, groups)) and post_only(name):
            # a bare post ("President") is no surname of another post ("Vice President")
            group = None if all(post_only(n) for n in group.names) else group
        if group is None and e.label == "NORP":
            pending_norp.append(e)
            continue
        if group is None:
            group = _Group(e.label)
            groups.append(group)
        group.mentions.append(e)
        if (e.start, e.end) in stands_for:
            name = stands_for[(e.start, e.end)]
        elif e.label != "PERSON":
            name = country_of(norm(name)) or name
        group.names.append(name)
        by_key.setdefault(key, group)
    _link_aliases(text, candidates, groups, by_key, key_of)
    _join_titles(groups)
    join_posts(text, groups, roles)
    for e in pending_norp:
        name = text[e.start : e.end]
        # "the Belgians" beat Panama: the country's side; "Americans" bare are people, no mention of
        # the country (two actors, as a reader counts who is spoken of)
        country = nationality_country(
            norm(name), plural=text[max(0, e.start - 4) : e.start].lower() == "the "
        )
        group = by_key.get(("OTHER", country.lower())) if country else None
        if group is None:
            group = by_key.get(key_of(e))
        if group is None:
            group = _Group("NORP")
            groups.append(group)
            by_key[key_of(e)] = group
        group.mentions.append(e)
        if group.label == "NORP":
            group.names.append(name)  # a country keeps its own name, not its adjective

    groups = [g for g in groups if g.mentions] + described
    for g in groups:
        g.mentions.sort(key=lambda e: e.start)
    groups.sort(key=lambda g: (-len(g.mentions), g.mentions[0].start))
    actors = []
    for n, g in enumerate(groups, 1):
        actor_id = f"a{n}"
        found_roles: list[str] = []
        for e in g.mentions:
            e.actor = actor_id
            for role in roles.get((e.start, e.end), []):
                if role not in found_roles:
                    found_roles.append(role)
        label = _majority_label(g)
        name = g.best_name if label not in ("NORP", GROUP_LABEL) else g.names[0]
        anonymous = label == GROUP_LABEL and any(is_anonymous(text[e.start : e.end]) for e in g.mentions)
        actors.append(
            Actor(actor_id, name, label, found_roles, [(e.start, e.end) for e in g.mentions], anonymous)
        )
    return actors


#: Capitalised words for one's own country: "our Nation", "this Country", "the Republic".
_HOME_WORDS = frozenset({"nation", "country", "republic"})
_HOME_BEFORE = re.compile(r"\b(?:[Oo]ur|[Tt]his|the)\s+(?:[a-z]+\s+)?$")


def _home_country(text: str, entities: list[Entity], named: set[str]) -> dict[tuple[int, int], str]:
    """ "our Nation", "this Country", "the Republic" (capitalised, as speeches and constitutions
    write them) are the country the text names most."""
    counts: dict[str, int] = defaultdict(int)
    for e in entities:
        if e.label in ("GPE", "LOC"):
            name = norm(text[e.start : e.end])
            country = country_of(name) or next((c for c in NATIONALITIES.values() if c.lower() == name), None)
            if country:
                counts[country] += 1
    if not counts:
        return {}
    home = max(counts, key=lambda c: counts[c])
    out = {}
    for e in entities:
        word = text[e.start : e.end]
        if (
            e.label in ("ORG", "GPE", "LOC")
            and word[:1].isupper()
            and word.lower() in _HOME_WORDS
            and _HOME_BEFORE.search(text[max(0, e.start - 24) : e.start])
        ):
            out[(e.start, e.end)] = home
    return out


#: The lower-case words right after a nationality word: "an American baseball player".
_COMMON_WORDS_AFTER = re.compile(r"(?:[ \t]+(?:-\s*)?[a-z][\w-]*){1,4}")


def _describing(text: str, e: Entity) -> bool:
    """ "an American baseball player", "a Danish philologist", "of Scottish origin", "a Christian
    writer": a nationality (or people's, faith's or party's) word that describes someone or something is no mention of the country; the country acting
    through its people is ("Turkish officials said", "Norwegian and Chilean trade ministers"), and
    so are "Americans" and "the Russian Foreign Ministry"."""
    word = text[e.start : e.end]
    if e.label != "NORP" or word.endswith("s"):
        return False
    after = _COMMON_WORDS_AFTER.match(text, e.end)
    if after is None:
        return False
    words = after.group().replace("-", " ").split()
    # a people, faith or party word ("a Baptist minister", "Catholic community") describes as a
    # nationality does; a name spaCy calls one ("Asia Minor into …", "Tabennese around 328") does not
    if word.lower() not in NATIONALITIES and words[0] in STOP_WORDS:
        return False
    return not any(
        w in ("and", "or") or w in GROUP_NOUNS or w.rstrip("s") in GROUP_NOUNS or is_title_word(w.rstrip("s"))
        for w in words
    )


def _join_titles(groups: list[_Group]) -> None:
    """ "The Tsar" where the text names "Tsar Peter the Great": a title alone, which spaCy may call
    an organisation, is the person named with it last before it."""
    for g in groups:
        if g.label == "PERSON" or not g.mentions:
            continue
        words = {norm(n) for n in g.names}
        if len(words) != 1 or (title := next(iter(words))) not in HONORIFICS or title in _HOME_WORDS:
            continue
        holders = [
            p
            for p in groups
            if p.label == "PERSON"
            and p.mentions
            and any(norm(n).split()[0].rstrip(".") == title for n in p.names)
        ]
        # each "the Tsar" is the holder named last before it ("Tsar Aleksei", later "Tsar Peter")
        for e in list(g.mentions):
            before = [
                (max(m.start for m in p.mentions if m.start < e.start), i)
                for i, p in enumerate(holders)
                if any(m.start < e.start for m in p.mentions)
            ]
            if before:
                holders[max(before)[1]].mentions.append(e)
                g.mentions.remove(e)


def _described(text: str, entities: list[Entity], group_names: dict[tuple[int, int], str]) -> list[_Group]:
    """Described actors (people or places), one per short name: no name rule applies to their words."""
    by_name: dict[str, _Group] = {}
    for e in entities:
        if e.label == GROUP_LABEL or (e.start, e.end) in group_names:
            name = group_names.get((e.start, e.end)) or text[e.start : e.end]
            group = by_name.setdefault(norm(name), _Group(e.label))
            group.mentions.append(e)
            group.names.append(name)
    return list(by_name.values())


def _majority_label(g: _Group) -> str:
    counts: dict[str, int] = defaultdict(int)
    for e in g.mentions:
        counts[e.label] += 1
    if "PERSON" in counts:
        return "PERSON"
    # a country named by its nationality word stays a country
    non_norp = {k: v for k, v in counts.items() if k != "NORP"}
    pool = non_norp or counts
    return max(pool, key=lambda k: pool[k])


def _match_partial(e: Entity, name: str, groups: list[_Group]) -> _Group | None:
    """A surname, first name or acronym that belongs to exactly one longer name already seen."""
    words = name.split()
    if e.label == "PERSON" and name.isupper():  # "PENCE:" in a transcript is "Mike Pence"
        words = [w.capitalize() for w in words]
    if e.label == "PERSON":
        key = person_key(norm(name)).split()
        hits = [
            g
            for g in groups
            if g.label == "PERSON" and any(names_one(key, person_key(norm(n)).split()) for n in g.names)
        ]
        if len(hits) == 1:
            return hits[0]
        # a surname alone prefers the one person with that last name
        last = [g for g in hits if any(person_key(norm(n)).split()[-1] == key[-1] for n in g.names)]
        if len(last) == 1:
            return last[0]
        # several people share the surname ("Ahmed Mohamed" and his father "Mohamed El-Hassan
        # Mohamed"), or a first name opens several names (a birth name, a stage name): the one
        # named in full most often, then first
        if len(key) == 1 and (last or hits):
            return min(last or hits, key=lambda g: (-len(g.mentions), min(m.start for m in g.mentions)))
    # "US" and "UK" are countries, not the initials of "University of Sheffield"
    if e.label != "PERSON" and is_acronym(name) and norm(name) not in COUNTRY_ALIASES:
        letters = acronym_letters(name)
        hits = [
            g
            for g in groups
            if g.label != "PERSON" and any(initials_of(n) == letters for n in g.names if " " in n)
        ]
        if len(hits) == 1:
            return hits[0]
    if e.label != "PERSON" and len(words) > 1:
        letters = initials_of(name)
        if letters.lower() in COUNTRY_ALIASES:
            return None
        hits = [
            g for g in groups if g.label != "PERSON" and any(acronym_letters(n) == letters for n in g.names)
        ]
        if len(hits) == 1:
            return hits[0]
    # "Washington" of "Washington D.C.": a place name and a postal abbreviation after it
    if e.label in _PLACE_LABELS:
        hits = [
            g
            for g in groups
            if g.label in _PLACE_LABELS
            and any(
                n.split()[: len(words)] == words
                and len(n.split()) > len(words)
                and all(_POSTAL.match(w) for w in n.split()[len(words) :])
                for n in g.names
            )
        ]
        if len(hits) == 1:
            return hits[0]
    # organisations only: "Los Angeles" is not short for "East Los Angeles"; but a team's plural
    # ("Pirates" of "Pittsburgh Pirates"), which spaCy may call a place, is short for its name
    if e.label == "ORG" or (
        e.label in _PLACE_LABELS
        and len(words) == 1
        and name.endswith("s")
        and name[:1].isupper()
        and not name.isupper()
        and norm(name) not in COUNTRY_ALIASES
        and nationality_country(norm(name)[:-1]) is None
    ):
        hits = [g for g in groups if g.label == "ORG" and any(_short_form(name, n) for n in g.names)]
        if len(hits) == 1:
            return hits[0]
        # "the Red Sox" of a story on the "Boston Red Sox" that once names the "Pawtucket Red Sox":
        # the one named far more often
        hits.sort(key=lambda g: -len(g.mentions))
        if len(hits) > 1 and len(hits[0].mentions) > 2 * len(hits[1].mentions):
            return hits[0]
    return None


#: Words that only say what kind of organisation a name is ("Freedom Magazine" is "Freedom").
_GENERIC_ORG_WORDS = frozenset(
    "magazine newspaper inc inc. corp corp. corporation company co co. ltd ltd. plc llc group"
    " university college international".split()
)


#: Words for a kind of body that a name is built on ("Church of Scientology", "Union of Rationalist
#: Atheists"): the words after their "of" are a short form of the whole name.
_BODY_WORDS = frozenset(
    "church union party league association federation society movement order council brotherhood".split()
)


#: Names whose head alone names something else: "the House" is the House of Representatives, not the
#: White House; "the Bank" of a story on the World Bank may be any bank.
_WHOLE_NAMES = frozenset({"white house", "world bank", "red cross", "red crescent", "high court"})


def _short_form(short: str, full: str) -> bool:
    """Whether `short` is a short form of the longer name `full`.

    "Home Office" of "United Kingdom Home Office" and "Supreme Court" or "Court" of "Italian Supreme
    Court of Cassation": consecutive words that keep the full name's head noun (the word before its
    "of"); "Freedom" of "Freedom Magazine".
    """
    sw, fw = norm(short).split(), norm(full).split()
    if not sw or len(sw) >= len(fw) or " ".join(fw) in _WHOLE_NAMES:
        return False
    # "Scientology" of "Church of Scientology": a body word, "of", then the short form
    tail = fw[3:] if fw[1:3] == ["of", "the"] else fw[2:]
    if fw[0] in _BODY_WORDS and fw[1] == "of" and tail == sw:
        return True
    cut = next((i for i, w in enumerate(fw) if w in ("of", "for", "on") and i > 0), len(fw))
    head = cut - 1
    for i in range(len(fw) - len(sw) + 1):
        if fw[i : i + len(sw)] != sw:
            continue
        if i <= head < i + len(sw) and i + len(sw) <= cut:
            return True
        rest = fw[:i] + fw[i + len(sw) :]
        if i == 0 and rest and all(w in _GENERIC_ORG_WORDS for w in rest):
            return True
    return False


def _link_aliases(text, candidates, groups, by_key, key_of) -> None:
    """'X (Y' and 'X, also known as Y': Y's group joins X's group."""
    ordered = sorted(candidates, key=lambda e: e.start)
    for a, b in itertools.pairwise(ordered):
        between = text[a.end : b.start]
        # "Jenna Nicole Mourey (born 1986), better known by her pseudonym Jenna Marbles"
        person_alias = a.label == b.label == "PERSON" and len(between) <= 100 and _PERSON_ALIAS.match(between)
        if not person_alias and (
            len(between) > 20 or a.label == "PERSON" or b.label == "PERSON" or not _ALIAS.match(between)
        ):
            continue
        if between.strip() == ", or" and text[b.end : b.end + 1] not in (",", ")"):
            continue  # "X, or Y," is an alias; "X, or Y and Z" is a list
        ga, gb = by_key.get(key_of(a)), by_key.get(key_of(b))
        if ga is None or gb is None or ga is gb:
            continue
        ga.mentions.extend(gb.mentions)
        ga.names.extend(gb.names)
        gb.mentions.clear()
        for k, g in list(by_key.items()):
            if g is gb:
                by_key[k] = ga
