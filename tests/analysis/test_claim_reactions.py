"""Claims: a report nested in a reaction to it is held by whoever reacts (sentences written for these
tests)."""

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
