"""Small helpers over spaCy's dependency parse shared by the quote, claim and role rules."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from tui.analysis.control import MEASURES, SUBJECT_CONTROL, TIME_UNITS, aside_reporter, controller
from tui.analysis.model import Entity, Span

#: Dependents that a speaker's noun phrase keeps out: clauses and asides about the speaker.
_NP_DROP = frozenset({"relcl", "acl", "appos", "punct", "advcl", "cc", "conj", "parataxis"})


def char_span(tokens: Iterable[Token], offset: int = 0) -> Span:
    """The character span from the first to the last of `tokens`."""
    toks = list(tokens)
    return (offset + toks[0].idx, offset + toks[-1].idx + len(toks[-1].text))


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, or the subject it shares with the verb it hangs from ("…, adding that …")."""
    seen = 0
    while verb is not None and seen < 4:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
                return child
        if verb.dep_ in ("conj", "advcl", "xcomp", "acl") and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
            continue
        return None
    return None


def to_infinitive(verb: Token) -> bool:
    """Whether the verb is a "to" infinitive ("a plan [to ban] …", "refused [to testify]")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def that_marked(clause: Token) -> bool:
    """Whether the clause opens with the conjunction "that" ("said [that he would …]")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def possessor(noun: Token) -> Token | None:
    """The noun's owner: "her" of "her view", "Clinton" of "Clinton's account"."""
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def noun_phrase(token: Token) -> list[Token]:
    """The token's phrase without relative clauses, appositions and other asides."""
    keep = [token]
    stack = [c for c in token.children if c.dep_ not in _NP_DROP]
    while stack:
        t = stack.pop()
        keep.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _NP_DROP)
    keep.sort(key=lambda t: t.i)
    # a phrase is contiguous: stop at the first gap
    out = [keep[0]]
    for t in keep[1:]:
        if t.i != out[-1].i + 1:
            if t.i > token.i:
                break
            out = [t]
            continue
        out.append(t)
    return out if token in out else [token]


def mention_span(token: Token, entities: list[Entity], offset: int = 0) -> Span:
    """The speaker's span: the entity the token belongs to, the pronoun itself, or its noun phrase."""
    if token.pos_ == "NUM" and token.dep_ == "nummod":  # "About 4 in 10": the figure's whole phrase
        return char_span(list(token.subtree), offset)
    pos = offset + token.idx
    for e in entities:
        if e.start <= pos < e.end:
            return (e.start, e.end)
    if token.pos_ == "PRON":
        return char_span([token], offset)
    return char_span(noun_phrase(token), offset)


def clause_tokens(head: Token, stop: set[int] | None = None) -> list[Token]:
    """The head's subtree, without tokens whose index is in `stop` (and their subtrees)."""
    stop = stop or set()
    out = []
    stack = [head]
    while stack:
        t = stack.pop()
        if t.i in stop and t is not head:
            continue
        out.append(t)
        stack.extend(t.children)
    out.sort(key=lambda t: t.i)
    return out


def trim_tokens(tokens: list[Token]) -> list[Token]:
    """Drop leading marks ('that', commas) and trailing punctuation from a content span, and a
    trailing 'and' / 'but' / 'or' whose conjunct was left out as a report of its own ("said the
    system is complex and [he feels …]" would show "… complex and"). The mark of a condition or a
    concession inside the content stays: "said [if the bill passes], taxes will rise" is not "the bill
    passes"."""
    start, end = 0, len(tokens)
    while start < end and (
        tokens[start].dep_ in ("mark", "cc", "punct", "prep" if tokens[start].lower_ == "as" else "_")
        or tokens[start].is_space
    ):
        mark = tokens[start]
        if (
            mark.dep_ == "mark"
            and mark.lower_ != "that"
            and mark.head.dep_ == "advcl"
            and tokens[0].i <= mark.head.head.i <= tokens[-1].i
        ):
            break
        start += 1
    while end > start and (
        ((tokens[end - 1].is_punct or tokens[end - 1].is_space) and tokens[end - 1].text not in "”’\"')")
        or (tokens[end - 1].dep_ == "cc" and tokens[end - 1].lower_ in ("and", "but", "or"))
    ):
        end -= 1
    return _close_brackets(tokens[start:end])


def opens_adverbial(first: Token, clause: Token) -> bool:
    """Whether `first` (the first word of `clause`'s phrase) opens an adverbial clause inside it
    ("[if] they win Ohio, they win", "[when] it passes, …") rather than the clause itself ("whether
    they win", "what happened")."""
    node = first
    while node.i != clause.i and node.head.i != node.i:
        if node.dep_ == "advcl":
            return True
        node = node.head
    return False


def _close_brackets(tokens: list[Token]) -> list[Token]:
    """The span with the closing brackets that follow it when it opens more than it closes: spaCy
    often hangs a ")" on a word outside the clause, which cut "… the Levant (ISIL, also known as ISIS"."""
    if not tokens:
        return tokens
    doc, i = tokens[-1].doc, tokens[-1].i + 1
    if i >= len(doc) or doc[i].text not in (")", "]"):
        return tokens  # most spans: nothing to close, and nothing counted
    open_ = sum(t.text in ("(", "[") for t in tokens) - sum(t.text in (")", "]") for t in tokens)
    out = tokens
    while open_ > 0 and i < len(doc) and doc[i].text in (")", "]"):
        out = [*out, doc[i]]
        open_ -= 1
        i += 1
    return out


def contiguous(tokens: list[Token]) -> list[Token]:
    """The longest run of consecutive tokens (a content span must be one piece)."""
    if not tokens:
        return tokens
    runs, run = [], [tokens[0]]
    for t in tokens[1:]:
        if t.i == run[-1].i + 1:
            run.append(t)
        else:
            runs.append(run)
            run = [t]
    runs.append(run)
    return max(runs, key=len)


def doc_token_at(doc: Doc, char: int) -> Token | None:
    """The token covering character `char` of the doc's text."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


#: Links a cue climbs to find whose words or stance it reports ("…, saying that …", "by arguing …").
_CLIMB = frozenset({"conj", "advcl", "xcomp", "acl", "pcomp", "ccomp", "relcl"})
#: What `source_of` climbs through besides: a phrase's object, an apposition, and "acomp" ("Mr. Roe is
#: convinced that …", the participle the parser hangs on the copula).
_SOURCE_CLIMB = _CLIMB | frozenset({"pobj", "prep", "dobj", "nsubj", "attr", "appos", "acomp"})
#: Relative pronouns that stand for the noun their clause hangs on ("a letter that says …").
_RELATIVE_THAT = frozenset({"that"})


#: The parts of speech that can name a speaker.
_NAMING_POS = frozenset({"PROPN", "NOUN", "PRON"})
#: Dashes that end a dateline ("WASHINGTON — …").
_DATELINE_DASHES = frozenset({"--", "—", "–", "-"})


def _dateline_dash(subject: Token) -> Token | None:
    """The dash that ends a dateline the parser took for a subject, or None: an upper-case place that
    opens its sentence, then at most a date and an agency before the dash ("WASHINGTON — …",
    "LOS ANGELES, Sept. 28 (UPI) — …")."""
    doc = subject.doc
    sent_start = subject.sent.start
    if not subject.is_upper or not all(t.is_upper or t.is_punct for t in doc[sent_start : subject.i]):
        return None
    depth = 0  # inside the agency's brackets anything goes: "(Reuters)", "(UPI)", "(AP Photo)"
    for tok in doc[subject.i + 1 : subject.i + 10]:
        if tok.text in _DATELINE_DASHES and depth == 0:
            return tok
        depth += (tok.text == "(") - (tok.text == ")")
        if not (depth > 0 or tok.is_punct or tok.like_num or tok.pos_ == "PROPN"):
            return None  # a word of a sentence: an all-capitals lead ("DOCTORS DON'T WANT … —")
    return None


def _past_dateline(subject: Token) -> Token | None:
    """The real subject behind a dateline the parser took for one: in "WASHINGTON -- President Obama
    … said" the capitalised place before the dash is where the story was filed, not who spoke, and
    with no name after the dash nobody is (None)."""
    dash = _dateline_dash(subject)
    if dash is None:
        return subject
    # the name after the dash hangs on the place as an apposition, or on the verb as a second subject
    named = [c for c in subject.children if c.dep_ == "appos"]
    named += [c for c in subject.head.children if c.dep_ == subject.dep_]
    return next((c for c in named if c.i > dash.i and c.pos_ in _NAMING_POS), None)


def has_dateline_subject(verb: Token) -> bool:
    """Whether the parser gave `verb` a dateline for its subject and nobody after it: a misparse
    ("DENVER, May 9 (AP) — In a clip for the Hulu show The Porch, …" has made "show" a verb)."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and _dateline_dash(c) is not None and _past_dateline(c) is None
        for c in verb.children
    )


def source_of(verb: Token) -> Token | None:
    """Whose words, view or stance the cue `verb` reports: its subject, or the subject it inherits.

    Unlike `subject_of` it follows more links: a participle or infinitive hanging from a noun
    ("issued a statement saying …") takes the subject of the verb that has the noun; one hanging
    from a preposition ("by announcing …") the subject of the preposition's verb; an infinitive under
    a verb with an object is controlled by that object ("pushed the banker to admit …"), unless the
    verb only uses or spends it ("used the remarks to urge …"); a phrase right before a subjectless
    participle or infinitive may control it ("ended with Smith asking …", `control.controller`); a
    ", adding …" hung on a reported clause goes on from its reporter; a relative "that" stands for
    its noun ("a letter that says …").
    """
    if verb.dep_ == "conj" and (same := _same_verb_above(verb)) is not None:
        verb = same
    if (inverted := inverted_speaker(verb)) is not None:
        return inverted
    t = aside_reporter(verb) or verb
    for _ in range(6):
        if (child := _subject_child(t)) is not None:
            if child.lower_ in _RELATIVE_THAT and t.dep_ == "relcl":
                return t.head
            if child.dep_ == "nsubjpass" and (doer := _agent(t)) is not None:
                # "The photo was denied by Andrew, hinting that …", "he was told by officials
                # that …": the doer of the passive speaks, not its subject
                return doer
            return _past_dateline(_named_subject(t, child))
        if t.i == verb.i and (
            share := next((c for c in t.children if c.dep_ == "nummod" and c.i < t.i), None)
        ):
            return share  # "About 4 in 10 say …": a share of people the parser hung on the verb
        if (doer := controller(t)) is not None:
            return doer  # "with Smith asking …", "rely on users to report …"
        if t.dep_ == "xcomp" and t.head.lemma_.lower() not in SUBJECT_CONTROL:
            obj = next((c for c in t.head.children if c.dep_ == "dobj"), None)
            # "spent the weekend figuring out …": a stretch of time is no one controlling the verb
            if obj is not None and obj.lemma_.lower() not in TIME_UNITS and obj.ent_type_ not in MEASURES:
                return obj  # object control: "urged her to run" — she is the one running
        if t.head.i == t.i or t.dep_ not in _SOURCE_CLIMB:
            return None
        if t.dep_ == "ccomp" and t.i != verb.i:
            return None  # a clause's own cue does not inherit the reporter's subject
        if t.dep_ in ("dobj", "nsubj", "attr", "appos", "pobj", "prep") and t.i == verb.i:
            return None
        if t.dep_ == "acl" and t.head.dep_ == "ROOT" and t.head.pos_ in _NAMING_POS and t.head.i < t.i:
            # "Donald Trump, who is running, tweeted on Friday to say …": a sentence the parser
            # headed by its subject, the main verb hung on it as a modifier
            return t.head
        t = t.head
        # from a noun or a preposition, go on to the verb that has it
        # (and from an adjective or adverb: "was able to tout …", "stopped short of calling …")
        while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
            if t.dep_ not in (
                "dobj",
                "pobj",
                "prep",
                "acl",
                "attr",
                "appos",
                "pcomp",
                "conj",
                "acomp",
                "advmod",
            ):
                return None
            t = t.head
    return None


def _agent(verb: Token) -> Token | None:
    """The one who does what a passive verb says: "denied by [Andrew]"."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return None if by is None else next((c for c in by.children if c.dep_ == "pobj"), None)


def _named_subject(verb: Token, first: Token) -> Token:
    """ "…, said study co-author Jane Roe": a hyphen splits the subject in two ("co" and "Roe" both
    subjects of "said"); the one that is a name is the speaker."""
    if first.pos_ == "PROPN" or first.i < verb.i:
        return first
    return next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.i > first.i and c.pos_ == "PROPN"), first
    )


def _subject_child(verb: Token) -> Token | None:
    """The verb's subject; of two the parser gave it, the one nearest before it: in "Speaking in
    Salem, New Hampshire, Trump went after Bush" the place set off by commas is no second subject."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if len(subjects) < 2:
        return subjects[0] if subjects else None
    before = [c for c in subjects if c.i < verb.i]
    return before[-1] if before else subjects[0]


def inverted_speaker(verb: Token) -> Token | None:
    """The speaker named after a verb that interrupts the report between commas, where the parser
    took the report's first words for the verb's subject: in "The plan, said a spokesman, would cost
    billions" the spokesman (made a second subject), in "The contrast, said Doyle and others, would be
    clear" Doyle (made the subject of the report's verb)."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or verb.i + 1 >= len(doc):
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None  # no misparse: "…, said Smith, …" already has its subject after the verb
    for child in verb.children:
        if child.dep_ == "nsubj" and child.i > verb.i and child.left_edge.i == verb.i + 1:
            return child
    for comp in verb.children:
        if comp.dep_ != "ccomp" or comp.i < verb.i:
            continue
        for subj in comp.children:
            end = subj.right_edge.i  # the closing comma may hang on the phrase or come after it
            if doc[end].text != ",":
                end += 1
            if (
                subj.dep_ == "nsubj"
                and subj.left_edge.i == verb.i + 1
                and end < comp.i
                and doc[end].text == ","
            ):
                return subj
    return None


#: Finite verb tags: a cue with one of these and no subject has lost it to a misparse.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: How far back a lost subject is looked for, in tokens.
STRAY_REACH = 25


def stray_subject(verb: Token) -> Token | None:
    """The subject of a finite main verb the parser left without one: "That attitude, many argue, …"
    ("many" hung on the verb), "At Boca West, Jay DiPietro, the club's president, suggested that …"
    (the name hung on the fronted phrase as its apposition): the word right before the verb, else
    the nearest name before it with no other verb between."""
    if verb.tag_ not in _FINITE:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "auxpass") for c in verb.children):
        return None
    if (reduced := _reduced_relative_subject(verb)) is not None:
        return reduced
    if verb.dep_ not in ("ROOT", "parataxis"):
        return None
    doc, start = verb.doc, verb.sent.start
    before = doc[verb.i - 1] if verb.i > start else None
    if before is not None and before.head.i == verb.i and before.pos_ in ("PRON", "NOUN", "PROPN", "ADJ"):
        return before
    for i in range(verb.i - 1, max(start, verb.i - STRAY_REACH) - 1, -1):
        t = doc[i]
        if t.pos_ in ("VERB", "AUX") and t.tag_ in _FINITE:
            return None
        if t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG"):
            return t
    return None


def _reduced_relative_subject(verb: Token) -> Token | None:
    """ "Republican activists clamoring to block Trump say …": the parser read the subject and the
    participle that describes it as a clause of their own set before the verb; the participle's
    subject is the verb's. Not when the clause is set off ("The vote counted, officials say …") or
    opened by a conjunction ("When asked, …"). The parser may instead make the participle the head
    of the sentence and hang the verb on it."""
    doc, head = verb.doc, verb.head
    if (
        verb.dep_ == "dep"
        and head.i < verb.i
        and head.tag_ in ("VBG", "VBN")
        and not doc[verb.i - 1].is_punct
        and not any(g.dep_ in ("aux", "auxpass") for g in head.children)
    ):
        return next((g for g in head.children if g.dep_ == "nsubj" and g.i < head.i), None)
    for c in verb.children:
        if c.dep_ != "advcl" or c.i > verb.i or c.tag_ not in ("VBG", "VBN"):
            continue
        if any(g.dep_ in ("mark", "advmod") and g.i < c.i for g in c.children):
            continue
        if c.right_edge.i >= verb.i or doc[c.right_edge.i + 1].is_punct:
            continue
        return next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
    return None


def _same_verb_above(verb: Token) -> Token | None:
    """ "Clark said Brooks had begun …, but said the outcome was open": a subjectless verb the parser
    joined to a clause inside the report, when a verb of the same lemma above it has a subject: the
    second "said" goes on from the first."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    lemma = verb.lemma_
    for above in verb.ancestors:
        if above.lemma_ == lemma and above.pos_ == verb.pos_:
            return above if any(c.dep_ in ("nsubj", "nsubjpass") for c in above.children) else None
    return None


def doc_text(doc: Doc) -> str:
    """The doc's text, kept once per doc: spaCy's `Doc.text` joins every token on each access, and the
    rules ask for it often (a long article's chunk paid seconds for it)."""
    text = doc.user_data.get("newsreader.text")
    if text is None:
        text = doc.user_data["newsreader.text"] = doc.text
    return text


#: The token attributes that whole-document passes read, as columns of `token_table`.
TABLE_ATTRS = ("POS", "TAG", "IS_TITLE", "IS_UPPER", "IS_LOWER", "LOWER", "ORTH", "DEP", "IDX", "LENGTH")


def token_table(doc: Doc) -> dict[str, list[int]]:
    """Per-token attributes of the whole doc as plain int lists, made once per doc.

    A rule that walks every token through `doc[i]` makes a Python Token object per step (the bulk of
    the rules' time on a long article); one `Doc.to_array` call reads the same values in C. String
    attributes come as StringStore hashes: compare with `doc.vocab.strings[...]` values."""
    table = doc.user_data.get("newsreader.table")
    if table is None:
        columns = doc.to_array(list(TABLE_ATTRS)).T.tolist() if len(doc) else [[] for _ in TABLE_ATTRS]
        table = doc.user_data["newsreader.table"] = dict(zip(TABLE_ATTRS, columns, strict=True))
    return table


def token_range(doc: Doc, start: int, end: int) -> range:
    """The indices of the tokens a character span of the doc touches, found by bisecting the
    tokens' offsets (`token_table`) rather than making a `char_span` per name."""
    starts = token_table(doc)["IDX"]
    return range(max(0, bisect_right(starts, start) - 1), bisect_left(starts, end))


def lowercase_words(doc: Doc) -> set[str]:
    """The words the doc writes in lower case somewhere: a capitalised one among them is a common
    noun at the start of something, not a name. Made once per doc."""
    words = doc.user_data.get("newsreader.lowercase")
    if words is None:
        table = token_table(doc)
        hashes = {h for h, low in zip(table["LOWER"], table["IS_LOWER"], strict=True) if low}
        words = doc.user_data["newsreader.lowercase"] = {doc.vocab.strings[h] for h in hashes}
    return words


def sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """For every token, the start and end (token indices) of its sentence, found in one pass.

    `Token.sent` walks to the sentence's edges on each access, which is quadratic over a long
    sentence with many quotations."""
    bounds = doc.user_data.get("newsreader.sentence_bounds")
    if bounds is None:
        starts, ends = [0] * len(doc), [0] * len(doc)
        for sent in doc.sents:
            for i in range(sent.start, sent.end):
                starts[i], ends[i] = sent.start, sent.end
        bounds = doc.user_data["newsreader.sentence_bounds"] = (starts, ends)
    return bounds
