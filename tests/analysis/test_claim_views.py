"""Views without a clause of their own (`claim_views`) and a cue noun's infinitive (`claim_content`)."""

from __future__ import annotations

import pytest

from tests.analysis.claim_cases import Case, check

CASES = [
    # a passive of viewing with what its subject is held to be: the whole clause, a hedge with no agent
    Case(
        "The harbour is viewed as a shield against storms from the north.",
        holds="The harbour is viewed as a shield against storms",
        kind="hedged",
    ),
    Case(
        "The old mill has long been considered a landmark of the valley.",
        holds="The old mill has long been considered a landmark",
        kind="hedged",
    ),
    Case(
        "Many of the new applicants were deemed ineligible for the grant.",
        holds="were deemed ineligible",
        kind="hedged",
    ),
    # a clause joined with a subject of its own is not part of the view
    Case(
        "The sheriff was declared the victor in the county, and it is plain that the vote is settled.",
        holds="was declared the victor",
        ends_with="in the county",
    ),
    # no predicate, or a subject that stands for a noun outside the clause: no view
    Case("The letter was seen by the governor on Tuesday.", no_claim="The letter was seen"),
    Case("She signed up for what was described as a network of unpaid helpers.", no_claim="described"),
    # "made (it) clear": what the subject of "made" said
    Case(
        "The council made clear on Monday that it has no money for the bridge.",
        holds="it has no money for the bridge",
        kind="reported",
        source="The council",
    ),
    Case(
        "He made it clear that he has concerns about the ferry timetable.",
        holds="he has concerns about the ferry timetable",
        source="He",
    ),
    # a cue noun's infinitive is what its owner proposed, promised or decided
    Case(
        "The mayor's proposal to close the library on Sundays angered many residents.",
        holds="to close the library on Sundays",
        kind="intention",
        source="The mayor's",
    ),
    # with nobody owning the noun, nobody is reported
    Case("There are plans to expand the station next year.", no_claim="to expand the station"),
    # "In X's view, …": the clause is X's view, the phrase left out where it opens or ends it
    Case(
        "In their view, the council could still save the old bridge.",
        holds="the council could still save the old bridge",
        kind="belief",
        source="their",
    ),
    Case(
        "The farmers could lose the harvest, in her opinion.",
        holds="The farmers could lose the harvest",
        ends_with="the harvest",
    ),
    Case(
        "The best answer, in the professor's view, would be a smaller school.",
        holds="The best answer, in the professor's view, would be a smaller school",
    ),
    Case("Nobody in their right mind would build a house there.", no_claim="build a house"),
    # a passive charge with its accuser: the subject and the charge
    Case(
        "The mayor has been criticized by his rivals for failing to visit the flooded towns.",
        holds="The mayor has been criticized by his rivals for failing to visit the flooded towns",
        source="his rivals",
    ),
    # a list of what someone said or named
    Case(
        "The coach listed his team's recent wins and injuries.",
        holds="his team's recent wins",
        kind="reported",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_claim_views(analyse, case):
    check(analyse, case)
