"""Words of a post that spaCy reads as an organisation or a place: "Fellow" (of the Royal Society),
"Linguistics" of "Professor of Linguistics", "Media and Communications" of "Director of Media and
Communications", "NASA Administrator", "Rector of the university". They name what a person does,
no actor: an actor list that shows "Linguistics" beside the professor has one actor too many."""

from __future__ import annotations

from spacy.tokens import Span

from tui.analysis.names import ADDRESSED_POSTS, ORG_HEADS, POST_MODIFIERS, is_title_word
from tui.analysis.syntax import token_table

#: Posts the title lists lack that spaCy reads as organisations.
_POSTS = frozenset({"fellow", "fellows", "rector", "administrator", "mvp", "count", "laureate", "alumnus"})

#: Endings of the names of fields of study and work ("Linguistics", "Oriental Languages", "East Asian
#: Studies", "Media and Communications").
_FIELDS = (
    "ics",
    "ology",
    "ophy",
    "studies",
    "languages",
    "art",
    "arts",
    "science",
    "sciences",
    "history",
    "law",
    "medicine",
    "engineering",
    "literature",
    "music",
    "media",
    "communications",
    "education",
    "design",
    "theology",
    "psychology",
)

#: Labels a post's words are misread as.
_MISREAD = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})


def _is_post(word: str) -> bool:
    w = word.lower()
    return w in _POSTS or is_title_word(w)


def is_post_words(span: Span) -> bool:
    """Whether an organisation or place mention is the words of a post, not a body."""
    if span.label_ not in _MISREAD:
        return False
    doc = span.doc
    possessed = span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s")  # "the Sheriff's office"
    if span[0].lower_ in _POSTS and len(span) == 1 and not possessed:
        return True  # "Fellow"; not "Justice", short for the Justice Department
    if len(span) > 2 and _is_post(span[0].text) and span[1].lower_ in ("of", "for", "in"):
        # "Rector of the university"; "Chair of the Judiciary Committee" holds a body's name
        return all(t.is_lower for t in span[2:])
    if (
        2 <= len(span) <= 3
        and not possessed
        and _is_post(span[-1].text)
        and all(not t.is_lower for t in span)
    ):
        return True  # "NASA Administrator"
    return _field_of_a_post(span)


def _field_of_a_post(span: Span) -> bool:
    """ "Professor of Linguistics", "Professor of East Asian Studies and Music", "Director of Media and
    Communications", "Assistant Professor in … Sport Studies": a field named with no article after
    a post's "of" or "in", the other fields of its list between."""
    if any(t.lower_ in ORG_HEADS or t.is_upper for t in span) or not span[-1].lower_.endswith(_FIELDS):
        return False  # "Director of NASA", "president of Chapter & Verse"
    doc = span.doc
    i = span.start - 1
    steps = 0
    while (
        i >= 0
        and steps < 12
        and (
            doc[i].lower_ in ("and", ",", "&", "/")
            or (doc[i].is_title and doc[i].lower_ not in ("the", "a", "an"))
        )
    ):
        i -= 1
        steps += 1
    if i < 1 or doc[i].lower_ not in ("of", "in"):
        return False
    return _is_post(doc[i - 1].text)


#: Words that open an address to the holder of a post: "Mr. President", "Madam Speaker".
_ADDRESS = frozenset({"mr", "mr.", "madam", "madame", "mister"})


def addressed_posts(doc, spans: list[Span]) -> list[Span]:
    """ "Mr. President", "Madam Speaker", "Mr. Chief Justice": a post addressed with a courtesy
    title is a person (the one holding it), a name of its own where spaCy found none. Not before a
    name ("Mr. President Lincoln" is Lincoln's title), nor a post that is also a surname ("Mr. King")."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    added = []
    for t in doc:
        if t.lower_ not in _ADDRESS or not t.is_title or t.i in taken:
            continue
        j = t.i + 1
        while j < len(doc) and j - t.i <= 3 and doc[j].is_title and doc[j].lower_ in ADDRESSED_POSTS:
            j += 1
        if j == t.i + 1 or any(i in taken for i in range(t.i, j)):
            continue
        if j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN":
            continue  # "Mr. President Lincoln"
        added.append(Span(doc, t.i, j, label="PERSON"))
    return sorted(spans + added, key=lambda s: (s.start, -len(s))) if added else spans


#: Words before a post that make it stand for its holder: "the President", "our Chancellor".
_POST_OPENERS = frozenset({"the", "our", "your", "my", "his", "her", "their", "this"})


def standing_posts(doc, spans: list[Span]) -> list[Span]:
    """ "the President said", "backs the Secretary-General": a capitalised post after "the" or a
    possessive, with no name after it, is a mention of the person who holds it (a name of its own where
    spaCy found none; the actors join it to the holder the text names). Not a plural ("the Senators"),
    a post before a name ("President Biden") or a noun ("The Master plan"), a post said of someone
    ("he was the Chair", "served as the Director", "Evans, the President"), nor words in capitals."""
    table = token_table(doc)
    titled, tags, lower = table["IS_TITLE"], table["TAG"], table["LOWER"]
    strings = doc.vocab.strings
    plural = {strings["NNS"], strings["NNPS"]}
    taken = {i for s in spans for i in range(s.start, s.end)}
    added = []
    n = len(doc)
    k = 0
    while k < n:
        if not titled[k] or k in taken or tags[k] in plural or not is_title_word(strings[lower[k]]):
            k += 1
            continue
        end = k + 1
        # "Secretary-General", "Director-General": the post's hyphened second half
        while end + 1 < n and strings[lower[end]] == "-" and titled[end + 1] and not doc[end - 1].whitespace_:
            end += 2
        if end < n and titled[end]:  # "President Biden", "the General Assembly"
            k = end
            continue
        start = k
        while (
            start > 0
            and titled[start - 1]
            and start - 1 not in taken
            and ((word := strings[lower[start - 1]]) in POST_MODIFIERS or is_title_word(word))
        ):
            start -= 1
        k = end
        if (
            start == 0
            or strings[lower[start - 1]] not in _POST_OPENERS
            or any(i in taken for i in range(start, end))
        ):
            continue
        if _said_of_someone(doc[end - 1], doc[start - 1]) or _names_a_work(doc, start - 1, end):
            continue
        added.append(Span(doc, start, end, label="PERSON"))
    return sorted(spans + added, key=lambda s: (s.start, -len(s))) if added else spans


def _said_of_someone(post, opener) -> bool:
    """A post as a predicate or an apposition ("he was the Chair", "as the Director", "Evans, the
    President"), a modifier ("The Master plan") or in quotation marks ("“The Poet”"): a description
    or a nickname, no mention of its own."""
    head = post.head if post.text == "-" else post
    before = opener.doc[opener.i - 1] if opener.i > 0 else None
    return (
        (before is not None and before.is_quote)  # a nickname or a title in quotation marks: "The Poet"
        or head.dep_ in ("attr", "appos", "compound", "npadvmod", "oprd")
        or (head.dep_ == "pobj" and head.head.lower_ == "as")
        or (before is not None and before.lower_ == "as")
    )


def _names_a_work(doc, opener: int, end: int) -> bool:
    """ "its albums Toulouse Street and The Captain and Me": a capitalised "The" inside a sentence opens
    a title; so does a possessive post before a capitalised word ("The King's Man")."""
    if doc[opener].is_title and not doc[opener].is_sent_start:
        return True
    return end + 1 < len(doc) and doc[end].lower_ in ("'s", "’s") and doc[end + 1].is_title
