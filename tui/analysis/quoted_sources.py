"""Who "I" (or "he", "who") is inside a quotation: the speaker of the quotation reports it.

A claim whose source is a first-person pronoun ("''I think they'll do the right thing,'' Mr.
Rendell said"; "“I hope the deal holds,” she said") reports what the quoted speaker thinks: PolNeAR
gives such a claim the speaker's mention as its source, and a reader wants the speaker's name. The
quotation is one in double marks or in two apostrophes ('' … ''), the
mark of some newswires that the reader does not take as a quotation; its speaker is the source of a
quote or report whose cue stands outside the marks in the same paragraph ("Mr. Rendell said"), or, for a
paragraph that goes on quoting with no tag of its own, the speaker of the paragraph before.

Runs after `resolve` over the whole text: it only reads the speakers and sources found there.
"""

from __future__ import annotations

import re

from tui.analysis.model import Claim, Quote, Span
from tui.analysis.quotemarks import TWO_APOSTROPHES
from tui.analysis.spans import SpanSet

#: The pronouns by which a quoted speaker names themself as a claim's source.
FIRST_PERSON = frozenset({"i", "me", "my"})
#: Pronoun sources inside a quotation that the quoted speaker reports: "I", and the people and things
#: the speaker talks of ("''I've worked with people who tell you they'll do one thing,'' Mr. McCain
#: recalled"; "''He told me it was over,'' she said"). A named source inside a quotation keeps its
#: name (measured: giving those the speaker too lost on polnear-dev).
QUOTED_PRONOUNS = FIRST_PERSON | frozenset("he she they it them his her their its who that which".split())
_TWO_APOSTROPHES = re.compile(TWO_APOSTROPHES)
_PARAGRAPH = re.compile(r"[^\n]+")
#: How many paragraphs back a quoting paragraph with no tag of its own looks for its speaker.
REACH = 2
_OPENERS = ("''", '"', "“")


def apostrophe_quotations(text: str) -> list[Span]:
    """Passages between two-apostrophe marks, paragraph by paragraph ("''We will win,'' he said."): an
    opener with no closer in its paragraph runs to the paragraph's end (a quotation that goes on)."""
    if "''" not in text:
        return []
    spans: list[Span] = []
    for para in _PARAGRAPH.finditer(text):
        marks = [m.start() for m in _TWO_APOSTROPHES.finditer(text, para.start(), para.end())]
        for k in range(0, len(marks), 2):
            spans.append((marks[k], marks[k + 1] + 2 if k + 1 < len(marks) else para.end()))
    return spans


def speak_for_quoted_pronouns(
    text: str, quotes: list[Quote], claims: list[Claim], quoted: list[Span]
) -> None:
    """Give a claim whose source is a pronoun inside a quotation ("I think …", "people who say …")
    the quotation's speaker as its source, in place: the speaker's mention, actor and name."""
    # (each with whether its source is a pronoun; the others are unnamed sources)
    firsts = [
        (c, pronoun)
        for c in claims
        if c.source_span is not None
        and (
            (pronoun := text[c.source_span[0] : c.source_span[1]].lower() in QUOTED_PRONOUNS)
            or _unnamed(text, c)
        )
    ]
    if not firsts:
        return
    apostrophes = apostrophe_quotations(text)
    inside = SpanSet([*quoted, *apostrophes]).covers
    # who speaks in a paragraph: the reports whose cue stands outside any quotation, by position
    framers: list[tuple[int, Span, str | None, str | None]] = []
    for item in [*quotes, *claims]:
        span = item.speaker_span if isinstance(item, Quote) else item.source_span
        if span is None or item.cue_span is None or inside(item.cue_span[0]) or inside(span[0]):
            continue
        if text[span[0] : span[1]].lower() in FIRST_PERSON:
            continue  # the writer's "I said": no quoted speaker
        who, name = (
            (item.speaker, item.speaker_name) if isinstance(item, Quote) else (item.source, item.source_name)
        )
        framers.append((span[0], span, who, name))
    framers.sort(key=lambda f: f[0])
    in_apostrophes = SpanSet(apostrophes).covers
    for claim, pronoun in firsts:
        pos = claim.source_span[0]  # type: ignore[index]
        if not inside(pos):
            continue
        if not pronoun and not in_apostrophes(pos):
            continue  # an unnamed source: only in the newswire's marks, whose cues the claims keep
        framer = _framer(text, pos, framers)
        if framer is not None:
            claim.source_span, claim.source, claim.source_name = framer[1], framer[2], framer[3]


def _framer(
    text: str, pos: int, framers: list[tuple[int, Span, str | None, str | None]]
) -> tuple[int, Span, str | None, str | None] | None:
    """The report that frames the quotation at `pos`: the nearest in its paragraph, else, when the
    paragraph opens with a quotation mark, the latest in the paragraphs just before."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    here = [f for f in framers if start <= f[0] < end]
    if here:
        return min(here, key=lambda f: abs(f[0] - pos))
    if not text[start : start + 2].startswith(_OPENERS):
        return None
    for _ in range(REACH):
        j = start - 1
        while j > 0 and text[j - 1] == "\n":
            j -= 1
        if j <= 0:
            return None
        lo = text.rfind("\n", 0, j) + 1
        before = [f for f in framers if lo <= f[0] < start]
        if before:
            return before[-1]
        if not text[lo : lo + 2].startswith(_OPENERS):
            return None
        start = lo
    return None


def _unnamed(text: str, claim: Claim) -> bool:
    """Whether the claim's source is people or things the speaker talks of with no name ("''People
    are talking about …''", "''a sizable group saying …''"): no actor, and no capital after the
    first word. Such a source inside a two-apostrophe quotation is the speaker's report, like a
    pronoun (measured: in double marks, whose cues start no claim, it lost on real pages)."""
    if claim.source is not None or claim.source_span is None:
        return False
    words = text[claim.source_span[0] : claim.source_span[1]].split()
    return bool(words) and not any(w[:1].isupper() for w in words[1:])
