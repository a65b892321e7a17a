"""The name of a body a definite description stands for when the tagger never made it an actor.

"…, the U.S. Attorney's Office for the Western District of New York said in a statement. … the
prosecutor's office said" and "according to the office release": spaCy often tags no organisation
in a long official name, so no actor carries it and `resolve_orgs.named_by_head` finds nothing.
The description's body word ("office") is then the last word of a capitalised name written before it
("… Attorney's Office for the Western District of New York"), and those words name the source, as
a source the text never names keeps its own words.
"""

from __future__ import annotations

import re

from tui.analysis.model import Span

#: Words that head the name of an official body ("the office", "the committee said").
_BODY_WORDS = frozenset(
    "office committee ministry department agency commission council court board bureau authority".split()
)
_DESCRIPTION = re.compile(r"(?i)the\s")
_BODY_IN = re.compile(r"(?i)\b(" + "|".join(sorted(_BODY_WORDS)) + r")\b")
#: How far back (characters) the name may stand.
REACH = 4000
_CAPITALISED = r"[A-Z][\w.&'’-]*"
#: Words at a sentence's start that are capitalised without being part of a name.
_NOT_NAME = frozenset("The A An This That Its His Her Their Our In On At By For After Before When".split())


def body_named_before(text: str, span: Span) -> str | None:
    """The capitalised name ending in the description's body word that stands last before it
    ("the prosecutor's office" → "U.S. Attorney's Office for the Western District of New York")."""
    words = text[span[0] : span[1]]
    if not _DESCRIPTION.match(words) or any(w[:1].isupper() for w in words.split()[1:]):
        return None  # "the Justice Department said" names itself
    body = _BODY_IN.search(words)
    if body is None:
        return None
    word = body.group(1).lower()
    name = re.compile(
        rf"((?:{_CAPITALISED}\s+){{1,6}}){word.capitalize()}\b"
        rf"((?:\s+(?:for|of|on)(?:\s+the)?(?:\s+(?:{_CAPITALISED}|of|and))+)?)"
    )
    found = None
    for m in name.finditer(text, max(0, span[0] - REACH), span[0]):
        found = m
    if found is None:
        return None
    lead = found.group(1).split()
    while lead and lead[0] in _NOT_NAME:
        lead = lead[1:]
    if not lead:
        return None
    tail = re.sub(r"(?:\s+(?:of|and|for|on|the))+$", "", found.group(2))
    return " ".join([*lead, word.capitalize()]) + tail
