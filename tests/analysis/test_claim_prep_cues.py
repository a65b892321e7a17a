"""Cues whose content follows a preposition (`claim_content`): "called for [the council to act]"
is a "for … to" clause the parser marks with "for" rather than a prepositional object; sentences of
our own (issue 14, PolNeAR's missed claims)."""

from __future__ import annotations

import pytest

from tests.analysis.claim_cases import Case, check

CASES = [
    Case(
        "The mayor of Tarrow is calling for the city to build more parks near the river.",
        holds="the city to build more parks",
        kind="intention",
        source="The mayor of Tarrow",
    ),
    Case(
        "Nurses called for the hospital board to resign and for the inspectors to return.",
        holds="the hospital board to resign and for the inspectors to return",
        kind="intention",
        source="Nurses",
    ),
    # the cue's "for" stays out of the claim
    Case(
        "Residents argued for the library to stay open on Sundays.",
        holds="the library to stay open",
        source="Residents",
    ),
    # in an "as" clause the "for … to" clause is the verb's own content, not the host clause
    Case(
        "The vote comes as local unions have called for the quarry to be closed by spring.",
        holds="the quarry to be closed by spring",
        source="local unions",
    ),
    # a "for … to" clause on a verb that calls for nothing is no claim
    Case("The ferry left early for the crew to reach the island before dark.", no_claim="crew"),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_claim_prep_cues(analyse, case: Case) -> None:
    check(analyse, case)


def test_for_clause_leaves_out_its_mark(analyse) -> None:
    a = analyse("Headline\n\nThe union is calling for the company to raise wages this year.\n")
    claim = next(c for c in a.claims if "raise wages" in c.text)
    assert claim.text.startswith("the company"), claim.text


NOUN_CASES = [
    # a cue noun of intention whose "for" phrase goes on as an infinitive: the whole "for … to"
    Case(
        "The mayor renewed her call for the city to build more parks.",
        holds="the city to build more parks",
        kind="intention",
    ),
    Case(
        "Their demands for the board to resign grew louder over the summer.",
        holds="the board to resign",
        kind="intention",
        source="Their",
    ),
]


@pytest.mark.parametrize("case", NOUN_CASES, ids=str)
def test_noun_for_infinitive(analyse, case: Case) -> None:
    check(analyse, case)


STANCE_CASES = [
    # an adjective of stance after a linking verb: its subject holds the stance on the object
    Case(
        "The harbour master has been critical of the new ferry timetable.",
        holds="the new ferry timetable",
        kind="belief",
        source="The harbour master",
    ),
    Case(
        "Farmers in the valley remain wary of the proposed water tax.",
        holds="the proposed water tax",
        source="Farmers in the valley",
    ),
    # a report inside the object keeps its own claim
    Case(
        "The mayor has been critical of councillors who suggest the bridge should close.",
        holds="the bridge should close",
        kind="reported",
        source="councillors",
    ),
    # a feeling, not a stance: no claim
    Case("The coach was proud of the young goalkeeper after the match.", no_claim="goalkeeper"),
    # a pronoun object says nothing by itself
    Case("Several council members were critical of it.", no_claim="it"),
]


@pytest.mark.parametrize("case", STANCE_CASES, ids=str)
def test_adjective_stance(analyse, case: Case) -> None:
    check(analyse, case)
