"""Who speaks a quotation through its cue: the speech verb's subject outside the quotation (or the
one it shares with a verb it hangs from), the words between a closing mark and the verb ("“…,” Tulsa
police Chief Jane Roe said"), the name after an inverted verb ("“…,” said Jane Roe"), and for a
relative pronoun the noun its clause hangs from ("X, who said …"). Pronouns are left to the resolver."""

from __future__ import annotations

from spacy.tokens import Token

from tui.analysis.lexicon import MEDIA_NOUNS, PEOPLE_NOUNS, TITLE_NOUNS
from tui.analysis.quote_cues import MAX_CUE_DISTANCE, SUBJECT_DEPS, described_name, words_owner
from tui.analysis.speakers import (
    DESCRIPTION_HEADS,
    FEMALE_ROLE_WORDS,
    MALE_ROLE_WORDS,
    QUOTE_VERBS,
    RELATIVE_PRONOUNS,
)
from tui.analysis.syntax import stray_subject

#: Verbs that show or report someone else speaking: "footage shows residents saying “…”".
_SHOWING_VERBS = frozenset(
    "show feature depict see hear watch film catch capture record find quote cite include".split()
)


def speaker_token(cue: Token, first: Token, last: Token, inside: list[bool]) -> Token | None:
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
    subject = parsed_subject(cue, inside, (first.i, last.i))
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


def parsed_subject(cue: Token, inside: list[bool], quote: tuple[int, int] | None = None) -> Token | None:
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
