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

from tui.analysis.dictionary import is_word
from tui.analysis.entities_acronyms import expand_acronyms
from tui.analysis.entities_described import described_kinds
from tui.analysis.entities_nested import known_name_inside, named_groups, nested_names
from tui.analysis.entities_persons import first_named, mend_persons
from tui.analysis.entities_posts import addressed_posts, is_post_words, standing_posts
from tui.analysis.entities_untagged import add_missed, add_untagged
from tui.analysis.lexicon import (
    COLLECTIVE_NOUNS,
    FEMALE_TITLES,
    LEADING_NOISE,
    MALE_TITLES,
    NATIONALITIES,
    PEOPLE_NOUNS,
    TITLE_NOUNS,
)
from tui.analysis.model import Entity
from tui.analysis.names import (
    CAPITALS,
    CAPTION_WORDS,
    COURTESY_TITLES,
    MISREAD_LABELS,
    NAME_LABELS,
    ORG_HEADS,
    ROMAN_NUMERALS,
    headline_verb,
    is_first_name,
    is_plural_post,
    is_title_word,
)
from tui.analysis.person_names import HONORIFICS
from tui.analysis.syntax import doc_text


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
            or t.lower_ in COURTESY_TITLES
            or is_plural_post(t.lower_)
            or (t.pos_ in ("ADP", "SCONJ", "CCONJ", "DET", "PRON") and t.is_lower)
            # "rang Taylor": a verb before a name; "Lt Col Alexander Vindman": the post before it
            or (span.label_ == "PERSON" and t.is_lower and t.is_alpha and t.lower_ not in _NAME_PARTICLES)
            or (span.label_ == "PERSON" and _post_before_name(t, end))
        ):
            break
        start += 1
    # "Christopher D. Battin: Dealing …": a colon ends a person's name
    colon = next((i for i in range(start + 1, end) if doc[i].text == ":"), None)
    if span.label_ == "PERSON" and colon is not None:
        end = colon
    while end > start:
        t = doc[end - 1]
        if not (
            t.is_space
            or t.is_punct
            or t.lower_ in ("'s", "’s", "'", "’")
            # "Washington D.C. Image: …": the caption's credit word is glued onto the name
            or (t.lower_ in CAPTION_WORDS and end < len(doc) and doc[end].text == ":")
            # "Sweden 1 – 0 Korea": a score or a count after a name is not part of it
            or (span.label_ in NAME_LABELS and t.like_num and end - 1 > start and not doc[end - 2].like_num)
        ):
            break
        end -= 1
    if span.label_ == "PERSON":  # a headline's "Sanders Tells Supporters to Vote": the name ends at the verb
        end = next((i for i in range(start + 1, end) if headline_verb(doc[i])), end)
    if end <= start:
        return None
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label=span.label_)


#: Lower-case words that open people's names ("van Gogh", "al-Assad" is one token, "bin Salman").
_NAME_PARTICLES = frozenset(
    "van von der den de di da du dos del della le la al el bin ibn ben ter ten zu af".split()
)


def _post_before_name(t, end: int) -> bool:
    """A post ("Lt", "Col", "Defenseman") opening a person's mention, with a name still after it."""
    rest = t.doc[t.i + 1 : end]
    return (
        is_title_word(t.text.rstrip("."))
        and t.is_title
        and any(r.is_title and not is_title_word(r.text.rstrip(".")) for r in rest)
    )


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
    spans = expand_acronyms(doc, spans)
    spans = add_untagged(doc, spans)
    spans = [s for s in spans if not is_post_words(s)]
    spans = [first_named(_titled_person(s)) for s in spans]
    spans = described_kinds(_mend_labels(spans))
    spans = _listed_with_organisations(spans)
    spans = add_missed(doc, spans)
    spans = mend_persons(spans)
    person_starts = {s.start for s in spans if s.label_ == "PERSON"}
    spans = [
        s
        for s in spans
        if not _nationality_in_title(s, person_starts) and not _in_credit(s) and not _no_name(s)
    ]
    spans = standing_posts(doc, addressed_posts(doc, spans))
    spans = nested_names(doc, spans)
    spans = known_name_inside(spans)
    spans = named_groups(doc, spans)
    seen: set[tuple[int, int]] = set()  # two rules may add the same nested name: one entity per place
    spans = [s for s in spans if (s.start, s.end) not in seen and not seen.add((s.start, s.end))]
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
        and (nxt.ent_type_ == "PERSON" or nxt.lower_ in COURTESY_TITLES)
    )


def _no_name(span: Span) -> bool:
    """ "n’t" read as a place, "meth" or "pvt" as an organisation, an emoji as anything: a name of an
    actor has a capital letter (a handle, "@jdoe", excepted); a site's name after a bar is furniture."""
    if span.label_ not in NAME_LABELS:
        return False
    if span.start > 0 and span.doc[span.start - 1].text == "|":
        return True  # "Russia warns Turkey | Al Bawaba": the site's name after a headline
    text = span.text
    return not text.startswith("@") and not any(c.isupper() for c in text)


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
    # "Britney Spears" (read as an organisation) where "Britney" alone is a person and a first name;
    # "Montell Figgins, who …" where "Figgins" alone is one, no dictionary knows "Montell" and a "who"
    # follows (not "Mozilla Firefox", where "Firefox" alone was misread as a person)
    persons |= {
        x
        for s, x in zip(spans, texts, strict=True)
        if len(s) == 2
        and s.label_ in ("ORG", "GPE", "FAC", "NORP")
        and (
            (s[0].text in persons and s[1].is_title and is_first_name(s[0].text))
            or (
                s[1].text in persons
                and s[0].is_title
                and s[0].is_alpha
                and not is_word(s.doc.vocab, s[0].text)
                and any(t.lower_ == "who" for t in s.doc[s.end : s.end + 2])
            )
        )
    }
    # "St. Jerome", "Saint Jerome" (read as places) where "Jerome" is a person
    persons |= {
        x
        for s, x in zip(spans, texts, strict=True)
        if 2 <= len(s) <= 3 and s[-1].text in persons and s[0].lower_.rstrip(".") in HONORIFICS
    }
    multi = [s for s in spans if s.label_ == "PERSON" and len(s) > 1] + [
        s for s, x in zip(spans, texts, strict=True) if len(s) == 2 and x in persons
    ]
    surnames = {s[-1].text for s in multi}
    # a first name alone is the person too ("Dries", which spaCy read as an organisation)
    first_names = {s[0].text for s in multi if s[0].is_title and len(s[0]) > 2}
    alone = surnames | first_names
    # the longer person names, opening with a first name or a title, that each word opens or ends: a
    # surname spaCy calls a place ("Natsuko Higuchi") has one, a place in a misread name ("Biomed Taiwan") none
    support = Counter(
        w
        for s in multi
        if is_first_name(s[0].text) or s[0].lower_ in HONORIFICS
        for w in {s[0].text, s[-1].text}
    )
    votes: dict[str, Counter[str]] = {}
    for s, x in zip(spans, texts, strict=True):
        if s.label_ in NAME_LABELS:
            votes.setdefault(x, Counter())[s.label_] += 1
    out = []
    for s, x in zip(spans, texts, strict=True):
        label = s.label_
        mendable = label in NAME_LABELS or label in MISREAD_LABELS
        if (
            mendable
            and (x in persons or (len(s) == 1 and x in alone))
            and not (_mostly_place(votes.get(x)) and support[x] < 2)
        ):
            label = "PERSON"
        elif mendable and x in votes:
            label = votes[x].most_common(1)[0][0]
        out.append(Span(s.doc, s.start, s.end, label=label) if label != s.label_ else s)
    return out


def _mostly_place(votes: Counter[str] | None) -> bool:
    """A name spaCy reads as a place three times or more, and twice as often as a person: "Austria"
    read once as a person, "Taiwan" where "Biomed Taiwan" was read as one, stays a place."""
    if not votes:
        return False
    places = votes["GPE"] + votes["LOC"]
    return places >= 3 and places > 2 * votes["PERSON"]


def _listed_with_organisations(spans: list[Span]) -> list[Span]:
    """A "work" or "product" listed with organisations is one too: "groups included The Ontario
    Ghostbusters, the Comic Society of Canada and the Klingon Assault Group"; so is a one-word
    "person" listed with them and no person ("Google, Bing and Yahoo")."""
    org_tokens = {i for s in spans if s.label_ == "ORG" for i in range(s.start, s.end)}
    person_tokens = {i for s in spans if s.label_ == "PERSON" for i in range(s.start, s.end)}
    named = {
        t.text for s in spans if s.label_ == "PERSON" and len(s) > 1 for t in s
    }  # "Pence" of "Mike Pence"
    out = []
    for s in spans:
        root = s.root
        # list items, which the parser also hangs on each other as appositions
        siblings = [c for c in root.children if c.dep_ in ("conj", "appos")]
        if root.dep_ in ("conj", "appos"):
            siblings.append(root.head)
        # "managed Porto, Real Madrid and Inter Milan": a one-word "person" listed with clubs is one
        listed = s.label_ in ("WORK_OF_ART", "PRODUCT") or (
            s.label_ == "PERSON"
            and len(s) == 1
            and s.text not in named
            and not is_first_name(s.text)
            and not any(t.i in person_tokens for t in siblings)
        )
        if listed and any(t.i in org_tokens for t in siblings):
            s = Span(s.doc, s.start, s.end, label="ORG")
        out.append(s)
    return out


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
