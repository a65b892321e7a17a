"""The verb that introduces a quotation, in one parsed chunk: a speech verb near it in its sentence
("“…,” she said", "he told reporters: “…”"), a tag after it whose verb the tagger may call a noun
("“…,” the editorial read"), a lead-in ending in a colon, "in the words of X"; never the verb of a
clause of time or reason after it ("“…,” when Clinton blasted him").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from tui.analysis.speakers import QUOTE_VERBS
from tui.analysis.syntax import doc_text, sentence_bounds

#: How far (in tokens) a speech verb, or its subject, may stand from the quotation it introduces.
MAX_CUE_DISTANCE = 12
#: Dependencies of a verb's subject.
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


def words_owner(words: Token) -> Token | None:
    """Whose words "in the words of X" or "in X's words" are."""
    if words.i > 1 and words.doc[words.i - 1].text in ("'s", "’s", "'", "’"):
        return words.doc[words.i - 2]  # read off the surface: the parser often splits "Forbes’ words"
    for child in words.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def described_name(tokens: Span | list[Token]) -> bool:
    """A stretch that is only a name and its description ("NASA's Jane Roe, deputy associate
    administrator for exploration in the science directorate,"): no verb, no sentence end, a name
    first, and not too long (twice the usual reach)."""
    words = [t for t in tokens if not t.is_space]
    if not words or len(words) > 2 * MAX_CUE_DISTANCE or words[0].pos_ not in ("PROPN", "DET", "NOUN"):
        return False
    if any(t.pos_ in ("VERB", "AUX") or t.text in (".", "!", "?", ";", "“", "”", '"') for t in words):
        return False
    return "," in (t.text for t in words) and any(t.pos_ == "PROPN" for t in words[:5])


def _is_cue(t: Token) -> bool:
    if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children):
        return True
    if (
        t.pos_ == "VERB"
        and t.i + 1 < len(t.doc)
        and t.doc[t.i + 1].lower_ == "back"
        and t.doc[t.i + 1].head.i == t.i
    ):
        return True  # "shot back", "hit back", "wrote back": a reply
    if t.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in t.children):
        return True  # "as Jane Roe put it, “…”"
    if t.lower_ == "words" and t.head.lower_ == "in" and words_owner(t) is not None:
        return True  # "in the words of the patient: “…”", "in Forbes’ words, “…”"
    return t.lemma_.lower() in QUOTE_VERBS and t.pos_ in ("VERB", "AUX")


def _cue_distance(t: Token, first: Token, last: Token, inside: list[bool]) -> int:
    """Tokens between the quotation and the cue, or its subject when that stands nearer."""
    dist = first.i - t.i if t.i < first.i else t.i - last.i
    for c in t.children:
        if c.dep_ in SUBJECT_DEPS and not inside[c.i]:
            lo = min(x.i for x in c.subtree)
            hi = max(x.i for x in c.subtree)
            dist = min(dist, first.i - hi if hi < first.i else lo - last.i if lo > last.i else dist)
    return dist


def colon_before(doc: Doc, first: Token) -> Token | None:
    """The colon right before the quotation's first token (spaces and line breaks between), if any."""
    before = first.i - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    return doc[before] if before >= 0 and doc[before].text == ":" else None


def find_cue(doc: Doc, toks: list[Token], inside: list[bool]) -> Token | None:
    """The speech verb nearest the quotation, outside all quotations, in its sentence or the next."""
    first, last = toks[0], toks[-1]
    starts, ends = sentence_bounds(doc)
    sent_start = starts[first.i]
    sent_end = ends[last.i]
    own_end = sent_end
    # "“…” he said, but …" parsed as a sentence of its own: look into the start of the next one, in the
    # same paragraph and up to the next quotation
    if sent_end < len(doc) and sent_end - last.i <= 2 and "\n" not in doc[last.i : sent_end + 1].text:
        stop = min(ends[sent_end], last.i + MAX_CUE_DISTANCE + 1)
        sent_end = next((i for i in range(own_end, stop) if inside[i]), stop)
    # "X said: “…”": a colon right before the quotation (maybe across a paragraph break) opens it
    colon = colon_before(doc, first)
    if colon is not None:
        sent_start = min(sent_start, starts[colon.i])
    best: tuple[int, Token] | None = None
    # a cue (or its subject) stands within MAX_CUE_DISTANCE: look no further than a generous window,
    # so that a sentence of a thousand short quotations stays linear
    window = 5 * MAX_CUE_DISTANCE
    for i in range(max(sent_start, first.i - window), min(sent_end, last.i + window + 1)):
        t = doc[i]
        if inside[i] or not _is_cue(t):
            continue
        if i > last.i and "\n" in doc_text(doc)[last.idx : t.idx]:
            continue  # the quotation ends its paragraph: a verb on the next line reports something else
        dist = _cue_distance(t, first, last, inside)
        if dist > MAX_CUE_DISTANCE:
            if not (i > last.i and described_name(doc[last.i + 1 : i])):
                continue
            dist = MAX_CUE_DISTANCE  # “…,” Jane Roe, the deputy head of a long-named office, said
        between = range(i + 1, first.i) if i < first.i else range(last.i + 1, i)
        if any(inside[j] for j in between):
            continue  # another quotation stands between: the verb is that one's
        if i >= own_end and any(c.dep_ == "ccomp" for c in t.children):
            continue  # "“…” The minister said the talks failed": a new report, not this quote's cue
        if (
            i > last.i
            and _subordinate_after(doc, last, i)
            and any(c.dep_ in SUBJECT_DEPS for c in t.children)
        ):
            continue  # "“…,” when Clinton blasted him": the clause after, with a subject of its own, reports something else
        if i < first.i and _introduces(doc, t, first):
            dist = -1  # "he said, “…,” the office said": the verb that opens the quotation is its own
        if best is None or dist < best[0]:
            best = (dist, t)
    return best[1] if best else _tag_verb(doc, last, inside)


#: Words that open a clause of time or reason: after a quotation they start no attribution tag.
_SUBORDINATORS = frozenset(
    "when while after before because since until unless although though whereas".split()
)


def _subordinate_after(doc: Doc, last: Token, cue_i: int) -> bool:
    """The first word after the quotation opens a clause that the verb at `cue_i` belongs to ("“…,”
    when she blasted him"); after a comma the tag starts ("“…” before the vote, he said")."""
    words = [doc[j] for j in range(last.i + 1, cue_i) if not doc[j].is_space]
    first = next((t for t in words if not t.is_punct), None)
    if first is None or first.lower_ not in _SUBORDINATORS:
        return False
    return all(t.text != "," for t in words if t.i > first.i)


def _tag_verb(doc: Doc, last: Token, inside: list[bool]) -> Token | None:
    """The verb of a tag after a quotation that ends on a comma, whatever verb it is: "“…,” an angry
    Jane Roe retaliated.", "“…,” remembered Jane Roe, a former spokesman." — the newspaper's convention
    for an attribution. Only a short tag whose verb takes no object or clause of its own."""
    text = doc_text(doc)
    inner = text[max(0, last.idx - 2) : last.idx + len(last.text)]
    if not re.search(r"[,?!][\"”’']+$", inner):
        return None
    tag: list[Token] = []
    for i in range(last.i + 1, min(len(doc), last.i + MAX_CUE_DISTANCE + 1)):
        t = doc[i]
        if inside[i] or "\n" in t.text or t.text in (".", ";", ":", "!", "?"):
            break
        tag.append(t)
    verbs = [t for t in tag if t.pos_ == "VERB" and t.dep_ not in ("amod", "compound")]
    if not verbs and _noun_tagged_verb(tag):
        return tag[-1]  # "“…,” the editorial read.": the tagger took the verb for a noun
    if not verbs or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in tag):
        return None
    verb = verbs[0]
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd") and not inside[c.i] for c in verb.children):
        return None
    return verb if tag.index(verb) <= 6 else None


def _noun_tagged_verb(tag: list[Token]) -> bool:
    """A tag that is a noun phrase and then a speech verb the tagger calls a noun, ending the
    sentence: "the editorial read.", "a voice-over in the ad states."."""
    if len(tag) < 2:
        return False
    last = tag[-1]
    after = last.i + 1 < len(last.doc) and last.doc[last.i + 1]
    if after and after.text not in (".", "!", "?") and "\n" not in after.text:
        return False
    return (
        last.pos_ == "NOUN"
        and last.is_lower
        and last.lemma_.lower() in QUOTE_VERBS
        and tag[-2].pos_ in ("NOUN", "PROPN", "ADJ")
        and not any(t.pos_ in ("VERB", "AUX") for t in tag)
    )


def _introduces(doc: Doc, cue: Token, first: Token) -> bool:
    """The cue stands right before the quotation, only a comma or colon between ("said, “…”")."""
    between = [doc[j] for j in range(cue.i + 1, first.i) if not doc[j].is_space]
    return len(between) == 1 and between[0].text in (",", ":")


def lead_in(doc: Doc, first: Token, inside: list[bool]) -> Token | None:
    """The speech verb of a short sentence that only announces the quotation after it, in the same
    paragraph: "Jane Roe agreed. “…”", "The minister disagreed. “…”" (a verb with its subject and no
    object or clause of its own)."""
    starts, _ends = sentence_bounds(doc)
    end = first.i - 1
    while end >= 0 and doc[end].is_space and "\n" not in doc[end].text:
        end -= 1
    if end < 0 or doc[end].text not in (".", ":") or "\n" in doc_text(doc)[doc[end].idx : first.idx]:
        return None
    sent = doc[starts[end] : end + 1]
    root = sent.root
    if inside[root.i] or not _is_cue(root) or any(inside[t.i] for t in sent):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "attr", "oprd", "prep") for c in root.children):
        return None
    if len([t for t in sent if not t.is_punct]) > MAX_CUE_DISTANCE:
        return None
    return root if any(c.dep_ in SUBJECT_DEPS for c in root.children) else None
