"""Names that spaCy tagged as no entity at all: plain proper-noun runs ("Facebook creator Mark
Zuckerberg"), pieces of a name it cut short, and untagged repeats of names it found elsewhere."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from tui.analysis.dictionary import is_word
from tui.analysis.lexicon import (
    LEADING_NOISE,
    NATIONALITIES,
)
from tui.analysis.names import (
    CALENDAR_WORDS,
    CAPTION_WORDS,
    COURTESY_TITLES,
    JOINABLE_LABELS,
    NAME_LABELS,
    NAME_LINK_WORDS,
    headline_verb,
    is_plural_post,
    is_title_word,
)
from tui.analysis.syntax import lowercase_words, token_table


def add_untagged(doc: Doc, spans: list[Span]) -> list[Span]:
    """Proper nouns that spaCy tagged as no entity at all ("Facebook creator Mark Zuckerberg").

    Only runs that are plainly names: capitalised proper nouns inside a sentence, not titles
    ("President"), not a lone word opening a sentence or a heading, and not a word the text also
    writes in lower case (a common noun capitalised in a name we do not know)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    table = token_table(doc)
    lower = lowercase_words(doc)
    counts = Counter(table["ORTH"])
    persons = {w.text for s in spans if s.label_ == "PERSON" for w in s}
    # only proper nouns can be name words: the Token objects are made for those alone
    propn = doc.vocab.strings["PROPN"]
    name = [pos == propn and _name_word(doc[k]) for k, pos in enumerate(table["POS"])]
    for k in taken:
        name[k] = False
    added = []
    i, n = 0, len(doc)
    while i < n:
        if not name[i]:
            i += 1
            continue
        j = i
        while j < n and name[j]:
            j += 1
        run = doc[i:j]
        i = j
        # a piece of a name that spaCy cut short: "Washington" + "D.C.", "Dries" + "Mertens"
        if _shouting(run):
            continue
        touching = next((s for s in spans if s.end == run.start or s.start == run.end), None)
        # "the Refugee Council Enver Solomon": a name between two joins the person after it
        if (
            touching is not None
            and touching.end == run.start
            and touching.label_ == "ORG"
            and run.text.isalpha()
        ):
            touching = next((s for s in spans if s.start == run.end and s.label_ == "PERSON"), touching)
        # "the 2018 FIFA football World Cup": a year before a name is no part of it
        if touching is not None and touching.end == run.start and touching[-1].like_num:
            touching = None
        if touching is not None:
            if touching.label_ in JOINABLE_LABELS and not _ends_a_post(run, touching):
                joined = Span(
                    doc, min(touching.start, run.start), max(touching.end, run.end), label=touching.label_
                )
                spans = [joined if s is touching else s for s in spans]
            continue  # else the rest of a title or a date ("The Morning" + "Show")
        # one word alone must look like a name: never written in lower case, and not just opening
        # its sentence unless it is that sentence's subject ("Tasmania was excluded")
        headline = len(run) == 1 and _headline_subject(run[0])
        if (
            len(run) == 1
            and not _speaker_label(run)
            and not headline
            and (
                (_opens_sentence(run[0]) and not _opening_subject(run[0]))
                or run[0].lower_ in lower
                or len(run[0]) < 2
                # a one-off needs to be a plain word: "(D-Ore.)", "EDT" and "Anglo-Saxon" are no names
                or (counts[run[0].orth] < 2 and not (run[0].is_alpha and run[0].is_title))
                or (run.start > 1 and doc[run.start - 1].text == "-" and len(doc[run.start - 2]) > 1)
            )
        ):
            continue
        if _inside_longer_name(run):
            continue
        if _heading(run.sent) and not _speaker_label(run) and not headline:
            continue
        added.append(Span(doc, run.start, run.end, label=_guess_label(run, persons)))
    return sorted(spans + added, key=lambda s: s.start)


def _ends_a_post(run: Span, name: Span) -> bool:
    """ "Chief of General Staff Valery Gerasimov", "Secretary of State John Kerry": the words after
    "<title> of" before a person's name are the post's portfolio, not the start of the name."""
    if name.label_ != "PERSON" or name.start != run.end or run.start < 2:
        return False
    doc = run.doc
    i = run.start - 1
    while i > 0 and doc[i].is_title and doc[i].lower_ != "of":  # "General" of "Chief of General Staff"
        i -= 1
    return doc[i].lower_ == "of" and i > 0 and is_title_word(doc[i - 1].text)


def _speaker_label(run: Span) -> bool:
    """ "PENCE: Well, look, …": a transcript's speaker, a name opening its paragraph before a colon."""
    doc = run.doc
    return _opens_sentence(run[0]) and len(run) <= 3 and run.end < len(doc) and doc[run.end].text == ":"


def _opens_sentence(t) -> bool:
    """The first word of a sentence, of a line ("Stop lying\nShow humility") or of a quotation."""
    doc = t.doc
    prev = doc[t.i - 1] if t.i > 0 else None
    return (
        t.is_sent_start
        or prev is None
        or prev.is_space
        or "\n" in prev.whitespace_
        or (prev.is_quote and (prev.is_sent_start or prev.i == 0 or doc[prev.i - 1].is_space))
    )


def _opening_subject(t) -> bool:
    """A proper noun opening its sentence as the subject of the verb right after it ("Tasmania was
    excluded"), not a capitalised opener ("Meanwhile", "Yesterday")."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return (
        t.tag_ == "NNP"
        and t.dep_ in ("nsubj", "nsubjpass")
        and nxt is not None
        and nxt.pos_ in ("VERB", "AUX")
        and nxt.tag_ != "VBP"  # "Subpoenas are": a plural verb after a plural common noun
        and t.head.i >= nxt.i
    )


def _headline_subject(t) -> bool:
    """ "Wikinews interviews meteorological experts": a name opening a line before its verb in the
    present or past ("unveils", "interviewed"), written in lower case as a headline's verb is."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return (
        _opens_sentence(t)
        and t.is_title
        and nxt is not None
        and nxt.is_lower
        and nxt.tag_ in ("VBZ", "VBD")
        and not t.is_stop
        and not is_word(t.doc.vocab, t.text)  # "Data shows …", "Home sweet home": a word opening a line
    )


def _shouting(run: Span) -> bool:
    """Capitals for emphasis ("THEY LOSE", "HE'S"), not an acronym: upper-case words next to more
    upper-case words, or glued to a clitic."""
    doc = run.doc
    # "PC World's": a name that mixes an acronym with other words is no shouting
    if not all(t.is_upper for t in run):
        return False
    around = [doc[i] for i in (run.start - 1, run.end) if 0 <= i < len(doc)]
    return (len(run) > 1 and all(t.is_upper for t in run)) or any(
        (t.is_upper and t.is_alpha) or t.text in ("’s", "'s", "’S", "'S") for t in around
    )


def _inside_longer_name(run: Span) -> bool:
    """ "(For Inspiration and Recognition of Science": capitalised words linked by "and"/"of" to
    more capitalised words are a piece of a longer name that we cannot delimit."""
    doc = run.doc
    for step, edge in ((-1, run.start), (1, run.end - 1)):
        i = edge + step
        if 0 <= i < len(doc) and doc[i].is_title and not doc[i].is_sent_start:
            return True
        if 0 <= i < len(doc) and doc[i].lower_ in NAME_LINK_WORDS and 0 <= i + step < len(doc):
            nxt = doc[i + step]
            if nxt.is_title and not nxt.ent_type_ and not _two_names(doc, i, step):
                return True
    return False


def _two_names(doc: Doc, link: int, step: int) -> bool:
    """ "team Cloud9 and Immortals, from Brazil": an "and" between two one-word names with nothing
    capitalised or linking beyond them joins two names, not the halves of "Science and Technology"."""
    if doc[link].lower_ != "and":
        return False
    beyond = link + 2 * step
    if 0 <= beyond < len(doc) and (doc[beyond].is_title or doc[beyond].lower_ in NAME_LINK_WORDS):
        return False
    back = link - step  # the run's own word next to the "and": nothing capitalised behind it either
    ahead = back - step
    return not (0 <= ahead < len(doc) and (doc[ahead].is_title or doc[ahead].lower_ in NAME_LINK_WORDS))


def _name_word(t) -> bool:
    return (
        t.pos_ == "PROPN"
        and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-")  # "T" of "T-shirt"
        and "–" not in t.text  # "Washington, D.C.–Speaker Nancy Pelosi": a dateline glued to a post
        and "—" not in t.text
        and (t.is_title or (t.is_upper and t.is_alpha and len(t) >= 2))
        and not is_title_word(t.text)
        and not is_plural_post(t.lower_)
        and t.lower_ not in _NOT_NAME_WORDS
        and t.lower_.rstrip(".") not in CALENDAR_WORDS
        # "Sanders Tells Supporters": a headline's verb after a name ("the different States" is none)
        and not (headline_verb(t) and t.i > 0 and t.doc[t.i - 1].ent_type_ == "PERSON")
    )


#: Capitalised words that open or decorate a name but are none: noise, caption words, titles, nationalities.
_NOT_NAME_WORDS = LEADING_NOISE | CAPTION_WORDS | COURTESY_TITLES | frozenset(NATIONALITIES)


def _heading(sent: Span) -> bool:
    """A line of capitalised words (a headline, a caption, a section title), where every noun is
    written like a name."""
    words = [t for t in sent if t.is_alpha]
    return not words or sum(1 for t in words if t.is_title or t.is_upper) > 0.6 * len(words)


def _guess_label(run: Span, persons: set[str]) -> str:
    """A person after a title or before a speech verb, or ending in a person's name ("Dries" +
    "Mertens"); a place after "in"; else an organisation."""
    prev = run.doc[run.start - 1] if run.start > 0 else None
    nxt = run.doc[run.end] if run.end < len(run.doc) else None
    if _speaker_label(run) or (2 <= len(run) <= 3 and run[-1].text in persons):
        return "PERSON"
    if 2 <= len(run) <= 3 and (
        (prev is not None and is_title_word(prev.text)) or (nxt is not None and nxt.lemma_ in ("say", "tell"))
    ):
        return "PERSON"
    if prev is not None and prev.lower_ in ("in", "near", "across", "outside"):
        return "GPE"
    return "ORG"


def add_missed(doc: Doc, spans: list[Span]) -> list[Span]:
    """Tag untagged repeats of known names: full names, and a known person's surname alone."""
    known: dict[tuple[int, ...], str] = {}  # the name's words as StringStore hashes
    for s in spans:
        if (s.label_ in NAME_LABELS and s[0].is_title) or (s.label_ in NAME_LABELS and s[0].is_upper):
            known.setdefault(tuple(t.orth for t in s), s.label_)
            if s.label_ == "PERSON" and len(s) > 1:
                known.setdefault((s[-1].orth,), "PERSON")
    if not known:
        return spans
    taken = [False] * len(doc)
    for s in spans:
        for i in range(s.start, s.end):
            taken[i] = True
    table = token_table(doc)
    orth = table["ORTH"]
    capital = [a or b for a, b in zip(table["IS_TITLE"], table["IS_UPPER"], strict=True)]
    longest = max(len(k) for k in known)
    added = []
    i = 0
    while i < len(doc):
        if taken[i] or not capital[i]:
            i += 1
            continue
        for n in range(min(longest, len(doc) - i), 0, -1):
            key = tuple(orth[i : i + n])
            if key in known and not any(taken[i : i + n]):
                nxt = doc[i + n] if i + n < len(doc) else None
                prev = doc[i - 1] if i > 0 else None
                # not a piece of a longer capitalised name we do not know
                if (nxt is None or not nxt.is_title or nxt.is_sent_start) and (
                    prev is None or not prev.is_title or prev.is_sent_start or prev.is_punct
                ):
                    added.append(Span(doc, i, i + n, label=known[key]))
                    i += n
                    break
        else:
            i += 1
    return sorted(spans + added, key=lambda s: s.start)
