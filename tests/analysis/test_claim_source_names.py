"""Claims: the source named where the text gives it by a coordination, a description of an
organisation or a record with its owner (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.analysis.claim_cases import Case, check

CASES = [
    # a coordinated source is all its members, their phrase included
    Case(
        "Independent analysts and aid workers in the camp told reporters that the claims are false.",
        holds="the claims are false",
        source="Independent analysts and aid workers in the camp",
    ),
    # "both X and Y" are X and Y
    Case(
        "The ministry rejected the report, and both independent analysts and aid workers told reporters "
        "that the claims are false.",
        holds="the claims are false",
        source="independent analysts and aid workers",
    ),
    # "the committee": the organisation named before whose name has that head word
    Case(
        "The State Prisons Oversight Committee opened an inquiry into the jail on Wednesday.\n\n"
        "The prison's director resigned on Tuesday.\n\n"
        "The committee said the prison had failed its inmates.",
        holds="the prison had failed its inmates",
        source="State Prisons Oversight Committee",
    ),
    # "the company": the organisation that spoke, not the latest one named
    Case(
        "The label that owns her music, Big Machine Records, says she may play her old songs at the "
        "American Music Awards on Sunday.\n\nHer fans were delighted last week.\n\n"
        "But the company says she never needed its permission.",
        holds="she never needed its permission",
        source="Big Machine Records",
    ),
    # a record speaks for its owner, even where the parser cut the owner off ("Cooke’s | testimony")
    Case(
        "Doug Cooke, a former NASA official, testified in September.\n\n"
        "On Tuesday Tom Stafford referred to Cooke’s earlier testimony, which concluded there was only "
        "a 50 percent chance of success.",
        holds="a 50 percent chance of success",
        source="Doug Cooke",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_claim_source_named(analyse, case: Case) -> None:
    check(analyse, case)


def test_source_of_a_relative_clause_does_not_take_the_next_quote(analyse) -> None:
    # the owner of the testimony is the claim's source; the quotation after it is still the subject's
    a = analyse(
        "Launches\n\nDoug Cooke, a former NASA official, testified in September.\n\n"
        "On Tuesday Tom Stafford referred to Cooke’s earlier testimony, which concluded there was only "
        "a 50 percent chance of success. “I cannot disagree with it.”\n"
    )
    quote = next(q for q in a.quotes if "cannot disagree" in q.text)
    assert quote.speaker_name == "Tom Stafford"
