"""Reports made by a phrase (`claim_idioms`), cue words the lexicon lacked, and a lede that is no
headline: sentences of our own (issue 14, rw-dev's missed claims)."""

from __future__ import annotations

import pytest

from tests.analysis.claim_cases import Case, check, describe

CASES = [
    # "by … account(s)" reports the statement it hangs in, as "according to" does
    Case(
        "By most accounts, the new law worked well in the valley.",
        holds="the new law worked",
        source="most accounts",
    ),
    Case(
        "Diane Mercer, by her own accounting, has visited more than forty schools since March.",
        holds="has visited more than forty schools",
        source="Diane Mercer",
    ),
    # a "by" phrase that is no account given: no claim
    Case("The fees were paid by account holders in the north of the county.", no_claim="fees"),
    # a noun of view as the subject of "be" with a that-clause: a hedge, or its owner's belief
    Case(
        "The assumption was that ferries would keep sailing through the storm.",
        holds="ferries would keep sailing",
        kind="hedged",
    ),
    Case(
        "Given the forecasts, the expectation would be that farmers would harvest their barley early.",
        holds="farmers would harvest their barley early",
        kind="hedged",
    ),
    Case(
        "Her belief is that the old mill will close next year.",
        holds="the old mill will close",
        kind="belief",
        source="Her",
    ),
    # "ruled out" and "attributed … to" state a stance on their object
    Case(
        "The port authority has ruled out sabotage in last week's warehouse fire.",
        holds="sabotage in last week's warehouse fire",
        source="The port authority",
    ),
    Case(
        "Lena Vos, a fund manager, attributed the jump in airline shares to the fall in fuel prices.",
        holds="the jump in airline shares to the fall",
        source="Lena Vos",
    ),
    # a cue noun's "by" phrase names whose it is
    Case(
        "The move follows an earlier declaration by the harbour board that the old pier was safe.",
        holds="the old pier was safe",
        source="the harbour board",
    ),
    # "established" reports the clause before it
    Case(
        "The base has been the target of a long campaign, the fact-checking site Polygraph.info has established.",
        holds="The base has been the target of a long campaign",
    ),
    # "the only other entity to confirm … is X": X confirmed it
    Case(
        "The only other company to confirm it has bid on the contract is the team led by Blue Origin.",
        holds="it has bid on the contract",
        source="the team",
    ),
    # the writer glossing ("is not to say that …"): no one's claim
    Case("Which is not to say that the flooding last winter was harmless.", no_claim="flooding last winter"),
    Case("Her only answer was to say she would look into the tolls.", holds="she would look into the tolls"),
    Case("It is fair to say that the mill has seen better days.", holds="the mill has seen better days"),
    Case("The senator raised questions about the new harbour deal.", holds="the new harbour deal"),
    # a participle of view set off by commas that the parser read as a main verb: a hedge
    Case(
        "Long considered one of the worst snubs of the prize, the poet was finally shortlisted this spring.",
        holds="one of the worst snubs of the prize",
        kind="hedged",
    ),
    Case(
        "The island has marshes on its west coast. Low ridges, thought to represent old shorelines of the "
        "bay, cover a fifth of the land.",
        holds="Low ridges, thought to represent old shorelines of the bay",
        kind="hedged",
    ),
    Case("She considered the offer for a week, and then she turned it down.", no_claim="the offer"),
    # a cue noun's "of" phrase is its content when it is a gerund ("claims of having …")
    Case(
        "Her frequent claims of having a royal ancestor made her famous in the village.",
        holds="having a royal ancestor",
        source="Her",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_claim_idioms(analyse, case: Case) -> None:
    check(analyse, case)


def test_long_first_line_is_the_lede_not_a_headline(analyse) -> None:
    """A first line longer than a headline is the article's first paragraph: its reports count."""
    a = analyse(
        "The film probably does not show a real lighthouse, and the director never said so in any of the "
        "talks he gave on the tour. However, it was this kind of tower that drew walkers to the cliffs, "
        "according to a survey carried out by the county tourism office.\n\nThe walkers kept coming.\n"
    )
    found = [c for c in a.claims if "this kind of tower" in c.text and c.kind == "reported"]
    assert found, describe(a)


def test_short_first_line_stays_a_headline(analyse) -> None:
    a = analyse("Mill to close, according to the owners\n\nThe mill has been open since 1901.\n")
    assert not [c for c in a.claims if "Mill to close" in c.text], describe(a)
