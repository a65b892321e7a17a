"""The two people a numbered description stands for: "Two federal prison officers were charged …,
stating they … ¶ Federal prosecutors alleged that Tova Noel and Michael Thomas, …". A story often
introduces a pair by what they are and names them in the next sentence or two; the description's
claims are then theirs, named as the text names them together.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from tui.analysis.model import Span
from tui.analysis.resolve_context import ResolveContext, sentence_of

#: "Two federal prison officers", "the two guards", "both officers": a pair of people by a plural noun.
_PAIR = re.compile(r"(?i)(?:the\s+)?(?:two|both)\s+(?:[\w’'-]+\s+){0,3}[a-z]+s")
#: How many sentences around the description the names may stand in.
_SENTENCES = 2


def named_pair(ctx: ResolveContext, span: Span) -> str | None:
    """ "Tova Noel and Michael Thomas" for "Two federal prison officers": the nearest two persons
    named together ("A and B") within two sentences of the description."""
    if not _PAIR.fullmatch(ctx.text, span[0], span[1]):
        return None
    here = sentence_of(ctx, span[0])
    lo = ctx.sentences[max(0, here - _SENTENCES)]
    hi = ctx.sentences[here + _SENTENCES + 1] if here + _SENTENCES + 1 < len(ctx.sentences) else len(ctx.text)
    window = ctx.mentions[bisect_left(ctx.starts, lo) : bisect_left(ctx.starts, hi)]
    pairs = [
        (abs(a[0] - span[0]), f"{a[2].name} and {b[2].name}")
        for a, b in pairwise(window)
        if a[2].label == b[2].label == "PERSON"
        and a[2].id != b[2].id
        and ctx.text[a[1] : b[0]] == " and "
        and not (span[0] <= a[0] < span[1])
    ]
    return min(pairs)[1] if pairs else None
