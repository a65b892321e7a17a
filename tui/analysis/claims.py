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
A complement that is mostly inside quotation marks is a quote, not also a claim. A reported claim is
told apart as a belief or an intention by its cue (`claim_kinds`); the content a cue carries is
found in the parse by `claim_content` (or, where the parser hung it elsewhere, by
`claim_misparses`); headlines and labelled lines are read by `claim_lines`,
overlapping claims settled by `claim_overlaps`, figures found by `claim_figures`, and the name of a
described source and the subjects that report nobody ("we know", "nothing indicated") read by
`claim_sources`; views stated without a clause ("is widely seen as …", "made clear that …", "In
their view, …") are found by `claim_views`, and polls and records that report a sentence ("In the
latest poll, …") by `claim_records`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tui.analysis.claim_apostrophes import apostrophe_claims
from tui.analysis.claim_content import (
    ALL_CUE_NOUNS,
    ALL_CUE_VERBS,
    CLAUSE_VERBS,
    agent_of,
    charge_of,
    complement,
    cue_lemma,
    is_empty,
    noun_content,
    noun_source,
    open_question,
    said_when,
    speaking_verb,
    verb_content,
)
from tui.analysis.claim_extent import carry_on, clause_reach, reach_claims, through_quotation
from tui.analysis.claim_figures import figure_claims
from tui.analysis.claim_for_clauses import for_clause
from tui.analysis.claim_idioms import by_account, set_off_view, view_is_that
from tui.analysis.claim_kinds import negated, noun_kind, qualifiers, verb_kind
from tui.analysis.claim_lines import headline_event, labelled_lines, title_lines
from tui.analysis.claim_misparses import (
    clause_content,
    cue_read_as_modifier,
    fronted_report,
    inverted_report,
    misparsed_complement,
    set_off_teller,
    with_relative_head,
)
from tui.analysis.claim_overlaps import dedupe, drop_hedges_of_sourced, drop_nested
from tui.analysis.claim_reactions import reacting_holder
from tui.analysis.claim_records import in_poll_host, in_source_host, is_record, poll_holder
from tui.analysis.claim_sources import described_noun, described_thing, reports_nobody, source_span
from tui.analysis.claim_stances import adjective_stance
from tui.analysis.claim_views import in_view, made_clear, passive_view
from tui.analysis.lexicon import (
    CUE_ADJECTIVES,
    HEDGE_ADVERBS,
    HEDGE_PARTICIPLES,
    OBJECT_CUE_VERBS,
    VISUAL_RECORDS,
)
from tui.analysis.model import Claim, Entity, Quote, Span
from tui.analysis.posts import find_posts
from tui.analysis.quote_names import HEADLINE_WORD, too_long_for_headline
from tui.analysis.quotemarks import Quotation, first_words, inside_share
from tui.analysis.spans import SpanSet
from tui.analysis.syntax import (
    char_span,
    clause_tokens,
    contiguous,
    doc_text,
    has_dateline_subject,
    inverted_speaker,
    source_of,
    stray_subject,
    subject_of,
    token_table,
    trim_tokens,
)

#: Complements shorter than this are not statements ("he said so").
MIN_CONTENT_TOKENS = 3


def find_claims(
    doc: Doc,
    quotations: list[Quotation],
    entities: list[Entity],
    quotes: list[Quote],
    offset: int = 0,
    relatives: dict[Span, Span] | None = None,
) -> list[Claim]:
    """Claims in the chunk `doc` whose text starts at `offset`; sources as spans, unresolved. A
    source given by a relative pronoun has the pronoun's span, and `relatives` maps it to the span
    of the noun the pronoun stands for."""
    text = doc_text(doc)
    quoted = [(q.start - offset, q.end - offset) for q in quotes]

    in_quotes = SpanSet((q.start, q.end) for q in quotations).covers
    opens_quotation = first_words(quotations, text)
    in_post = SpanSet((p.start, p.end) for p in find_posts(text)).covers  # its author's words: a quote
    quoted_share = inside_share(quotations)

    out: list[Claim] = []
    reach: dict[int, int] = {}  # how far each claim's cue clause runs (`claim_extent`)

    def add(
        tokens: list[Token],
        kind: str,
        source: Token | None,
        cue: list[Token] | None,
        min_tokens: int = MIN_CONTENT_TOKENS,
        labelled: bool = False,
        clausal: bool = True,
        quoted: bool = False,
    ) -> None:
        whole = contiguous(tokens)
        tokens = trim_tokens(whole)
        if cue and tokens and (when := said_when(tokens, cue[-1])) is not None:
            tokens = trim_tokens([t for t in tokens if t.i > when])  # "said Tuesday [the suspect had fled]"
        if len(tokens) < min_tokens or not any(t.is_alpha or t.like_num for t in tokens):
            return
        start, end = char_span(tokens)
        # the quote test runs on the content with its "that": "said that “…”" stays reported speech
        lead = next((t for t in whole if not (t.is_punct or t.is_space)), tokens[0])
        q_start = min(start, lead.idx)
        share = quoted_share((q_start, end))
        # (a transcript line "“PENCE: Well, …" is the label's claim: its words do not open with a mark)
        # ("is “confident that …”": a stance the writer quotes with its content is a claim holding a quote)
        if (
            share >= 0.6
            and not quoted
            and (text[q_start] in "“\"‘'„«" or (in_quotes(q_start) and not labelled))
        ):
            return  # a direct quotation: the quote rule has it
        if in_post(start) or (source is None and kind != "hedged"):
            return  # a post's words are its author's quote; "the fear that …" with no one to hold it
        if source is not None and (reports_nobody(source) or (cue and described_thing(source, cue[-1]))):
            return  # "as we know, …", "nothing indicated that …", "an email that showed …": no one is reported
        if cue and cue[-1].pos_ in ("VERB", "AUX") and _unmade(cue[-1]):
            return  # "many will deplore that decision", "others might argue that …": nobody has said it
        if cue and cue[-1].pos_ in ("VERB", "AUX") and (extra := qualifiers(cue[-1])):
            # "does not believe", "no longer consider", "could back": the cue keeps its negation and
            # modal, and a claim that follows its cue keeps them too where they change what it says
            # (an object's "could back the plan"; a clause only when denied: "did not say that …")
            cue = extra + list(cue)
            if extra[0].idx < start and cue[-1].idx < start and (not clausal or negated(cue[-1])):
                start = extra[0].idx
        start, end = through_quotation(quotations, text, q_start, start, end)
        claim = Claim(offset + start, offset + end, text[start:end], kind=kind)
        if source is not None:
            claim.source_span = source_span(source, cue, entities, offset, relatives)
        if cue:
            claim.cue = " ".join(t.text for t in cue)
            claim.cue_span = char_span(cue, offset)
            verb = cue[-1]
            reaches = verb.pos_ in ("VERB", "AUX") and verb.idx + len(verb) <= start
            if reaches and (edge := clause_reach(verb)) is not None:
                reach[id(claim)] = edge
        out.append(claim)

    # the headline (the chunk's first line, when the chunk starts the article)
    headline_end = (text.find("\n") if "\n" in text else len(text)) if offset == 0 else -1
    if too_long_for_headline(HEADLINE_WORD.findall(text, 0, max(headline_end, 0))):
        headline_end = -1  # a first line too long for a headline is the article's first paragraph
    in_title = title_lines(text).covers
    for t in _cue_candidates(doc):
        # (past this, a cue inside quotation marks is an adjective opening it: the writer's "is
        # “confident that …”" quotes the stance with its content)
        quoted_stance = in_quotes(t.idx)
        if quoted_stance and not (t.pos_ == "ADJ" and opens_quotation(t.idx)):
            continue
        if (t.idx < headline_end or in_title(t.idx)) and headline_event(t):
            continue
        lemma = cue_lemma(t)
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
        elif (hedge := _hedge_content(t, lemma, passive)) is not None:
            add(hedge, "hedged", None, [t])
        elif t.pos_ == "VERB" and (set_off := set_off_view(t)) is not None:
            add(set_off, "hedged", None, [t])  # "Long considered one of …, the band …"
        elif t.pos_ in ("VERB", "AUX") and lemma in ALL_CUE_VERBS:
            _verb_claims(t, lemma, passive, add)
        elif lemma == "put" and (host := _as_reported(t, lemma)) is not None:
            add(host, "reported", subject_of(t), [t])  # "As one diplomat put it, …"
        elif t.pos_ == "ADJ" and (said := made_clear(t)) is not None:
            content, who, made = said  # "made (it) clear that …"
            add(content, "reported", who, sorted([made, t], key=lambda x: x.i))
        elif t.pos_ == "ADJ" and (stance := adjective_stance(t)) is not None:
            add(stance[0], "belief", stance[1], [t], min_tokens=1, clausal=False)  # "is critical of …"
        elif t.pos_ == "ADJ" and lemma in CUE_ADJECTIVES:
            comp = complement(t)
            if comp is not None:  # "was sure that …": the copula's subject holds the view
                add(
                    clause_tokens(comp),
                    "belief",
                    subject_of(t.head) or subject_of(t),
                    [t],
                    quoted=quoted_stance,
                )
        elif t.pos_ == "NOUN" and (account := by_account(t)) is not None:
            by, owner = account  # "By most accounts, …", "by her own accounting, …"
            add(_according_content(by), "reported", owner, [by, t])
        elif t.pos_ == "NOUN" and (held := view_is_that(t)) is not None:
            clause, holder = held  # "The assumption was that …": a view, its owner's or a hedge
            add(clause_tokens(clause), "hedged" if holder is None else "belief", holder, [t, t.head])
        elif t.pos_ == "NOUN" and (view := in_view(t)) is not None:
            content, owner, prep = view  # "In their view, …"
            add(content, "belief", owner, [prep, t])
        elif t.pos_ == "NOUN" and (host := in_source_host(t) or in_poll_host(t)) is not None:
            # "In the latest poll, Clinton leads by five points", "Trump has a decisive lead in the
            # polls": the poll is the source of its sentence
            content = clause_tokens(host, {t.head.i})
            if t.head.i > host.i:  # the finding is what comes before a trailing "in the polls …"
                content = [x for x in content if x.i < t.head.i]
            add(content, "reported", t, [t.head, t])
        elif t.pos_ == "NOUN" and lemma in ALL_CUE_NOUNS:
            content, clausal = noun_content(t)
            source = reacting_holder(t) or noun_source(t)
            # "the claim that …" reports on its own; "support for X" only when it says whose support
            if content is not None and (clausal or source is not None):
                add(content, noun_kind(lemma), source, [t], min_tokens=1)
        elif t.lower_ in HEDGE_ADVERBS:
            # "has reportedly told friends that …": the teller's claim
            if t.head.dep_ in ("relcl", "acl") and t.head.head.pos_ in ("NOUN", "PROPN", "NUM"):
                add(_hedged_phrase(t.head), "hedged", None, [t])
            elif not _reports_clause(t.head):
                add(clause_tokens(t.head), "hedged", None, [t])
        elif t.lower_ == "according" and any(c.lower_ == "to" for c in t.children):
            prep = next(c for c in t.children if c.lower_ == "to")
            source = next((c for c in prep.children if c.dep_ == "pobj"), None)
            add(_according_content(t), "reported", source, [t, prep])
    for label, content in labelled_lines(doc):
        add(content, "reported", label[-1], [doc[label[-1].i + 1]], min_tokens=2, labelled=True)
    out = drop_nested(drop_hedges_of_sourced(out))
    out = dedupe(out)
    reach_claims(out, reach, quotations, text, offset, quotes)
    tags = [claim.cue_span[0] for claim in out if claim.cue_span is not None]
    for claim in out:
        carry_on(text, claim, offset, tags)
    out.extend(apostrophe_claims(doc, quotations, entities, out, offset))  # "''…,'' he continued"
    out.extend(figure_claims(doc, out, quoted, offset))
    return out


def _hedged_phrase(clause: Token) -> list[Token]:
    """ "a phone call he reportedly made to her office, in which …", "the $20 reportedly demanded by
    X": a hedge in a clause that describes a noun hedges the noun's phrase up to the clause's end (the
    call was made, the $20 demanded), not what comes after a comma."""
    doc = clause.doc
    end = clause.right_edge.i
    comma = next((i for i in range(clause.i + 1, end + 1) if doc[i].text == ","), None)
    if comma is not None:
        end = comma - 1
    return [doc[i] for i in range(clause.head.left_edge.i, end + 1)]


def _hedge_content(t: Token, lemma: str, passive: bool) -> list[Token] | None:
    """A sourceless estimate or view carried by a participle, and the words it hedges:
    - "an exotic world considered a strong candidate …", "areas thought to be …": a participle of
      belief on a noun with what the noun is held to be (the noun and the participle's phrase);
    - "an estimated 100,000 residents would be eligible": the clause whose subject it counts;
    - "the population is estimated at 40,000": a passive estimate with its figure (its clause)."""
    if (
        t.tag_ in ("VBN", "VBD")  # the tagger takes some for a past tense
        and t.dep_ == "acl"
        and (lemma in HEDGE_PARTICIPLES or lemma == "consider")
        and t.head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ in ("xcomp", "oprd") for c in t.children)
        and agent_of(t) is None
    ):
        return [t.doc[i] for i in range(t.head.left_edge.i, t.right_edge.i + 1)]
    if t.lower_ == "estimated" and t.dep_ == "amod" and any(c.dep_ == "nummod" for c in t.head.children):
        noun = t.head
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
            return clause_tokens(noun.head)
        return None
    if (
        lemma == "estimate"
        and passive
        and agent_of(t) is None
        and any(c.dep_ == "prep" and c.lower_ == "at" for c in t.children)
    ):
        return clause_tokens(t)
    return None


#: Modals that put a cue in the future or the merely possible: a view or statement nobody has made yet.
_UNMADE_MODALS = frozenset({"will", "’ll", "'ll", "wo", "shall", "might", "could"})


def _unmade(verb: Token) -> bool:
    """ "Many in Hong Kong will deplore that decision", "others might argue that …": the writer
    predicts a stance, nobody is reported holding it."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in _UNMADE_MODALS for c in verb.children)


def _as_reported(t: Token, lemma: str) -> list[Token] | None:
    """ "As The Times reported, he has emerged as …", "…, as Clyburn noted": a speech verb in an
    "as" clause, with a subject and no content of its own, reports the clause it hangs on."""
    if t.dep_ != "advcl" or (lemma not in CLAUSE_VERBS and lemma != "put"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return None
    # "as he said he would", "as most firms reported results": an object or clause of its own
    objects = [c for c in t.children if c.dep_ in ("dobj", "ccomp", "xcomp") or for_clause(c, lemma)]
    if [o.lower_ for o in objects] != (["it"] if lemma == "put" else []):
        return None
    return clause_tokens(t.head, {t.i})


def _according_content(t: Token) -> list[Token]:
    """What "according to X" reports: the whole statement it hangs in, not the word the parser
    hangs it on ("One of the officers, according to records, had worked …" hangs it on "One";
    "A won 37 percent and B 13 percent, according to the results" on the last conjunct). The
    phrase is left out where it opens or ends the statement and kept where it interrupts it."""
    host = t.head
    while host.head.i != host.i:
        if host.pos_ not in ("VERB", "AUX"):
            host = host.head
        elif host.dep_ == "conj" or (host.dep_ == "ccomp" and cue_lemma(host.head) not in CLAUSE_VERBS):
            host = host.head  # (a clause a cue reports stays that cue's: "X said [Y], according to Z")
        else:
            break
    content = clause_tokens(host)
    phrase = {x.i for x in t.subtree}
    lo, hi = 0, len(content)
    while lo < hi and (content[lo].i in phrase or content[lo].is_punct or content[lo].is_space):
        lo += 1
    while hi > lo and (content[hi - 1].i in phrase or content[hi - 1].is_punct or content[hi - 1].is_space):
        hi -= 1
    return content[lo:hi]


def _reports_clause(verb: Token) -> bool:
    """Whether a verb is a cue with a reported clause of its own ("told friends that …")."""
    comp = complement(verb)
    return (
        verb.pos_ in ("VERB", "AUX")
        and cue_lemma(verb) in CLAUSE_VERBS
        and comp is not None
        # a clause without its subject is a misparse: the hedge's claim holds the whole sentence
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in comp.children)
        and source_of(verb) is not None
    )


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


def _discourse_marker(t: Token) -> bool:
    """ "That said, …", "Having said that, …", "which is not to say …": the writer turning, nobody's
    statement."""
    doc = t.doc
    before = doc[t.i - 1].lower_ if t.i > 0 else ""
    after = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if before in ("that", "this") and after is not None and after.text == ",":
        return t.i - 1 == 0 or doc[t.i - 1].is_sent_start or doc[t.i - 2].is_space
    if (
        before == "to"
        and t.lower_ == "say"
        and t.dep_ == "xcomp"
        and t.head.lemma_.lower() == "be"
        and t.i >= 2
    ):
        # "Which is not to say that …", "That is to say, …": the writer glossing ("it is fair to say",
        # "his response was to say …" are not)
        gap = doc[t.i - 2]
        subject = next((c.lower_ for c in t.head.children if c.dep_ == "nsubj"), None)
        glossing = subject in (None, "that", "this", "which")
        return glossing and (gap.i == t.head.i or (gap.lower_ == "not" and gap.i - 1 == t.head.i))
    return before == "having" and after is not None and after.lower_ in ("that", "this")


#: Verbs by which a record shows what it captured ("the video shows …", "footage showing …").
_DEPICTING_VERBS = frozenset({"show", "reveal", "capture", "depict"})


def _depicted(verb: Token) -> bool:
    """Whether the one that "shows" is a picture or a recording: it depicts, it states nothing."""
    who = verb.head if verb.dep_ == "acl" else source_of(verb)
    if who is None:
        return False
    words = {who.lemma_.lower(), who.lower_} | {c.lower_ for c in who.children if c.dep_ == "compound"}
    return bool(words & VISUAL_RECORDS)


def _verb_claims(t: Token, lemma: str, passive: bool, add) -> None:
    """The claims a cue verb carries: its clause, its interrupted host clause, or its other content."""
    if has_dateline_subject(t) or _discourse_marker(t):  # a dateline never speaks: the parse is wrong
        return
    if lemma in _DEPICTING_VERBS and _depicted(t):
        return
    if lemma in CLAUSE_VERBS and (misread := cue_read_as_modifier(t)) is not None:
        add(misread[1], verb_kind(lemma, "clause"), misread[0], [t])  # "Outlets reported on Monday X had …"
        return
    if (host := _as_reported(t, lemma)) is not None:
        add(host, verb_kind(lemma, "clause"), subject_of(t), [t])
        return
    comp = complement(t)
    if comp is not None and lemma in CLAUSE_VERBS:
        # ("wondered why …" asks the question aloud: that is what was said)
        if verb_kind(lemma, "clause") == "belief" and lemma != "wonder" and open_question(t, comp):
            return
        if (inverted := inverted_report(t, comp)) is not None:
            add(inverted[1], verb_kind(lemma, "clause"), inverted[0], [t])  # "X, said Y, Z"
            return
        noun = described_noun(t)
        subj = noun if noun is not None and not is_record(noun) else source_of(speaking_verb(t)) or noun
        subj = subj or stray_subject(t)
        subj = poll_holder(t, subj) or subj
        content = with_relative_head(t, comp) or clause_content(t, comp)
        if passive and (subj is None or subj.lower_ == "it"):
            add(content, "hedged", None, [t])
        else:
            add(content, verb_kind(lemma, "clause"), subj, [t])
        return
    comp = misparsed_complement(t, lemma)
    if comp is not None:
        add(comp, verb_kind(lemma, "clause"), source_of(t), [t])
        return
    if lemma in CLAUSE_VERBS and (fronted := fronted_report(t)) is not None:
        add(fronted[1], verb_kind(lemma, "clause"), fronted[0], [t])  # "X signals Y, said Wilders"
        return
    if t.i > 0 and t.doc[t.i - 1].text == "(" and t.tag_ in ("VB", "VBP"):
        return  # "(think Eleanor Roosevelt)", "(see below)": the writer bids the reader, nobody reports
    if (
        (t.dep_ == "parataxis" or (lemma == "tell" and set_off_teller(t)))
        and lemma in CLAUSE_VERBS
        and t.head.i != t.i
    ):
        # "Acts of protest, he said, are acts of patriotism": the verb interrupts what it reports
        # ("By May, she told investors, profits will double": the parser makes the teller the clause)
        who = inverted_speaker(t) or subject_of(t) or stray_subject(t)
        add(list(t.head.subtree), verb_kind(lemma, "clause"), who, [t])
        return
    if passive and (view := passive_view(t, lemma)) is not None:
        # "is widely seen as a circus", "was declared the winner": a view, the agent's or a hedge
        content, holder = view
        add(content, "hedged" if holder is None else verb_kind(lemma, "clause"), holder, [t], clausal=False)
        return
    if passive:
        agent = agent_of(t)
        subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
        if agent is not None and subj is not None and lemma in OBJECT_CUE_VERBS and not is_empty(subj):
            # "the bill is supported by the mayor": the subject is what the agent backs; "was criticized
            # by rivals for failing to …": with the charge
            content = clause_tokens(subj)
            if (charge := charge_of(t, lemma)) is not None:
                content = [t.doc[i] for i in range(subj.left_edge.i, charge.right_edge.i + 1)]
            add(content, verb_kind(lemma, "object"), agent, [t], min_tokens=1, clausal=False)
        elif agent is None and subj is not None and (charge := charge_of(t, lemma)) is not None:
            # "the firm was accused of fraud": with no accuser named, the subject and the charge are the claim
            # (up to the end of the charge: a trailing ", killing …" or ", with claims …" is the writer's)
            # ("blamed for X and too slow": a conjunct the parser hangs on the verb goes on with the charge)
            end = max([charge.right_edge.i] + [c.right_edge.i for c in t.children if c.dep_ == "conj"])
            add([t.doc[i] for i in range(subj.left_edge.i, end + 1)], "hedged", None, [t])
        return
    content, shape = verb_content(t, lemma)
    source = source_of(t) if content is not None else None
    if source is not None:  # "denied the report", "backs the bill": with nobody doing it, no claim
        add(content, verb_kind(lemma, shape), source, [t], min_tokens=1, clausal=False)
