"""Named entities from spaCy, with its obvious errors mended across the whole document.

spaCy tags each mention on its own; a reader sees the document. So:
- leading function words and titles are trimmed ("Besides Lavrov" → "Lavrov"), trailing possessives too;
- a name tagged PERSON once is a person at every mention, and its surname alone is that person
  ("Cavusoglu" is not an ORG or GPE because the parser guessed so once);
- mentions of an already-found name that spaCy missed are added (surnames, repeated names);
- otherwise a surface form takes the label it gets most often.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from tui.analysis.lexicon import (
    COLLECTIVE_NOUNS,
    COUNTRY_ALIASES,
    FEMALE_TITLES,
    LEADING_NOISE,
    MALE_TITLES,
    NATIONALITIES,
    PEOPLE_NOUNS,
    TITLE_NOUNS,
)
from tui.analysis.model import Entity
from tui.analysis.names import (
    CALENDAR_WORDS,
    CAPITALS,
    CAPTION_WORDS,
    GENERIC_NAME_WORDS,
    GROUP_NOUNS,
    MISREAD_LABELS,
    NAMED_FOR_PEOPLE,
    ORG_HEADS,
    PLACE_HEADS,
    PLACE_UNITS,
    ROMAN_NUMERALS,
    SPOKESPEOPLE,
    is_title_word,
)
from tui.analysis.syntax import doc_text, lowercase_words, token_table

#: Labels where surface forms are names worth propagating to untagged repeats.
_NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")


def _trim(span: Span) -> Span | None:
    """Drop leading noise words and trailing possessives/punctuation from a mention."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end:
        t = doc[start]  # one Token per step: making them is what these passes cost
        if not (
            t.is_space
            or (t.lower_ in LEADING_NOISE and not _initials(t))
            or t.is_punct
            or t.lower_ in _TITLE_WORDS
            or _plural_post(t.lower_)
            or (t.pos_ in ("ADP", "SCONJ", "CCONJ", "DET", "PRON") and t.is_lower)
        ):
            break
        start += 1
    while end > start:
        t = doc[end - 1]
        if not (
            t.is_space
            or t.is_punct
            or t.lower_ in ("'s", "’s", "'", "’")
            # "Washington D.C. Image: …": the caption's credit word is glued onto the name
            or (t.lower_ in CAPTION_WORDS and end < len(doc) and doc[end].text == ":")
            # "Sweden 1 – 0 Korea": a score or a count after a name is not part of it
            or (span.label_ in _NAME_LABELS and t.like_num and end - 1 > start and not doc[end - 2].like_num)
        ):
            break
        end -= 1
    if end <= start:
        return None
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label=span.label_)


def _split_holder(span: Span) -> list[Span]:
    """ "Executive director of the Council on American-Islamic Relations Alia Salem said …": spaCy
    runs the post holder's name into the organisation of the post; the two words after the
    organisation's head noun are the person."""
    if span.label_ != "ORG" or len(span) < 4:
        return [span]
    doc = span.doc
    head, name = span[-3], span[-2:]
    if head.lower_ not in ORG_HEADS or not all(
        t.pos_ == "PROPN"
        and t.is_alpha
        and t.is_title
        and t.lower_ not in ORG_HEADS
        and not is_title_word(t.text)
        for t in name
    ):
        return [span]
    # the organisation is the portfolio of a post: "<title> of [the X of] the <organisation>"
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of":
        return [span]
    post = doc[i].head
    if post.dep_ == "pobj" and post.head.lower_ == "of":  # "director of the Dallas chapter of …"
        post = post.head.head
    if not is_title_word(post.text):
        return [span]
    return [
        Span(doc, span.start, span.end - 2, label="ORG"),
        Span(doc, span.end - 2, span.end, label="PERSON"),
    ]


def _split_listed(span: Span) -> list[Span]:
    """ "the religious schools Santo Spirito and Immacolata": names after a plural noun that they
    exemplify are several, however spaCy ran them together."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].tag_ != "NNS" or not doc[span.start - 1].is_lower:
        return [span]
    cut = next((t.i for t in span if t.lower_ == "and" and t.dep_ == "cc"), None)
    if cut is None or cut == span.start or cut == span.end - 1 or doc[cut + 1 : span.end].root.dep_ != "conj":
        return [span]
    return [Span(doc, span.start, cut, label=span.label_), Span(doc, cut + 1, span.end, label=span.label_)]


def _plural_post(word: str) -> bool:
    """ "Senators Charles E. Grassley and Dianne Feinstein": a post in the plural is nobody's name."""
    return word.endswith("s") and len(word) > 4 and is_title_word(word[:-1])


#: Courtesy titles, which open a mention but are no part of the name ("Mr", "Mrs").
_TITLE_WORDS = MALE_TITLES | FEMALE_TITLES


def _initials(t) -> bool:
    """ "AS" of "AS Heagle": capitals before a capitalised surname are initials, not the word "as"."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.is_upper and len(t) > 1 and nxt is not None and nxt.is_title and not nxt.is_upper


def extract_entities(doc: Doc, offset: int = 0) -> list[Entity]:
    """Mended entity mentions in document order; offsets shifted by `offset` (the chunk's start)."""
    spans = [t for t in (_trim(e) for e in doc.ents) if t is not None]
    spans = [part for s in spans for part in _split_holder(s) for part in _split_listed(part)]
    spans = [_pseudonym(_misread_actor(_relabel_acronym(s))) for s in spans]
    spans = [s for s in spans if not _in_title(s)]
    spans = _expand_acronyms(doc, spans)
    spans = _add_untagged(doc, spans)
    spans = [_titled_person(s) for s in spans]
    spans = _mend_labels(spans)
    spans = _listed_with_organisations(spans)
    spans = _add_missed(doc, spans)
    person_starts = {s.start for s in spans if s.label_ == "PERSON"}
    spans = [s for s in spans if not _nationality_in_title(s, person_starts) and not _in_credit(s)]
    spans = _nested_names(doc, spans)
    spans = _known_name_inside(spans)
    spans = _named_groups(doc, spans)
    return [Entity(offset + s.start_char, offset + s.end_char, s.label_) for s in spans]


def _in_title(span: Span) -> bool:
    """An organisation word inside a person's title is no actor: "Defence" in "Defence Minister",
    "Education" in "Undersecretary for Education Mr. Toccafondi"."""
    if span.label_ != "ORG" or len(span) > 2:
        return False
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in TITLE_NOUNS:
        return True
    # "<title> for/of <Org> <Name>": the office's portfolio, right before the holder's name
    before = doc[span.start - 2 : span.start]
    return (
        len(before) == 2
        and before[1].lower_ in ("for", "of")
        and before[0].is_title
        and is_title_word(before[0].text)
        and nxt is not None
        and (nxt.ent_type_ == "PERSON" or nxt.lower_ in _TITLE_WORDS)
    )


def _in_credit(span: Span) -> bool:
    """A photo credit names no actor of the story: "Image: Jane Doe", "Photo by Jane Doe / Reuters",
    "(Photograph: Getty Images)"."""
    doc = span.doc
    i = span.start - 1
    # back over the other names of the credit ("Twitter / Barack Obama")
    while i >= 0:
        t = doc[i]
        if not (t.text in ("/", ",", "|", "&", "and", "via") or t.is_title or t.is_upper):
            break
        if t.lower_ in CAPTION_WORDS or (t.is_sent_start and t.text not in ("/", ",")):
            break
        i -= 1
    if i > 0 and doc[i].lower_ in (":", "by"):
        return doc[i - 1].lower_ in CAPTION_WORDS
    return False


def _titled_person(span: Span) -> Span:
    """A two- or three-word name that holds a post is a person, whatever spaCy said: "The head of the
    Liberal Party, Chrystia Freeland", "Chrystia Freeland, the party leader", "coach Nabil Maaloul"."""
    if span.label_ not in ("ORG", "GPE", "FAC", "LOC", "NORP") or not 2 <= len(span) <= 3:
        return span
    if not all(t.is_title and t.is_alpha for t in span) or any(is_title_word(t.text) for t in span):
        return span
    root = span.root
    posts = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos":
        head = root.head
        posts.append(head)
        # "the head of the Liberal Party, Chrystia Freeland": the parser hangs the name on "Party"
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            posts.append(head.head.head)
    prev = span.doc[span.start - 1] if span.start > 0 else None
    if any(p.pos_ == "NOUN" and is_title_word(p.text) for p in posts) or (
        prev is not None and prev.is_lower and is_title_word(prev.text)
    ):
        return Span(span.doc, span.start, span.end, label="PERSON")
    return span


def _misread_actor(span: Span) -> Span:
    """Names that spaCy read as a product or a work but whose place in the sentence shows an actor:
    the author after "by" ("a paper by Jo Heagle") is a person; "Group F" of a tournament is a side."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is None or span.label_ not in ("PRODUCT", "WORK_OF_ART", "ORG", "FAC"):
        return span
    if (
        prev.lower_ in ("group", "pool")
        and prev.is_title
        and span.label_ in ("PRODUCT", "WORK_OF_ART")
        and len(span) == 1
        and len(span[0]) == 1
        and span[0].is_upper
    ):
        return Span(doc, span.start - 1, span.end, label="ORG")
    # initials and a surname ("AS Heagle") after "by" of a paper, a book, a report: its author
    if (
        prev.lower_ == "by"
        and prev.head.lemma_ in _AUTHORED
        and 2 <= len(span) <= 3
        and span[0].is_upper
        and span[0].is_alpha
        and len(span[0]) <= 3
        and all(t.is_alpha and t.is_title for t in span[1:])
    ):
        return Span(doc, span.start, span.end, label="PERSON")
    return span


def _pseudonym(span: Span) -> Span:
    """ "a user labelled "Anonymous"", "a fan going by the name "The Katherinator"": a name in
    quotation marks that the text gives someone is that someone's name, not the title of a work."""
    if span.label_ not in ("WORK_OF_ART", "PRODUCT"):
        return span
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or not doc[i].is_quote or span.end >= len(doc) or not doc[span.end].is_quote:
        return span
    cue = doc[i - 1]
    if cue.lower_ == "as" and i > 1:  # "known as"
        cue = doc[i - 2]
    if cue.lower_ == "name" and cue.head.lower_ == "by" and cue.head.head.lemma_ == "go":
        holder = cue.head.head.head  # "going by the name": only someone goes by a name
    elif cue.lemma_ in _NICKNAMING and cue.dep_ == "acl" and cue.head.lemma_.lower() in PEOPLE_NOUNS:
        holder = cue.head
    else:
        return span
    if holder.pos_ not in ("NOUN", "PROPN"):
        return span
    label = "ORG" if holder.lemma_.lower() in COLLECTIVE_NOUNS or holder.lemma_ == "group" else "PERSON"
    return Span(doc, span.start, span.end, label=label)


#: Participles that give someone a name ("a user labelled …", "a hacker known as …").
_NICKNAMING = frozenset("label call name nickname dub know style".split())


#: Words whose "by" names an author: "a paper by …", "written by …".
_AUTHORED = frozenset(
    "paper study report book article essay review letter survey write publish author edit".split()
)


def _relabel_acronym(span: Span) -> Span:
    """An upper-case word that spaCy read as a number or a title ("ISIL" as CARDINAL) is an organisation."""
    if span.label_ not in MISREAD_LABELS or len(span) != 1:
        return span
    t = span[0]
    if not (t.is_upper and t.is_alpha and len(t) >= 2) or t.lower_ in ROMAN_NUMERALS:
        return span
    sent = t.sent
    if sum(1 for w in sent if w.is_alpha and w.is_lower) == 0:
        return span  # an all-capitals line: every word is upper case
    return Span(span.doc, span.start, span.end, label="ORG")


def _nationality_in_title(span: Span, person_starts: set[int]) -> bool:
    """ "English captain Harry Kane", "Afghan Ambassador to the United States Hamdullah Mohib": the
    nationality word belongs to the person's title, not to a mention of the country."""
    if span.label_ not in ("NORP", "GPE") or len(span) != 1 or span[0].lower_ not in NATIONALITIES:
        return False
    doc = span.doc
    titled = False
    for i in range(span.end, min(len(doc), span.end + 9)):
        t = doc[i]
        if i in person_starts:
            return titled
        if is_title_word(t.text):
            titled = True
        elif not (t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "CCONJ", "ADP") or t.text in ("’s", "'s")):
            return False
    return False


_SMALL_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "at", "to", "&"})


def _expand_acronyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Islamic State of Iraq and the Levant (ISIL": the capitalised words whose initials spell the
    acronym in parentheses (or after ", or") are one organisation, however spaCy cut them."""
    out = list(spans)
    strings, table = doc.vocab.strings, token_table(doc)
    bracket, comma, either = strings["("], strings[","], strings["or"]
    orth, lower = table["ORTH"], table["LOWER"]
    marks = [
        k
        for k, o in enumerate(orth)
        if o == bracket or (o == comma and k + 1 < len(orth) and lower[k + 1] == either)
    ]
    for i in marks:
        t = doc[i]
        # the acronym follows "(" or ", or": "… the Levant (ISIL", "… the Levant, or ISIL,"
        k = (
            i + 1
            if t.text == "("
            else i + 2
            if t.text == "," and i + 1 < len(doc) and doc[i + 1].lower_ == "or"
            else 0
        )
        # "Movimento 5 Stelle (M5S": a number word of the name counts with its first digit
        if not k or k >= len(doc) or not doc[k].is_upper or not doc[k].text.isalnum():
            continue
        letters = doc[k].text
        j, initials = i, []
        while j > 0 and len(initials) < len(letters) + 1:
            w = doc[j - 1]
            if w.lower_ in _SMALL_WORDS:
                j -= 1
                continue
            # (a number ending the name is a version: "Internet Explorer 9 (IE9)")
            if not (w.is_title or w.is_upper or (w.is_digit and len(w) == 1 and initials)) or w.is_punct:
                break
            initials.append(w.text[0])
            j -= 1
            if "".join(reversed(initials)).upper() == letters:
                break
        while j < i and doc[j].lower_ in _SMALL_WORDS:
            j += 1
        if "".join(reversed(initials)).upper() != letters or i - j < 2:
            continue
        label = next(
            (
                s.label_
                for s in spans
                if s.start >= j and s.end <= i and s.label_ in _JOINABLE and s.label_ != "PERSON"
            ),
            "ORG",
        )
        out = [s for s in out if s.end <= j or s.start >= i]
        out.append(Span(doc, j, i, label=label))
    return _expand_acronyms_before(doc, sorted(out, key=lambda s: s.start))


def _expand_acronyms_before(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "FIRST (For Inspiration and Recognition of Science and Technology)": the acronym first, its
    expansion in parentheses; both are the one organisation."""
    out = list(spans)
    bracket = doc.vocab.strings["("]
    for i in [k for k, orth in enumerate(token_table(doc)["ORTH"]) if orth == bracket]:
        if i == 0 or not doc[i - 1].is_upper or not doc[i - 1].is_alpha or len(doc[i - 1]) < 2:
            continue
        letters, initials, j = doc[i - 1].text, "", i + 1
        while j < len(doc) and len(initials) < len(letters):
            w = doc[j]
            if w.lower_ in _SMALL_WORDS and initials:
                j += 1
                continue
            if not (w.is_title or w.is_upper) or w.is_punct:
                break
            initials += w.text[0].upper()
            j += 1
        if initials != letters or j >= len(doc) or doc[j].text != ")" or j - i < 3:
            continue
        label = next((s.label_ for s in out if s.start == i - 1 and s.label_ != "PERSON"), "ORG")
        out = [s for s in out if s.end <= i - 1 or s.start >= j]
        out += [Span(doc, i - 1, i, label=label), Span(doc, i + 1, j, label=label)]
    return sorted(out, key=lambda s: s.start)


def _mend_labels(spans: list[Span]) -> list[Span]:
    """One label per name: PERSON wins where it was seen; else the most frequent name label.

    A name that spaCy misread once as a product or a work ("Dries Mertens" PRODUCT) takes the label
    it has elsewhere in the text."""
    texts = [s.text for s in spans]  # a Span's text walks its tokens: read it once
    persons = {x for s, x in zip(spans, texts, strict=True) if s.label_ == "PERSON"}
    # "Dries Mertens" (PRODUCT) where "Mertens" alone was a person: the full name is that person's
    persons |= {
        x
        for s, x in zip(spans, texts, strict=True)
        if len(s) == 2 and s.label_ in MISREAD_LABELS and s[-1].text in persons and s[0].is_title
    }
    multi = [s for s in spans if s.label_ == "PERSON" and len(s) > 1] + [
        s for s, x in zip(spans, texts, strict=True) if len(s) == 2 and x in persons
    ]
    surnames = {s[-1].text for s in multi}
    # a first name alone is the person too ("Dries", which spaCy read as an organisation)
    first_names = {s[0].text for s in multi if s[0].is_title and len(s[0]) > 2}
    alone = surnames | first_names
    votes: dict[str, Counter[str]] = {}
    for s, x in zip(spans, texts, strict=True):
        if s.label_ in _NAME_LABELS:
            votes.setdefault(x, Counter())[s.label_] += 1
    out = []
    for s, x in zip(spans, texts, strict=True):
        label = s.label_
        mendable = label in _NAME_LABELS or label in MISREAD_LABELS
        if mendable and (x in persons or (len(s) == 1 and x in alone)):
            label = "PERSON"
        elif mendable and x in votes:
            label = votes[x].most_common(1)[0][0]
        out.append(Span(s.doc, s.start, s.end, label=label) if label != s.label_ else s)
    return out


def _listed_with_organisations(spans: list[Span]) -> list[Span]:
    """A "work" or "product" listed with organisations is one too: "groups included The Ontario
    Ghostbusters, the Comic Society of Canada and the Klingon Assault Group"."""
    org_tokens = {i for s in spans if s.label_ == "ORG" for i in range(s.start, s.end)}
    out = []
    for s in spans:
        root = s.root
        # list items, which the parser also hangs on each other as appositions
        siblings = [c for c in root.children if c.dep_ in ("conj", "appos")]
        if root.dep_ in ("conj", "appos"):
            siblings.append(root.head)
        if s.label_ in ("WORK_OF_ART", "PRODUCT") and any(t.i in org_tokens for t in siblings):
            s = Span(s.doc, s.start, s.end, label="ORG")
        out.append(s)
    return out


def _add_untagged(doc: Doc, spans: list[Span]) -> list[Span]:
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
            if touching.label_ in _JOINABLE and not _ends_a_post(run, touching):
                joined = Span(
                    doc, min(touching.start, run.start), max(touching.end, run.end), label=touching.label_
                )
                spans = [joined if s is touching else s for s in spans]
            continue  # else the rest of a title or a date ("The Morning" + "Show")
        # one word alone must look like a name: never written in lower case, and not just opening
        # its sentence unless it is that sentence's subject ("Tasmania was excluded")
        if (
            len(run) == 1
            and not _speaker_label(run)
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
        if _heading(run.sent) and not _speaker_label(run):
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


#: Labels of names that an untagged proper noun right before or after them belongs to.
_JOINABLE = frozenset({"PERSON", "ORG", "GPE", "FAC", "LOC"})


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
        if 0 <= i < len(doc) and doc[i].lower_ in _SMALL_WORDS and 0 <= i + step < len(doc):
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
    if 0 <= beyond < len(doc) and (doc[beyond].is_title or doc[beyond].lower_ in _SMALL_WORDS):
        return False
    back = link - step  # the run's own word next to the "and": nothing capitalised behind it either
    ahead = back - step
    return not (0 <= ahead < len(doc) and (doc[ahead].is_title or doc[ahead].lower_ in _SMALL_WORDS))


def _name_word(t) -> bool:
    return (
        t.pos_ == "PROPN"
        and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-")  # "T" of "T-shirt"
        and (t.is_title or (t.is_upper and t.is_alpha and len(t) >= 2))
        and not is_title_word(t.text)
        and not _plural_post(t.lower_)
        and t.lower_ not in _NOT_NAME_WORDS
        and t.lower_.rstrip(".") not in CALENDAR_WORDS
    )


#: Capitalised words that open or decorate a name but are none: noise, caption words, titles, nationalities.
_NOT_NAME_WORDS = LEADING_NOISE | CAPTION_WORDS | _TITLE_WORDS | frozenset(NATIONALITIES)


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


def _add_missed(doc: Doc, spans: list[Span]) -> list[Span]:
    """Tag untagged repeats of known names: full names, and a known person's surname alone."""
    known: dict[tuple[int, ...], str] = {}  # the name's words as StringStore hashes
    for s in spans:
        if (s.label_ in _NAME_LABELS and s[0].is_title) or (s.label_ in _NAME_LABELS and s[0].is_upper):
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


def _nested_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A place inside a longer name is a mention of that place too: "UK" in "UK Government",
    "Sheffield" in "University of Sheffield", "Fisht" in "Fisht Stadium". Added beside the longer
    name (entities may nest)."""
    places = {s.text for s in spans if s.label_ in ("GPE", "LOC")}
    persons = {s.text for s in spans if s.label_ == "PERSON"}
    persons |= {s[-1].text for s in spans if s.label_ == "PERSON" and len(s) > 1}
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
        for i, j in _place_slots(s):
            sub = doc[i:j]
            if sub.text in places or sub.text.lower() in countries or _looks_like_place(sub, lower):
                # "Trump Foundation", "Croucher Foundation": named after a person
                person = sub.text.lower() not in countries and (
                    sub.text in persons or (j == s.end - 1 and s[-1].lower_ in NAMED_FOR_PEOPLE)
                )
                added.append(Span(doc, i, j, label="PERSON" if person else "GPE"))
    return sorted(spans + added, key=lambda s: (s.start, -len(s)))


def _known_name_inside(spans: list[Span]) -> list[Span]:
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
            if label is not None and s.doc[j].lower_ not in _SMALL_WORDS:
                added.append(Span(s.doc, s.start, j, label=label))
                break
    return sorted(spans + added, key=lambda s: (s.start, -len(s))) if added else spans


#: Labels of names that can open a longer name and still be an actor there.
_INNER_LABELS = frozenset({"ORG"})


def _named_groups(doc: Doc, spans: list[Span]) -> list[Span]:
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


def _place_slots(span: Span) -> list[tuple[int, int]]:
    """Where a place name sits in a longer name: a leading country ("UK Government"), the words
    after its last "of" ("University of Sheffield"), the words before a place-like head noun
    ("Volgograd Arena", "Mexico City")."""
    doc = span.doc
    slots = []
    # a leading run of capitalised words before a lower-ranked rest: "United States Navy"
    for j in range(span.end - 1, span.start, -1):
        if doc[span.start : j].text.lower() in {c.lower() for c in NATIONALITIES.values()} | set(
            COUNTRY_ALIASES
        ):
            slots.append((span.start, j))
            break
    ofs = [t.i for t in span if t.lower_ == "of" and t.i > span.start]
    if ofs:
        i = ofs[-1] + 1
        while i < span.end and doc[i].lower_ == "the":
            i += 1
        # "Bank of America Stadium": the place ends before the head noun
        end = span.end - 1 if span[-1].lower_ in PLACE_HEADS else span.end
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


def metonyms(doc: Doc, entities: list[Entity], offset: int = 0) -> dict[tuple[int, int], str]:
    """Capitals that stand for their country's government: "Washington backed out", "Moscow has
    denied it" (the capital is the subject of a verb); "in Moscow" stays the city."""
    out: dict[tuple[int, int], str] = {}
    for e in entities:
        country = CAPITALS.get(doc_text(doc)[e.start - offset : e.end - offset].lower())
        if e.label != "GPE" or country is None:
            continue
        span = doc.char_span(e.start - offset, e.end - offset)
        if (
            span is not None
            and span.root.dep_ in ("nsubj", "nsubjpass")
            and span.root.head.pos_ in ("VERB", "AUX")
        ):
            out[(e.start, e.end)] = country
    return out


def title_gender(doc: Doc, span: Span) -> str | None:
    """'m' or 'f' when a courtesy title stands right before the name ("Mrs May"), else None."""
    if span.start == 0:
        return None
    word = doc[span.start - 1].lower_
    if word in MALE_TITLES:
        return "m"
    if word in FEMALE_TITLES:
        return "f"
    return None
