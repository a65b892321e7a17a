"""Word lists the rules lean on, each with the reason it exists. Lemmas, lower case."""

from __future__ import annotations

#: Verbs that report what someone said (a quote's or claim's cue).
SPEECH_VERBS = frozenset(
    """
    say tell add confirm remind declare deny announce warn argue insist claim state note explain
    report write reply respond answer ask urge acknowledge admit agree allege assert caution
    charge comment complain concede contend disclose emphasize emphasise estimate predict
    promise propose quip recall reiterate remark reveal stress suggest testify tweet post vow
    maintain mention observe point pledge signal indicate boast brag cite concur conclude
    counter declare describe dismiss dispute echo inform lament marvel muse object order
    proclaim protest question recount repeat retort scoff shout speak swear threaten underline
    underscore whisper yell call
    """.split()
)

#: Verbs of cognition and belief: they take a reported content like speech verbs do.
COGNITION_VERBS = frozenset(
    """
    believe think feel fear hope expect know understand suspect doubt worry assume consider
    reckon learn realize realise recognize recognise find decide guess imagine judge
    """.split()
)

CUE_VERBS = SPEECH_VERBS | COGNITION_VERBS

#: Nouns that carry reported content ("his statement that …", "the claim that …").
CUE_NOUNS = frozenset(
    """
    statement claim assertion announcement warning argument belief view remark comment
    suggestion allegation accusation insistence promise pledge report testimony admission denial
    """.split()
)

#: Passive or adverbial hedges that make a statement sourceless ("are thought to", "reportedly").
HEDGE_PARTICIPLES = frozenset(
    """
    think believe say report understand rumour rumor expect suspect allege estimate fear know
    """.split()
)
HEDGE_ADVERBS = frozenset(
    """
    reportedly allegedly purportedly supposedly apparently reputedly ostensibly
    """.split()
)

#: Function words that spaCy sometimes pulls into the start of a name ("Besides Lavrov").
LEADING_NOISE = frozenset(
    """
    besides beside among amongst with without by for from to of in on at as and or but nor the a
    an this that these those mr mrs ms dr prof sir dame lord lady
    """.split()
)

#: Courtesy titles: not part of a person's name, and a hint of gender.
MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "father", "brother"})
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "sister"})

PERSONAL_PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "i": "s",
    "we": "p",
    "they": "p",
    "them": "p",
    "it": "n",
}

#: Nationality and country adjectives → the country (only unambiguous ones).
NATIONALITIES = {
    "american": "United States",
    "americans": "United States",
    "british": "United Kingdom",
    "briton": "United Kingdom",
    "britons": "United Kingdom",
    "english": "England",
    "scottish": "Scotland",
    "welsh": "Wales",
    "irish": "Ireland",
    "french": "France",
    "german": "Germany",
    "germans": "Germany",
    "italian": "Italy",
    "italians": "Italy",
    "spanish": "Spain",
    "portuguese": "Portugal",
    "dutch": "Netherlands",
    "belgian": "Belgium",
    "swiss": "Switzerland",
    "austrian": "Austria",
    "swedish": "Sweden",
    "norwegian": "Norway",
    "danish": "Denmark",
    "finnish": "Finland",
    "polish": "Poland",
    "czech": "Czech Republic",
    "hungarian": "Hungary",
    "romanian": "Romania",
    "bulgarian": "Bulgaria",
    "greek": "Greece",
    "turkish": "Turkey",
    "turks": "Turkey",
    "russian": "Russia",
    "russians": "Russia",
    "ukrainian": "Ukraine",
    "ukrainians": "Ukraine",
    "belarusian": "Belarus",
    "syrian": "Syria",
    "syrians": "Syria",
    "iraqi": "Iraq",
    "iraqis": "Iraq",
    "iranian": "Iran",
    "iranians": "Iran",
    "israeli": "Israel",
    "israelis": "Israel",
    "palestinian": "Palestine",
    "palestinians": "Palestine",
    "lebanese": "Lebanon",
    "jordanian": "Jordan",
    "egyptian": "Egypt",
    "egyptians": "Egypt",
    "saudi": "Saudi Arabia",
    "saudis": "Saudi Arabia",
    "yemeni": "Yemen",
    "afghan": "Afghanistan",
    "afghans": "Afghanistan",
    "pakistani": "Pakistan",
    "indian": "India",
    "indians": "India",
    "chinese": "China",
    "japanese": "Japan",
    "korean": "Korea",
    "vietnamese": "Vietnam",
    "thai": "Thailand",
    "indonesian": "Indonesia",
    "filipino": "Philippines",
    "australian": "Australia",
    "australians": "Australia",
    "canadian": "Canada",
    "canadians": "Canada",
    "mexican": "Mexico",
    "mexicans": "Mexico",
    "brazilian": "Brazil",
    "argentine": "Argentina",
    "argentinian": "Argentina",
    "chilean": "Chile",
    "colombian": "Colombia",
    "venezuelan": "Venezuela",
    "cuban": "Cuba",
    "cubans": "Cuba",
    "nigerian": "Nigeria",
    "kenyan": "Kenya",
    "ethiopian": "Ethiopia",
    "libyan": "Libya",
    "tunisian": "Tunisia",
    "algerian": "Algeria",
    "moroccan": "Morocco",
    "sudanese": "Sudan",
    "somali": "Somalia",
    "qatari": "Qatar",
    "emirati": "United Arab Emirates",
    "kuwaiti": "Kuwait",
    "georgian": "Georgia",
    "armenian": "Armenia",
    "azerbaijani": "Azerbaijan",
    "kazakh": "Kazakhstan",
    "north korean": "North Korea",
    "south korean": "South Korea",
    "new zealand": "New Zealand",
    "south african": "South Africa",
    "zimbabwean": "Zimbabwe",
}

#: Alternative names of a country, so "US", "U.S." and "the United States" meet.
COUNTRY_ALIASES = {
    "us": "United States",
    "u.s.": "United States",
    "u.s": "United States",
    "usa": "United States",
    "u.s.a.": "United States",
    "united states of america": "United States",
    "america": "United States",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "uae": "United Arab Emirates",
    "dprk": "North Korea",
    "prc": "China",
    "russian federation": "Russia",
}

#: Nouns that make the words before a name a role ("Foreign Minister", "intelligence chief").
TITLE_NOUNS = frozenset(
    """
    minister secretary president vice-president chancellor premier king queen prince princess
    chief head leader chairman chairwoman chairperson chair director ceo cfo founder executive
    spokesman spokeswoman spokesperson envoy ambassador aide adviser advisor counsellor
    counselor counterpart deputy official officer commander general admiral colonel major
    captain lieutenant sergeant governor mayor senator congressman congresswoman representative
    rep. sen. gov. lawmaker legislator judge justice attorney prosecutor lawyer candidate
    nominee analyst economist professor researcher scientist expert correspondent reporter
    editor columnist coach manager owner partner president-elect pope bishop archbishop cardinal
    imam rabbi pastor priest sheikh ayatollah commissioner inspector superintendent sheriff
    diplomat negotiator strategist pollster activist spokesperson economist chairmanship member
    mp
    """.split()
)
