"""Claims: a pronoun source inside a quotation is the quoted speaker (issue 14), on sentences of our own."""

from __future__ import annotations

import pytest

from tests.analysis.claim_cases import Case, check
from tui.analysis.quoted_sources import apostrophe_quotations

CASES = [
    # two-apostrophe marks, the tag in the same paragraph
    Case(
        "Tom Reilly, the harbour master, spoke on Monday.\n\n"
        "''I think the ferries will run again by spring,'' Mr. Reilly said, ''and the fees will fall.''",
        holds="the ferries will run again by spring",
        source="Reilly",
    ),
    # a paragraph that goes on quoting with no tag of its own: the speaker of the paragraph before
    Case(
        "''People make all sorts of promises,'' Mrs. Alvarez said at the harbour.\n\n"
        "''That is why I keep it plain. I believe the harbour can pay for itself.''",
        holds="the harbour can pay for itself",
        source="Alvarez",
    ),
    # a relative pronoun inside the quotation: the people the speaker talks of report to the speaker
    Case(
        "''I have worked with captains who tell you the pier is safe,'' Mr. Reilly recalled last week.",
        holds="the pier is safe",
        source="Reilly",
    ),
    # an unnamed source inside the quotation (no actor, no name) reports to the speaker too
    Case(
        "''Boat owners are saying the fees are too high,'' Ms. Okafor said at the pier.",
        holds="the fees are too high",
        source="Okafor",
    ),
    # outside a quotation "I" is the writer's: no quoted speaker to give it
    Case(
        "Tom Reilly opened the harbour on Monday. I think the fees will fall next year.",
        holds="the fees will fall next year",
        source="I",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_quoted_pronoun_source(analyse, case: Case) -> None:
    check(analyse, case)


def test_apostrophe_quotations_pair_by_paragraph() -> None:
    text = "''One,'' he said, ''two.''\n\n''Three goes on\n\nFour."
    spans = apostrophe_quotations(text)
    assert [text[s:e] for s, e in spans] == ["''One,''", "''two.''", "''Three goes on"]


def test_apostrophe_quotations_none_without_marks() -> None:
    assert apostrophe_quotations("“One,” he said. It's the harbour's.") == []


@pytest.mark.parametrize(
    ("text", "holds", "source"),
    [
        # a verb that only introduces quotations, after a statement in two-apostrophe marks
        (
            "''You will see more of the real person,'' Mr. Hale continued, referring to the tour.",
            "You will see more of the real person",
            "Hale",
        ),
        ("''Can we win the county?'' Mr. Hale asked. ''I don't know.''", "Can we win the county?", "Hale"),
    ],
)
def test_a_statement_in_two_apostrophes_takes_the_quote_rules_tag(analyse, text, holds, source):
    a = analyse("Harbour\n\n" + text + "\n")
    claim = next(c for c in a.claims if c.text.startswith(holds))
    assert source in a.text[claim.source_span[0] : claim.source_span[1]]
    assert claim.kind == "reported"


def test_a_statement_in_two_apostrophes_goes_on_past_its_tag(analyse):
    a = analyse(
        "Harbour\n\n''Can we win the county?'' Mr. Hale asked. ''I don't know. We can make them spend.''\n"
    )
    assert [c.text for c in a.claims] == [
        "Can we win the county?'' Mr. Hale asked. ''I don't know. We can make them spend."
    ]


def test_a_term_in_two_apostrophes_is_no_statement(analyse):
    a = analyse("Harbour\n\nThe fishermen call the new pier ''the long finger,'' after its shape.\n")
    assert not any(c.text == "the long finger" for c in a.claims)
