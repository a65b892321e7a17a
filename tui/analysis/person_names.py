"""How the names of one person relate, for merging their mentions into one actor.

A biography or an interview names its subject many ways: with a title or an honour ("Emperor
Norton", "Daniel Bernoulli FRS"), with and without middle names ("Brock Wyatt Holt", "Brock Holt"),
family name first ("Higuchi Ichiyō"), by first name alone ("Jenna"). These are text rules over the
lower-cased words of a name; nothing here knows spaCy.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tui.analysis.names import COURTESY_TITLES, is_title_word

#: Words before a name that are no part of it: titles of rank, rule and religion.
HONORIFICS = frozenset(
    """
    emperor empress tsar czar tsarina tsarevna kaiser sultan shah khan pharaoh saint st abba abbot
    mother sir dame lord lady mr mrs ms miss mx dr prof rev reverend fr father brother sister pope
    king queen prince princess duke duchess count countess baron baroness marquis earl
    president senator congressman congresswoman governor general colonel captain madam
    """.split()
)

#: Letters after a name that are honours, degrees or generations, no part of the name ("FRS", "Jr.").
POSTNOMINALS = frozenset("frs jr sr phd md obe mbe cbe kbe dbe qc kc esq dphil fba frse mp".split())

_INITIAL = re.compile(r"^\w\.?$")


@lru_cache(maxsize=65536)
def person_key(name: str) -> str:
    """The words that name the person, lower case: titles and honours off, middle initials out.

    "Emperor Joshua A. Norton" is "joshua norton"; "Daniel Bernoulli FRS" is "daniel bernoulli"."""
    words = [w.strip(",") for w in name.lower().replace("’", "'").split()]
    words = [w for w in words if w]
    # "Madam Chair" and "Mr. Chair", a post addressed, keep their titles: two people
    while len(words) > 1 and _is_title(words[0]) and not all(_is_title(w) for w in words):
        words.pop(0)
    while len(words) > 1 and words[-1].replace(".", "") in POSTNOMINALS:
        words.pop()
    # "Patrick Leopold Gordon of Auchleuchries": the estate or seat after a full name ("Joan of Arc",
    # one name and its "of", keeps it)
    if "of" in words[2:]:
        words = words[: words.index("of", 2)]
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if not _INITIAL.match(w)), words[-1]]
    return " ".join(words)


def _is_title(word: str) -> bool:
    bare = word.rstrip(".")
    return bare in HONORIFICS or word in COURTESY_TITLES or is_title_word(bare)


def _short_first(a: str, b: str) -> bool:
    """One first name cut from the other ("pat" of "patrick", "josh" of "joshua")."""
    short, full = sorted((a, b), key=len)
    return len(short) >= 3 and short != full and full.startswith(short)


def names_one(short: list[str], full: list[str]) -> bool:
    """Whether the shorter name `short` (key words) names the one that `full` names: its surname
    ("holt" of "brock holt"), its first name ("jenna"), the same words in another order
    ("higuchi ichiyō"), a short first name ("pat simmons" of "patrick simmons"), or fewer of its
    middle names ("brock holt" of "brock wyatt holt", "otto jespersen" of "jens otto harry jespersen"),
    or its given names alone ("pierre charles" of "pierre charles l'enfant")."""
    if not short or not full:
        return False
    if len(short) == len(full):
        if len(short) < 2 or short == full:
            return False
        # "Pat Simmons" of "Patrick Simmons", "Josh Apte" of "Joshua Apte": a short form of the first name
        return sorted(short) == sorted(full) or (short[1:] == full[1:] and _short_first(short[0], full[0]))
    if len(short) > len(full):
        return False
    if full[-len(short) :] == short:
        return True
    if len(short) == 1:
        return full[0] == short[0]
    if len(full) >= 3 and full[: len(short)] == short:
        return True  # "Pierre Charles" of "Pierre Charles L'Enfant": the given names without the surname
    if short[-1] != full[-1]:
        return False
    it = iter(full)  # the shorter name's words in order among the longer one's
    return all(w in it for w in short)
