"""Quotation marks that hold a name, not speech: titles, coined terms, slogans used as labels, headlines.

News puts in quotation marks the names of shows, songs, books and campaigns ("appeared on
“Hannity,”", "the “Pose” actor"), terms a writer introduces ("the condition is called “farmer’s
lung”") and, in a headline, a quotation the article itself reports below. None of these is a quote:
no one is speaking through them where they stand. The tests read the words around the marks:
- a short Title Case phrase after a possessive, a preposition, an article, a common noun or "told"
  ("MSNBC’s “Morning Joe”", "on “Fox News Sunday”", "the podcast “Here’s the Thing”", "told “Good
  Morning Harbour”"), or standing as its own
  line; a Title Case phrase of three words or more anywhere ("hitting “Takin’ It to the Streets”");
- a short quotation between an article or adjective and the noun it qualifies ("the viral “Meth.
  We’re on it.” campaign");
- a short quotation that a passive naming verb introduces ("is called", "known as", "so-called"),
  or a participle that names the noun before it ("a play called “…”", "an article titled “…”");
- a short quotation in single marks that is its paragraph alone ("‘A change warrior.’"): a
  section heading that borrows a phrase, the way newspapers using double marks for speech do;
- any quotation on the first line of the text when that line is a headline (short, followed by a
  blank line, Title Case or "Speaker: ‘…’");
- a quotation credited like a work: followed by "by" and a name ("“Museum to close,” by Times' Jane
  Roe", a digest's links) or by a year in brackets ("“No to the tunnel” (2005)", a poster or film).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from tui.analysis.syntax import doc_text

#: Longest phrase (in words) taken for a title, term or label rather than a quotation.
MAX_TITLE_WORDS = 8
#: Title Case phrases of at least this many words are titles wherever they stand.
MIN_FREE_TITLE_WORDS = 3
_TITLE_SMALL_WORDS = frozenset("a an the of in on at to for and or but with by from is isn't are as".split())
#: Verbs that name a thing when passive ("is called “…”"), and what may stand between them and the marks.
_NAMING_VERBS = frozenset("called dubbed termed nicknamed named labelled labeled branded".split())
#: Participles that give a work its title: "an article titled “…”".
_TITLING_VERBS = frozenset("titled entitled headlined captioned".split())
_BE = frozenset("is was are were be been being 's ’s".split())
_POSSESSIVES = frozenset("'s ’s ’ '".split())
#: A headline is at most this many words (longer first lines are the article's first sentence).
MAX_HEADLINE_WORDS = 25
HEADLINE_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_SPEAKER_COLON = re.compile(r"[^:“‘\"'\n]{1,60}:\s")
#: "‘We are in shock’: A mosque feels the spotlight", "‘Nobody asked us.’": a headline that opens on a
#: quotation and is only that quotation, or that quotation and a colon.
_QUOTE_HEADLINE = re.compile(r"""(?:[“"][^\n“”"]+[”"]|[‘'][^\n]+[’'])[.!?]?(?::\s.*)?$""")


def is_name_in_marks(doc: Doc, toks: list[Token]) -> bool:
    """Whether the quotation `toks` (marks included) names something rather than quotes someone."""
    return (
        is_title(doc, toks)
        or _is_label(doc, toks)
        or _is_term(doc, toks)
        or _is_heading(doc, toks)
        or _is_credited(doc, toks)
    )


#: Longest phrase (in words) taken for a work credited to its author or year: a headline may be long.
MAX_CREDITED_WORDS = 20
#: How far (in tokens) the year may stand inside the brackets: "(election poster, St. Gallen 2003)".
_MAX_YEAR_REACH = 8
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _is_credited(doc: Doc, toks: list[Token]) -> bool:
    """A work credited as works are, right after its closing mark: "“…,” by Times' Jane Roe" (an
    author, not a speaker: "said by" never stands so) or "“…” (2005)" (a poster's, a film's year)."""
    if len(_words(toks)) > MAX_CREDITED_WORDS:
        return False
    _, after = _around(doc, toks)
    if after is None:
        return False
    if after.lower_ == "by" and after.i + 1 < len(doc):
        name = doc[after.i + 1]
        if name.lower_ == "the" and name.i + 1 < len(doc):
            name = doc[name.i + 1]
        return name.pos_ == "PROPN" and name.ent_type_ not in ("DATE", "TIME")
    if after.text == "(":
        for t in doc[after.i + 1 : min(len(doc), after.i + 1 + _MAX_YEAR_REACH)]:
            if t.text == ")" or "\n" in t.text:
                return False
            if _YEAR.fullmatch(t.text):
                return True
    return False


#: What may stand on a heading's line besides its quotation: "– ‘Who cares?’ –."
_HEADING_FRAME = frozenset(" \t\u00a0-–—―.")


def _is_heading(doc: Doc, toks: list[Token]) -> bool:
    """A short quotation in single marks standing as its paragraph alone (a section heading)."""
    if not toks[0].text.startswith(("‘", "'")) or len(_words(toks)) > MAX_TITLE_WORDS:
        return False
    text = doc_text(doc)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return all(c in _HEADING_FRAME for c in text[line_start:start] + text[end:line_end])


def _around(doc: Doc, toks: list[Token], inline: bool = False) -> tuple[Token | None, Token | None]:
    """The tokens right before and after a quotation; with `inline`, past spaces that break no line
    (a no-break space is a token of its own: "someone who\u00a0“cares about …”")."""
    i, j = toks[0].i - 1, toks[-1].i + 1
    if inline:
        while i >= 0 and doc[i].is_space and "\n" not in doc[i].text:
            i -= 1
        while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
            j += 1
    return (doc[i] if i >= 0 else None), (doc[j] if j < len(doc) else None)


def _words(toks: list[Token]) -> list[Token]:
    return [t for t in toks if t.is_alpha]


def is_title(doc: Doc, toks: list[Token]) -> bool:
    """A name in marks: a short Title Case phrase where a name stands, or long enough to be one anywhere."""
    words = _words(toks)
    if not words or len(words) > MAX_TITLE_WORDS:
        return False
    if not all(t.text[0].isupper() or t.lower_ in _TITLE_SMALL_WORDS for t in words):
        return False
    if not words[0].text[0].isupper():
        return False
    before, after = _around(doc, toks)
    own_line = (before is None or "\n" in before.text) and (after is None or "\n" in after.text)
    if own_line:
        return True
    if sum(1 for t in words if t.lower_ not in _TITLE_SMALL_WORDS) >= MIN_FREE_TITLE_WORDS:
        return True  # no sentence of three words or more capitalises them all
    if before is None:
        return False
    if before.text == "," and before.i > 0:
        before = doc[before.i - 1]  # "the reality show, “The Apprentice,”": an apposition
        return before.pos_ == "NOUN" and before.is_lower
    return (
        before.tag_ in ("POS", "PRP$")  # "its “Person of the Year”"
        or before.text in _POSSESSIVES
        or before.lemma_ == "tell"  # "told “Fox and Friends”": a show is told, not a quotation
        or before.pos_ in ("ADP", "DET")
        or (before.pos_ in ("NOUN", "ADJ") and before.is_lower)  # the tagger calls "podcast" an adjective
    )


def _is_label(doc: Doc, toks: list[Token]) -> bool:
    """A short quotation used as an adjective: between an article or adjective and its noun."""
    words = _words(toks)
    if not words or len(words) > MAX_TITLE_WORDS:
        return False
    before, after = _around(doc, toks)
    if before is None or after is None or after.pos_ != "NOUN" or not after.is_lower:
        return False
    return before.pos_ in ("DET", "ADJ") or before.tag_ in ("POS", "PRP$") or before.text in _POSSESSIVES


def _is_term(doc: Doc, toks: list[Token]) -> bool:
    """A term the text introduces: "is called “…”", "known as “…”", "so-called “…”"."""
    words = _words(toks)
    if not words or len(words) > MAX_TITLE_WORDS:
        return False
    i = toks[0].i - 1
    if i >= 0 and doc[i].lower_ in ("the", "a", "an", ","):
        i -= 1  # "is called the “…”", "a column entitled, “…”"
    if i < 0:
        return False
    prev = doc[i]
    if prev.lower_ in ("so-called", "term", "phrase", "slogan", "motto", "tagline", "hashtag"):
        return True
    if prev.lower_ in _TITLING_VERBS:
        return True
    if (
        prev.lower_ in _NAMING_VERBS
        and prev.dep_ == "acl"
        and not any(c.dep_ == "nsubj" for c in prev.children)
    ):
        return True  # "a play called “…”": the participle names the noun before it
    if prev.lower_ == "as" and i > 0 and doc[i - 1].lower_ in ("known", "referred", "described"):
        return doc[i - 1].lower_ == "known" or (i > 1 and doc[i - 2].lower_ in _BE)
    if prev.lower_ in _NAMING_VERBS:
        j = i - 1
        if j >= 0 and doc[j].pos_ == "ADV":
            j -= 1
        return j >= 0 and doc[j].lower_ in _BE
    return False


def headline_end(text: str) -> int:
    """Where the headline ends if the text's first line is one, else 0.

    A headline is a first line followed by a blank line, short, and either in Title Case, in the
    "Speaker: ‘words’" form, or a quotation alone or before a colon ("‘…’: A town waits"); a long
    first line is the first sentence of the article."""
    nl = text.find("\n")
    if nl <= 0 or not text.startswith("\n\n", nl):
        return 0
    line = text[:nl]
    words = HEADLINE_WORD.findall(line)
    if not words:
        return 0
    if _SPEAKER_COLON.match(line) and len(words) <= 2 * MAX_HEADLINE_WORDS:
        return nl
    if too_long_for_headline(words):
        return 0
    if _QUOTE_HEADLINE.match(line):
        return nl
    return nl if title_cased(words) else 0


def too_long_for_headline(words: list[str]) -> bool:
    """Whether a first line of these words is too long for a headline: the article's first sentence."""
    return len(words) > MAX_HEADLINE_WORDS


def title_cased(words: list[str]) -> bool:
    """Whether most words of a line (but "a", "of", "the" …) are capitalised, as in a headline."""
    content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS] or words
    return sum(1 for w in content if w[0].isupper()) >= 0.6 * len(content)


#: A quotation this short with no speech verb, inside a sentence that runs on both sides of it, is the
#: writer's phrase: "could cause “grave damage to the national security” to", "across town, “shouting
#: from the rooftops” for the campaign".
MAX_FRAGMENT_WORDS = 8


def mid_phrase(doc: Doc, toks: list[Token]) -> bool:
    """A quoted word inside a noun phrase that runs on past it ("with the “defeat” of the group"):
    the writer's scare quote, not words the source said."""
    before, after = _around(doc, toks)
    if before is None or after is None:
        return False
    determined = before.pos_ == "DET" or before.tag_ in ("POS", "PRP$")
    # the phrase runs on into a preposition, a noun, or a clause that describes it ("the “dirty
    # tricks” that he was accused of", "a hatred of the ‘foreigner’ born of fear")
    runs_on = (
        after.pos_ in ("ADP", "NOUN", "PROPN")
        or after.dep_ in ("relcl", "acl")
        or (after.lower_ in ("that", "which", "who") and after.head.dep_ == "relcl")
    )
    return determined and runs_on and not toks[-2].is_punct


def runs_through(doc: Doc, toks: list[Token]) -> bool:
    """The sentence runs on through the quotation: a word (or a comma) right before its opening mark
    and a word right after its closing one, on the same line ("and “child of the ’80s” who left")."""
    before, after = _around(doc, toks, inline=True)
    if before is None or after is None:
        return False
    return (before.text[-1].isalnum() or before.text in (",", ";")) and after.text[0].isalnum()


def is_modifier(toks: list[Token]) -> bool:
    """A quoted word that only qualifies a noun outside it ("all “terrorist” groups"): a scare quote."""
    ids = {t.i for t in toks}
    outward = [t for t in toks if not t.is_punct and t.head.i not in ids]
    return bool(outward) and all(
        t.dep_ in ("amod", "compound", "nmod", "poss") and t.head.pos_ in ("NOUN", "PROPN") for t in outward
    )
