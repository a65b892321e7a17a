"""Claims: a report nested in a reaction to it is held by whoever reacts, and what respondents counted
in a poll say by the poll (sentences written for these tests)."""

from __future__ import annotations

from tests.analysis.test_claims import claim_with, source_text


def test_plan_taken_aim_at_is_held_by_who_took_aim(analyse):
    a = analyse("Harbour\n\nThe senator took shots at the governor over his plan to close the ferry route.\n")
    assert source_text(a, claim_with(a, "to close the ferry route")) == "The senator"


def test_passive_rebuke_gives_the_agent(analyse):
    a = analyse("Port\n\nThe mayor has been rebuked by critics for his proposal to sell the old port.\n")
    assert source_text(a, claim_with(a, "to sell the old port")) == "critics"


def test_embraced_argument_is_the_embracer_s(analyse):
    a = analyse("Tax\n\nShopkeepers embraced her argument that the parking levy was unfair.\n")
    assert source_text(a, claim_with(a, "the parking levy was unfair")) == "Shopkeepers"


def test_a_plan_one_merely_has_stays_the_owner_s(analyse):
    a = analyse("Budget\n\nThe treasurer has his own plan to trim the library budget.\n")
    c = claim_with(a, "to trim the library budget")
    assert source_text(a, c) in ("The treasurer", "his")


def test_respondents_counted_in_a_poll_are_the_poll_s(analyse):
    a = analyse(
        "Bridge\n\nIn a poll taken last week by the county paper, 38 percent of residents said the bridge "
        "should close, while 60 percent said it should stay open.\n"
    )
    assert source_text(a, claim_with(a, "the bridge should close")) == "a poll"
    assert source_text(a, claim_with(a, "it should stay open")) == "a poll"


def test_a_survey_that_finds_what_a_share_says_holds_it(analyse):
    a = analyse(
        "Fees\n\nThe harbour survey also finds that, while 40 percent of boat owners say the fees are too "
        "high, most want the marina kept.\n"
    )
    assert source_text(a, claim_with(a, "the fees are too high")) == "The harbour survey"


def test_one_person_speaking_in_a_poll_s_sentence_keeps_the_claim(analyse):
    a = analyse("Fees\n\nIn the same poll, the mayor said the fees would stay.\n")
    assert source_text(a, claim_with(a, "the fees would stay")) == "the mayor"
