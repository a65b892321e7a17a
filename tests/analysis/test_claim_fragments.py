"""Claims that hold a quoted fragment (`claim_fragments`, and the reach of a claim over a quotation in
`claim_extent`): reported speech whose words run into a quotation is a claim, and the quotation stays
a quote of the same speaker."""

from __future__ import annotations

import pytest

from tests.analysis.claim_cases import Case, check
from tui.analysis.claim_fragments import fragment_claims

CASES = [
    # the writer's words before the quotation are its subject: the statement is the claim
    Case(
        "Customers “began to ask for one phone for work and home,” the chief executive told the audience.",
        holds="Customers “began to ask",
        kind="reported",
        source="the chief executive",
        ends_with="work and home,”",
    ),
    # and the words after it, up to the comma of the attribution
    Case(
        "Local farmers “have never seen a drought like this one” in the valley, said Maria Lopez, a grower.",
        holds="Local farmers “have never seen",
        source="Maria Lopez",
        ends_with="in the valley",
    ),
    # a phrase of the cue's clause reaches over a quotation that closes inside it
    Case(
        "The senator suggested delaying the vote until the spring, “in order to give every member time to"
        " read the bill.”",
        holds="delaying the vote",
        source="The senator",
        ends_with="read the bill.”",
    ),
    Case(
        "The minister defended the budget as “the fairest in a generation” in a speech to parliament.",
        holds="the budget as “the fairest",
        ends_with="in a speech to parliament",
    ),
    # a report that opens a quotation after "that" runs to its closing mark, past a verb the quotation
    # holds ("I gave"), which is the source's own word, not a report of its own
    Case(
        "The minister said that “each figure I gave them is accurate. Nobody has challenged one of them.”",
        holds="each figure I gave them is accurate",
        source="The minister",
        ends_with="challenged one of them.”",
    ),
    # a "that" clause the parser hangs on the occasion ("at a debate") is what was told
    Case(
        "The senator told the governor at a debate that voters were “tired of hearing about your budget.”",
        holds="voters were “tired of hearing",
        source="The senator",
        ends_with="your budget.”",
    ),
    Case(
        "The senator told reporters at the airport that the vote would be close.",
        holds="the vote would be close",
        source="The senator",
    ),
    # a stance the writer quotes with its content: the content opens after the quotation's first word,
    # so it is the holder's reported view, and the quotation stays a quote
    Case(
        "The farmers' league is “confident that the governor will keep funding the wheat subsidy,” but"
        " the budget may change that.",
        holds="the governor will keep funding the wheat subsidy",
        kind="belief",
        source="The farmers' league",
    ),
    # a no-break space before a quotation is a space: the infinitive still hangs on its verb
    Case(
        "The new leaflet promises to\u00a0“bring the buses back to every village” by the autumn.",
        holds="bring the buses back",
        kind="intention",
        source="The new leaflet",
    ),
    # a clause whose subject the parser hung on the cue ("said [the days …] are gone") keeps it, with the
    # quoted words inside
    Case(
        "Harris, the author of “Lost Signals,” said the days when the town had “one shared paper” on every"
        " doorstep are gone.",
        holds="the days when the town had “one shared paper”",
        source="Harris",
        ends_with="are gone",
    ),
    Case(
        "She said the years when farmers could count on rain are over.",
        holds="the years when farmers could count on rain are over",
        source="She",
    ),
    # but not over a report of its own: the participle's quotation is the governor's second statement
    Case(
        "The governor praised the volunteers, saying “they worked through the night to save the town.”",
        holds="the volunteers",
        source="The governor",
        ends_with="the volunteers",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_claims_holding_a_quoted_fragment(analyse, case):
    check(analyse, case)


def test_the_quotation_stays_a_quote_of_the_same_speaker(analyse):
    a = analyse(
        "Headline\n\nCustomers “began to ask for one phone for work and home,” the chief executive told"
        " the audience.\n"
    )
    assert [q.text for q in a.quotes] == ["“began to ask for one phone for work and home,”"]
    claim = next(c for c in a.claims if c.text.startswith("Customers"))
    assert claim.source_span == a.quotes[0].speaker_span
    assert claim.cue == a.quotes[0].cue == "told"


def test_a_quotation_opening_its_sentence_is_no_claim(analyse):
    # PolNeAR's line: a statement that opens with the quotation mark is a direct quote
    a = analyse("Headline\n\n“We have never seen a drought like this one,” said Maria Lopez, a grower.\n")
    assert [c for c in a.claims if c.kind != "figure"] == []
    assert len(a.quotes) == 1


def test_a_clause_of_the_writer_before_the_quotation_is_no_part_of_it(nlp, analyse):
    # "coached the boxer to": the writer's own verb frames the quotation, its words are no subject
    text = (
        "Headline\n\nAt one point the trainer coached the boxer to “breathe, breathe, breathe,” the"
        " referee recalled.\n"
    )
    quotes = analyse(text).quotes
    assert quotes and quotes[0].cue == "recalled"
    assert fragment_claims(nlp(text), quotes, []) == []


def test_words_after_a_quotation_that_ends_its_sentence_are_another_sentence(nlp, analyse):
    text = "Headline\n\nBut refugees “can come in so easily.” Trump, later in the speech, said.\n"
    quotes = analyse(text).quotes
    claims = fragment_claims(nlp(text), quotes, [])
    assert [c.text for c in claims] == ["But refugees “can come in so easily.”"]


def test_a_report_that_opens_with_its_quotation_starts_at_the_mark(analyse):
    a = analyse("Headline\n\nThe mayor told the crowd at a rally that “we will rebuild every home.”\n")
    assert [c.text for c in a.claims if c.kind != "figure"] == ["“we will rebuild every home.”"]
    assert [q.text for q in a.quotes] == ["“we will rebuild every home.”"]


def test_a_no_break_space_keeps_every_offset(analyse):
    text = "Headline\n\nThe mayor said the\u00a0council had “failed every family in this town” last year.\n"
    a = analyse(text)
    assert a.text == text
    assert [q.text for q in a.quotes] == ["“failed every family in this town”"]
    claim = next(c for c in a.claims if "council had" in c.text)
    assert text[claim.start : claim.end].replace("\u00a0", " ") == claim.text.replace("\u00a0", " ")
