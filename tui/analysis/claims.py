"""Claims in one parsed chunk: reported speech, hedged statements and figures to check.

- reported: a speech, cognition or stance verb with its content (news attribution in the broad
  sense of PolNeAR): a clause ("Cavusoglu confirmed [the two countries would …]"), an infinitive of
  intent ("vowed [to repeal the law]"), an object of stance ("criticized [the plan]"), a
  prepositional object ("called for [a ban]"); a clause the verb interrupts ("X, he said, Y"); "according to
  X" with the rest of its sentence; a cue noun with its content ("his claim [that …]"); the
  subject of the verb (or the agent of a passive, the owner of a noun) as the source;
- hedged: a sourceless statement carried by a passive of belief ("are thought to", "is believed to",
  "it is understood that") or a hedging adverb ("reportedly");
- figure: a sentence with a number, percentage or sum that no other claim or quote already holds.
A complement that is mostly inside quotation marks is a quote, not also a claim.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from tui.analysis.claim_kinds import negated, noun_kind, qualifiers, verb_kind
from tui.analysis.lexicon import (
    ACTION_VERBS,
    CUE_ADJECTIVES,
    CUE_NOUNS,
    CUE_VERBS,
    DIRECTIVE_VERBS,
    EDITORIAL_LABELS,
    HEDGE_ADVERBS,
    HEDGE_PARTICIPLES,
    INTENT_VERBS,
    MORE_CLAUSE_VERBS,
    MORE_CUE_NOUNS,
    NAMING_VERBS,
    OBJECT_CUE_VERBS,
    PREP_CUES,
    SPEECH_VERBS,
)
from tui.analysis.model import Claim, Entity, Quote
from tui.analysis.quotemarks import Quotation, inside_share
from tui.analysis.spans import SpanIndex, SpanSet
from tui.analysis.syntax import (
    char_span,
    clause_tokens,
    contiguous,
    doc_text,
    has_dateline_subject,
    mention_span,
    source_of,
    subject_of,
    token_table,
    trim_tokens,
)

_FIGURE_LABELS = frozenset({"CARDINAL", "PERCENT", "MONEY", "QUANTITY"})
#: Complements shorter than this are not statements ("he said so").
MIN_CONTENT_TOKENS = 3
#: Verbs that take a reported clause.
CLAUSE_VERBS = CUE_VERBS | MORE_CLAUSE_VERBS
#: Every verb that can cue a claim, for the participle and nesting rules.
ALL_CUE_VERBS = (
    CLAUSE_VERBS | INTENT_VERBS | DIRECTIVE_VERBS | OBJECT_CUE_VERBS | frozenset().union(*PREP_CUES.values())
)
#: Nouns that cue a claim.
ALL_CUE_NOUNS = CUE_NOUNS | MORE_CUE_NOUNS
#: Objects that stand for something said before and say nothing by themselves.
_EMPTY_OBJECTS = frozenset(
    "it this that these those them him her me us you so something anything nothing everything what".split()
)


def _complement(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "ccomp":
            return child
    return None


def _speaking_verb(verb: Token) -> Token:
    """For a participle cue ("…, adding that …") the cue verb it continues, whose subject it shares."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb
    t = verb.head
    while t.head.i != t.i:
        if t.lemma_.lower() in CUE_VERBS and t.pos_ == "VERB" and _complement(t) is not None:
            return t
        t = t.head
    return t if t.lemma_.lower() in CUE_VERBS else verb


def _nested_cues(head: Token) -> set[int]:
    """Speech verbs hanging inside a complement as participles ("…, adding that …") or in a relative
    clause that ends it ("…, which he says were faked"): their own claims."""
    return {
        t.i
        for t in head.subtree
        if (
            t.dep_ in ("advcl", "conj", "xcomp")
            or (t.dep_ == "relcl" and t.right_edge.i >= head.right_edge.i - 1)
        )
        and t.i != head.i
        and t.lemma_.lower() in CUE_VERBS
        and _complement(t) is not None
    }


def _lemma(t: Token) -> str:
    """The token's lemma, mended for verbs the lemmatizer gets wrong ("hopes" -> "hop")."""
    lemma = t.lemma_.lower()
    if lemma in ALL_CUE_VERBS or t.pos_ not in ("VERB", "AUX"):
        return lemma
    word = t.lower_
    for cut, add in (("s", ""), ("d", ""), ("ing", "e"), ("ed", "")):
        if word.endswith(cut) and word[: -len(cut)] + add in ALL_CUE_VERBS:
            return word[: -len(cut)] + add
    return lemma


def _agent(verb: Token) -> Token | None:
    """The agent of a passive ("was endorsed by the union"): the object of its "by"."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _prep_object(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _is_empty(head: Token) -> bool:
    """An object that says nothing by itself: a pronoun ("denied it") or a date ("backed on Monday")."""
    return head.lower_ in _EMPTY_OBJECTS or head.ent_type_ in ("DATE", "TIME")


#: Prepositions whose phrase after a stance verb's object belongs to the content.
_OBJECT_PREPS = frozenset({"as", "for", "to", "with", "of"})


def _sees_as(t: Token, lemma: str) -> bool:
    """ "sees the program as a loophole": a verb of viewing with an "as" phrase states a view."""
    return lemma in PREP_CUES["as"] and any(c.dep_ == "prep" and c.lower_ == "as" for c in t.children)


def _verb_content(t: Token, lemma: str) -> tuple[list[Token] | None, str]:
    """The non-clausal content of a cue verb: infinitive of intent, object of stance, prepositional object.

    The content runs from the first to the last of the complements the verb's class allows, so
    "urged lawmakers to act" gives "lawmakers to act" and "called the plan a disgrace" gives
    "the plan a disgrace". The shape says how the content hangs from the verb (see `verb_kind`).
    """
    parts: list[Token] = []
    shape = ""
    xcomp = next((c for c in t.children if c.dep_ == "xcomp" and c.i > t.i), None)
    dobj = next((c for c in t.children if c.dep_ in ("dobj", "dative") and c.i > t.i), None)
    if xcomp is not None and (lemma in INTENT_VERBS or lemma in DIRECTIVE_VERBS):
        # "vowed to repeal …"; "urged lawmakers to act": the object belongs to the content
        shape = "intent" if lemma in INTENT_VERBS else "directive"
        if dobj is not None and lemma in DIRECTIVE_VERBS:
            parts.append(dobj)
        parts.append(xcomp)
        # "wants to triple X, grow Y and create Z": the parser often hangs the later verbs on the cue
        parts.extend(
            c
            for c in t.children
            if c.dep_ == "conj"
            and c.i > xcomp.i
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        )
    elif (
        dobj is not None
        and not _is_empty(dobj)
        and ((lemma in OBJECT_CUE_VERBS and lemma not in ACTION_VERBS) or _sees_as(t, lemma))
    ):
        parts.append(dobj)
        shape = "object"
        # "called the plan a disgrace": the predicate is part of what was said
        if lemma in NAMING_VERBS:
            parts.extend(c for c in t.children if c.dep_ in ("oprd", "ccomp", "xcomp") and c.i > dobj.i)
        # "blasted the media for …", "likened RT to the BBC", "painted him as …": the phrase completes it
        for child in t.children:
            if child.dep_ == "prep" and child.i > dobj.i and child.lower_ in _OBJECT_PREPS:
                obj = _prep_object(child)
                if obj is None and child.lower_ == "as":
                    # "rejected the charges as “patently false”": the parser hangs an adjective on "as"
                    obj = next((c for c in child.children if c.dep_ in ("amod", "acomp", "attr")), None)
                if obj is not None:
                    parts.append(obj)
    for child in t.children:
        if child.dep_ not in ("prep", "prt") or child.i < t.i:
            continue
        verbs = PREP_CUES.get(child.lower_)
        obj = _prep_object(child)
        if verbs is None or lemma not in verbs or obj is None or _is_empty(obj):
            continue
        if child.lower_ == "as" and not parts:
            continue  # "as" names what an object is seen as: "described the deal as a failure"
        shape = shape or child.lower_
        parts.append(obj)
    if not parts:
        return None, shape
    tokens: list[Token] = []
    for p in parts:
        tokens.extend(clause_tokens(p, _nested_cues(p)))
    tokens.sort(key=lambda x: x.i)
    # the complements are one stretch of text: fill the gaps between them (the prepositions)
    first, last = tokens[0].i, tokens[-1].i
    return [t.doc[i] for i in range(first, last + 1)], shape


def _noun_content(noun: Token) -> tuple[list[Token] | None, bool]:
    """The content of a cue noun, and whether it is a clause: its that-clause, or its
    about/of/for/against/on phrase."""
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ in ("acl", "relcl", "ccomp") and any(
            g.dep_ == "mark" and g.lower_ in ("that", "whether", "if") for g in child.children
        ):
            return clause_tokens(child), True
        if child.dep_ == "prep" and child.lower_ in ("about", "of", "for", "against", "on", "over", "to"):
            obj = _prep_object(child)
            if obj is None or _is_empty(obj):
                continue
            if child.lower_ == "of" and noun.lemma_.lower() not in _OF_NOUNS:
                continue  # "the report of the committee" names the author, not the content
            return clause_tokens(obj), False
    return None, False


#: Cue nouns whose "of" phrase is their content ("criticism of the plan"), not their author.
_OF_NOUNS = frozenset(
    """
    criticism critique praise support opposition rejection refusal defense defence dismissal
    condemnation denunciation endorsement disdain contempt admission denial doubt doubts
    suspicion suspicions fear fears hope hopes warning warnings accusation accusations
    """.split()
)


def _noun_source(noun: Token) -> Token | None:
    """Whose the cue noun is: its possessor ("Trump's claim"), or the subject of the verb that has it
    as object ("the senator raised questions about …", "issued a statement saying …")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        # "Trump claims that …": a verb the tagger took for a plural noun keeps its subject
        if child.dep_ == "nsubj" and child.i < noun.i:
            return child
        # "a New York Times report": a name in front of the noun owns it
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            return child
        # "warnings from his attorney": the "from" phrase names whose they are
        if child.dep_ == "prep" and child.lower_ == "from" and child.i > noun.i:
            obj = _prep_object(child)
            if obj is not None:
                return obj
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return subject_of(noun.head)
    return None


def find_claims(
    doc: Doc, quotations: list[Quotation], entities: list[Entity], quotes: list[Quote], offset: int = 0
) -> list[Claim]:
    """Claims in the chunk `doc` whose text starts at `offset`; sources as spans, unresolved."""
    text = doc_text(doc)
    quoted = [(q.start - offset, q.end - offset) for q in quotes]

    in_quotes = SpanSet((q.start, q.end) for q in quotations).covers
    quoted_share = inside_share(quotations)

    out: list[Claim] = []

    def add(
        tokens: list[Token],
        kind: str,
        source: Token | None,
        cue: list[Token] | None,
        min_tokens: int = MIN_CONTENT_TOKENS,
        labelled: bool = False,
        clausal: bool = True,
    ) -> None:
        whole = contiguous(tokens)
        tokens = trim_tokens(whole)
        if len(tokens) < min_tokens or not any(t.is_alpha or t.like_num for t in tokens):
            return
        start, end = char_span(tokens)
        # the quote test runs on the content with its "that": "said that “…”" stays reported speech
        lead = next((t for t in whole if not (t.is_punct or t.is_space)), tokens[0])
        q_start = min(start, lead.idx)
        share = quoted_share((q_start, end))
        # (a transcript line "“PENCE: Well, …" is the label's claim: its words do not open with a mark)
        if share >= 0.6 and (text[q_start] in "“\"‘'„«" or (in_quotes(q_start) and not labelled)):
            return  # a direct quotation: the quote rule has it
        if cue and cue[-1].pos_ in ("VERB", "AUX") and (extra := qualifiers(cue[-1])):
            # "does not believe", "no longer consider", "could back": the cue keeps its negation and
            # modal, and a claim that follows its cue keeps them too where they change what it says
            # (an object's "could back the plan"; a clause only when denied: "did not say that …")
            cue = extra + list(cue)
            if extra[0].idx < start and cue[-1].idx < start and (not clausal or negated(cue[-1])):
                start = extra[0].idx
        claim = Claim(offset + start, offset + end, text[start:end], kind=kind)
        if source is not None:
            claim.source_span = mention_span(source, entities, offset)
        if cue:
            claim.cue = " ".join(t.text for t in cue)
            claim.cue_span = char_span(cue, offset)
        out.append(claim)

    # the headline (the chunk's first line, when the chunk starts the article)
    headline_end = (text.find("\n") if "\n" in text else len(text)) if offset == 0 else -1
    for t in _cue_candidates(doc):
        if in_quotes(t.idx):
            continue
        if t.idx < headline_end and _headline_event(t):
            continue
        lemma = _lemma(t)
        # only a cue's voice matters: walking every token's children is most of this loop's cost
        passive = (lemma in HEDGE_PARTICIPLES or lemma in ALL_CUE_VERBS) and any(
            c.dep_ == "auxpass" for c in t.children
        )
        if (
            lemma in HEDGE_PARTICIPLES
            and t.tag_ == "VBN"
            and passive
            and any(c.dep_ == "xcomp" for c in t.children)
        ):
            add(clause_tokens(t), "hedged", None, [t])  # "are thought to remain …"
        elif t.pos_ in ("VERB", "AUX") and lemma in ALL_CUE_VERBS:
            _verb_claims(t, lemma, passive, add)
        elif t.pos_ == "ADJ" and lemma in CUE_ADJECTIVES:
            comp = _complement(t)
            if comp is not None:  # "was sure that …": the copula's subject holds the view
                add(clause_tokens(comp), "belief", subject_of(t.head) or subject_of(t), [t])
        elif t.pos_ == "NOUN" and (host := _in_source_host(t)) is not None:
            # "In the latest poll, Clinton leads by five points": the poll is the source of its sentence
            skip = {c.i for c in host.children if c.dep_ == "prep" and c.i == t.head.i}
            add(clause_tokens(host, skip), "reported", t, [t.head, t])
        elif t.pos_ == "NOUN" and lemma in ALL_CUE_NOUNS:
            content, clausal = _noun_content(t)
            source = _noun_source(t)
            # "the claim that …" reports on its own; "support for X" only when it says whose support
            if content is not None and (clausal or source is not None):
                add(content, noun_kind(lemma), source, [t], min_tokens=1)
        elif t.lower_ in HEDGE_ADVERBS:
            add(clause_tokens(t.head), "hedged", None, [t])
        elif t.lower_ == "according" and any(c.lower_ == "to" for c in t.children):
            prep = next(c for c in t.children if c.lower_ == "to")
            source = next((c for c in prep.children if c.dep_ == "pobj"), None)
            skip = {t.i}
            content = clause_tokens(t.head, skip)
            add(content, "reported", source, [t, prep])
    for label, content in _labelled_lines(doc):
        add(content, "reported", label[-1], [doc[label[-1].i + 1]], min_tokens=2, labelled=True)
    out = _drop_nested(out)
    out = _dedupe(out)
    for claim in out:
        _carry_on(text, claim, offset)
    out.extend(_figures(doc, out, quoted, offset))
    return out


#: Records whose findings a sentence opened by "In the …," reports ("In the poll, …", "In a survey, …").
_SOURCE_RECORDS = frozenset(
    "poll polls survey surveys study report statement letter memo filing tweet".split()
)


def _in_source_host(t: Token) -> Token | None:
    """The main verb of a sentence that opens "In <record>, …" ("In this poll, Trump rose …") and is
    not itself a cue (a cue verb names its own source: "In a statement, the firm said …")."""
    prep = t.head
    if (
        t.dep_ != "pobj"
        or t.lemma_.lower() not in _SOURCE_RECORDS
        or prep.lower_ != "in"
        or prep.dep_ != "prep"
    ):
        return None
    host = prep.head
    if host.dep_ != "ROOT" or host.pos_ not in ("VERB", "AUX") or _lemma(host) in ALL_CUE_VERBS:
        return None
    subject = subject_of(host)
    if subject is None or subject.i < prep.i or prep.i > host.i:
        return None  # the phrase opens the sentence, before its subject and verb
    # a cue verb inside the sentence names its own source
    if any(x.pos_ in ("VERB", "AUX") and _lemma(x) in CLAUSE_VERBS and x.i != host.i for x in host.subtree):
        return None
    return host


#: Parts of speech a cue can have: a speech or cognition verb (or its participle read as an
#: adjective), a cue adjective ("sure") or a cue noun ("claim"); other cues are words ("reportedly").
_CUE_POS = ("VERB", "AUX", "ADJ", "NOUN")


def _cue_candidates(doc: Doc) -> list[Token]:
    """The tokens that may be a cue, picked from the token table: most words are determiners,
    names, pronouns and punctuation, and making a Token of each is most of the claim rules' cost."""
    strings = doc.vocab.strings
    pos = {strings[p] for p in _CUE_POS}
    words = {strings[w] for w in HEDGE_ADVERBS} | {strings["according"]}
    vbn = strings["VBN"]
    table = token_table(doc)
    return [
        doc[i]
        for i, (p, tag, low) in enumerate(zip(table["POS"], table["TAG"], table["LOWER"], strict=True))
        if p in pos or tag == vbn or low in words
    ]


#: Two apostrophes: the quotation mark of some newswires ("''We will win,'' he said."), which
#: the quotation rules do not read as one, so what it holds is reported speech.
_TWO_APOSTROPHES = "''"


def _carry_on(text: str, claim: Claim, offset: int) -> None:
    """ "''A,'' he said. ''B.''": a statement in two-apostrophe marks split by its attribution goes
    on to the end of the marks that follow the attribution in the same paragraph; the claim is all
    of it, as a split quotation in double marks is one quote."""
    start = claim.start - offset
    if claim.cue_span is None:
        return
    # the marks open the statement (words the content rule trims may stand between: "''If you're …")
    opening = text.rfind(_TWO_APOSTROPHES, max(0, start - 12), start)
    if opening < 0 or (not text[opening + 2 : start].replace(" ", "").isalpha() and opening + 2 != start):
        return
    start = opening + 2
    cue_start, cue_end = claim.cue_span[0] - offset, claim.cue_span[1] - offset
    # the marks close before the attribution: "''A,'' he said", "''A'' of the plan, he said"
    if cue_start < start or text.find(_TWO_APOSTROPHES, start, cue_start) < 0:
        return
    paragraph_end = text.find("\n", cue_end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    reopen = text.find(_TWO_APOSTROPHES, cue_end, paragraph_end)
    # only the attribution stands between: "he said. ''B.''", "said X, an economist. ''B''", "he said, ''B''"
    between = text[cue_end:reopen].rstrip()
    if reopen < 0 or len(between) > 300 or not between.endswith((".", ",", ":")) or '"' in between:
        return
    last = text.rfind(_TWO_APOSTROPHES, reopen + 2, paragraph_end)
    if last < 0:
        return
    claim.start, claim.end = offset + start, offset + last
    claim.text = text[start:last]


def _misparsed_complement(t: Token, lemma: str) -> list[Token] | None:
    """A reported clause the parser did not hang on the verb as a clause.

    - "told a meeting of leaders that few people understood …": a clause opened by the
      complementizer "that" inside the addressee phrase is what was told;
    - "said many of the examples … failed to note …": a long object of "said" that runs into a
      verb is the start of its clause; the content runs to the end of the sentence.
    """
    if lemma not in CLAUSE_VERBS:
        return None
    dobj = next((c for c in t.children if c.dep_ in ("dobj", "dative") and c.i > t.i), None)
    if dobj is None or _is_empty(dobj):
        return None
    for tok in dobj.subtree:
        marked = any(g.dep_ == "mark" and g.lower_ == "that" for g in tok.children)
        has_subject = any(g.dep_ in ("nsubj", "nsubjpass") for g in tok.children)
        if tok.dep_ in ("acl", "relcl", "ccomp") and marked and has_subject:
            return clause_tokens(tok)
    if lemma != "say":
        return None  # other verbs take real objects ("cited the audit"); "say" hardly ever does
    rest = [x for x in t.sent if x.i >= dobj.left_edge.i]
    if len(rest) >= 8 and any(
        x.pos_ in ("VERB", "AUX") and x.dep_ in ("advcl", "conj", "ROOT") for x in rest
    ):
        return rest
    return None


#: Verbs of accusation whose passive with an "of"/"for"/"as" phrase reports a charge someone made.
_ACCUSATION_VERBS = frozenset("accuse blame criticize criticise fault".split())


def _charge(t: Token, lemma: str) -> Token | None:
    """ "was accused of lying", "have been blamed for the delay", "is criticized as reckless": the
    preposition whose phrase says what the (unnamed) accusers hold against the subject."""
    if lemma not in _ACCUSATION_VERBS:
        return None
    return next(
        (
            c
            for c in t.children
            if c.dep_ == "prep"
            and c.i > t.i
            and c.lower_ in ("of", "for", "as")
            and _prep_object(c) is not None
        ),
        None,
    )


def _verb_claims(t: Token, lemma: str, passive: bool, add) -> None:
    """The claims a cue verb carries: its clause, its interrupted host clause, or its other content."""
    if has_dateline_subject(t):  # a dateline never speaks: the parse around it is wrong
        return
    comp = _complement(t)
    if comp is not None and lemma in CLAUSE_VERBS:
        subj = source_of(_speaking_verb(t))
        content = clause_tokens(comp, _nested_cues(comp))
        if passive and (subj is None or subj.lower_ == "it"):
            add(content, "hedged", None, [t])
        else:
            add(content, verb_kind(lemma, "clause"), subj, [t])
        return
    comp = _misparsed_complement(t, lemma)
    if comp is not None:
        add(comp, verb_kind(lemma, "clause"), source_of(t), [t])
        return
    if t.dep_ == "parataxis" and lemma in CLAUSE_VERBS and t.head.i != t.i:
        # "Acts of protest, he said, are acts of patriotism": the verb interrupts what it reports
        add(list(t.head.subtree), verb_kind(lemma, "clause"), subject_of(t), [t])
        return
    if passive:
        agent = _agent(t)
        subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
        if agent is not None and subj is not None and lemma in OBJECT_CUE_VERBS and not _is_empty(subj):
            # "the bill is supported by the mayor": the subject is what the agent backs
            add(clause_tokens(subj), verb_kind(lemma, "object"), agent, [t], min_tokens=1, clausal=False)
        elif agent is None and subj is not None and (charge := _charge(t, lemma)) is not None:
            # "the firm was accused of fraud": with no accuser named, the subject and the charge are the claim
            # (up to the end of the charge: a trailing ", killing …" or ", with claims …" is the writer's)
            # ("blamed for X and too slow": a conjunct the parser hangs on the verb goes on with the charge)
            end = max([charge.right_edge.i] + [c.right_edge.i for c in t.children if c.dep_ == "conj"])
            add([t.doc[i] for i in range(subj.left_edge.i, end + 1)], "hedged", None, [t])
        return
    content, shape = _verb_content(t, lemma)
    source = source_of(t) if content is not None else None
    if source is not None:  # "denied the report", "backs the bill": with nobody doing it, no claim
        add(content, verb_kind(lemma, shape), source, [t], min_tokens=1, clausal=False)


#: A line that opens with a short capitalised label and a colon: "Poll: …", "PENCE: …".
_LABEL_LINE = re.compile(r"^[\"“]?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):[ \t]+(\S.*)$", re.MULTILINE)


def _labelled_lines(doc: Doc) -> list[tuple[list[Token], list[Token]]]:
    """Lines whose words belong to the name before their colon: a headline's "Sanders: Clinton needs
    to …" and a transcript's "PENCE: Well, look, …". The label is a name or a noun, never a clause
    ("Update:", "The Latest:" and "He said:" are left alone)."""
    out = []
    for m in _LABEL_LINE.finditer(doc_text(doc)):
        label = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        content = doc.char_span(m.start(2), m.end(2), alignment_mode="contract")
        if label is None or content is None or not len(label) or not len(content):
            continue
        if label[0].pos_ == "DET" or any(t.pos_ in ("VERB", "AUX", "PRON") for t in label):
            continue
        if not any(t.pos_ in ("PROPN", "NOUN") for t in label):
            continue
        if label[0].lower_.rstrip("’'s") in EDITORIAL_LABELS:
            continue  # "Correction:", "Editor's note:": the paper speaks about itself
        out.append((list(label), list(content)))
    return out


def _headline_event(t: Token) -> bool:
    """A headline verb that reports the news event itself ("Russia and Turkey agree to coordinate …"):
    in a headline only speech, stance and directive verbs attribute, and speech verbs not with an infinitive."""
    if t.pos_ not in ("VERB", "AUX"):
        return False
    lemma = t.lemma_.lower()
    if lemma in SPEECH_VERBS and _complement(t) is not None:
        return False
    # "Union endorses Smith", "Mayor urges residents to stay home": stance and directive verbs attribute here too
    if lemma in OBJECT_CUE_VERBS or lemma in DIRECTIVE_VERBS:
        return False
    return lemma not in SPEECH_VERBS or any(c.dep_ == "xcomp" for c in t.children)


def _drop_nested(claims: list[Claim]) -> list[Claim]:
    """Drop claims that lie inside another claim's content: the outer claim already holds them, and a
    nested source ("he said [they want …]") is easily misread."""
    return [
        c
        for c in claims
        if not any(
            o.start <= c.start and c.end <= o.end and (o.end - o.start) > (c.end - c.start) for o in claims
        )
    ]


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """Keep the outermost of claims that share their start and the first of identical spans."""
    seen: dict[tuple[int, int], Claim] = {}
    for c in claims:
        seen.setdefault((c.start, c.end), c)
    return sorted(seen.values(), key=lambda c: (c.start, -c.end))


def _figures(doc: Doc, claims: list[Claim], quoted: list[tuple[int, int]], offset: int) -> list[Claim]:
    """Sentences with figures that nothing else covers: worth a fact-checker's look."""
    spans = [(c.start - offset, c.end - offset) for c in claims] + quoted
    taken = SpanIndex((s, e, True) for s, e in spans)
    # the figures of each sentence, found in one pass (`Span.ents` rescans the whole doc per sentence)
    figures_in: dict[int, list] = {}
    for e in doc.ents:
        if e.label_ in _FIGURE_LABELS:
            figures_in.setdefault(e[0].sent.start, []).append(e)
    text = doc_text(doc)
    out = []
    for sent in doc.sents:
        figures = figures_in.get(sent.start)
        if not figures:
            continue
        tokens = trim_tokens(list(sent))
        if len(tokens) < MIN_CONTENT_TOKENS:
            continue
        start, end = char_span(tokens)
        if taken.overlapping(start, end):
            continue
        claim = Claim(offset + start, offset + end, text[start:end], kind="figure")
        claim.cue = ", ".join(e.text for e in figures)
        claim.cue_span = char_span(list(figures[0]), offset)
        out.append(claim)
    return out
