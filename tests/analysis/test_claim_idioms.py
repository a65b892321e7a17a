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
        "Stephanie Grisham, by her own accounting, has given dozens of interviews this year.",
        holds="has given dozens of interviews",
        source="Stephanie Grisham",
    ),
    # a "by" phrase that is no account given: no claim
    Case("The fees were paid by account holders in the north of the county.", no_claim="fees"),
    # a noun of view as the subject of "be" with a that-clause: a hedge, or its owner's belief
    Case(
        "The assumption was that a drug would be given to the crew.",
        holds="a drug would be given",
        kind="hedged",
    ),
    Case(
        "Based on the tests, the expectation would be that the crew would not lose muscle.",
        holds="the crew would not lose muscle",
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
        "The Afghan government has ruled out Taliban involvement in the latest attack.",
        holds="Taliban involvement in the latest attack",
        source="Afghan government",
    ),
    Case(
        "Rusmik Oza, an analyst, attributed the rally in bank stocks to the ruling on the steel case.",
        holds="the rally in bank stocks to the ruling",
        source="Oza",
    ),
    # a cue noun's "by" phrase names whose it is
    Case(
        "The news comes despite an earlier declaration by the health chiefs that the risk was minimal.",
        holds="the risk was minimal",
        source="the health chiefs",
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
    Case(
        "Which is not to say that whatever happened on Saturday was minor.", no_claim="happened on Saturday"
    ),
    Case(
        "His best response was to say he would keep the jobs at home.", holds="he would keep the jobs at home"
    ),
    Case("It is fair to say that the mill has seen better days.", holds="the mill has seen better days"),
    Case("The senator raised questions about the new harbour deal.", holds="the new harbour deal"),
    # a participle of view set off by commas that the parser read as a main verb: a hedge
    Case(
        "Long considered one of the great slights of the hall, the band was finally nominated last month.",
        holds="one of the great slights of the hall",
        kind="hedged",
    ),
    Case(
        "The moon has lakes at its poles. Hilly areas, thought to represent the moon's crust of ice, "
        "cover 14 percent of the surface.",
        holds="Hilly areas, thought to represent the moon's crust of ice",
        kind="hedged",
    ),
    Case("She considered the offer for a week, and then she turned it down.", no_claim="the offer"),
    # a cue noun's "of" phrase is its content when it is a gerund ("claims of having …")
    Case(
        "His repeated claims of having no memory of the night were contrasted with his alibi.",
        holds="having no memory of the night",
        source="His",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_claim_idioms(analyse, case: Case) -> None:
    check(analyse, case)


def test_long_first_line_is_the_lede_not_a_headline(analyse) -> None:
    """A first line longer than a headline is the article's first paragraph: its reports count."""
    a = analyse(
        "The song probably does not refer to a duvet, and the singer never said so in any of the many "
        "interviews she gave. However, it was this kind of bedding that left a man breathless, according "
        "to a case report published in a medical journal.\n\nThe man recovered.\n"
    )
    found = [c for c in a.claims if "this kind of bedding" in c.text and c.kind == "reported"]
    assert found, describe(a)


def test_short_first_line_stays_a_headline(analyse) -> None:
    a = analyse("Mill to close, according to the owners\n\nThe mill has been open since 1901.\n")
    assert not [c for c in a.claims if "Mill to close" in c.text], describe(a)
