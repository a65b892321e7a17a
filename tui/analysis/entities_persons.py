"""Names spaCy calls a person that the text shows are something else: a work ("his book Hydraulica",
"Stoker (2013)"), a storm ("Cyclone Phailin"), a place ("born in Exeter, Devon"), a body ("the
Quartet") or a common word at the start of a sentence ("Browsing the catalog", "Nah, I'm kidding").

A reader of who says what lists every person as a possible speaker, so a person who is none is
worse than a name left out. The evidence is read over every mention of a name in the text: one
"Mr", a first name the name starts with (gender-guesser's list) or a mention inside a longer
person's name keeps it a person.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Span

from tui.analysis.dictionary import has_dictionary, is_plural_word, is_word
from tui.analysis.lexicon import COUNTRY_ALIASES, NATIONALITIES
from tui.analysis.names import (
    CAPITALS,
    COURTESY_TITLES,
    GENERIC_NAME_WORDS,
    ORG_HEADS,
    PLACE_HEADS,
    is_first_name,
    is_title_word,
)
from tui.analysis.syntax import lowercase_words

#: Nouns for a work whose title follows them: "his book Hydraulica", "the novel Dark Matters".
WORK_NOUNS = frozenset(
    """
    book books novel novels film films movie movies series show shows sitcom song songs album albums
    poem poems play plays opera symphony story stories journal magazine newspaper programme program
    game games app software browser website site podcast column documentary painting sculpture
    collection essay memoir anthology trilogy musical ballet cantata oratorio hymn single episode
    """.split()
)

#: Words that open the name of a storm: "Cyclone Phailin", "Hurricane Sandy".
STORM_WORDS = frozenset("cyclone hurricane typhoon storm".split())

#: Prepositions of place: "born in Exeter", "at Harrow".
_LOCATIVE = frozenset({"in", "at", "near"})

#: "Stoker (2013)", "Meurtres? (Three Sinners, 1950)": a title with the year of the work after it.
_YEAR_AFTER = re.compile(r"^\??\s*\((?:[^()]{0,40},\s*)?(?:1[5-9]|20)\d\d\)")


def _places() -> frozenset[str]:
    return frozenset({c.lower() for c in NATIONALITIES.values()} | set(COUNTRY_ALIASES) | set(CAPITALS))


_PLACES = _places()


def mend_persons(spans: list[Span]) -> list[Span]:
    """The spans with each person that the text shows is no person relabelled (or dropped, for a
    common word)."""
    if not spans:
        return spans
    doc = spans[0].doc
    text = doc.text
    lower = lowercase_words(doc)
    by_name: dict[str, list[Span]] = defaultdict(list)
    for s in spans:
        if s.label_ == "PERSON":
            by_name[s.text].append(s)
    if not by_name:
        return spans
    # the words of longer person names that have a first name: "Holt" of "Brock Holt" stays a person
    held = {
        w
        for name in by_name
        if len(name.split()) > 1
        and is_first_name(name.split()[0])
        and name.split()[-1].lower() not in _PARTIES | _PLACE_ENDS | _BODY_ENDS
        for w in name.split()
    }
    # organisations the text names, as spaCy read them too, but none read as a person alone
    # ("Tottenham" of "Tottenham Hotspur" where "Tottenham said")
    orgs = {s.text for s in [*spans, *doc.ents] if s.label_ == "ORG"} - set(by_name)
    # places the text names, as spaCy read them too (a place a person's name ends in is a person's
    # by now), but none read as a person alone ("Modi" read once as a place is Narendra Modi)
    places = {s.text.lower() for s in [*spans, *doc.ents] if s.label_ == "GPE"} - {
        name.lower() for name in by_name if " " not in name
    } | _PLACES
    # the last words of longer names of bodies and products: "Firefox" of "Mozilla Firefox"
    ends = {s[-1].text for s in spans if s.label_ in ("ORG", "PRODUCT") and len(s) > 1 and s[-1].is_title}
    surnames = {n.split()[-1] for n in by_name if len(n.split()) > 1}
    verdict: dict[str, str | None] = {}
    for name, mentions in by_name.items():
        label = _what_else(name, mentions, text, lower, held, (orgs, places, ends, surnames))
        if label != "PERSON":
            verdict[name] = label
    # "Phailin" alone, once "Cyclone Phailin" is a storm; "Virginia" of "Virginia Democrats" a place
    for name in list(verdict):
        first, last = name.split()[0], name.split()[-1]
        if last != name and last in by_name and last not in held and last not in verdict:
            verdict[last] = verdict[name]
        if verdict[name] == "NORP" and first != name and first in by_name and first not in held:
            verdict.setdefault(first, "GPE")
    if not verdict:
        return spans
    out = []
    for s in spans:
        if s.label_ == "PERSON" and s.text in verdict:
            label = verdict[s.text]
            if label is None:
                continue
            s = Span(doc, s.start, s.end, label=label)
        out.append(s)
    return out


def _what_else(
    name: str,
    mentions: list[Span],
    text: str,
    lower: set[str],
    held: set[str],
    named: tuple[set[str], set[str], set[str], set[str]],
) -> str | None:
    """PERSON when nothing says otherwise; else the label the evidence gives (None: no name at all).

    `named` holds what else the text names: organisations, places (lower case), the last words of
    longer names of bodies and products, and the last words of longer persons' names."""
    orgs, places, ends, surnames = named
    words = name.split()
    if words[0] in ("'s", "’s"):
        return None  # "'s Man" of "The King's Man", cut from its title
    if words[0].lower() in STORM_WORDS and len(words) > 1:
        return "EVENT"
    doc = mentions[0].doc
    if name.startswith("@") or (len(words) == 1 and name in held):
        return "PERSON"  # a handle ("@jdoe"); "Jordan" where the text names "Michael Jordan"
    if words[0].lower().rstrip(",") in _CALLS:
        return None  # "Hey Siri", "OK Google": a voice command, no one spoken of
    if all(is_title_word(w.rstrip(".")) for w in words):
        return None  # "Lt Col", "Cmdr": a post with no name
    if len(words) > 1 and is_title_word(words[-1].rstrip(".(s)")) and not is_first_name(words[0]):
        return None  # "Virginia Governor(s)", "Kremlin Spokesman": a post, no one's name
    last = words[-1].lower()
    if len(words) > 1 and last in _PARTIES:
        return "NORP"  # "Virginia Democrats": a state's party, no person
    if (
        len(words) > 1
        and not is_first_name(words[0])
        and any(doc[m.start].tag_ in ("VB", "VBG") for m in mentions)
    ):
        return None  # "Hosting Cook at Dreamforce", "Welcome Jose": a verb opens it
    if len(words) > 1 and last in _PLACE_ENDS and not is_first_name(words[0]):
        return "FAC"  # "Mohegan Sun Arena", "Cuyahoga Falls", "Jolinda Drive"
    if len(words) > 1 and last in _BODY_ENDS and not is_first_name(words[0]):
        return "ORG"  # "Miami Herald", "Manchester United"
    speaks = any(_speaks(m) for m in mentions)  # "Figgins said": whatever else, a person
    if len(words) > 1 and not is_first_name(words[0]) and not speaks:
        if last in places:
            return "ORG"  # "Smart Taiwan", "Biomed Kenya": a plan or a body named for its country
        if words[0] in orgs:
            return "PRODUCT"  # "YouTube Rewind", where the text names YouTube: the company's product
        if _plural_word(mentions):
            return None  # "Medium Term Plans", "Closing Loopholes": capitalised common words
    if any(m.start > 0 and doc[m.start - 1].lower_.rstrip(".") in _TITLES for m in mentions):
        return "PERSON"
    if name.lower() in _PLACES:
        return "GPE"
    for m in mentions:
        i = m.start - 1
        if i > 0 and doc[i].is_quote:
            i -= 1
        if i >= 0 and doc[i].is_lower and doc[i].lower_ in WORK_NOUNS:
            return "WORK_OF_ART"  # "the television series Gilmore Girls", 'the story "Umoregi"'
        if _YEAR_AFTER.match(text[m.end_char : m.end_char + 48]):
            return "WORK_OF_ART"
    if any(_quoted(m) for m in mentions):
        return "PERSON"  # a name the text gives someone: 'a user going by the name "Anonymous"'
    if len(words) > 1 and all(_INITIAL_ONLY.match(w) for w in words):
        return "ORG"  # "H. R. 1280": letters of a bill or a body, no name
    if len(words) == 1 and _ACRONYM.match(name) and name.capitalize() not in held:
        return "ORG"  # "ROTC", "COVID": letters, no person's name ("PENCE:" of "Mike Pence" is his)
    if words[0].lower() in _ORDINALS:
        return "WORK_OF_ART"  # "his Seventh Symphony"
    if sum(_in_place(m) for m in mentions) * 2 > len(mentions):
        return "GPE"  # "born in Exeter, Devon"
    if is_first_name(words[0]):
        return "PERSON"
    if len(words) == 1 and words[0].lower() in _INTERJECTIONS:
        return None  # "Nah, I'm kidding", "Wow!": a word of speech, no one's name
    if len(words) == 1 and name in ends and not speaks:
        return "ORG"  # "Firefox" where the text names "Mozilla Firefox": its short name
    if len(words) == 1 and _species(mentions):
        return None  # "Formica fusca": a genus before its species, no one's name
    if len(words) == 1 and name not in surnames and _word_opening_sentences(name, mentions):
        return None  # "Normalcy returned.", "Cheer the team": a word of the language opening a sentence
    if len(words) > 1 and not speaks and sum(_after_the(m) for m in mentions) * 2 > len(mentions):
        return "ORG"  # "to the Bat Cave", "the Midwest Magic Jubilee": a thing or a body, no person
    owned = sum(m.start > 0 and doc[m.start - 1].tag_ in ("PRP$", "POS") for m in mentions)
    if owned * 2 > len(mentions):
        return "WORK_OF_ART"  # "his Dumky Trio", "Vaughn's Kingsman": nobody's person ("our Mets" once is a team)
    if len(words) == 1:
        if (name.lower() in lower and not name.isupper()) or all(
            doc[m.start].pos_ not in ("PROPN", "NOUN") for m in mentions
        ):
            return None  # a common word: "Browsing the catalog", "Character"
        if sum(m.start > 0 and doc[m.start - 1].lower_ in ("the", "on", "via") for m in mentions) * 2 > len(
            mentions
        ):
            return "ORG"  # "the Quartet", "on Twitter"
    elif words[-1].lower() in lower and not any(is_title_word(w) for w in words):
        return None  # "Case Grammar", "Closing Loopholes": capitalised common words
    return "PERSON"


def _plural_word(mentions: list[Span]) -> bool:
    """ "Medium Term Plans": the name ends in the plural of a word of the language."""
    m = mentions[0]
    t = m[-1]
    return (
        not is_title_word(t.text)
        and is_plural_word(m.doc.vocab, t.text)
        and not is_first_name(m[0].text)
    )


#: Latin endings of a species' name: "fusca", "andrillae", "sapiens", "rex".
_SPECIES_ENDING = re.compile(r"(?:a|ae|us|um|i|ii|is|ensis|oides|ens|ex|ata|ica|ana)$")


def _species(mentions: list[Span]) -> bool:
    """ "Formica fusca", "Edwardsiella andrillae": a capitalised genus, then a lower-case word that the
    dictionary does not know and that ends as Latin names do, at most mentions of the name."""
    doc = mentions[0].doc
    if not has_dictionary(doc.vocab):
        return False
    hits = 0
    for m in mentions:
        nxt = doc[m.end] if m.end < len(doc) else None
        hits += bool(
            nxt is not None
            and nxt.is_lower
            and nxt.is_alpha
            and len(nxt) >= 4
            and _SPECIES_ENDING.search(nxt.text)
            and not is_word(doc.vocab, nxt.text)
        )
    return hits * 2 > len(mentions)


def _word_opening_sentences(name: str, mentions: list[Span]) -> bool:
    """ "Normalcy returned", "Cheer the team today", "Volunteer organization X": one word the
    dictionary knows, every mention of it opening a sentence (where every word has a capital) and
    none followed by what follows a person ("Baker said", "Baker's")."""
    doc = mentions[0].doc
    if name.isupper() or not is_word(doc.vocab, name):
        return False
    for m in mentions:
        i = m.start
        while i > m.sent.start and (doc[i - 1].is_quote or doc[i - 1].is_punct):
            i -= 1
        if i != m.sent.start and "\n" not in doc[i - 1].text:
            return False  # a line's start is a sentence's too (verse, lists)
        nxt = doc[m.end] if m.end < len(doc) else None
        if nxt is not None and (nxt.lemma_ in _SPEECH or nxt.text in ("'s", "’s", ",")):
            return False
    return True


#: Verbs right after a person who speaks: "Baker said".
_SPEECH = frozenset("say tell add write note explain ask reply".split())


def _speaks(m: Span) -> bool:
    """ "Figgins said", "said Figgins": the subject of a verb of speech."""
    root = m.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in _SPEECH


def _after_the(m: Span) -> bool:
    """ "to the Bat Cave": "the" right before a name of several words, which is the head of its phrase
    (not "the Obama administration")."""
    doc = m.doc
    return (
        m.start > 0
        and doc[m.start - 1].lower_ == "the"
        and m.root.dep_ not in ("compound", "nmod", "amod", "poss")
        and not (m.end < len(doc) and doc[m.end].text in ("'s", "’s"))
    )


#: Words said, not names: "Nah, I'm kidding".
_INTERJECTIONS = frozenset("nah yeah yep yup nope wow hey oops ugh meh huh hmm ooh aha".split())


def _quoted(m: Span) -> bool:
    doc = m.doc
    i = m.start - 1
    if i > 0 and doc[i].lower_ == "the":  # '"The Moonwalker"'
        i -= 1
    return i >= 0 and m.end < len(doc) and doc[i].is_quote and doc[m.end].is_quote


def _in_place(m: Span) -> bool:
    """ "in Exeter", "in Exeter, Devon": a name after a preposition of place, or after a place and a
    comma that follow one; not "in Smith's book"."""
    doc = m.doc
    if m.end < len(doc) and doc[m.end].lower_ in ("'s", "’s"):
        return False
    i = m.start - 1
    if i >= 1 and doc[i].text == ",":
        i -= 1
        while i >= 0 and doc[i].is_title and doc[i].pos_ == "PROPN":
            i -= 1
    return i >= 0 and doc[i].lower_ in _LOCATIVE


#: Words that end names of bodies and places, never a surname ("Virginia Tech", "Georgia Aquarium").
_NOT_SURNAMES = (
    ORG_HEADS
    | PLACE_HEADS
    | GENERIC_NAME_WORDS
    | frozenset(
        "tech times post herald courant tribune gazette news aquarium museum beach park street avenue valley river"
        " lake hall productions records studios".split()
    )
)

#: One capital and its dot ("H."): a name's initial, or a letter of an abbreviation.
_INITIAL_ONLY = re.compile(r"^[A-Z]\.$")

#: An acronym: two to six capitals, dots allowed ("ROTC", "H. R.").
_ACRONYM = re.compile(r"^(?:[A-Z]\.?\s?){2,6}$")

#: Last words of the names of bodies, never a surname: "Miami Herald", "Dick Clark Productions".
_BODY_ENDS = ORG_HEADS | frozenset(
    "times post herald courant tribune gazette news united productions records studios".split()
)

#: Words that call a voice assistant or greet: "Hey Siri" is a command.
_CALLS = frozenset({"hey", "hi", "hello", "ok", "okay"})

#: Plural party names: "Virginia Democrats" are a state's party.
_PARTIES = frozenset(
    "democrats republicans tories conservatives liberals socialists greens libertarians labourites".split()
)

#: Last words of the names of places people build or name: "Mohegan Sun Arena", "Sioux Falls".
_PLACE_ENDS = PLACE_HEADS | frozenset(
    """
    arena pavilion amphitheatre amphitheater theatre theater center centre falls drive road street
    avenue boulevard lane square park bridge tower plaza mall hotel resort island islands bay
    mountain mountains county
    """.split()
)

#: Ordinal words: "Seventh Symphony" is a work, nobody's name.
_ORDINALS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
)


#: Words right before a name that make it a person's: courtesy titles and a few more.
_TITLES = frozenset({t.rstrip(".") for t in COURTESY_TITLES} | {"dr", "prof", "st", "saint", "president"})


def first_named(span: Span) -> Span:
    """ "Brock Holt", "Aner Shalev" read as an organisation: two or three capitalised words that open
    with a first name, none of them a word for a body, a place or a post, are a person's name."""
    if span.label_ not in ("ORG", "GPE", "FAC", "LOC", "NORP") or not 2 <= len(span) <= 3:
        return span
    first = span[0]
    if not is_first_name(first.text) or first.lower_ in _PLACES or not first.is_title:
        return span
    lower = lowercase_words(span.doc)
    for t in span[1:]:
        w = t.lower_
        if not (t.is_title and t.is_alpha and t.pos_ == "PROPN") or w in lower or w in _NOT_SURNAMES:
            return span
        if is_title_word(w) or w in _PLACES:
            return span
    if span[-1].text not in _standing_alone(span.doc):
        return span  # "Mayo Clinic", "Royal Navy": a surname stands alone somewhere ("Holt said")
    return Span(span.doc, span.start, span.end, label="PERSON")


def _standing_alone(doc) -> set[str]:
    """Capitalised words that stand alone somewhere in the doc: no capitalised word or "the" on
    either side ("Holt said", "told Holt."). Made once per doc."""
    words = doc.user_data.get("newsreader.standing_alone")
    if words is None:
        words = set()
        n = len(doc)
        for t in doc:
            if not (t.is_title and t.pos_ == "PROPN"):
                continue
            prev = doc[t.i - 1] if t.i > 0 else None
            nxt = doc[t.i + 1] if t.i + 1 < n else None
            if prev is not None and (prev.is_title or prev.lower_ == "the") and not prev.is_sent_start:
                continue
            if prev is not None and prev.lower_ == "the":
                continue
            if nxt is not None and nxt.is_title:
                continue
            words.add(t.text)
        doc.user_data["newsreader.standing_alone"] = words
    return words
