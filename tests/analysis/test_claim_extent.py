"""How far a claim reaches (`claim_extent`): the rest of its cue's clause, and no further."""

from __future__ import annotations

import pytest

from tests.analysis.claim_cases import Case, check

CASES = [
    # a verb joined to the cue with a modal of reported speech is more of what was said
    Case(
        "Ms. Reyes said she hoped to win her seat back, and then would keep pressing for the new park.",
        holds="she hoped to win her seat back",
        source="Reyes",
        ends_with="would keep pressing for the new park",
    ),
    # one without it is the speaker's next act, not what was said
    Case(
        "The mayor said the bridge would reopen in May, and left the hall.",
        holds="the bridge would reopen in May",
        leaves_out="left the hall",
    ),
    # a joined clause left out as a report of its own takes its "and" with it
    Case(
        "The senator said Utah's ballot process is “complex” and she feels the state still matters.",
        holds="Utah's ballot process",
        ends_with="“complex”",
    ),
    # a phrase the parse hangs on the cue after its object is still what was said
    Case(
        "The governor praised the volunteers in the aftermath of the flood.",
        holds="the volunteers",
        source="The governor",
        ends_with="in the aftermath of the flood",
    ),
    Case(
        "The mayor recalled her generosity in support of a food program in the city.",
        holds="her generosity",
        ends_with="a food program in the city",
    ),
    Case(
        "The union rejected the offer in a final vote of its members.",
        holds="the offer",
        ends_with="a final vote of its members",
    ),
    # a clause the parse took for a noun phrase runs on to the end of the cue's clause
    Case(
        "The report said the prisoners released by the government were in most cases close to the end"
        " of their sentences.",
        holds="the prisoners released by the government",
        source="The report",
        ends_with="the end of their sentences",
    ),
    # not a clause joined to the cue's, a subordinate clause with its own subject, nor a date
    Case(
        "The senator endorsed the bill last week and has campaigned for it since.",
        holds="the bill",
        ends_with="the bill",
    ),
    Case(
        "The firm disputed the findings, while other companies accepted them.",
        holds="the findings",
        ends_with="the findings",
    ),
    Case("The coach praised the team on Friday.", holds="the team", ends_with="the team"),
    # a second "that" clause joined to the cue is the same report
    Case(
        "The builders think the tower stands firm, but that the roof needs work.",
        holds="the tower stands firm, but that the roof needs work",
    ),
    # nor a second report of its own
    Case(
        "She said the tax would pass, adding that the vote was close.",
        holds="the tax would pass",
        ends_with="would pass",
    ),
    # nor a quotation that is no quote: a quoted fragment it took in would become a quote of its own
    Case(
        "The union rejected the offer in a “final” vote on Tuesday night.",
        holds="the offer",
        ends_with="the offer",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_claim_reach(analyse, case):
    check(analyse, case)
