"""The forms under which the names of one entity meet, for merging mentions into actors: a name
normalised ("The U. S." is "u.s."), a country's usual name ("US", "Syrian Republic"), a state's body
named two ways, a city named after its place, an acronym and the name its initials spell.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tui.analysis.lexicon import COUNTRY_ALIASES, NATIONALITIES
from tui.analysis.names import STATE_WORDS

#: Small words a name's initials leave out.
_SMALL = frozenset({"of", "and", "the", "for", "in", "on", "at", "to", "de", "la", "&"})

#: An initial followed by a space and another initial ("U. S.", "S. F.").
_SPACED_INITIALS = re.compile(r"\b(\w)\.\s+(?=\w\.)")


@lru_cache(maxsize=65536)  # asked for every mention, several times over: names repeat
def norm(name: str) -> str:
    name = name.replace("’", "'").strip()
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    name = re.sub(r"\s+[–—-]\s+", " ", name)  # "School of Open – Africa" is "School of Open Africa"
    name = _SPACED_INITIALS.sub(r"\1.", name)  # "U. S." is "U.S."
    return " ".join(name.split()).lower()


#: The countries the nationality words name ("Mexico", "Panama").
COUNTRY_NAMES = frozenset(NATIONALITIES.values())


def country_of(name: str) -> str | None:
    """The usual name of the country that a normalised place name names another way, else None.

    "us" and "u.s." are "United States"; "syrian republic" is "Syria", "state of israel" "Israel"."""
    if name in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[name]
    words = name.split()
    # "Syrian Republic", "Czech Republic": a nationality word and a state word
    if len(words) == 2 and words[1] in STATE_WORDS and words[0] in NATIONALITIES:
        return NATIONALITIES[words[0]]
    # "Islamic Republic of Iran", "State of Israel"
    if "of" in words and words.index("of") > 0 and words[words.index("of") - 1] in STATE_WORDS:
        rest = " ".join(w for w in words[words.index("of") + 1 :] if w != "the")
        return next((c for c in NATIONALITIES.values() if c.lower() == rest), None)
    return None


#: The bodies of a state that a text names by its nationality word or by "of" and its name.
_STATE_BODIES = frozenset(
    "government ministry parliament army navy embassy cabinet police military consulate administration".split()
)


def national_body(name: str) -> str | None:
    """ "albanian government" and "government of the republic of albania" are "albania government";
    "russian foreign ministry" and "foreign ministry of russia" are "russia foreign ministry"."""
    words = name.split()
    if len(words) < 2:
        return None
    if words[-1] in _STATE_BODIES and words[0] in NATIONALITIES and len(words) <= 4:
        return " ".join([NATIONALITIES[words[0]].lower(), *words[1:]])
    if "of" in words[1:]:
        cut = words.index("of", 1)
        body, rest = words[:cut], " ".join(words[cut + 1 :])
        country = country_of(rest) or next((c for c in COUNTRY_NAMES if c.lower() == rest), None)
        if body[-1] in _STATE_BODIES and country:
            return " ".join([country.lower(), *body])
    return None


def city_of(name: str) -> str:
    """ "new york city" is "new york", "oklahoma city" "oklahoma": a city named after its place is
    one actor with it (what the text names is the city or its state, rarely told apart); not a
    country's capital named after it ("Mexico City", "Kuwait City")."""
    base = name[:-5] if name.endswith(" city") else ""
    if not base or base in COUNTRY_ALIASES or nationality_country(base) or base.title() in COUNTRY_NAMES:
        return name
    return base


def country_first(name: str) -> str:
    """ "u.s. congress" is "united states congress": a leading country alias written out."""
    first, _, rest = name.partition(" ")
    country = COUNTRY_ALIASES.get(first) if rest else None
    return f"{country.lower()} {rest}" if country else name


def nationality_country(word: str, plural: bool = False) -> str | None:
    """The country of a nationality word ("Turkish" → Turkey), and of its plural ("Americans",
    "Belgians") only when `plural`."""
    if word.endswith("s") and not word.endswith("ss"):  # "Swiss" is no plural
        if not plural:
            return None
        return NATIONALITIES.get(word) or NATIONALITIES.get(word[:-1])
    return NATIONALITIES.get(word)


#: A company's legal form after its name, which its initials leave out ("PG&E" is "Pacific Gas &
#: Electric Co.").
_LEGAL_FORMS = frozenset("co co. inc inc. corp corp. ltd ltd. llc plc company corporation".split())


def initials_of(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _SMALL]
    if len(words) > 2 and words[-1].lower() in _LEGAL_FORMS:
        words = words[:-1]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def acronym_letters(name: str) -> str:
    """An acronym's letters: "U.S." → "US", "PG&E" → "PGE"."""
    return name.replace(".", "").replace("&", "").upper()


def spells(acronym: str, name: str) -> bool:
    """Whether `acronym` ("WHO", "PG&E") is written with the initials of the longer `name`."""
    return is_acronym(acronym) and " " in name and initials_of(name) == acronym_letters(acronym)


def is_acronym(name: str) -> bool:
    bare = name.replace(".", "")
    return 2 <= len(bare) <= 8 and bare.isupper() and bare.replace("&", "").isalpha()
