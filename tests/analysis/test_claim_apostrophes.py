"""Claims: how far a statement in two-apostrophe marks reaches (issue 14), on sentences of our own.

Some newswires mark quotations with two apostrophes; what the marks hold is reported speech, and
the claim is all of it: on past the tag that splits it, but not past narration nor into marks that
have a tag of their own.
"""

from __future__ import annotations

import pytest

from tests.analysis.claim_cases import Case, check

CASES = [
    # the parse gives the verb the first clause; the marks hold the rest too
    Case(
        "''There are four primaries next month, and we think we can win the coast,'' Ms. Duarte said.",
        holds="four primaries next month",
        ends_with="we think we can win the coast",
    ),
    # a statement of several sentences starts at its opening marks, not at its last sentence
    Case(
        "''The market burned last night. We lost everything in the stalls,'' said Omar Haddad, a trader.",
        holds="We lost everything",
        starts_with="The market burned last night.",
        source="Omar Haddad",
    ),
    # carried on past the tag, it stops at its own closing marks: the next statement has its own tag
    Case(
        "''Old titles sell,'' he said. ''People know them.'' That is why, he added, studios make "
        "''endless sequels to old hits.''",
        holds="Old titles sell",
        ends_with="People know them.",
        leaves_out="sequels",
    ),
    # the next marks close with a tag of their own: two statements, two claims
    Case(
        "''We ask viewers to rank the channels every spring,'' Ms. Brandt, of the ratings office, said. "
        "''The news ranks first and the weather second. It has been so for years,'' she said.",
        holds="We ask viewers to rank the channels",
        leaves_out="weather",
    ),
    # narration between the tag and the next marks
    Case(
        "''It felt like we had settled it,'' Mr. Okoye said. But the governor, who was busy with other "
        "guests, was cold. When she saw him, he said, she frowned. ''There was frost in the room,'' he said.",
        holds="It felt like we had settled it",
        leaves_out="governor",
    ),
    # a second tag between the marks: "''A,'' he said. B, he said, ''C.''"
    Case(
        "''The port is closed,'' Mr. Lund said. No new permit, he said, ''changes that.''",
        holds="The port is closed",
        leaves_out="permit",
    ),
    # a title the tag names in marks is passed over
    Case(
        "''He had it coming,'' the attacker, Ray Moss, told the radio show ''Night Desk'' after the fight, "
        "which was filmed by several people. ''Next time it will be worse.''",
        holds="He had it coming",
        ends_with="Next time it will be worse.",
        source="Ray Moss",
    ),
    # marks after their tag hold the whole statement
    Case(
        "The mayor added: ''I said the deficit talk is noise. Well, so is the talk of cuts.''",
        holds="the deficit talk is noise",
        starts_with="I said",
        ends_with="so is the talk of cuts.",
    ),
    # marks that open inside the claim's words go on past the tag
    Case(
        "Still, the clubs are ''barely making money,'' Mr. Ortiz said from his office. "
        "''It is a thin business. I never advise buying one.''",
        holds="barely making money",
        starts_with="Still, the clubs are",
        ends_with="I never advise buying one.",
        source="Ortiz",
    ),
    # a report inside the marks leaves the statement its own claim
    Case(
        "''Was I going to stay a professor, sitting in an office criticizing things?'' she told me. "
        "''Or was I going to act?''",
        holds="Was I going to stay a professor",
        ends_with="Or was I going to act?",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_two_apostrophe_statement(analyse, case: Case) -> None:
    check(analyse, case)
