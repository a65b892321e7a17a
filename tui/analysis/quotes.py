"""Direct quotations and who says them, in one parsed chunk.

A quotation (found by its marks) is a quote when it is what is attributed: a sentence or clause in
quotation marks, or a short phrase that is the whole object of a speech verb ("called them “lone
wolves”"). A word or two in marks inside a sentence that reports something else is a scare quote and
stays part of that sentence. The speaker is the subject of the speech verb next to the quotation, in
the same sentence or the one right after ("“…” he said."), or in a sentence that ends with a colon
right before it ("X said: “…”"), or a name after a dash ("“…” ― Jane Doe"). A quote ends at its
closing mark: a quotation split by its attribution ("“A,” she said. “B.”") is two quotes with the one
speaker, and the narration between them is in neither. Quotes without a speaker are left for the
resolver (floating quotes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from tui.analysis.lexicon import MEDIA_NOUNS, PEOPLE_NOUNS, TITLE_NOUNS
from tui.analysis.model import Claim, Entity, Quote
from tui.analysis.posts import find_posts
from tui.analysis.quote_cues import (
    MAX_CUE_DISTANCE,
    SUBJECT_DEPS,
    colon_before,
    described_name,
    find_cue,
    lead_in,
    words_owner,
)
from tui.analysis.quote_names import (
    MAX_FRAGMENT_WORDS,
    headline_end,
    is_modifier,
    is_name_in_marks,
    mid_phrase,
    runs_through,
)
from tui.analysis.quotemarks import Quotation
from tui.analysis.spans import SpanIndex
from tui.analysis.speakers import (
    DESCRIPTION_HEADS,
    FEMALE_ROLE_WORDS,
    MALE_ROLE_WORDS,
    QUOTE_VERBS,
    RELATIVE_PRONOUNS,
)
from tui.analysis.syntax import char_span, doc_text, mention_span, sentence_bounds, stray_subject

#: Quotations of at least this many words are quotes wherever they stand.
MIN_QUOTE_WORDS = 4
#: The longest attribution (in tokens) that may stand between the two halves of a split quotation.
MAX_SPLIT_TOKENS = 40

#: Verbs that show or report someone else speaking: "footage shows residents saying “…”".
_SHOWING_VERBS = frozenset(
    "show feature depict see hear watch film catch capture record find quote cite include".split()
)
#: "“…” ― Jane Doe": a dash after the closing mark names the speaker (readers' comments, epigraphs).
_DASH_SPEAKER = re.compile(r"[^\S\n]*[―—–][^\S\n]*(?=[A-Z])")
#: "“…”¶¶- Jane Roe.": a line of its own after the quotation's paragraph, a dash and a name only.
_DASH_LINE_SPEAKER = re.compile(r"[^\S\n]*\n\s*[―—–-][^\S\n]*(?=[A-Z][^\n]{0,60}$)", re.MULTILINE)


@dataclass
class _Found:
    """One quotation with what the parse says about it."""

    quotation: Quotation
    tokens: list[Token]
    cue: Token | None
    speaker: Token | None


def _words(text: str) -> int:
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))


def find_quotes(
    doc: Doc, quotations: list[Quotation], entities: list[Entity], offset: int = 0
) -> list[Quote]:
    """Quotes in the chunk `doc` (whose text starts at `offset`), speakers as spans, unresolved."""
    text = doc_text(doc)
    inside = [False] * len(doc)
    found: list[_Found] = []
    posts = find_posts(text)
    out = [
        Quote(
            offset + p.start,
            offset + p.end,
            p.text(text),
            speaker_span=(offset + p.name_start, offset + p.name_end),
        )
        for p in posts
    ]
    headline = headline_end(text) if offset == 0 else 0
    for q in quotations:
        if any(p.start <= q.start < p.end for p in posts):
            continue  # a quotation inside an embedded post is part of the post's words
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        toks = list(span) if span is not None else []
        if not toks:
            continue
        for t in toks:
            inside[t.i] = True
        if q.start < headline or is_name_in_marks(doc, toks) or text.startswith(">", q.start + 1):
            # a title, term or headline (or a mark closing a markup attribute, `date="…">`): its marks
            # are kept from cues, but no quote
            continue
        found.append(_Found(q, toks, None, None))
    for f in found:
        f.cue = find_cue(doc, f.tokens, inside)
        colon = colon_before(doc, f.tokens[0])
        named = _colon_name(doc, colon) if colon is not None else None
        if named is not None:
            f.speaker = named  # "Polls got it wrong - Jane Roe: “…”": the name the colon follows
        elif f.cue is not None:
            f.speaker = _speaker_token(f.cue, f.tokens[0], f.tokens[-1], inside)
        elif colon is not None:
            # "The letter put it plainly: “…”": the sentence a colon opens into a quotation presents it
            f.speaker = _parsed_subject(colon.sent.root, inside)
        elif (lead := lead_in(doc, f.tokens[0], inside)) is not None:
            f.cue, f.speaker = lead, _parsed_subject(lead, inside)
    for group in _split_groups(doc, found, inside):
        first, last = group[0], group[-1]
        q = first.quotation
        if len(group) == 1:
            words = _words(text[q.start : q.end])
            introduced = colon_before(doc, first.tokens[0]) is not None
            if not q.continued and not introduced:
                if words < MIN_QUOTE_WORDS and not _is_attributed_phrase(q, first, inside):
                    continue
                if words <= MAX_FRAGMENT_WORDS and first.cue is None and runs_through(doc, first.tokens):
                    continue
        with_cue = next((f for f in group if f.cue is not None), None)
        with_speaker = next((f for f in group if f.speaker is not None), None)
        speaker = None if with_speaker is None else mention_span(with_speaker.speaker, entities, offset)
        if speaker is None:
            speaker = _dash_speaker(doc, last.quotation.end, entities, offset)
        # a quote ends at its closing mark: each half of a split quotation is a quote of its own,
        # and the attribution between them names the speaker of both
        for f in group:
            start, end = f.quotation.start, f.quotation.end
            quote = Quote(offset + start, offset + end, text[start:end], speaker_span=speaker)
            if with_cue is not None:
                quote.cue = with_cue.cue.text
                quote.cue_span = char_span([with_cue.cue], offset)
            out.append(quote)
    return sorted(out, key=lambda q: q.start) if posts else out


def quoted_fragments(
    doc: Doc, quotations: list[Quotation], quotes: list[Quote], claims: list[Claim], offset: int = 0
) -> list[Quote]:
    """Short quotations inside reported speech, as quotes of its source: in "He said a guilty plea
    would “ruin his life.”" the quoted words are his, though too short to stand as a quote alone.

    Only quotations that lie wholly in a claim's content and are no title ("appeared on “Meet the
    Press”") count; the claim stays, holding the quote."""
    taken = SpanIndex((q.start - offset, q.end - offset, True) for q in quotes)
    reported = SpanIndex(
        (c.start - offset, c.end - offset, c) for c in claims if c.kind != "figure" and c.source_span
    )
    out: list[Quote] = []
    text = doc_text(doc)
    headline = headline_end(text) if offset == 0 else 0
    for q in quotations:
        if q.start < headline or taken.overlapping(q.start, q.end):
            continue
        # a claim's content stops before the closing punctuation and mark (“… “patently false,” and …")
        words_end = next((k + 1 for k in range(q.end - 1, q.start, -1) if text[k].isalnum()), q.end)
        claim = next(
            (
                c
                for c in reported.overlapping(q.start, q.end)
                if c.start - offset <= q.start + 1 and words_end <= c.end - offset
            ),
            None,
        )
        if claim is None or not _words(text[q.start : q.end]):
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or len(span) == 0 or is_name_in_marks(doc, list(span)) or is_modifier(list(span)):
            continue
        if mid_phrase(doc, list(span)):
            continue
        out.append(
            Quote(
                offset + q.start,
                offset + q.end,
                text[q.start : q.end],
                speaker_span=claim.source_span,
                cue=claim.cue,
                cue_span=claim.cue_span,
            )
        )
    return out


def _colon_name(doc: Doc, colon: Token) -> Token | None:
    """A name standing alone before the colon: "Polls got it wrong - Jane Roe: “…”", "More from Roe:
    “…”" (the digest's convention); the last word of the name, or None when a clause stands there."""
    run: list[Token] = []
    i = colon.i - 1
    while i >= 0 and (_name_word(doc[i]) or (run and doc[i].lower_ == "and") or doc[i].text == "."):
        run.append(doc[i])
        i -= 1
    while run and run[-1].text == ".":
        run.pop()  # the full stop of the sentence before, not an initial
        i += 1
    names = [t for t in run if _name_word(t)]
    if not names or not _name_word(run[-1]):
        return None
    before = doc[i] if i >= 0 else None
    if (
        before is None
        or "\n" in before.text
        or before.text in ("-", "–", "—", "―")
        or before.lower_ == "from"
    ):
        return names[0]
    if before.text in (".", "!", "?", "”", '"') and any(t.pos_ == "PROPN" for t in names):
        return names[0]  # "Clinton: “A.” Bush: “B.”": one exchange after another in a paragraph
    return None


def _name_word(t: Token) -> bool:
    """A word of a name: a proper noun, or a capitalised noun (the tagger calls "Voss" a noun)."""
    return t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.is_title)


def _split_groups(doc: Doc, found: list[_Found], inside: list[bool]) -> list[list[_Found]]:
    """Quotations joined where one is split by its attribution: “A,” she said, “B.”"""
    groups: list[list[_Found]] = []
    for f in found:
        if groups and _continues(doc, groups[-1], f, inside):
            groups[-1].append(f)
        else:
            groups.append([f])
    return groups


def _continues(doc: Doc, group: list[_Found], nxt: _Found, inside: list[bool]) -> bool:
    """`nxt` carries on the quotation of `group` when only the attribution of both stands between."""
    prev = group[-1]
    cue = next((f.cue for f in group if f.cue is not None), None)
    if cue is None:
        return False
    lo, hi = prev.tokens[-1].i + 1, nxt.tokens[0].i
    between = []
    for i in range(lo, hi):  # stops once too long: the gap may be a whole paragraph
        t = doc[i]
        if not t.is_space:
            between.append(t)
            if len(between) > MAX_SPLIT_TOKENS:
                break
    if not between or len(between) > MAX_SPLIT_TOKENS or not (lo <= cue.i < hi):
        return False
    if "\n" in doc_text(doc)[doc[lo - 1].idx : nxt.tokens[0].idx]:
        return False  # a new paragraph: a separate quote (PolNeAR style keeps them apart)
    # the second half has its own speech verb elsewhere: it is another quote
    if nxt.cue is not None and nxt.cue.i != cue.i:
        return False
    # the stretch between is one attribution: no sentence ends inside it
    return all(t.text not in (".", "!", "?") for t in between[:-1])


def _dash_speaker(doc: Doc, end: int, entities: list[Entity], offset: int) -> tuple[int, int] | None:
    """The name after a dash that follows the closing mark on the same line, if there is one."""
    m = _DASH_SPEAKER.match(doc_text(doc), end) or _DASH_LINE_SPEAKER.match(doc_text(doc), end)
    if m is None:
        return None
    line_end = doc_text(doc).find("\n", m.end())
    line_end = len(doc_text(doc)) if line_end < 0 else line_end
    span = doc.char_span(m.end(), line_end, alignment_mode="expand")
    if span is None:
        return None
    name = []
    for t in span:
        if t.pos_ != "PROPN" and not (name and t.text == "."):
            break
        name.append(t)
    while name and name[-1].text == ".":
        name.pop()
    if not name:
        return None
    return (
        mention_span(name[-1], entities, offset)
        if _entity_at(name[-1], entities, offset)
        else char_span(name, offset)
    )


def _entity_at(tok: Token, entities: list[Entity], offset: int) -> bool:
    pos = offset + tok.idx
    return any(e.start <= pos < e.end for e in entities)


def _speaker_token(cue: Token, first: Token, last: Token, inside: list[bool]) -> Token | None:
    """Who speaks through `cue` about the quotation from `first` to `last`."""
    doc = cue.doc
    if cue.lower_ == "according":
        for child in cue.children:
            if child.dep_ == "prep":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
        return None
    if cue.lower_ == "words":
        return words_owner(cue)
    if cue.i > last.i:
        # "“…,” Tulsa police Chief Jane Roe said": the words between quotation and verb name the
        # speaker; read them off the surface, since the parse often breaks at the closing mark
        stretch = [doc[i] for i in range(last.i + 1, cue.i) if not inside[i]]
        commas = [t.i for t in stretch if t.text == ","]
        own = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS and not inside[c.i]), None)
        if own is not None and commas and commas[-1] < own.i < cue.i:
            return _antecedent(own)  # "“…” there and in the states, the memo stated": the clause's subject
        if 0 < len(stretch) <= MAX_CUE_DISTANCE or described_name(stretch):
            head = _stretch_speaker(stretch)
            if head is not None:
                return head
    subject = _parsed_subject(cue, inside, (first.i, last.i))
    if subject is not None:
        return subject
    if cue.i > last.i:
        # "“…,” said 9/11 widow Jane Roe": the noun after the inverted verb
        after = []
        for i in range(cue.i + 1, min(len(doc), cue.i + MAX_CUE_DISTANCE)):
            if doc[i].text in (".", "!", "?") or "\n" in doc[i].text:
                break  # the next sentence's subject is not this verb's
            if not inside[i]:
                after.append(doc[i])
        named = _name_run([t for t in after if t.ent_type_ not in ("DATE", "TIME")])
        if named is None and cue.pos_ == "NOUN":
            return doc[cue.i - 1]  # "“…,” the editorial read.": the noun before the mis-tagged verb
        return named
    # "In a call with reporters, Ann Reed, a spokeswoman, said, “…”": a name hung on the phrase before
    stray = stray_subject(cue)
    return None if stray is None or inside[stray.i] else stray


def _is_nominal(t: Token) -> bool:
    """A word that may be part of a speaker's name or description (the tagger calls "Tulsa" a verb)."""
    if t.is_punct or t.is_space:
        return False
    if t.dep_ == "amod" and t.head.pos_ in ("NOUN", "PROPN"):
        return True  # "retired neurosurgeon Ben Carson": a participle used as an adjective
    return t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ", "DET", "PRON") or (t.is_alpha and t.text[0].isupper())


def _stretch_speaker(stretch: list[Token]) -> Token | None:
    """The speaker named between a quotation and its verb: the first name-like run, unless that is
    a bare common noun and a name follows it after a comma or "and" ("“…” impeachment, Trump said";
    "JPL scientist and study co-author Jane Roe said"), when the name is the speaker. A phrase opened
    by a preposition and closed by a comma is set aside ("“…” before the storm, she said")."""
    if stretch and stretch[0].pos_ == "ADP" and "," in (t.text for t in stretch):
        stretch = stretch[[t.text for t in stretch].index(",") + 1 :]
    head = _name_run(stretch)
    if head is None or head.pos_ == "PROPN":
        return head
    k = stretch.index(head) + 1
    if k < len(stretch) and stretch[k].lower_ in (",", "and"):
        rest = stretch[k + 1 :]
        if rest and rest[0].lower_ in (",", "and"):
            rest = rest[1:]
        names = [t for t in rest if t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")]
        if names and not any(t.text in (",", ";", ":", "(") and t.i < names[0].i for t in rest):
            end = names[0]
            while end.i + 1 < len(end.doc) and end.doc[end.i + 1] in names:
                end = end.doc[end.i + 1]
            return end
    return head


def _name_run(tokens: list[Token]) -> Token | None:
    """The head (last word) of the first run of name-like words in `tokens`, or a pronoun."""
    run: list[Token] = []
    for t in tokens:
        if run and t.tag_ == "POS" and t.i == run[-1].i + 1:
            run.append(t)  # "the victim’s mother": the possessive leads on to the speaker
            continue
        if _is_nominal(t) and (not run or t.i == run[-1].i + 1):
            if t.pos_ == "PRON" and not run:
                if t.lower_ in RELATIVE_PRONOUNS:
                    return None
                if t.tag_ == "PRP$":
                    run.append(t)  # "“…,” his lawyer said": the owner is not the speaker
                    continue
                return t  # "“…,” he said"
            if t.pos_ == "PRON":
                break
            run.append(t)
        elif run:
            break
        elif t.pos_ in ("VERB", "AUX") and not (t.is_alpha and t.text[0].isupper()):
            return None  # a clause stands before any name: not an attribution
    while run and (run[-1].pos_ in ("DET", "ADJ", "NUM") or run[-1].tag_ in ("POS", "PRP$")):
        run.pop()
    return run[-1] if run else None


def _holds_quotation(subject: Token, quote: tuple[int, int]) -> bool:
    """Whether the quotation hangs in the subject's own noun phrase, with no clause between
    ("The sale of the ferry signals “…”"); one inside a clause on the subject ("Roffman, who
    estimates that his costs were “…”") is the subject's to speak."""
    if not subject.left_edge.i <= quote[0] < subject.right_edge.i:
        return False
    doc = subject.doc
    word = next((doc[i] for i in range(quote[0], quote[1] + 1) if not doc[i].is_punct), None)
    for _ in range(len(doc)):
        if word is None or word.i == subject.i:
            return word is not None
        if word.pos_ in ("VERB", "AUX") or word.head.i == word.i:
            return False
        word = word.head
    return False


def _parsed_subject(cue: Token, inside: list[bool], quote: tuple[int, int] | None = None) -> Token | None:
    """The speech verb's subject outside the quotation, or the one it shares with a verb it hangs from.

    A subject whose noun phrase holds the quotation (`quote`, its first and last token) cannot speak it:
    "The sale of the ferry signals “…”, said Tom Reilly" parsed with "signals" as a noun has two."""
    verb = cue
    for _ in range(4):
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            governor = _object_of(verb.head)
            if governor is None:
                return verb.head  # "footage of Jane Roe asking, “…”": the noun the participle describes
            verb = governor  # "emailed supporters saying, “…”": the one who emailed them
            continue
        subjects = [
            c
            for c in verb.children
            if c.dep_ in SUBJECT_DEPS
            and not inside[c.i]
            and any(ch.isalnum() for ch in c.text)
            and not (quote and _holds_quotation(c, quote))
        ]
        head = verb.head
        if subjects:
            subject = _antecedent(subjects[0])
            if (
                verb.i != cue.i
                and verb.dep_ == "ccomp"
                and head.lemma_.lower() in QUOTE_VERBS
                and _is_thing(subject)
            ):
                verb = head  # "Roe said the move was a mistake, adding, “…”": Roe adds, not the move
                continue
            return subject
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.i != head.i:
            verb = head.head  # "…, before asking her, “…”": the verb the preposition hangs from
            continue
        if verb.dep_ in ("conj", "advcl", "xcomp", "acl") and head.i != verb.i:
            verb = head  # "…, adding …": the subject it shares with the verb it hangs from
            continue
        break
    return None


#: Nouns that name people or what speaks for them: a subject that may say something itself.
_SPEAKING_NOUNS = (
    PEOPLE_NOUNS | TITLE_NOUNS | DESCRIPTION_HEADS | MEDIA_NOUNS | FEMALE_ROLE_WORDS | MALE_ROLE_WORDS
)


def _is_thing(t: Token) -> bool:
    """A common noun that names no one ("the move", "Clinton's situation"), so says nothing."""
    return t.pos_ == "NOUN" and not t.ent_type_ and t.lemma_.lower() not in _SPEAKING_NOUNS


def _object_of(noun: Token) -> Token | None:
    """The verb a noun is the object of, directly or after "to" ("sent a message to supporters"),
    when that verb has a subject: the subject, not the object, says what the participle after the
    noun carries ("posted a message reading “…”")."""
    verb = None
    if noun.dep_ in ("dobj", "dative"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.pos_ == "VERB":
        verb = noun.head.head
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() in _SHOWING_VERBS:
        return None  # "the video shows residents saying “…”": the residents speak
    return verb if any(c.dep_ in SUBJECT_DEPS for c in verb.children) else None


def _antecedent(subject: Token) -> Token:
    """A relative pronoun ("X, who said …") stands for the noun its clause hangs from; where the
    parse hangs the speech verb itself on the pronoun ("an official who spoke anonymously said"),
    for the noun right before it."""
    if subject.lower_ not in RELATIVE_PRONOUNS or not subject.is_lower:
        return subject
    if subject.head.dep_ == "relcl":
        return subject.head.head
    doc = subject.doc
    for i in range(subject.i - 1, max(-1, subject.i - 3), -1):
        t = doc[i]
        if t.pos_ in ("NOUN", "PROPN"):
            return t
        if t.text != ",":
            break
    return subject


def _is_attributed_phrase(q: Quotation, found: _Found, inside: list[bool]) -> bool:
    """A short quotation is a quote when it is the speech verb's object or complement, or stands alone."""
    toks, cue = found.tokens, found.cue
    words = [t for t in toks if not t.is_punct]
    if not words:
        return False
    ids = {t.i for t in toks}
    heads = [t.head for t in words if t.head.i not in ids]
    starts, ends = sentence_bounds(toks[0].doc)
    sent = toks[0].doc[starts[toks[0].i] : ends[toks[0].i]]
    if not any(t.i not in ids and not t.is_punct and not t.is_space for t in sent):
        return True  # a whole sentence in quotation marks
    if cue is None:
        return False
    return any(
        h.i == cue.i
        or (h.head.i == cue.i and h.dep_ in ("dobj", "oprd", "attr", "xcomp", "ccomp", "pobj"))
        or (h.dep_ == "prep" and h.head.i == cue.i and h.lower_ in ("as", "of"))  # "blasted it as “…”"
        for h in heads
    ) and any(t.dep_ in ("dobj", "oprd", "attr", "xcomp", "ccomp", "npadvmod", "pobj") for t in words)
