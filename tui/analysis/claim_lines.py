"""Lines that carry claims by their shape rather than by a speech verb: a headline, whose verbs mostly
report the news event itself (the article's own, or another's title standing in the page: "Police
Identify Man, Woman Found Dead in Apartment"), and a line opened by a label and a colon ("Sanders:
Clinton needs to …", "PENCE: Well, look, …"), whose words belong to the label.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from tui.analysis.claim_content import complement
from tui.analysis.lexicon import DIRECTIVE_VERBS, EDITORIAL_LABELS, OBJECT_CUE_VERBS, SPEECH_VERBS
from tui.analysis.quote_names import MAX_HEADLINE_WORDS, title_cased
from tui.analysis.spans import SpanSet
from tui.analysis.syntax import doc_text

#: A line that opens with a short capitalised label and a colon: "Poll: …", "PENCE: …".
_LABEL_LINE = re.compile(r"^[\"“]?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):[ \t]+(\S.*)$", re.MULTILINE)


def labelled_lines(doc: Doc) -> list[tuple[list[Token], list[Token]]]:
    """Lines whose words belong to the name before their colon: a headline's "Sanders: Clinton needs
    to …" and a transcript's "PENCE: Well, look, …". The label is a name or a noun, never a clause
    ("Update:", "The Latest:" and "He said:" are left alone)."""
    out = []
    text = doc_text(doc)
    matches = list(_LABEL_LINE.finditer(text))
    for k, m in enumerate(matches):
        label = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        content = doc.char_span(m.start(2), m.end(2), alignment_mode="contract")
        if label is None or content is None or not len(label) or not len(content):
            continue
        if _quoted_label(text, m):
            continue  # "“South Dakota: if we were any higher …,” one user quipped": the quip's words
        if _list_entry(text, matches, k) and not any(t.tag_ in _FINITE_TAGS for t in content):
            continue  # "Jane Doe: possession of …, held in jail": an entry of a list, nobody's words
        if label[0].pos_ == "DET" or any(t.pos_ in ("VERB", "AUX", "PRON") for t in label):
            continue
        if not any(t.pos_ in ("PROPN", "NOUN") for t in label):
            continue
        if label[0].lower_.rstrip("’'s") in EDITORIAL_LABELS:
            continue  # "Correction:", "Editor's note:": the paper speaks about itself
        if len(label) == 1 and len(label[0].text.rstrip(".")) == 1:
            # an interview's "Q:" and "A:" name a turn, not a source: the turn is the speaker's own
            # words, and what it reports ("A: I think …", "Q: You said …") has its own sources
            continue
        out.append((list(label), list(content)))
    return out


#: The mark that closes a quotation opened by each mark a labelled line may open with.
_CLOSING = {"“": "”", '"': '"'}


def _quoted_label(text: str, m: re.Match) -> bool:
    """Whether a labelled line is a quotation that closes before the line ends, with its speaker after
    it ("“South Dakota: if we were any higher, we’d be North Dakota,” one user quipped."): the
    label is part of what was quoted. (A transcript's turn opens with a mark and runs to its end.)"""
    closing = _CLOSING.get(text[m.start()])
    if closing is None:
        return False
    end = m.end()
    close = text.find(closing, m.start() + 1, end)
    return close >= 0 and any(c.isalpha() for c in text[close + 1 : end])


#: Tags of finite verbs: a line of speech says something; a list's entry mostly names things.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _list_entry(text: str, matches: list[re.Match], k: int) -> bool:
    """Whether the k-th labelled line has another labelled line right before or after it: a list
    ("Name: charges" line after line) rather than a headline or a turn of a transcript."""
    before = k > 0 and not text[matches[k - 1].end() : matches[k].start()].strip()
    after = k + 1 < len(matches) and not text[matches[k].end() : matches[k + 1].start()].strip()
    return before or after


#: A line of the text and the words in it (a title's words start with a letter).
_LINE = re.compile(r"(?m)^[^\S\n]*(\S[^\n]*?)[^\S\n]*$")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
#: What a sentence ends with; a title has none of these at its end.
_SENTENCE_ENDS = ".!?…:;,\"'’”)]"


def title_lines(text: str) -> SpanSet:
    """Lines that are a headline anywhere in the text: short, in Title Case and not ended like a
    sentence ("Updated Police Identify Man, Woman Found Dead in Plano Apartment", a related
    article's title the page shows between paragraphs)."""
    spans = []
    for m in _LINE.finditer(text):
        line = m.group(1)
        if line[-1] in _SENTENCE_ENDS:
            continue
        words = _WORD.findall(line)
        if 3 <= len(words) <= MAX_HEADLINE_WORDS and title_cased(words):
            spans.append((m.start(1), m.end(1)))
    return SpanSet(spans)


def headline_event(t: Token) -> bool:
    """A headline verb that reports the news event itself ("Russia and Turkey agree to coordinate …"):
    in a headline only speech, stance and directive verbs attribute, and speech verbs not with an infinitive."""
    if t.pos_ not in ("VERB", "AUX"):
        return False
    lemma = t.lemma_.lower()
    if lemma in SPEECH_VERBS and complement(t) is not None:
        return False
    # "Union endorses Smith", "Mayor urges residents to stay home": stance and directive verbs attribute here too
    if lemma in OBJECT_CUE_VERBS or lemma in DIRECTIVE_VERBS:
        return False
    return lemma not in SPEECH_VERBS or any(c.dep_ == "xcomp" for c in t.children)
