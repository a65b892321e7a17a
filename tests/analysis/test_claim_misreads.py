"""Claims where the small parser misreads the sentence, on sentences of our own: the condition of a
report, a subject the parser cut off, a cue read as a modifier, a "that" read as a pronoun, and a
report set before its speech verb."""

from __future__ import annotations

import pytest

from tests.analysis.claim_cases import Case, check

CASES = [
    # the condition is part of what was said: "the library will close" alone is not the claim
    Case(
        "The mayor said if the council cuts the budget, the library will close in March.",
        holds="the library will close",
        source="The mayor",
        starts_with="if the council",
    ),
    # a view with a condition inside it is a view, not an open question
    Case(
        "Harbour officials believe if the storm turns north, the ferries will stop for a week.",
        holds="the ferries will stop",
        kind="belief",
        source="officials",
        starts_with="if the storm",
    ),
    # a date right after the cue says when it was said, not what
    Case(
        "Harbour police said Tuesday the missing trawler had reached Dunmore.",
        holds="the missing trawler had reached Dunmore",
        starts_with="the missing",
        source="police",
    ),
    Case(
        "The ferry company said on Monday it would sell its last boat.",
        holds="it would sell its last boat",
        starts_with="it would",
        source="The ferry company",
    ),
    Case(
        "Harbour police said late on Friday night the trawler had reached Dunmore.",
        holds="the trawler had reached Dunmore",
        starts_with="the trawler",
    ),
    Case(
        "She said on Tuesday the storm was the worst in years.",
        holds="the storm was the worst in years",
        starts_with="the storm",
    ),
    Case(
        "She said Tuesday was the worst day of the storm.",
        holds="Tuesday was the worst day",
        starts_with="Tuesday",
    ),
    # a verb that opens a parenthesis bids the reader: nobody holds a view
    Case(
        "The mayor is remembered not for her budgets (think Tom Reilly and Anna Berg) but for her ferries.",
        no_claim="her budgets",
    ),
    # an open question is still no belief
    Case("Nobody in the town knows if the ferries will run next week.", no_claim="the ferries will run"),
    # a subject the parser read as a clause of its own before the verb
    Case(
        "Local activists clamoring to block the new pier from the Dunmore plan say they’re suddenly "
        "winning the argument.",
        holds="winning the argument",
        source="Local activists",
    ),
    Case(
        "Angry fishermen clamoring to reopen the harbour to trawlers say they’re suddenly in the middle "
        "of a quota war.",
        holds="in the middle of a quota war",
        source="Angry fishermen",
    ),
    # a cue read as a modifier of its subject, the reported verb given two subjects
    Case(
        "Several newspapers reported on Friday the harbour master had resigned.",
        holds="the harbour master had resigned",
        source="Several newspapers",
    ),
    # a "that" read as the object of a relative clause whose verb has an object of its own
    Case(
        "Gov. Anna Berg, a Republican contender, predicted at the latest GOP debate that Republicans will "
        "win every seat if Reilly wins the primary.",
        holds="Republicans will win every seat",
        source="Anna Berg",
        starts_with="Republicans",
    ),
    # a report before its speech verb, the speaker after it
    Case(
        'The sale of the ferry signals "the end of an era" for the island, said Tom Reilly, head of the '
        "island's Fishing Association.",
        holds="signals",
        source="Tom Reilly",
    ),
    Case(
        "In nearby Dunmore, the old paper mill is hanging on, but it is under intense pressure from "
        "cheaper imports, said the mill's chief executive, Anna Berg.",
        holds="under intense pressure",
        source="Anna Berg",
    ),
    # a speech verb that interrupts the report between commas: the report is the whole sentence
    Case(
        "The trouble with the harbour, says Tom Reilly, the mayor, is that nobody has dredged it in years.",
        holds="nobody has dredged it",
        source="Tom Reilly",
        starts_with="The trouble",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_claim_misread(analyse, case: Case) -> None:
    check(analyse, case)
