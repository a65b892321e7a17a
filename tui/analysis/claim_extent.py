"""How far a claim reaches: the rest of its cue's own clause, and a statement in two-apostrophe
marks: all the marks hold, and on past the attribution that splits it to the next marks' close
(`carry_on`), but not past narration or into marks with a tag of their own.

The content rules take the complement the parse hangs on a cue, and the parse often cuts it short:
"praised [Christie's leadership] in the aftermath of Hurricane Sandy" hangs the phrase on the verb,
"described [the dinner] as Washington celebrating itself" the predicate, and "said [the Iranians
released by the United States] were in some cases …" takes a clause for a noun phrase. What a
source said runs on to the end of the clause the cue heads: every phrase the cue governs after it,
but not a clause joined to it ("…, and holds a lead"; a second "that" clause is the same report), one set beside it (a parenthetical), a
subordinate clause with a subject of its own ("…, while others have slipped"), nor a phrase that
only says when ("on Friday").
A claim reaches that far only when nothing else stands in the way: no other claim, cue or
quotation starts inside the words it would take ("…, adding that …" is a report of its own).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Token

from tui.analysis.claim_content import second_that_clause
from tui.analysis.model import Claim, Quote
from tui.analysis.quotemarks import TWO_APOSTROPHES, Quotation

#: Children that join another clause to the cue's, or only punctuate it.
_OTHER_CLAUSE = frozenset({"conj", "cc", "parataxis", "punct"})
#: What a statement's words may end with before its closing marks (the comma of "''…,'' he said").
TRAILING = ",;: "
#: One sentence ending and another starting: "he said. But the mayor" (not "Mr. Hale", "U.S. Navy").
_SENTENCE_BREAK = re.compile(r"[a-z]{2,}[.!?] +[A-Z]")
_SENTENCE_END = re.compile(r"[.!?](?= |$)")
#: The most words a title in marks has ("''Meet the Press''") where a tag names one.
_TITLE_WORDS = 6
#: Closing marks a content keeps at its end.
_CLOSERS = "”’\"')"


def clause_reach(verb: Token) -> int | None:
    """The character offset (in the verb's doc) where the verb's own clause ends after it, or None
    when nothing after the verb belongs to it."""
    edge = -1
    for child in verb.children:
        if child.i < verb.i or (child.dep_ in _OTHER_CLAUSE and not second_that_clause(child)):
            continue
        if child.dep_ == "advcl" and any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children):
            continue  # "…, while others have slipped into foreclosure": the writer's own clause
        if _when(child):
            continue  # "praised the team on Friday": when it was said is not what was said
        edge = max(edge, child.right_edge.i)
    if edge < 0:
        return None
    doc = verb.doc
    while edge > verb.i and (doc[edge].is_punct or doc[edge].is_space) and doc[edge].text not in _CLOSERS:
        edge -= 1
    return doc[edge].idx + len(doc[edge])


#: Entity types of a phrase that only dates a statement.
_DATES = frozenset({"DATE", "TIME"})


def _when(child: Token) -> bool:
    """ "on Friday", "last week", "in April": a phrase that says when."""
    if child.ent_type_ in _DATES:
        return True
    if child.dep_ != "prep":
        return False
    return any(g.dep_ == "pobj" and g.ent_type_ in _DATES for g in child.children)


def reach_claims(
    claims: list[Claim],
    reach: dict[int, int],
    marks: list[Quotation],
    text: str,
    offset: int,
    quotes: list[Quote] = (),
) -> None:
    """Carry each claim's end to the end of its cue's clause (`reach`: its end in the chunk `text`,
    which starts at `offset`, by id of the claim) when no other claim or cue (of a claim or of a
    quote: "…, adding that …", "…, saying “…”" are reports of their own) starts inside the words it
    would add, nor a quotation that is no quote (a title or a scare quote the claim took in would
    become a quote of its own), nor a quote that runs past them. A quote that closes inside the
    clause is part of what was said ("suggested delaying it, “in order to give members time”"): the
    claim holds it, and it stays a quote."""
    if not reach:
        return
    quoted = sorted((q.start, q.end) for q in quotes)
    is_quote = set(quoted)
    starts = sorted(
        [c.start for c in claims]
        + [c.cue_span[0] for c in claims if c.cue_span is not None]
        + [q.cue_span[0] for q in quotes if q.cue_span is not None]
        + [offset + m.start for m in marks if (offset + m.start, offset + m.end) not in is_quote]
    )
    quote_starts = [q[0] for q in quoted]
    for claim in claims:
        end = reach.get(id(claim))
        end = None if end is None else end + offset
        if end is None or end <= claim.end:
            continue
        i = bisect_left(starts, claim.end)
        if i < len(starts) and starts[i] < end:
            continue
        k = bisect_left(quote_starts, claim.end)
        for _, q_end in quoted[k : bisect_left(quote_starts, end)]:
            if q_end > end and not _only_punctuation(text[end - offset : q_end - offset]):
                break
            end = max(end, q_end)  # the clause's words end before the quotation's closing mark
        else:
            claim.end = end
            claim.text = text[claim.start - offset : end - offset]


def _only_punctuation(s: str) -> bool:
    return not any(ch.isalnum() for ch in s)


def through_quotation(
    quotations: list[Quotation], text: str, lead: int, start: int, end: int
) -> tuple[int, int]:
    """The span of a content (from `start`, or from `lead` with its "that") that opens a quotation:
    to the quotation's closing mark, when the parse cut it short ("said his critics “seem to think
    that …”" ended at "seem"; "was “peanuts,”" lost its mark), and from its opening mark when the
    content starts with the quotation ("said that “I need you”" is no claim of 'I need you”'). The
    quoted words are part of what the source said, as a quote in the middle of reported speech is."""
    for q in quotations:
        if lead <= q.start < end < q.end and "\n" not in text[end : q.end]:
            end = q.end
        if lead <= q.start < start and q.end <= end and _only_punctuation(text[q.start : start]):
            start = q.start
    return start, end


def carry_on(text: str, claim: Claim, offset: int, tags: Sequence[int] = ()) -> None:
    """ "''A,'' he said. ''B.''": a statement in two-apostrophe marks split by its attribution goes
    on to the end of the marks that follow the attribution in the same paragraph; the claim is all
    of it, as a split quotation in double marks is one quote. It does not go on past narration
    ("he said. But the mayor … ''B''") nor into marks with a tag of their own ("''B,'' he added"):
    `tags` are where the cues of the chunk's claims start (offsets in the whole text)."""
    start = claim.start - offset
    if claim.cue_span is None:
        return
    cue_start, cue_end = claim.cue_span[0] - offset, claim.cue_span[1] - offset
    paragraph = text.rfind("\n", 0, start) + 1
    # the marks open the statement: words the content rule trims may stand between ("''If you're …"),
    # or the sentences before it in the same marks ("''A. We think B,'' he said")
    opening = text.rfind(TWO_APOSTROPHES, paragraph, start)
    opens = _opens(text, opening, paragraph)
    if opens and cue_end <= opening:
        _after_tag(text, claim, offset, cue_end, opening)
        return
    if opens:
        start = opening + 2
    else:
        # or they open inside it: "Still, clubs are ''just scratching by,'' Mr. Hedge said. ''B''"
        opening = text.find(TWO_APOSTROPHES, start, claim.end - offset)
        if not _opens(text, opening, paragraph):
            return
    # the marks close before the attribution: "''A,'' he said", "''A'' of the plan, he said"
    close = text.find(TWO_APOSTROPHES, opening + 2, cue_start) if cue_start >= opening + 2 else -1
    if close < 0:
        return
    # all the marks hold is the statement: "''A, and we think B,'' he said" (the parse may give the cue one clause)
    end = max(claim.end - offset, len(text[:close].rstrip(TRAILING)))
    claim.start, claim.end, claim.text = offset + start, offset + end, text[start:end]
    paragraph_end = text.find("\n", cue_end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    reopen = _next_statement(text, cue_end, paragraph_end)
    # only the attribution stands between: "he said. ''B.''", "said X, an economist. ''B''", "he said, ''B''"
    between = text[cue_end:reopen].rstrip()
    if reopen < 0 or len(between) > 300 or not between.endswith((".", ",", ":")) or '"' in between:
        return
    if _SENTENCE_BREAK.search(text, cue_start, cue_end + len(between) - 1):
        return
    last = text.find(TWO_APOSTROPHES, reopen + 2, paragraph_end)  # its own closing marks
    if last < 0:
        return
    if not text[:last].endswith((".", "!", "?")):  # "''B,'' he added": the marks have a tag of their own
        stop = _SENTENCE_END.search(text, last + 2, paragraph_end)
        if any(last < tag - offset < (stop.start() if stop else paragraph_end) for tag in tags):
            return
    claim.end, claim.text = offset + last, text[start:last]


def _opens(text: str, at: int, paragraph: int) -> bool:
    """Whether two apostrophes at `at` open marks: at the paragraph's start or after a space, and
    before a word."""
    return (
        at >= 0
        and (at == paragraph or text[at - 1].isspace())
        and not text[at + 2 : at + 3].isspace()
        and text.startswith(TWO_APOSTROPHES, at)
    )


def _after_tag(text: str, claim: Claim, offset: int, cue_end: int, opening: int) -> None:
    """ "He added: ''A. B.''": a statement in marks after its tag is all the marks hold, where only
    the tag's last words stand between ("told reporters: ''…''")."""
    gap = text[cue_end:opening].strip()
    if gap and (len(gap) > 60 or not gap.endswith((":", ",")) or any(m in gap for m in ("'", '"', "."))):
        return
    paragraph_end = text.find("\n", opening)
    close = text.find(TWO_APOSTROPHES, opening + 2, len(text) if paragraph_end < 0 else paragraph_end)
    if close < claim.end - offset:
        return
    end = len(text[:close].rstrip(TRAILING))
    claim.start, claim.end, claim.text = offset + opening + 2, offset + end, text[opening + 2 : end]


def _next_statement(text: str, at: int, paragraph_end: int) -> int:
    """Where the next marks in the paragraph open a statement, past a title the tag names in marks
    ("told the program ''Inside Edition'' after the fight. ''B''"): a few words whose sentence goes
    on in lower case after them. -1 when none does."""
    reopen = text.find(TWO_APOSTROPHES, at, paragraph_end)
    while reopen >= 0:
        close = text.find(TWO_APOSTROPHES, reopen + 2, paragraph_end)
        after = text[close + 2 : close + 4] if close >= 0 else ""
        title = (
            close >= 0
            and len(text[reopen:close].split()) <= _TITLE_WORDS
            and after[:1] == " "
            and after[1:].islower()
        )
        if not title:
            return reopen
        reopen = text.find(TWO_APOSTROPHES, close + 2, paragraph_end)
    return -1
