"""Names whose kind the words around them give, where the small tagger guessed another.

- "the regulator Ofwat", "the charity Oxfam": a name right after "the <kind of organisation>" is an
  organisation, wherever else the text names it (a person there is likelier the subject of a clause:
  "the company Musk founded");
- "a retired teacher from Bolton": a one-word name after "from" on a noun of people is where they come
  from, a place, not a person;
- "Households will pay more": a plural common noun that opens a sentence is capitalised only because it
  opens it, and names nobody.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tui.analysis.dictionary import is_word
from tui.analysis.lexicon import ORG_DESCRIPTIONS, PEOPLE_NOUNS
from tui.analysis.names import MISREAD_LABELS, NAME_LABELS, is_title_word

#: Words before a description that make it one thing named next ("the regulator Ofwat").
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
#: The labels a one-word common noun opening a sentence was wrongly given.
_NAME_GUESSES = frozenset({"PERSON", "ORG", "GPE", "FAC", "PRODUCT", "WORK_OF_ART"})


def described_kinds(spans: list[Span]) -> list[Span]:
    """The spans with the kind their description gives: organisations after "the regulator", places
    after "a teacher from"; plural common nouns opening a sentence dropped."""
    if not spans:
        return spans
    # a person right after the noun is likelier the subject of a clause on it ("the company Musk
    # founded") than its name
    bodies = {s.text for s in spans if s.label_ not in ("ORG", "PERSON") and _after_body_noun(s)}
    surnames = {s[-1].text for s in spans if s.label_ == "PERSON" and len(s) > 1}
    places = {
        s.text
        for s in spans
        if s.label_ == "PERSON" and len(s) == 1 and s.text not in surnames and _origin_of_people(s)
    }
    out = []
    for s in spans:
        if _common_plural(s):
            continue
        if s.text in bodies and (s.label_ in NAME_LABELS or s.label_ in MISREAD_LABELS) and len(s) <= 3:
            s = Span(s.doc, s.start, s.end, label="ORG")
        elif s.text in places and s.label_ == "PERSON" and len(s) == 1:
            s = Span(s.doc, s.start, s.end, label="GPE")
        out.append(s)
    return out


def _after_body_noun(span: Span) -> bool:
    """ "the regulator Ofwat", "its parent company Alphabet": a name right after a lower-case kind of
    organisation that a determiner opens."""
    if len(span) > 3 or span.start < 2:
        return False
    doc = span.doc
    noun = doc[span.start - 1]
    if not (noun.is_lower and noun.lower_ in ORG_DESCRIPTIONS):
        return False
    root = span.root
    if root.head.dep_ == "relcl" and root.head.head.i == noun.i:
        return False  # "the company Musk founded": the subject of a clause on the noun
    before = doc[span.start - 2]
    return (
        before.lower_ in _DETERMINERS or before.tag_ == "POS" or (before.is_lower and before.pos_ == "NOUN")
    )


def _origin_of_people(span: Span) -> bool:
    """ "a retired teacher from Bolton", "residents from Gaza": a one-word name after "from" that hangs
    on a noun of people."""
    doc = span.doc
    if span.start == 0:
        return False
    prep = doc[span.start - 1]
    if prep.lower_ != "from" or prep.head.i == prep.i:
        return False
    head: Token = prep.head
    word = head.lemma_.lower()
    return head.pos_ == "NOUN" and (word in PEOPLE_NOUNS or is_title_word(word) or word.endswith("-year-old"))


def _common_plural(span: Span) -> bool:
    """ "Households" (read as an organisation) opening "Households in the north-west will pay …": one
    plural word of the language, capitalised only where it opens a sentence."""
    if len(span) != 1 or span.label_ not in _NAME_GUESSES:
        return False
    t = span[0]
    if t.tag_ not in ("NNS", "NNPS") or not t.is_title or not t.is_sent_start:
        return False
    if not t.lower_.endswith("s") or not is_word(t.doc.vocab, t.lower_):
        return False
    # the name of a side or a band ("Yankees") shows its capital inside a sentence somewhere
    return not any(o.text == t.text and not o.is_sent_start for o in t.doc)
