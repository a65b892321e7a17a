"""Word lists about names that the entity and actor rules lean on, each with the reason it exists.

Lower case. General knowledge of the language and the world, never lists taken from any article.
"""

from __future__ import annotations

from functools import cache

from tui.analysis.lexicon import FEMALE_TITLES, MALE_TITLES, SPEECH_VERBS, TITLE_NOUNS
from tui.analysis.name_list import one_sex_names

#: Words a caption puts right before its credit ("… in Washington D.C. Image: Jane Doe"): spaCy glues
#: them onto the name before them.
CAPTION_WORDS = frozenset(
    {"image", "images", "photo", "photos", "photograph", "picture", "credit", "source", "file"}
)

#: Labels spaCy gives to names it misreads as something else; an acronym or a name seen elsewhere
#: as a person, organisation or place is re-read under these.
MISREAD_LABELS = frozenset(
    {"CARDINAL", "ORDINAL", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE", "MONEY", "QUANTITY"}
)

#: Roman numerals are upper case but no acronym ("World War II").
ROMAN_NUMERALS = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"})


@cache  # asked for every capitalised word, and the compound test walks the whole title list
def is_title_word(word: str) -> bool:
    """A word that names a post: the title nouns and their compounds ("undersecretary", "co-founder")."""
    w = word.lower()
    return w in TITLE_NOUNS or any(w.endswith(t) and len(t) >= 5 for t in TITLE_NOUNS) or w in EXTRA_TITLES


#: Posts the shared title list does not hold, seen before names in news ("captain Harry Kane").
EXTRA_TITLES = frozenset(
    """
    captain striker defender midfielder goalkeeper forward player coach academic professor
    undersecretary secretary-general co-founder founder creator designer author writer poet artist
    singer actor actress musician director producer student teacher doctor nurse major
    speaker sens sen reps rep lt gen col sgt cpl pvt capt cmdr gov govs atty supt master
    """.split()
)

#: Words that open a post written as a name ("Vice President", "Prime Minister", "Special Envoy").
POST_MODIFIERS = frozenset(
    """
    vice prime deputy assistant special acting interim foreign supreme chief executive general high
    lord senior principal associate first
    """.split()
)


def is_bare_post(words: list[str]) -> bool:
    """Whether lower-cased words are a post and nothing else ("vice president", "secretary-general"):
    no name in them."""
    return (
        0 < len(words) <= 4
        and is_title_word(words[-1])
        and all(w in POST_MODIFIERS or is_title_word(w) for w in words)
    )


#: Days and months: capitalised, and spaCy sometimes leaves them untagged; never an actor.
CALENDAR_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)

#: Capitals whose name, as the subject of a verb, stands for their country's government
#: ("Washington backed out", "Moscow has denied it").
CAPITALS = {
    "washington": "United States",
    "moscow": "Russia",
    "beijing": "China",
    "london": "United Kingdom",
    "paris": "France",
    "berlin": "Germany",
    "rome": "Italy",
    "madrid": "Spain",
    "ankara": "Turkey",
    "tehran": "Iran",
    "damascus": "Syria",
    "baghdad": "Iraq",
    "kabul": "Afghanistan",
    "islamabad": "Pakistan",
    "new delhi": "India",
    "tokyo": "Japan",
    "seoul": "South Korea",
    "pyongyang": "North Korea",
    "kyiv": "Ukraine",
    "kiev": "Ukraine",
    "minsk": "Belarus",
    "warsaw": "Poland",
    "budapest": "Hungary",
    "athens": "Greece",
    "cairo": "Egypt",
    "riyadh": "Saudi Arabia",
    "doha": "Qatar",
    "jerusalem": "Israel",
    "ottawa": "Canada",
    "canberra": "Australia",
    "brasilia": "Brazil",
    "havana": "Cuba",
    "caracas": "Venezuela",
    "taipei": "Taiwan",
    "hanoi": "Vietnam",
    "tripoli": "Libya",
    "khartoum": "Sudan",
}

#: State words in a country's formal name ("the Syrian Republic", "the Republic of Korea").
STATE_WORDS = frozenset(
    {"republic", "kingdom", "federation", "state", "emirate", "sultanate", "commonwealth"}
)

#: Head nouns of names built on a place's name ("Volgograd Arena", "Mexico City", "Shandao
#: Station"): the words before them name the place.
PLACE_HEADS = frozenset(
    """
    stadium arena station airport city university college institute foundation tourism hospital
    """.split()
)

#: Capitalised words of names that are common words, never a place of their own ("National Park",
#: "Science" in "National Science Foundation", "Memorial Hall").
GENERIC_NAME_WORDS = frozenset(
    """
    national international federal royal central general public state united memorial science
    art arts music health medical research world global grand great east west north south
    eastern western northern southern upper lower old saint st st. holy free independent
    people peoples community civic metropolitan metro municipal regional county district
    american european asian african pacific atlantic law union electoral urban congressional
    forbidden
    """.split()
)

#: Local units named after their place ("Municipality of Bogliasco"); the place is a mention too.
PLACE_UNITS = frozenset("municipality province region county district commune prefecture".split())

#: Head nouns that end an organisation's name ("Refugee Council", "Council on Foreign Relations"):
#: capitalised words after them belong to something else, such as the name of the post's holder.
ORG_HEADS = frozenset(
    """
    council relations association committee commission department ministry office agency bureau
    union institute foundation society league federation party corporation company group board
    authority service services university college school network fund trust bank
    """.split()
)

#: Heads of names that are mostly named after a person ("Croucher Foundation", "Clinton Foundation").
NAMED_FOR_PEOPLE = frozenset({"foundation"})

#: Heads of names built on another name at their start, whatever words come between: "Stephenville
#: High School", "Avignon Festival", "Carnegie Hall", "Nobel Peace Prize". The first name is a
#: mention of its own (GUM and a reader both see "Avignon" in "Avignon Festival").
KIND_HEADS = frozenset(
    """
    school academy hall prize award medal festival center centre press museum library theatre
    theater gallery conservatory observatory
    """.split()
)

#: Heads of names mostly given after a person: "Pritzker Architecture Prize", "Turner Prize".
PRIZE_HEADS = frozenset({"prize", "award", "medal", "lecture", "fellowship"})

#: Words that open a place's name of two words ("San Diego", "St. Louis", "New York").
PLACE_PARTICLES = frozenset(
    "san santa st st. saint new los las fort port el al le la mount mt mt. cape lake".split()
)

#: Capitalised words that open a name without being a name of their own ("Town Hall", "High School").
KIND_OPENERS = frozenset(
    """
    town city village high junior senior middle elementary primary secondary grammar first second
    main little big golden silver green red blue black white royal old grand central union
    memorial community public open madame earth
    """.split()
)

#: People who speak for a body ("a Kremlin spokesman"): one person, named by the body.
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "official"})

#: Words for a body of people that a name can qualify ("Scientology officials", "the Monti
#: government", "the Clinton campaign"): together they name an actor of their own.
GROUP_NOUNS = SPOKESPEOPLE | frozenset(
    """
    government administration authorities police forces troops members staff
    lawmakers leaders officers delegation campaign
    """.split()
)


#: Labels where surface forms are names worth propagating to untagged repeats.
NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")

#: Courtesy titles, which open a mention but are no part of the name ("Mr", "Mrs").
COURTESY_TITLES = MALE_TITLES | FEMALE_TITLES


def is_plural_post(word: str) -> bool:
    """ "Senators Charles E. Grassley and Dianne Feinstein": a post in the plural is nobody's name."""
    return word.endswith("s") and len(word) > 4 and is_title_word(word[:-1])


#: Small words that link the words of one name ("Bank of America", "Science and Technology").
NAME_LINK_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "at", "to", "&"})

#: Labels of names that an untagged proper noun right before or after them belongs to.
JOINABLE_LABELS = frozenset({"PERSON", "ORG", "GPE", "FAC", "LOC"})


@cache  # asked for every person's name, and names repeat
def is_first_name(word: str) -> bool:
    """A given name by gender-guesser's list of first names ("Brock", "Jenna"; one given to both sexes
    alike is not: "Floor", "Bunny"): what makes "Brock Holt" a person whatever spaCy said."""
    if len(word) < 2 or not word.isalpha():
        return False
    return word.lower() in one_sex_names()


def headline_verb(t) -> bool:
    """A speech verb in a headline's title case, which no name holds: "Sanders Tells Supporters to
    Vote", "Obama Says …" (the name ends before it)."""
    word = t.lower_
    return t.is_title and (word in ("said", "told") or (word.endswith("s") and word[:-1] in SPEECH_VERBS))


#: Posts whose holder is addressed by them: "Mr. President", "Madam Speaker", "Mr. Chief Justice"
#: (not "Mr. King" or "Mr. Major", whose post word is a surname).
ADDRESSED_POSTS = frozenset(
    """
    president vice speaker chair chairman chairwoman secretary chief justice mayor governor ambassador
    prime minister leader chancellor commissioner
    """.split()
)
