"""Reported clauses the parser hung somewhere other than on their cue, found again.

The small parser often attaches a reported clause, or its subject, to the wrong word: a clause's
subject taken for the object of "said", a clause hung on the medium ("said in an email that …"), a
speech verb set off by commas inside what it reports, a cue inside a relative clause whose report
is about the noun, a reported verb joined to the cue ("said she hoped …, and would continue …").
These read the shapes it leaves and give back the tokens of what was reported, so that `claims`
can treat them as ordinary clause content.
"""

from __future__ import annotations

from spacy.tokens import Token

from tui.analysis.claim_content import CLAUSE_VERBS, is_empty, nested_cues, prep_object
from tui.analysis.lexicon import MEDIA_NOUNS
from tui.analysis.syntax import clause_tokens, inverted_speaker, that_marked

#: Modals of reported speech: "said she would stay, and would run again" backshifts what was said.
_BACKSHIFTED = frozenset({"would", "could", "might", "should", "'d", "’d"})


def clause_content(verb: Token, comp: Token) -> list[Token]:
    """The tokens of the reported clause `comp`, with its subject when the parser hung that on the
    cue, and the reported verbs it hung on the cue instead of on the clause."""
    return _subject_hung_on_cue(verb, comp, clause_tokens(comp, nested_cues(comp))) + _backshifted(verb, comp)


def _backshifted(verb: Token, comp: Token) -> list[Token]:
    """ "said she hoped to get it back, and then would continue …": a verb joined to the cue with no
    subject of its own but a modal of reported speech is more of what was said, not a second act
    of the speaker ("said …, and left" is one). Only the joining ", and" may stand between."""
    doc, end = verb.doc, comp.right_edge.i
    for c in verb.children:
        if (
            c.dep_ == "conj"
            and c.i > end
            and c.pos_ in ("VERB", "AUX")
            and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
            and any(g.dep_ == "aux" and g.lower_ in _BACKSHIFTED for g in c.children)
            and all(doc[i].dep_ in ("punct", "cc") for i in range(end + 1, c.left_edge.i))
        ):
            end = c.right_edge.i
    return [doc[i] for i in range(comp.right_edge.i + 1, end + 1)]


def _subject_hung_on_cue(verb: Token, comp: Token, tokens: list[Token]) -> list[Token]:
    """In "said the days when the town had one paper are gone" the parser takes "the days" for a
    noun modifier of "said" and leaves "are gone" with no subject. A noun right after the verb,
    running into a subjectless clause, is that clause's subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass") for c in comp.children):
        return tokens
    for child in verb.children:
        if (
            # (or as a second subject of the verb: "Harris said [the days …] are gone")
            (child.dep_ in ("npadvmod", "dobj") or (child.dep_ == "nsubj" and child.i > verb.i))
            and child.pos_ in ("NOUN", "PROPN")
            and child.left_edge.i == verb.i + 1
            and child.right_edge.i + 1 == comp.left_edge.i
            # ("said Monday [voters] …" names when; "the days when …" with its clause is a subject)
            and (
                child.ent_type_ not in ("DATE", "TIME")
                or any(g.dep_ in ("relcl", "acl") for g in child.children)
            )
        ):
            return sorted(clause_tokens(child) + tokens, key=lambda x: x.i)
    return tokens


def misparsed_complement(t: Token, lemma: str) -> list[Token] | None:
    """A reported clause the parser did not hang on the verb as a clause.

    - "told a meeting of leaders that few people understood …": a clause opened by the
      complementizer "that" inside the addressee phrase is what was told;
    - "said many of the examples … failed to note …": a long object of "said" that runs into a
      verb is the start of its clause; the content runs to the end of the sentence.
    """
    if lemma not in CLAUSE_VERBS:
        return None
    # "said legalizing it could put thousands to work": a clause whose subject is a gerund, which the
    # parser makes the verb's gerund object with the rest of the clause hanging from it
    for c in t.children:
        if (
            c.dep_ == "xcomp"
            and c.tag_ == "VBG"
            and c.i == t.i + 1
            and any(
                g.dep_ == "ccomp"
                and g.i > c.i
                and any(x.tag_ in ("MD", "VBD", "VBZ", "VBP") for x in (g, *g.children))
                for g in c.children
            )
        ):
            return clause_tokens(c)
    # "said in an email that …", "told Clinton at a debate that …": the parser hangs the clause on
    # the medium or the occasion (a "that" marking a clause with its own subject opens no relative)
    media = [
        obj for c in t.children if c.dep_ == "prep" and c.i > t.i and (obj := prep_object(c)) is not None
    ]
    dobj = next((c for c in t.children if c.dep_ in ("dobj", "dative") and c.i > t.i), None)
    for head in ([dobj] if dobj is not None and not is_empty(dobj) else []) + media:
        # (a clause on any other noun is its content: "lies in the fact that …" reports nothing)
        deps = ("acl", "relcl", "ccomp") if head is dobj or head.lemma_.lower() in MEDIA_NOUNS else ("relcl",)
        for tok in head.subtree:
            misread = _that_misread(tok)
            has_subject = any(g.dep_ in ("nsubj", "nsubjpass") for g in tok.children)
            if tok.dep_ in deps and (misread or that_marked(tok)) and has_subject:
                return [
                    x
                    for x in clause_tokens(tok)
                    if not (misread and x.dep_ == "dobj" and x.head.i == tok.i and x.i < tok.i)
                ]
    if lemma == "say" and (clause := _subject_as_object(t)) is not None:
        return clause
    if dobj is None or is_empty(dobj):
        return None
    if lemma != "say":
        return None  # other verbs take real objects ("cited the audit"); "say" hardly ever does
    rest = [x for x in t.sent if x.i >= dobj.left_edge.i]
    if len(rest) >= 8 and any(
        x.pos_ in ("VERB", "AUX") and x.dep_ in ("advcl", "conj", "ROOT") for x in rest
    ):
        return rest
    return None


def _that_misread(clause: Token) -> bool:
    """ "predicted at the debate [that] Republicans will take every state": a "that" the parser made
    the object of a relative clause whose verb has an object of its own is the clause's "that"."""
    that = next(
        (c for c in clause.children if c.dep_ == "dobj" and c.lower_ == "that" and c.i < clause.i), None
    )
    return that is not None and any(c.dep_ == "dobj" and c.i > clause.i for c in clause.children)


def fronted_report(verb: Token) -> tuple[Token, list[Token]] | None:
    """ "The rejection of the treaty signals the end for the EU, said Geert Wilders", "The plant is
    hanging on, but it is under pressure, said its chief executive": a report before its speech verb
    and the speaker after it, where the parser gave the verb no clause (it read the report as a noun
    phrase, or the verb as one more clause of the report). (The speaker, the report.)"""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    speaker = next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i and c.left_edge.i == verb.i + 1), None
    )
    if speaker is None:
        return None
    after = speaker.right_edge.i + 1
    interrupts = (
        after < verb.sent.end
        and doc[after].text == ","
        and any(t.is_alpha for t in doc[after : verb.sent.end])
    )
    if interrupts and not (after + 1 < len(doc) and doc[after + 1].tag_ == "VBG"):
        return None  # "The paradox, says Anthony, is that …": the verb interrupts the report
    report = list(doc[verb.sent.start : verb.i - 1])
    return (speaker, report) if sum(t.is_alpha for t in report) >= 4 else None


def _subject_as_object(t: Token) -> list[Token] | None:
    """ "In both years, she said, those gifts paid for …": nobody says a bare noun after a comma;
    the parser made the clause's subject an object (or a modifier) of "said" and its verb a clause
    on that noun. The content runs from the noun to the end of the sentence."""
    doc = t.doc
    if t.i + 2 >= len(doc) or doc[t.i + 1].text != ",":
        return None
    noun = next(
        (c for c in t.children if c.left_edge.i == t.i + 2 and c.dep_ in ("dobj", "npadvmod", "dep")), None
    )
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or is_empty(noun):
        return None
    if not any(c.pos_ in ("VERB", "AUX") and c.dep_ in ("acl", "relcl") for c in noun.children):
        return None
    rest = [x for x in t.sent if x.i >= noun.left_edge.i]
    return rest if len(rest) >= 4 else None


def inverted_report(verb: Token, comp: Token) -> tuple[Token, list[Token]] | None:
    """ "The new rules, said the minister, will take effect in May": a speech verb set off by commas
    inside what it reports, its subject after it. The parser takes the words before it for the
    verb's subject and the speaker for the subject of the rest (or for a second subject of the
    verb). The speaker is the one after the verb (`inverted_speaker`, which `source_of` uses too);
    the report is the whole sentence, the attribution inside it as with "X, he said, Y"."""
    if comp.i < verb.i or (after := inverted_speaker(verb)) is None:
        return None
    doc = verb.doc
    front = next(c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i)
    edge = after.right_edge.i
    if not (doc[edge].text == "," or (edge + 1 < len(doc) and doc[edge + 1].text == ",")):
        return None  # "X, said Y" set off by commas on both sides; not "…, said the rules will …"
    if comp.right_edge.i <= edge + 1:
        return None
    return after, [doc[i] for i in range(front.left_edge.i, comp.right_edge.i + 1)]


#: Relative pronouns that stand for the subject of a reported clause ("which she said was …").
RELATIVE_SUBJECTS = frozenset({"which", "that", "who", "what"})


def with_relative_head(verb: Token, comp: Token) -> list[Token] | None:
    """ "a probe the agency said was still open", "the house, which he said was too big": a cue in a
    relative clause whose reported clause has the noun (or its pronoun) for subject. What is said is
    about that noun, so the claim runs from it (or from its pronoun) to the clause's end."""
    if verb.dep_ != "relcl" or comp.i < verb.i or comp.dep_ != "ccomp":
        return None
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own is None or own.lower_ in RELATIVE_SUBJECTS or any(c.dep_ == "expl" for c in comp.children):
        return None  # "experts who worry that …", "testimony that concluded there was …": the noun speaks
    doc = verb.doc
    subjects = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        start = verb.head.left_edge.i
    elif subjects[0].i < verb.i and subjects[0].lower_ in RELATIVE_SUBJECTS:
        start = subjects[0].i
    else:
        return None
    return [doc[i] for i in range(start, comp.right_edge.i + 1)]


def set_off_teller(verb: Token) -> bool:
    """ "By May, the firm told investors, its profits will double": a speech verb with its subject
    and addressee set off by a comma before the clause it reports, which the parser takes for a
    clause of that later verb."""
    doc = verb.doc
    edge = verb.right_edge.i
    # (only "tell": other verbs in this shape are the clause itself, "X has added Y, she noted")
    if verb.dep_ != "ccomp" or verb.head.i <= edge + 2 or doc[edge + 1].text != ",":
        return False
    if doc[edge + 2].pos_ in ("CCONJ", "SCONJ", "ADV"):
        return False  # "She told me, so we left": a clause of its own follows
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    # one addressee and no more ("told me everything, so …" told something)
    return len(told) == 1 and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)


def cue_read_as_modifier(verb: Token) -> tuple[Token, list[Token]] | None:
    """ "Multiple outlets reported on Wednesday the Secret Service had …": the parser read the cue as
    a participle describing its subject ("outlets [that were] reported …") and gave the reported
    verb two subjects. (The subject, the reported clause.)"""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "agent" for c in verb.children):
        return None
    noun = verb.head
    if noun.dep_ != "nsubj" or noun.i > verb.i:
        return None
    main = noun.head
    if main.lemma_.lower() in CLAUSE_VERBS:
        return None  # "A statement posted on the site said …": the sentence's own cue reports
    second = next(
        (c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.right_edge.i), None
    )
    if second is None:
        return None
    return noun, [x for x in clause_tokens(main) if x.i >= second.left_edge.i]
